// End-to-end: the packed package inside real, pinned n8n versions (lib/versions.mjs: the oldest
// supported, 2.8.4 and 2.41.1), each against its own fake FluentCart, the same steps in each.
// Run `npm run build` and `npm run e2e:setup` first (CI does); then `npm run test:e2e`
// (`-- --n8n 2.41.1` for one version, `-- --n8n 1.123.81,2.41.1` for some, `-- --keep` to keep
// the work folders).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { exampleDefinition, exampleFiles } from './lib/examples.mjs';
import { FakeShop } from './lib/fake.mjs';
import { N8n } from './lib/n8n.mjs';
import { installPackage } from './lib/package.mjs';
import { assert, freePort, ROOT, waitFor } from './lib/util.mjs';
import { N8N_VERSIONS, n8nInstall } from './lib/versions.mjs';

const KEEP = process.argv.includes('--keep');
const only = process.argv.includes('--n8n') ? process.argv[process.argv.indexOf('--n8n') + 1] : undefined;
const versions = only ? only.split(',') : N8N_VERSIONS.map((v) => v.version);

// One version's run: its own work folder, fake shop, n8n and results.
let work;
let userFolder;
let n8nLog;
let fake;
let n8n;
let results;
let started;

async function step(name, fn) {
	const t0 = Date.now();
	try {
		const detail = await fn();
		results.push({ name, ok: true, ms: Date.now() - t0, detail });
		console.log(`  ✓ ${name} (${Date.now() - t0} ms)${detail ? ` – ${detail}` : ''}`);
	} catch (error) {
		results.push({ name, ok: false, ms: Date.now() - t0, detail: error.message });
		console.log(`  ✗ ${name}: ${error.message}`);
		throw error;
	}
}

function loadWorkflow(path, credentialId) {
	const text = readFileSync(path, 'utf8').split('REPLACE_WITH_YOUR_CREDENTIAL_ID').join(credentialId);
	const workflow = JSON.parse(text);
	return { name: workflow.name, nodes: workflow.nodes, connections: workflow.connections, settings: workflow.settings ?? {} };
}

