// `npm run test:e2e:queue`: the package in n8n's queue mode (lib/queue.mjs: Redis, PostgreSQL, a
// main process, two workers and a webhook processor, newest e2e n8n), against the fake FluentCart
// (Pro, 10,000 extra orders). Checks, and prints the figures:
// - the FluentCart Trigger registers its feed on activation and removes it on deactivation;
// - 2,000 deliveries at a steady rate → 2,000 executions; a forged secret → 401, no execution;
// - 200 deliveries each sent twice at once and a third time 1 s later → 200 executions;
// - measured, not asserted (the documented limit): the same delivery reaching two processes;
// - the Polling Trigger fires once per new order across 5 polls (one order in each of 5 minutes);
// - Return All of 10,000 orders runs on a worker; the workers' peak RSS.
// Requests are paced at a steady --rate per second (8: what this deployment sustains on 2 cores in
// n8n's default expression engine, see `npm run bench:n8n`; faster, requests queue up until the
// webhook processor's database pool times out). Options: --rate N, --keep (keep the work folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FakeShop } from './lib/fake.mjs';
import { BENCH_EVENT, bodyFor, deliveryBody, deliveryHeaders } from './lib/load.mjs';
import { QueueDeployment } from './lib/queue.mjs';
import { assert, sleep, waitFor, webhookLive } from './lib/util.mjs';
import { n8nInstall, NEWEST_N8N } from './lib/versions.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const RATE = Number(arg('--rate', 8));
const KEEP = process.argv.includes('--keep');
const DELIVERIES = 2000;
const REPEATED = 200;
const ACROSS = 50;
const POLLS = 5;
const ORDERS = 10000;

const install = n8nInstall(NEWEST_N8N);
const work = mkdtempSync(join(tmpdir(), 'fluentcart-e2e-queue-'));
const fake = new FakeShop(join(work, 'fake.log'));
const deployment = new QueueDeployment(install, work);
const template = deliveryBody(4096);
let nextOrderId = 2_000_000;
const figures = [];
const t0 = Date.now();
const log = (line) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);

let api;
/** Executions of a workflow by status, every page read. */
async function executions(workflowId) {
	const byStatus = {};
	let cursor = '';
	do {
		const page = await api('GET', `/executions?workflowId=${workflowId}&limit=250${cursor ? `&cursor=${cursor}` : ''}`);
		for (const e of page.data) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
		cursor = page.nextCursor ?? '';
	} while (cursor);
	return { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus };
}

/** Waits until `workflowId` has `expected` executions, none still running, and returns the count. */
async function settledExecutions(workflowId, expected, timeoutMs = 300000) {
	let last;
	await waitFor(
		`${expected} executions`,
		async () => {
			last = await executions(workflowId);
			const busy = (last.byStatus.new ?? 0) + (last.byStatus.running ?? 0) + (last.byStatus.waiting ?? 0);
			return last.total >= expected && busy === 0;
		},
		timeoutMs,
		1000,
	).catch((error) => {
		throw new Error(`${error.message}: ${JSON.stringify(last)}`);
	});
	// Anything still on its way would show up now.
	await sleep(3000);
	return executions(workflowId);
}

async function deliver(url, secret, orderId) {
	const res = await fetch(url, { method: 'POST', headers: deliveryHeaders(secret), body: bodyFor(template, orderId) });
	return { status: res.status, body: await res.text() };
}

const fresh = (r) => r.status === 200 && r.body === '{"received":true}';
const duplicate = (r) => r.status === 200 && r.body === '{"received":true,"duplicate":true}';

/** One new order in each of the next `POLLS` minutes, half-way between n8n's minute ticks. */
async function ordersAcrossPolls() {
	const placed = [];
	for (let i = 0; i < POLLS; i++) {
		const now = new Date();
		const target = new Date(now);
		target.setSeconds(30, 0);
		if (target <= now) target.setMinutes(target.getMinutes() + 1);
		await sleep(target - now);
		// Unpaid: a paid one would also reach the FluentCart Trigger's feed (Order Paid).
		placed.push(await fake.newOrder(1, 1));
		log(`polling: order ${placed.at(-1)} placed (${i + 1} of ${POLLS})`);
	}
	return placed;
}

