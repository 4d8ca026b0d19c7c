// End-to-end for `npm start`: runs `npm start -- --headless` on free ports in a temporary user
// folder and checks what it promises: the printed login works, the FluentCart credential tests OK,
// every example is imported exactly once; a second start on the same folder reuses everything
// (nothing rebuilt, installed or created again) and the examples run against the demo shop; Ctrl-C
// (SIGINT to the process group, as a terminal sends it) ends every process it started and frees
// its ports. `npm run test:e2e:start` (`-- --keep` keeps the work folder).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startDemoModel, startMailSink } from './lib/demo-services.mjs';
import { runExamples } from './lib/example-runs.mjs';
import { FakeShop } from './lib/fake.mjs';
import { N8n } from './lib/n8n.mjs';
import { assert, freePort, ROOT } from './lib/util.mjs';
import { n8nInstall, NEWEST_N8N } from './lib/versions.mjs';
import { checkPortFree } from '../start/steps.mjs';

const KEEP = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'fluentcart-e2e-start-'));
const dataDir = join(work, 'n8n-demo');
const ports = { n8n: await freePort(), shop: await freePort(), mail: await freePort(), model: await freePort() };
const log = createWriteStream(join(work, 'npm-start.log'), { flags: 'a' });
const exampleNames = readdirSync(join(ROOT, 'examples'))
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(join(ROOT, 'examples', f), 'utf8')).name);

let current;
const results = [];
async function step(name, fn) {
	const t0 = Date.now();
	try {
		const detail = await fn();
		results.push({ name, ok: true });
		console.log(`  ✓ ${name} (${Date.now() - t0} ms)${detail ? ` – ${detail}` : ''}`);
		return detail;
	} catch (error) {
		results.push({ name, ok: false });
		console.log(`  ✗ ${name}: ${error.message}`);
		throw error;
	}
}

/** `npm start -- --headless …` in its own process group; resolves with the ready line. */
function npmStart(extra = []) {
	const started = Date.now();
	const args = ['start', '--', '--headless', '--data', dataDir, '--port', String(ports.n8n), '--shop-port', String(ports.shop), '--mail-port', String(ports.mail), '--model-port', String(ports.model), ...extra];
	const child = spawn('npm', args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk) => {
		stderr += chunk;
		log.write(chunk);
	});
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	const ready = new Promise((resolve, reject) => {
		let buffer = '';
		child.stdout.on('data', (chunk) => {
			buffer += chunk;
			log.write(chunk);
			const line = buffer.split('\n').find((l) => l.startsWith('{"ready":true'));
			if (line) resolve({ ...JSON.parse(line), ms: Date.now() - started });
		});
		void exited.then(({ code, signal }) => reject(new Error(`npm start ended (${signal ?? code}) before it was ready; see ${join(work, 'npm-start.log')}`)));
	});
	current = { child, exited, ready, output: () => stderr };
	return current;
}

/** SIGINT to the whole process group (what Ctrl-C does); then nothing of the group may be left. */
async function interrupt(run, portsToCheck) {
	process.kill(-run.child.pid, 'SIGINT');
	const { code, signal } = await run.exited;
	// npm itself may end on the SIGINT it was sent; the script it runs must have stopped cleanly.
	assert(code === 0 || signal === 'SIGINT', `npm start ended with ${signal ?? `exit code ${code}`} after SIGINT`);
	assert(run.output().includes('stopped: everything npm start started has ended (exit 0)'), 'npm start did not report a clean stop');
	let alive = true;
	try {
		process.kill(-run.child.pid, 0);
	} catch (error) {
		alive = error.code !== 'ESRCH';
	}
	assert(!alive, 'a process of npm start\'s group is still running after it exited');
	for (const [name, port] of portsToCheck) await checkPortFree(port, name, '');
	return `clean stop, no process left, ports ${portsToCheck.map(([, p]) => p).join(', ')} free`;
}

async function rest(base, method, path, body, cookie = '') {
	const res = await fetch(`${base}/rest${path}`, { method, headers: { 'content-type': 'application/json', 'browser-id': 'e2e', cookie }, body: body && JSON.stringify(body) });
	const text = await res.text();
	return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], body: text ? JSON.parse(text) : null };
}

/** Workflows and FluentCart credentials the instance holds, as the owner sees them. */
async function inventory(ready) {
	const login = await rest(ready.n8nUrl, 'POST', '/login', { emailOrLdapLoginId: ready.email, email: ready.email, password: ready.password });
	assert(login.status === 200, `login with the printed ${ready.email}: HTTP ${login.status} ${JSON.stringify(login.body).slice(0, 200)}`);
	const res = await fetch(`${ready.n8nUrl}/api/v1/workflows?limit=250`, { headers: { 'X-N8N-API-KEY': ready.apiKey } });
	assert(res.ok, `public API with the printed key: HTTP ${res.status}`);
	const workflows = (await res.json()).data;
	const credentials = (await rest(ready.n8nUrl, 'GET', '/credentials', undefined, login.cookie)).body.data.filter((c) => c.type === 'fluentCartApi');
	return { cookie: login.cookie, workflows, credentials };
}

