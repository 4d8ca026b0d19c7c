// `npm start`: builds the package, installs the pinned n8n on first run, starts a demo FluentCart
// (the fake, seeded with --demo) or points at a real shop (--site URL --user NAME), and runs n8n on
// 127.0.0.1 with the package installed, an owner account, a FluentCart credential and every
// example imported. Ctrl-C stops everything it started.
//
//   npm start [-- --port 5678] [--shop-port 8089] [--mail-port 2525] [--model-port 8090]
//             [--data .n8n-demo] [--site https://shop.example --user NAME] [--headless]
//             [--external-sinks]  (a mail sink and a model already listen on those ports: the e2e stage's)
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

import { startDemoModel, startMailSink } from '../e2e/lib/demo-services.mjs';
import { DEMO_LOGIN as EXAMPLE_LOGIN, provisionExamples } from '../e2e/lib/examples.mjs';
import { FakeShop } from '../e2e/lib/fake.mjs';
import { N8n } from '../e2e/lib/n8n.mjs';
import { ROOT } from '../e2e/lib/util.mjs';
import { n8nInstall, NEWEST_N8N } from '../e2e/lib/versions.mjs';
import { buildIfChanged, checkPortFree, installN8nIfMissing, installPackageIfChanged, loadState, readSecret, saveState } from './steps.mjs';

export const DEMO_LOGIN = { email: 'demo@example.com', password: 'FluentCart-Demo-1', firstName: 'Demo', lastName: 'Owner' };
const CREDENTIAL_NAME = 'FluentCart account';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const headless = args.includes('--headless');
const externalSinks = args.includes('--external-sinks');
const site = option('site');
const user = option('user');
const ports = {
	n8n: Number(option('port', 5678)),
	shop: Number(option('shop-port', 8089)),
	mail: Number(option('mail-port', 2525)),
	model: Number(option('model-port', 8090)),
};
const dataOption = option('data', '.n8n-demo');
const dataDir = isAbsolute(dataOption) ? dataOption : resolve(ROOT, dataOption);

// Progress goes to the terminal; headless, to stderr, so stdout carries the ready line only.
const childOut = headless ? process.stderr : 'inherit';
const say = (line) => (headless ? process.stderr : process.stdout).write(`${line}\n`);

// Everything started is stopped in reverse order on Ctrl-C, SIGTERM or a failure.
const stops = [];
const children = new Set();
const track = (child) => {
	children.add(child);
	child.on('exit', () => children.delete(child));
};
let stopping;
function stopAll(code) {
	stopping ??= (async () => {
		for (const child of children) child.kill('SIGTERM');
		for (const stop of stops.reverse()) await stop().catch((error) => say(`stop: ${error.message}`));
		say(`stopped: everything npm start started has ended (exit ${code})`);
		process.exit(code);
	})();
	return stopping;
}
process.on('SIGINT', () => {
	say('\nstopping …');
	void stopAll(0);
});
process.on('SIGTERM', () => void stopAll(0));

