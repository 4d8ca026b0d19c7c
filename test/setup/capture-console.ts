/**
 * Keeps test output readable and captures what would be printed: n8n's own logger writes at
 * debug level to a file in the run's capture folder (SHOW_TEST_LOGS=1 prints it instead), and
 * anything else written to the console is captured too, so the global teardown can search all of
 * it for secrets.
 */
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
import { join } from 'node:path';

import { capture } from '../helpers/capture';

const show = !!process.env.SHOW_TEST_LOGS;
const dir = process.env.FLUENTCART_TEST_CAPTURE;
if (show || !dir) {
	process.env.N8N_LOG_LEVEL = show ? 'debug' : 'silent';
} else {
	process.env.N8N_LOG_LEVEL = 'debug';
	process.env.N8N_LOG_OUTPUT = 'file';
	process.env.N8N_LOG_FILE_LOCATION = join(dir, `n8n-${process.pid}.log`);
}

for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
	const original = console[level].bind(console);
	console[level] = (...args: unknown[]) => {
		capture('console', args);
		if (show) original(...args);
	};
}