/** Items a node produced in an execution (public API execution with includeData). */
function nodeItems(execution, nodeName) {
	const runData = execution.data?.resultData?.runData ?? {};
	return (runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
}

async function main(install) {
	console.log(`\nn8n-nodes-fluentcart end-to-end in n8n ${install.version} (work folder ${work})`);
	assert(existsSync(install.node) && existsSync(install.n8nBin), `n8n ${install.version} missing: run \`npm run e2e:setup\``);
	assert(existsSync(join(ROOT, 'dist', 'nodes', 'FluentCart', 'FluentCart.node.js')), 'dist/ missing: run `npm run build`');
	const n8nVersion = JSON.parse(readFileSync(join(install.dir, 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
	assert(n8nVersion === install.version, `e2e/versions/${install.version} holds n8n ${n8nVersion}`);

	await step('fake FluentCart (Pro) started', async () => (await fake.start({ pro: true })).url);

	await step('package installed like a community package', async () => {
		const installed = installPackage(userFolder, work);
		assert(installed.runtimeModules.length === 0, `runtime modules installed: ${installed.runtimeModules.join(', ')}`);
		return `${installed.name}@${installed.version}, no runtime dependencies`;
	});

	await step(`n8n ${n8nVersion} started`, async () => `ready after ${await n8n.start()} ms`);
	await step('owner and API key', () => n8n.setUpOwner());

	await step('n8n loaded the four nodes', async () => {
		const types = await (await fetch(`${n8n.base}/types/nodes.json`, { headers: { cookie: n8n.cookie } })).json();
		const names = types.map((t) => t.name).filter((n) => n.startsWith('n8n-nodes-fluentcart.'));
		for (const expected of ['fluentCart', 'fluentCartTrigger', 'fluentCartPollingTrigger', 'gtExtensions']) {
			assert(names.includes(`n8n-nodes-fluentcart.${expected}`), `${expected} not loaded (got ${names.join(', ')})`);
		}
		return names.join(', ');
	});

	const credentialData = {
		url: `${fake.url}/wp-json/fluent-cart/v2/`,
		username: fake.username,
		password: fake.password,
		plainPermalinks: false,
		methodOverride: false,
		ignoreSslIssues: false,
	};

	let credentialId;
	await step('credential created', async () => {
		credentialId = await n8n.fluentCartCredential(credentialData);
		return `id ${credentialId}`;
	});

	await step('credential test (the nodes\' programmatic one): version and role, a wrong password, a closed port', async () => {
		const test = (data) =>
			n8n.rest('POST', '/credentials/test', { credentials: { id: credentialId, name: 'FluentCart account', type: 'fluentCartApi', data } });
		const good = (await test(credentialData)).data;
		assert(good.status === 'OK' && /^Connected to FluentCart \d+\.\d+\.\d+ as \S+ \(Administrator\)$/.test(good.message), `expected OK with version and role, got ${JSON.stringify(good)}`);
		const bad = (await test({ ...credentialData, password: 'wrong password' })).data;
		assert(bad.status === 'Error' && /^The username or Application Password is wrong \(HTTP 401\)/.test(bad.message), JSON.stringify(bad));
		const closedPort = await freePort();
		const refused = (await test({ ...credentialData, url: `http://127.0.0.1:${closedPort}` })).data;
		assert(refused.status === 'Error' && refused.message.startsWith(`The site refused the connection (127.0.0.1:${closedPort}, ECONNREFUSED)`), JSON.stringify(refused));
		return `good: "${good.message}"; wrong password: "${bad.message.slice(0, 60)}…"; closed port: "${refused.message.slice(0, 60)}…"`;
	});

	// Imported only: `npm run test:e2e:examples` runs each of them with its mail, model and table.
	await step('examples imported', async () => {
		const names = [];
		for (const file of exampleFiles()) {
			const created = await n8n.api('POST', '/workflows', exampleDefinition(file, { fluentCart: credentialId }));
			names.push(created.name);
		}
		return `${names.length} workflows`;
	});

	await runScenarios({ credentialId, n8nVersion });
}

async function runScenarios(context) {
	const { scenarios } = await import('./scenarios.mjs');
	for (const scenario of scenarios) {
		await step(scenario.name, () => scenario.run({ ...context, n8n, fake, work, loadWorkflow, nodeItems, waitFor }));
	}
}

const summary = [];
for (const version of versions) {
	const install = n8nInstall(version);
	work = mkdtempSync(join(tmpdir(), `fluentcart-e2e-${version}-`));
	userFolder = join(work, 'user');
	mkdirSync(userFolder, { recursive: true });
	n8nLog = join(work, 'n8n.log');
	fake = new FakeShop(join(work, 'fake.log'));
	n8n = new N8n(install, userFolder, n8nLog);
	results = [];
	started = Date.now();
	let failed = false;
	try {
		await main(install);
	} catch (error) {
		failed = true;
		console.log(`\nFAILED in n8n ${version}: ${error.message}\n--- last lines of the n8n log (${n8nLog}) ---`);
		if (existsSync(n8nLog)) console.log(readFileSync(n8nLog, 'utf8').split('\n').slice(-40).join('\n'));
	} finally {
		await n8n.stop();
		fake.stop();
		const passed = results.filter((r) => r.ok).length;
		const line = `n8n ${version}: ${passed}/${results.length} steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`;
		console.log(`\n${line}`);
		summary.push({ line, failed });
		if (!KEEP && !failed) rmSync(work, { recursive: true, force: true });
	}
}
console.log(`\n${summary.map((s) => s.line).join('\n')}`);
process.exit(summary.some((s) => s.failed) ? 1 : 0);