function checkExamplesOnce(workflows) {
	for (const name of exampleNames) {
		const count = workflows.filter((w) => w.name === name).length;
		assert(count === 1, `example "${name}" imported ${count} times`);
	}
	return `${exampleNames.length} examples, each once`;
}

let sinks = [];
let failed = false;
const times = {};
try {
	console.log(`npm start end to end (work folder ${work})`);
	let first;
	let firstState;
	await step('first npm start -- --headless: ready line', async () => {
		first = await npmStart().ready;
		times.first = first.ms;
		return `${(first.ms / 1000).toFixed(1)} s, n8n at ${first.n8nUrl}`;
	});
	await step('the printed login and API key work; every example imported once; one FluentCart credential', async () => {
		firstState = await inventory(first);
		assert(firstState.credentials.length === 1, `${firstState.credentials.length} FluentCart credentials`);
		assert(firstState.credentials[0].id === first.fluentCartCredentialId, 'the credential is not the one printed');
		return checkExamplesOnce(firstState.workflows);
	});
	await step('the FluentCart credential tests OK against the demo shop', async () => {
		const data = { url: first.shop.url, username: first.shop.username, password: first.shop.password, plainPermalinks: false, methodOverride: false, ignoreSslIssues: false };
		const test = await rest(first.n8nUrl, 'POST', '/credentials/test', { credentials: { id: first.fluentCartCredentialId, name: 'FluentCart account', type: 'fluentCartApi', data } }, firstState.cookie);
		assert(test.body?.data?.status === 'OK', JSON.stringify(test.body));
		return test.body.data.message;
	});
	await step('Ctrl-C stops everything the first start started', () =>
		interrupt(current, [['n8n', ports.n8n], ['demo shop', ports.shop], ['mail sink', ports.mail], ['demo model', ports.model]]),
	);

	// The second start uses this process's mail sink and model (same ports), so the example runs can read what they got.
	const mail = await startMailSink({ port: ports.mail });
	const model = await startDemoModel({ port: ports.model });
	sinks = [mail, model];
	let second;
	await step('second npm start on the same folder: nothing rebuilt, installed or created again', async () => {
		second = await npmStart(['--external-sinks']).ready;
		times.second = second.ms;
		const did = Object.entries(second.steps).filter(([, done]) => done).map(([name]) => name);
		assert(did.length === 0, `the second start did again: ${did.join(', ')}`);
		assert(second.fluentCartCredentialId === first.fluentCartCredentialId, 'a different credential');
		assert(second.email === first.email && second.password === first.password, 'a different login');
		const state = await inventory(second);
		assert(state.credentials.length === 1, `${state.credentials.length} FluentCart credentials after the second start`);
		assert(state.workflows.length === firstState.workflows.length, `${firstState.workflows.length} workflows, then ${state.workflows.length}`);
		checkExamplesOnce(state.workflows);
		const faster = second.ms < first.ms ? 'faster' : 'NOT faster (a loaded machine?)';
		return `${(second.ms / 1000).toFixed(1)} s after ${(first.ms / 1000).toFixed(1)} s the first time: ${faster}`;
	});
	await step('the examples run against the demo shop', async () => {
		const n8n = new N8n(n8nInstall(NEWEST_N8N), dataDir, join(work, 'unused.log'), {}, { port: ports.n8n });
		n8n.base = second.n8nUrl;
		n8n.apiKey = second.apiKey;
		await n8n.login(second.email, second.password);
		const shop = new FakeShop(join(work, 'unused.log'));
		Object.assign(shop, second.shop);
		const outcome = await runExamples({ n8n, shop, mail, model, workflows: second.workflows });
		const bad = outcome.filter((r) => !r.ok);
		assert(bad.length === 0, bad.map((r) => `${r.file}: ${r.detail}`).join('; '));
		return `${outcome.length} example runs ok`;
	});
	await step('Ctrl-C stops everything the second start started', () => interrupt(current, [['n8n', ports.n8n], ['demo shop', ports.shop]]));
} catch (error) {
	failed = true;
	console.log(`\nFAILED: ${error.message}\n--- last lines of ${join(work, 'npm-start.log')} ---`);
	log.end();
	console.log(readFileSync(join(work, 'npm-start.log'), 'utf8').split('\n').slice(-30).join('\n'));
	if (current && current.child.exitCode === null) {
		try {
			process.kill(-current.child.pid, 'SIGTERM');
		} catch {
			// already gone
		}
		await current.exited;
	}
} finally {
	for (const sink of sinks) await sink.stop();
	const passed = results.filter((r) => r.ok).length;
	console.log(`\nnpm start: ${passed}/${results.length} steps passed; first start ${((times.first ?? 0) / 1000).toFixed(1)} s, second ${((times.second ?? 0) / 1000).toFixed(1)} s`);
	if (!KEEP && !failed) rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
