/** One folder per `npm test` run for what the suite captures (see test/helpers/capture.ts). */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { mkdtempSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { tmpdir } from 'node:os';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

export default function globalSetup() {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	process.env.FLUENTCART_TEST_CAPTURE = mkdtempSync(join(tmpdir(), 'fluentcart-test-capture-'));
}
