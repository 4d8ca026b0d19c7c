// `npm run bench:n8n`: the FluentCart Trigger's webhook throughput beside n8n's own Webhook
// node, in one real n8n (the newest e2e version), each trigger followed by the same No Operation
// node, the same ~4 KB Order Paid delivery (each request with its own order id), autocannon at a
// fixed concurrency for a fixed time, in the order A B B A A B B A after a warm-up. Once per
// expression-engine setting: n8n's default, lazy isolate acquisition
// (N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true) and the legacy engine (no isolates). With `--queue`
// it also measures through the webhook processor of a queue-mode deployment (lib/queue.mjs), in
// the default engine and with lazy acquisition.
// Prints figures; it is not a test. Options: --seconds S per run (10), --connections N (10), --queue,
// --engines default,lazy,legacy (which settings; queue mode skips legacy),
// --queue-only, --trigger-version 1 (the node version of workflows made before 2; default 2).
// Run `npm run build` and `npm run e2e:setup` first.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { deliveryBody, deliveryHeaders, drive, fluentCartTriggerWorkflow, webhookNodeWorkflow } from './lib/load.mjs';
import { N8n } from './lib/n8n.mjs';
import { installPackage } from './lib/package.mjs';
import { sleep } from './lib/util.mjs';
import { n8nInstall, NEWEST_N8N } from './lib/versions.mjs';

const fail = (message) => {
	throw new Error(message);
};
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const SECONDS = Number(arg('--seconds', 10));
const CONNECTIONS = Number(arg('--connections', 10));
const QUEUE = process.argv.includes('--queue') || process.argv.includes('--queue-only');
const REGULAR = !process.argv.includes('--queue-only');
const TRIGGER_VERSION = Number(arg('--trigger-version', 2));
const ALL_ENGINES = {
	default: ['default expression engine', {}],
	lazy: ['lazy isolate acquisition', { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' }],
	legacy: ['legacy expression engine', { N8N_EXPRESSION_ENGINE: 'legacy' }],
};
const ENGINES = arg('--engines', 'default,lazy,legacy')
	.split(',')
	.map((name) => ALL_ENGINES[name] ?? fail(`--engines: ${name} is not one of ${Object.keys(ALL_ENGINES).join(', ')}`));
const install = n8nInstall(NEWEST_N8N);
const template = deliveryBody(4096);
let orderId = 1_000_000;
const nextId = () => ++orderId;

const fmt = (r) => `${r.rps.toFixed(1).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  (${r.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`;

/** Creates and activates both workflows in `n8n` (its main process); returns their URLs under `webhookBase`. */
export async function benchWorkflows(n8n, webhookBase) {
	const api = (m, p, b) => n8n.api(m, p, b);
	// Manual registration: the trigger never calls the shop, so the credential points nowhere.
	const credentialId = await n8n.fluentCartCredential({ url: 'http://127.0.0.1:9/wp-json/fluent-cart/v2/', username: 'bench', password: 'bench bench bench' });
	const path = `bench-${Date.now()}`;
	const a = await api('POST', '/workflows', webhookNodeWorkflow(path));
	const { webhookId, workflow } = fluentCartTriggerWorkflow(credentialId, { typeVersion: TRIGGER_VERSION });
	const b = await api('POST', '/workflows', workflow);
	for (const w of [a, b]) await api('POST', `/workflows/${w.id}/activate`);
	return { webhookNode: `${webhookBase}/webhook/${path}`, trigger: `${webhookBase}/webhook/${webhookId}/webhook` };
}

/** Warm-up (8 s each), then A B B A twice; prints each run and the ratio of the means. */
export async function compare(label, urls) {
	const headers = deliveryHeaders();
	const run = (url, seconds = SECONDS) => drive(url, { connections: CONNECTIONS, seconds, headers, template, nextId });
	await run(urls.webhookNode, 8);
	await run(urls.trigger, 8);
	const runs = { webhookNode: [], trigger: [] };
	for (const which of ['webhookNode', 'trigger', 'trigger', 'webhookNode', 'webhookNode', 'trigger', 'trigger', 'webhookNode']) {
		const r = await run(urls[which]);
		runs[which].push(r);
		console.log(`  ${which === 'trigger' ? 'FluentCart Trigger' : 'Webhook node      '}  ${fmt(r)}`);
	}
	const mean = (list, key) => list.reduce((sum, r) => sum + r[key], 0) / list.length;
	const ratio = mean(runs.trigger, 'rps') / mean(runs.webhookNode, 'rps');
	const p50 = mean(runs.trigger, 'p50') / Math.max(1, mean(runs.webhookNode, 'p50'));
	console.log(`  ${label}: FluentCart Trigger / Webhook node = ${ratio.toFixed(2)}× throughput, ${p50.toFixed(2)}× p50 latency`);
	return ratio;
}

async function regular(engineLabel, env) {
	const work = mkdtempSync(join(tmpdir(), 'fluentcart-bench-'));
	const userFolder = join(work, 'user');
	mkdirSync(userFolder, { recursive: true });
	installPackage(userFolder, work);
	// Executions are saved as n8n saves them by default (both workflows alike).
	const n8n = new N8n(install, userFolder, join(work, 'n8n.log'), { N8N_LOG_LEVEL: 'warn', ...env });
	try {
		await n8n.start();
		await n8n.setUpOwner();
		const urls = await benchWorkflows(n8n, n8n.base);
		await sleep(1000);
		console.log(`\nn8n ${install.version}, regular mode, ${engineLabel}:`);
		return await compare(`regular, ${engineLabel}`, urls);
	} finally {
		await n8n.stop();
		rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(
		`Webhook throughput: ${CONNECTIONS} connections, ${SECONDS} s per run, ~4 KB Order Paid deliveries, runs A B B A A B B A; FluentCart Trigger node version ${TRIGGER_VERSION}`,
	);
	const ratios = [];
	if (REGULAR) {
		for (const [label, env] of ENGINES) ratios.push([`regular, ${label}`, await regular(label, env)]);
	}
	if (QUEUE) {
		const { queueBench } = await import('./lib/queue.mjs');
		for (const [label, env] of ENGINES.filter(([, env]) => env.N8N_EXPRESSION_ENGINE !== 'legacy')) {
			const work = mkdtempSync(join(tmpdir(), 'fluentcart-bench-queue-'));
			try {
				ratios.push([`queue mode, ${label}`, await queueBench(install, work, label, { N8N_LOG_LEVEL: 'warn', ...env }, compare, benchWorkflows)]);
			} finally {
				rmSync(work, { recursive: true, force: true });
			}
		}
	}
	console.log('\nFluentCart Trigger / Webhook node throughput:');
	for (const [label, ratio] of ratios) console.log(`  ${label.padEnd(42)} ${ratio.toFixed(2)}×`);
}