async function main() {
	const started = Date.now();
	const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
	if (site && !user) throw new Error('--site needs --user NAME (the WordPress user the Application Password belongs to)');
	if (!site && user) throw new Error('--user goes with --site URL');
	if (site && headless) throw new Error('--site reads the Application Password from the terminal: it cannot run --headless');
	for (const [key, value] of Object.entries(ports)) if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new Error(`--${key === 'n8n' ? 'port' : `${key}-port`}: not a port number`);

	await checkPortFree(ports.n8n, 'n8n', '--port');
	if (!site) await checkPortFree(ports.shop, 'demo shop', '--shop-port');
	if (!externalSinks) {
		await checkPortFree(ports.mail, 'mail sink', '--mail-port');
		await checkPortFree(ports.model, 'demo model', '--model-port');
	}

	// A real shop's Application Password, asked first so the rest runs unattended.
	const password = site ? await readSecret(`Application Password for ${user} on ${site} (not shown): `) : undefined;

	// What this start had to do (a second start does none of it).
	const steps = {};
	steps.built = await buildIfChanged({ say, out: childOut, track });
	const install = n8nInstall(NEWEST_N8N);
	steps.n8nInstalled = await installN8nIfMissing(install, { say, out: childOut, track });

	mkdirSync(dataDir, { recursive: true });
	const state = loadState(dataDir);
	steps.packageInstalled = installPackageIfChanged(dataDir, state, say);

	// The shop, the mail sink, the model and n8n start side by side.
	const shopReady = (async () => {
		if (site) return { url: site.replace(/\/+$/, ''), username: user, password };
		const fake = new FakeShop(join(dataDir, 'demo-shop.log'));
		stops.push(() => fake.stop());
		await fake.start({ pro: true, subscription: false, demo: true, port: ports.shop });
		track(fake.process);
		say(`demo shop: ${fake.url} (ready after ${elapsed()})`);
		return { url: fake.url, username: fake.username, password: fake.password };
	})();
	// Interactive: every mail an example sends is shown here (the sink relays nothing).
	const showMail = headless ? undefined : (m) => say(`mail to ${m.to.join(', ')}: "${m.subject}"\n    ${m.text.split('\n').slice(0, 8).join('\n    ')}`);
	const mail = externalSinks ? { host: '127.0.0.1', port: ports.mail } : await startMailSink({ port: ports.mail, onMessage: showMail });
	if (mail.stop) stops.push(() => mail.stop());
	const model = externalSinks ? { url: `http://127.0.0.1:${ports.model}/v1` } : await startDemoModel({ port: ports.model });
	if (model.stop) stops.push(() => model.stop());
	const n8n = new N8n(install, dataDir, join(dataDir, 'n8n.log'), {}, { port: ports.n8n });
	stops.push(() => n8n.stop());
	say(`n8n ${install.version}: starting on http://127.0.0.1:${ports.n8n} (log: ${join(dataDir, 'n8n.log')})`);
	const n8nReady = n8n.start().then((ms) => {
		track(n8n.process);
		say(`n8n: ready after ${elapsed()}`);
		return ms;
	});
	const [shop] = await Promise.all([shopReady, n8nReady]);

	// Owner account (made once, then signed in) and a public-API key (kept in the state file).
	steps.ownerCreated = await n8n.needsOwner();
	if (steps.ownerCreated) {
		await n8n.setUpOwner({ ...DEMO_LOGIN, keyLabel: 'npm start' });
		state.apiKey = n8n.apiKey;
		say(`owner: ${DEMO_LOGIN.email} created`);
	} else {
		await n8n.login(DEMO_LOGIN.email, DEMO_LOGIN.password);
		n8n.apiKey = state.apiKey ?? '';
		const works = n8n.apiKey && (await n8n.api('GET', '/workflows?limit=1').then(() => true, () => false));
		if (!works) state.apiKey = await n8n.createApiKey(`npm start ${new Date().toISOString()}`);
		say(`owner: ${DEMO_LOGIN.email} signed in`);
	}
	saveState(dataDir, state);

	// One FluentCart credential, pointed at this start's shop.
	const data = { url: shop.url, username: shop.username, password: shop.password, plainPermalinks: false, methodOverride: false, ignoreSslIssues: false };
	const existing = (await n8n.rest('GET', '/credentials')).data.find((c) => c.type === 'fluentCartApi' && c.id === state.credentialId);
	let credentialId = existing?.id;
	if (credentialId) {
		await n8n.rest('PATCH', `/credentials/${credentialId}`, { name: existing.name, type: 'fluentCartApi', data: { ...data, allowedHttpRequestDomains: 'all' } });
		say(`credential: "${existing.name}" (${credentialId}) pointed at ${shop.url}`);
	} else {
		credentialId = await n8n.fluentCartCredential(data);
		say(`credential: "${CREDENTIAL_NAME}" (${credentialId}) created for ${shop.url}`);
	}
	steps.credentialCreated = !existing;
	state.credentialId = credentialId;
	saveState(dataDir, state);
	const test = (await n8n.rest('POST', '/credentials/test', { credentials: { id: credentialId, name: CREDENTIAL_NAME, type: 'fluentCartApi', data } })).data;
	say(`credential test: ${test.status} – ${test.message}`);
	if (test.status !== 'OK' && !site) throw new Error(`the demo shop's credential failed its test: ${test.message}`);

	const provisioned = await provisionExamples(n8n, { fluentCartCredentialId: credentialId, mail: { host: mail.host, port: mail.port }, model: { url: model.url } });
	say(`examples: ${provisioned.workflows.length} workflows (${elapsed()})`);

	const n8nUrl = `http://127.0.0.1:${ports.n8n}`;
	if (headless) {
		const ready = {
			ready: true,
			n8nUrl,
			email: DEMO_LOGIN.email,
			password: DEMO_LOGIN.password,
			apiKey: n8n.apiKey,
			fluentCartCredentialId: credentialId,
			credentialTest: test,
			shop: { url: shop.url, username: shop.username, password: site ? undefined : shop.password },
			mail: { host: mail.host, port: mail.port },
			model: { url: model.url },
			workflows: provisioned.workflows,
			steps,
			startedInMs: Date.now() - started,
		};
		process.stdout.write(`${JSON.stringify(ready)}\n`);
		return;
	}
	say(`
Ready in ${elapsed()}.

  n8n          ${n8nUrl}
  login        ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}
  ${site ? `shop         ${shop.url} (as ${shop.username}; credential test: ${test.status})` : `demo shop    ${shop.url} (a fake FluentCart with Pro: 12 products, 50 customers, 500 orders)`}
  mail sink    smtp://${mail.host}:${mail.port} (mail the examples send is shown here, never relayed)
  form & chat  ${EXAMPLE_LOGIN.user} / ${EXAMPLE_LOGIN.password} (the refund form and the AI chat ask for it)
  AI model     ${model.url} (demo model: scripted answers; use your own OpenAI credential for real ones)

Try first: open n8n, go to Overview → Workflows and open an example, e.g.
"${provisioned.workflows.find((w) => /refund/i.test(w.name))?.name ?? provisioned.workflows[0]?.name ?? 'an example'}",
then Execute workflow. Add a FluentCart node to a new workflow: its credential is "${existing?.name ?? CREDENTIAL_NAME}".

Ctrl-C stops n8n${site ? '' : ', the demo shop'}, the mail sink and the model. Data stays in ${dataDir}.`);
}

main().catch((error) => {
	say(`npm start failed: ${error.message}`);
	void stopAll(1);
});