async function main() {
	log(`fake FluentCart (Pro, ${ORDERS} extra orders) at ${(await fake.start({ pro: true, orders: ORDERS })).url}`);
	log(`n8n ${install.version} in queue mode: ${await deployment.start()}`);
	const { main: n8n, webhookBase } = deployment;
	await n8n.setUpOwner();
	api = (m, p, b) => n8n.api(m, p, b);
	const credentialId = await n8n.fluentCartCredential({ url: `${fake.url}/wp-json/fluent-cart/v2/`, username: fake.username, password: fake.password });
	const credentials = { fluentCartApi: { id: credentialId, name: 'FluentCart account' } };

	// The Polling Trigger first: its five minutes run while the rest goes on.
	const poller = await api('POST', '/workflows', {
		name: 'queue: new orders every minute',
		nodes: [{ id: 'new-orders', name: 'New Orders', type: 'n8n-nodes-fluentcart.fluentCartPollingTrigger', typeVersion: 1, position: [0, 0], parameters: { event: 'newOrder', pollTimes: { item: [{ mode: 'everyMinute' }] } }, credentials }],
		connections: {},
		settings: {},
	});
	await api('POST', `/workflows/${poller.id}/activate`);
	const polling = ordersAcrossPolls();
	polling.catch(() => undefined); // awaited below; until then a failure must not end the process before cleanup
	log('polling: New Order poller active');

	// FluentCart Trigger: feed registered on activation, pointing at the webhook processor.
	const trigger = await api('POST', '/workflows', {
		name: 'queue: order paid',
		nodes: [
			{ id: 'paid', name: 'Order Paid', type: 'n8n-nodes-fluentcart.fluentCartTrigger', typeVersion: 2, position: [0, 0], webhookId: `queue-${Date.now()}`, parameters: { events: [BENCH_EVENT] }, credentials },
			{ id: 'done', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [300, 0], parameters: {} },
		],
		connections: { 'Order Paid': { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: {},
	});
	await api('POST', `/workflows/${trigger.id}/activate`);
	const feeds = await waitFor('the feed', async () => {
		const list = (await fake.api('GET', 'integration/global-feeds')).body.feeds;
		return list.length ? list : undefined;
	});
	const feed = feeds[0].feed;
	const url = feed.request_url;
	assert(feeds.length === 1 && url.startsWith(`${webhookBase}/webhook/`), `feed: ${JSON.stringify(feeds)}`);
	const secret = feed.request_headers.data.find((h) => h.name === 'X-N8N-FluentCart-Secret').value;
	const path = url.split('/webhook/')[1];
	await webhookLive(webhookBase, path);
	await webhookLive(n8n.base, path);
	// Right after activation a process can still hold the workflow's static data from before the
	// main process stored the new secret (seen once: the first delivery got 401 "no secret
	// stored"). A delivery of an event the trigger does not select is answered 202 once the secret
	// matches, and starts nothing: wait for that in both processes, and say how long it took.
	const secretWait = Date.now();
	for (const base of [webhookBase, n8n.base]) {
		await waitFor('the secret to reach the process', async () => {
			const res = await fetch(`${base}/webhook/${path}`, { method: 'POST', headers: { ...deliveryHeaders(secret), 'x-fluentcart-event': 'order_shipped_probe' }, body: '{}' });
			await res.text();
			return res.status === 202;
		}, 30000, 100);
	}
	log(`trigger: feed ${feeds[0].id} registered → ${url}; the secret was accepted ${Date.now() - secretWait} ms after the webhook answered`);

	// 2,000 deliveries at a steady rate, and one forged.
	const sent = [];
	const started = Date.now();
	for (let i = 0; i < DELIVERIES; i++) {
		await sleep(started + (i * 1000) / RATE - Date.now());
		sent.push(deliver(url, secret, ++nextOrderId));
	}
	const answers = await Promise.all(sent);
	const sendSeconds = (Date.now() - started) / 1000;
	const forged = await deliver(url, 'forged-secret', ++nextOrderId);
	const accepted = answers.filter(fresh).length;
	assert(accepted === DELIVERIES, `accepted ${accepted} of ${DELIVERIES}: ${JSON.stringify(answers.find((a) => !fresh(a)))}`);
	assert(forged.status === 401, `forged delivery answered ${forged.status}`);
	const afterLoad = await settledExecutions(trigger.id, DELIVERIES);
	log(`trigger: ${DELIVERIES} deliveries in ${sendSeconds.toFixed(1)} s → ${afterLoad.total} executions ${JSON.stringify(afterLoad.byStatus)}; forged → ${forged.status}`);
	assert(afterLoad.total === DELIVERIES && afterLoad.byStatus.success === DELIVERIES, JSON.stringify(afterLoad));
	figures.push(`deliveries sent: ${DELIVERIES} (+1 forged → ${forged.status}); executions: ${afterLoad.total}; lost: ${DELIVERIES - afterLoad.total}`);

	// Repeats: each delivery twice at once, then again 1 s later, all to the webhook processor.
	const repeats = await Promise.all(
		Array.from({ length: REPEATED }, async (_, i) => {
			await sleep((i * 3 * 1000) / RATE);
			const id = ++nextOrderId;
			const pair = await Promise.all([deliver(url, secret, id), deliver(url, secret, id)]);
			await sleep(1000);
			return [...pair, await deliver(url, secret, id)];
		}),
	);
	const runOnce = repeats.filter((r) => r.filter(fresh).length === 1 && r.filter(duplicate).length === 2).length;
	const afterRepeats = await settledExecutions(trigger.id, DELIVERIES + REPEATED);
	const repeatRuns = afterRepeats.total - DELIVERIES - REPEATED;
	log(`trigger: ${REPEATED} deliveries × 3 (two at once, one 1 s later) → ${afterRepeats.total - DELIVERIES} executions; answered once + 2 duplicates: ${runOnce}`);
	assert(runOnce === REPEATED && repeatRuns === 0, `repeats: ${runOnce} of ${REPEATED} answered once, ${repeatRuns} extra executions`);
	figures.push(`repeated deliveries: ${REPEATED} × 3 (2 at once + 1 s later) → ${REPEATED + repeatRuns} executions; duplicates run: ${repeatRuns}`);

	// The limit: one copy to the webhook processor, one to the main process (which also takes webhooks).
	const across = async (gapMs) => {
		const before = (await executions(trigger.id)).total;
		await Promise.all(
			Array.from({ length: ACROSS }, async (_, i) => {
				await sleep((i * 2 * 1000) / RATE);
				const id = ++nextOrderId;
				const first = deliver(url, secret, id);
				if (gapMs) await first.then(() => sleep(gapMs));
				await Promise.all([first, deliver(`${n8n.base}/webhook/${path}`, secret, id)]);
			}),
		);
		return (await settledExecutions(trigger.id, before + ACROSS)).total - before - ACROSS;
	};
	const acrossAtOnce = await across(0);
	const acrossLater = await across(1000);
	log(`trigger, two processes: duplicates run ${acrossAtOnce} of ${ACROSS} at once, ${acrossLater} of ${ACROSS} 1 s apart`);
	figures.push(`the same delivery to two processes (webhook processor + main): duplicates run ${acrossAtOnce} of ${ACROSS} sent at once, ${acrossLater} of ${ACROSS} sent 1 s apart`);

	await api('POST', `/workflows/${trigger.id}/deactivate`);
	await waitFor('the feed to be removed', async () => (await fake.api('GET', 'integration/global-feeds')).body.feeds.length === 0);
	log('trigger: deactivated, feed removed');

	// Return All of 10,000 orders, started by a webhook and run by a worker.
	const before = deployment.workerExecutions();
	const peaksBefore = deployment.workerPeakRssMb();
	const returnAll = await api('POST', '/workflows', {
		name: 'queue: Return All orders',
		nodes: [
			{ id: 'hook', name: 'Start', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: `return-all-${Date.now()}`, parameters: { httpMethod: 'POST', path: `return-all-${Date.now()}`, responseMode: 'lastNode', responseData: 'firstEntryJson', options: {} } },
			{ id: 'orders', name: 'All Orders', type: 'n8n-nodes-fluentcart.fluentCart', typeVersion: 1, position: [250, 0], parameters: { resource: 'order', operation: 'getAll', returnAll: true }, credentials },
			{ id: 'count', name: 'Count', type: 'n8n-nodes-base.summarize', typeVersion: 1.1, position: [500, 0], parameters: { fieldsToSummarize: { values: [{ aggregation: 'count', field: 'id' }, { aggregation: 'countUnique', field: 'id' }] }, options: {} } },
		],
		connections: { Start: { main: [[{ node: 'All Orders', type: 'main', index: 0 }]] }, 'All Orders': { main: [[{ node: 'Count', type: 'main', index: 0 }]] } },
		settings: {},
	});
	await api('POST', `/workflows/${returnAll.id}/activate`);
	const hookPath = returnAll.nodes.find((n) => n.name === 'Start').parameters.path;
	await webhookLive(webhookBase, hookPath);
	const readStarted = Date.now();
	const counted = await (await fetch(`${webhookBase}/webhook/${hookPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
	const readSeconds = (Date.now() - readStarted) / 1000;
	const total = (await fake.api('GET', 'orders?per_page=1')).body.orders.total;
	const ran = deployment.workerExecutions().map((n, i) => n - before[i]);
	const peaks = deployment.workerPeakRssMb();
	const worker = ran.indexOf(1);
	log(`Return All: ${JSON.stringify(counted)} of ${total} orders in ${readSeconds.toFixed(1)} s; executions per worker ${ran.join(', ')}; peak RSS per worker (with its task runner) ${peaksBefore.join(', ')} MB before, ${peaks.join(', ')} MB after`);
	const values = Object.values(counted);
	assert(values.length === 2 && values.every((v) => v === total) && total >= ORDERS, `Return All: ${JSON.stringify(counted)}, shop has ${total}`);
	assert(ran.reduce((a, b) => a + b, 0) === 1, `Return All ran on workers: ${ran.join(', ')}`);
	figures.push(
		`Return All: ${total} orders on worker ${worker + 1} in ${readSeconds.toFixed(1)} s; its peak RSS (with its task runner) ${peaks[worker]} MB (${peaksBefore[worker]} MB before the read; the other worker ${peaks[1 - worker]} MB)`,
	);

	// The polling trigger: one execution per order, each with that order only.
	const placed = await polling;
	// The tick after the last order (usually long past by now: the ticks since would show a repeat).
	await waitFor('the last poll', async () => (await executions(poller.id)).byStatus.success >= POLLS, 120000, 1000);
	const runs = (await api('GET', `/executions?workflowId=${poller.id}&includeData=true&limit=50`)).data;
	const seen = runs.flatMap((e) => (e.data?.resultData?.runData?.['New Orders']?.[0]?.data?.main?.[0] ?? []).map((item) => item.json.id)).sort();
	log(`polling: orders placed ${placed.join(', ')}; executions ${runs.length}, orders seen ${seen.join(', ')}`);
	assert(JSON.stringify(seen) === JSON.stringify([...placed].sort()) && runs.length === POLLS, `polling: placed ${placed}, seen ${seen} in ${runs.length} executions`);
	await api('POST', `/workflows/${poller.id}/deactivate`);
	figures.push(`Polling Trigger: ${POLLS} orders, one per poll → ${runs.length} executions, each order once`);
}

let failed = false;
try {
	await main();
} catch (error) {
	failed = true;
	console.log(`\nFAILED: ${error.stack}\n(logs in ${work})`);
} finally {
	await deployment.stop();
	fake.stop();
	if (!KEEP && !failed) rmSync(work, { recursive: true, force: true });
}
console.log(`\nQueue mode (n8n ${install.version}: main, 2 workers, webhook processor; Redis, PostgreSQL), ${((Date.now() - t0) / 1000).toFixed(0)} s:`);
for (const line of figures) console.log(`  ${line}`);
process.exit(failed ? 1 : 0);
