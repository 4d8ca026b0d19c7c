/**
 * n8n-core logs node errors through winston to the console. Keep test output readable by
 * capturing those lines instead of printing them (SHOW_TEST_LOGS=1 prints them too); the
 * captured lines stay available to tests that inspect what was logged.
 */
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals */
const captured: string[] = [];
(globalThis as unknown as { __capturedLogs: string[] }).__capturedLogs = captured;

for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
	const original = console[level].bind(console);
	console[level] = (...args: unknown[]) => {
		captured.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
		if (process.env.SHOW_TEST_LOGS) original(...args);
	};
}
