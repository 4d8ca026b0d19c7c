/**
 * n8n-core logs node errors through winston to the console. Keep test output readable:
 * n8n's logger is silenced (SHOW_TEST_LOGS=1 brings it back), and anything else written to
 * the console is captured instead of printed, available to tests that inspect it.
 */
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals */
const show = !!process.env.SHOW_TEST_LOGS;
process.env.N8N_LOG_LEVEL = show ? 'debug' : 'silent';

const captured: string[] = [];
(globalThis as unknown as { __capturedLogs: string[] }).__capturedLogs = captured;

for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
	const original = console[level].bind(console);
	console[level] = (...args: unknown[]) => {
		captured.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
		if (show) original(...args);
	};
}
