/**
 * zod is not a runtime dependency of this package: the compiled GT Extensions node must load and
 * validate when only the n8n host provides zod (next to n8n-workflow, which declares zod as its
 * peer dependency). This test installs the built package the way n8n receives it (dist/ and
 * package.json, no node_modules) into a temporary folder, and loads it in a separate Node process
 * whose only module source is a "host" folder holding n8n-workflow and zod, as n8n's own
 * node_modules does. Run `npm run build` first (the README's install command does).
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { execFileSync } from 'node:child_process';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { tmpdir } from 'node:os';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const NODE = process.execPath;
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const PATH = process.env.PATH ?? '';

let work: string;
let pkgDir: string;

function hostWith(modules: string[]): string {
	const host = join(work, `host-${modules.join('-')}`, 'node_modules');
	mkdirSync(host, { recursive: true });
	for (const name of modules) symlinkSync(realpathSync(join(ROOT, 'node_modules', name)), join(host, name));
	return host;
}

function load(host: string): string {
	const dist = join(pkgDir, 'dist', 'nodes', 'GtExtensions');
	const script = `
		const { GtExtensions } = require(${JSON.stringify(join(dist, 'GtExtensions.node.js'))});
		const schemas = require(${JSON.stringify(join(dist, 'schemas.js'))});
		const node = new GtExtensions();
		console.log(JSON.stringify({
			name: node.description.name,
			bad: schemas.check(schemas.quantityLimitsSchema, { min_quantity: 5, max_quantity: 3, quantity_step: 1 }).problem,
			good: schemas.check(schemas.currencySchema, { currency: ' eur ' }).data,
		}));`;
	// eslint-disable-next-line @n8n/community-nodes/no-dangerous-functions
	return execFileSync(NODE, ['-e', script], {
		cwd: work,
		env: { PATH, NODE_PATH: host },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

beforeAll(() => {
	const built = join(ROOT, 'dist', 'nodes', 'GtExtensions', 'GtExtensions.node.js');
	if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` before `npm test`');
	work = mkdtempSync(join(tmpdir(), 'fluentcart-package-'));
	pkgDir = join(work, 'nodes', 'node_modules', 'n8n-nodes-fluentcart');
	cpSync(join(ROOT, 'dist'), join(pkgDir, 'dist'), { recursive: true });
	cpSync(join(ROOT, 'package.json'), join(pkgDir, 'package.json'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('the package declares no runtime dependencies, only the n8n-workflow peer', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const pkg = require(join(pkgDir, 'package.json')) as Record<string, unknown>;
	expect(pkg.dependencies ?? {}).toEqual({});
	expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	expect(existsSync(join(pkgDir, 'node_modules'))).toBe(false);
});

it('loads and validates with zod from the host', () => {
	const out = JSON.parse(load(hostWith(['n8n-workflow', 'zod']))) as Record<string, unknown>;
	expect(out.name).toBe('gtExtensions');
	expect(out.bad).toMatchObject({ field: 'max_quantity', label: 'Maximum Quantity', value: 3 });
	expect(out.good).toEqual({ currency: 'EUR' });
});

it('does not carry its own zod: without the host’s zod it cannot load', () => {
	expect(() => load(hostWith(['n8n-workflow']))).toThrow(/Cannot find module 'zod'/);
});
