// What the end-to-end run checks inside the real n8n, after the package, credential and
// examples are in place (see run.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { BENCH_SECRET, bodyFor, deliveryBody, deliveryHeaders, fluentCartTriggerWorkflow } from './lib/load.mjs';
import { assert, E2E_DIR, sleep, webhookLive } from './lib/util.mjs';

/**
 * `n8n execute-batch` keeps only the `--ids` that contain a digit (it matches them with /\d+/,
 * a leftover from numeric ids), so a workflow whose generated id is all letters can never run
 * through it. Such a workflow is saved again under a new id until the id has a digit.
 */
async function batchable(n8n, workflow) {
	let current = workflow;
	for (let attempt = 0; !/\d/.test(current.id); attempt++) {
		assert(attempt < 10, `could not get a workflow id with a digit for "${workflow.name}"`);
		const full = await n8n.api('GET', `/workflows/${current.id}`);
		const copy = await n8n.api('POST', '/workflows', {
			name: full.name,
			nodes: full.nodes,
			connections: full.connections,
			settings: full.settings ?? {},
		});
		await n8n.api('DELETE', `/workflows/${current.id}`);
		current = copy;
	}
	return current;
}

/**
 * `n8n execute-batch` for the given workflows (ids from `batchable`). Any workflow missing
 * from the summary is run again, up to three rounds, so a slow start cannot skip one silently.
 */
async function runBatch(n8n, ids, work) {
	let pending = [...ids];
	let batch;
	for (let round = 1; pending.length && round <= 3; round++) {
		if (round > 1) await sleep(2000);
		batch = await n8n.executeBatch(pending, work);
		const summary = JSON.parse(readFileSync(batch.output, 'utf8'));
		// Once in CI, n8n 1.123's execute-batch was ended by a signal after writing a complete,
		// successful result (a crash on its way out): that is told, not failed; anything else fails.
		const resultsComplete = batch.signal && summary.summary.failedExecutions === 0 && summary.executions.every((e) => e.executionStatus === 'success');
		assert(batch.code === 0 || resultsComplete, `execute-batch exited ${batch.code ?? `on ${batch.signal}`}: ${JSON.stringify(summary).slice(0, 800)}`);
		if (batch.code !== 0) console.log(`    (execute-batch ended on ${batch.signal} after writing its results, every execution successful)`);
		const ran = new Set(summary.executions.map((e) => e.workflowId));
		pending = pending.filter((id) => !ran.has(id));
	}
	assert(pending.length === 0, `execute-batch never saw workflows ${pending.join(', ')}`);
	return batch;
}

function snapshotItems(snapshotsDir, workflowId, nodeName) {
	const file = join(snapshotsDir, `${workflowId}-snapshot.json`);
	assert(existsSync(file), `no snapshot for workflow ${workflowId} (it failed?)`);
	const snapshot = JSON.parse(readFileSync(file, 'utf8'));
	const runData = snapshot.data?.resultData?.runData ?? snapshot;
	return (runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
}

export const scenarios = [
	{
		name: 'an order workflow runs with n8n execute-batch',
		async run({ n8n, fake, work, credentialId, loadWorkflow }) {
			// A low-stock variation for the Polling Trigger scenario after this one.
			// FluentCart switches stock management on for every variation of the product.
			for (const [variation, stock] of [[1, 100], [2, 3]]) {
				const inventory = await fake.api('PUT', `products/4/update-inventory/${variation}`, { total_stock: stock, available: stock });
				assert(inventory.status === 200, `update inventory: ${JSON.stringify(inventory.body)}`);
			}

			const lifecycle = await batchable(
				n8n,
				await n8n.api('POST', '/workflows', loadWorkflow(join(E2E_DIR, 'workflows', 'order-lifecycle.json'), credentialId)),
			);
			const batch = await runBatch(n8n, [lifecycle.id], work);

			const transactions = snapshotItems(batch.snapshots, lifecycle.id, 'Transactions');
			assert(transactions.length === 2, `expected a charge and a refund, got ${JSON.stringify(transactions)}`);
			const refundOut = snapshotItems(batch.snapshots, lifecycle.id, 'Refund')[0];
			assert(refundOut.amount === 500 && refundOut.order_payment_status === 'partially_refunded', JSON.stringify(refundOut));
			return `order created, paid and partly refunded (${refundOut.amount} cents) in one execute-batch run`;
		},
	},
	{
		name: 'Polling Trigger: activate the low-stock report and a New Order poller; a variation falls low, two orders arrive → one execution each',
		async run({ n8n, fake, waitFor, nodeItems, credentialId, loadWorkflow }) {
			// The example polls nightly; here it polls every minute (n8n's shortest interval).
			const definition = loadWorkflow(join(E2E_DIR, 'workflows', 'low-stock-polling.json'), credentialId);
			definition.name = 'E2E: low stock every minute';
			const trigger = definition.nodes.find((n) => n.type.endsWith('fluentCartPollingTrigger'));
			trigger.parameters.pollTimes = { item: [{ mode: 'everyMinute' }] };
			const workflow = await n8n.api('POST', '/workflows', definition);
			await n8n.api('POST', `/workflows/${workflow.id}/activate`);
			// New orders, on the same minute's tick: its polls after the first read with the cursor
			// (on n8n before 2.38 they once threw a TypeError there).
			const orders = await n8n.api('POST', '/workflows', {
				name: 'E2E: new orders every minute',
				nodes: [
					{
						id: 'new-orders',
						name: 'New Orders',
						type: 'n8n-nodes-fluentcart.fluentCartPollingTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: { event: 'newOrder', pollTimes: { item: [{ mode: 'everyMinute' }] } },
						credentials: { fluentCartApi: { id: credentialId, name: 'FluentCart account' } },
					},
				],
				connections: {},
				settings: {},
			});
			await n8n.api('POST', `/workflows/${orders.id}/activate`);
			// Activation only remembers what is low now (variation 2 from the previous scenario).
			await sleep(3000);
			for (const id of [workflow.id, orders.id]) {
				const none = await n8n.api('GET', `/executions?workflowId=${id}&limit=5`);
				assert(none.data.length === 0, `history was replayed: ${none.data.length} execution(s)`);
			}
			const inventory = await fake.api('PUT', 'products/4/update-inventory/1', { total_stock: 2, available: 2 });
			assert(inventory.status === 200, `update inventory: ${JSON.stringify(inventory.body)}`);
			const placed = [await fake.paidOrder(2, 1), await fake.paidOrder(2, 1)];
			const execution = await waitFor(
				'the low-stock execution',
				async () => {
					const list = await n8n.api('GET', `/executions?workflowId=${workflow.id}&includeData=true&limit=5`);
					return list.data.find((e) => e.finished || e.status === 'success');
				},
				90000,
				1000,
			);
			const [report] = nodeItems(execution, 'One Report');
			assert(report?.lines?.length === 1 && report.lines[0].includes('2 left'), `report: ${JSON.stringify(report)}`);
			const after = await n8n.api('GET', `/executions?workflowId=${workflow.id}&limit=10`);
			assert(after.data.length === 1, `fired ${after.data.length} times for one crossing`);
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
			let lastList;
			const ordered = await waitFor(
				'the new-order execution',
				async () => {
					lastList = await n8n.api('GET', `/executions?workflowId=${orders.id}&includeData=true&limit=5`);
					return lastList.data.find((e) => e.finished || e.status === 'success');
				},
				90000,
				1000,
			).catch((error) => {
				const seen = (lastList?.data ?? []).map((e) => `${e.status}: ${JSON.stringify(e.data?.resultData?.error?.message ?? null)}`);
				throw new Error(`${error.message} (executions: ${seen.join('; ') || 'none'})`);
			});
			const seen = nodeItems(ordered, 'New Orders').map((order) => order.id);
			assert(JSON.stringify(seen) === JSON.stringify(placed), `new orders: ${JSON.stringify(seen)}, placed ${JSON.stringify(placed)}`);
			await n8n.api('POST', `/workflows/${orders.id}/deactivate`);
			return `low stock: one execution, "${report.lines[0]}"; new orders: one execution with orders ${seen.join(' and ')}`;
		},
	},
	{
		name: 'FluentCart Trigger: activate → feeds, events → executions, deactivate → no feeds',
		async run({ n8n, fake, waitFor, nodeItems, credentialId, loadWorkflow }) {
			const workflow = await n8n.api('POST', '/workflows', loadWorkflow(join(E2E_DIR, 'workflows', 'paid-order-message.json'), credentialId));
			const feedsNow = async () => (await fake.api('GET', 'integration/global-feeds')).body.feeds;

			await n8n.api('POST', `/workflows/${workflow.id}/activate`);
			const feeds = await waitFor('the feed to be registered', async () => {
				const list = await feedsNow();
				return list.length ? list : undefined;
			});
			const feed = feeds[0].feed;
			assert(feeds.length === 1 && feed.event_trigger[0] === 'order_paid_done', JSON.stringify(feeds));
			assert(feed.request_url.startsWith(`${n8n.base}/webhook/`), `feed URL ${feed.request_url}`);

			// The webhook goes live a moment after activation returns.
			await sleep(500);
			const orderId = await fake.paidOrder(1, 2);
			const execution = await waitFor(
				'the execution started by Order Paid',
				async () => {
					const list = await n8n.api('GET', `/executions?workflowId=${workflow.id}&includeData=true&limit=5`);
					return list.data.find((e) => e.finished || e.status === 'success');
				},
				30000,
				300,
			);
			const [message] = nodeItems(execution, 'Build Fulfilment Message');
			assert(message?.order_id === orderId, `execution output: ${JSON.stringify(message)}`);
			assert(message.message.includes('2 × Lab T-Shirt') && message.total === '39.98 USD', message.message);

			// A forged delivery is refused.
			const forged = await fetch(feed.request_url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'X-N8N-FluentCart-Secret': 'forged', 'X-FluentCart-Event': 'order_paid_done' },
				body: JSON.stringify({ order: { id: 1 } }),
			});
			assert(forged.status === 401, `forged delivery answered ${forged.status}`);

			// A delivery is answered {"received":true}; the same one again, as a duplicate.
			const secret = feed.request_headers.data.find((h) => h.name === 'X-N8N-FluentCart-Secret').value;
			const deliver = async () => {
				const res = await fetch(feed.request_url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'X-N8N-FluentCart-Secret': secret, 'X-FluentCart-Event': 'order_paid_done' },
					body: JSON.stringify({ order: { id: 900001, status: 'processing', payment_status: 'paid' } }),
				});
				return `${res.status} ${await res.text()}`;
			};
			const first = await deliver();
			assert(first === '200 {"received":true}', `delivery answered ${first}`);
			const again = await deliver();
			assert(again === '200 {"received":true,"duplicate":true}', `repeated delivery answered ${again}`);

			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
			await waitFor('the feed to be removed', async () => (await feedsNow()).length === 0);
			return `feed ${feeds[0].id} registered and removed; execution ${execution.id} for order ${orderId}; forged delivery → 401; a delivery → ${first}, again → duplicate`;
		},
	},
	{
		name: 'FluentCart Trigger node version 1 (workflows saved before version 2), manual registration: a delivery runs, a forged one gets 401',
		async run({ n8n, credentialId, waitFor }) {
			const { webhookId, workflow: definition } = fluentCartTriggerWorkflow(credentialId, { typeVersion: 1 });
			const workflow = await n8n.api('POST', '/workflows', definition);
			await n8n.api('POST', `/workflows/${workflow.id}/activate`);
			await webhookLive(n8n.base, `${webhookId}/webhook`);
			const deliver = async (secret) => {
				const res = await fetch(`${n8n.base}/webhook/${webhookId}/webhook`, { method: 'POST', headers: deliveryHeaders(secret), body: bodyFor(deliveryBody(4096), 900002) });
				return `${res.status} ${await res.text()}`;
			};
			const answer = await deliver(BENCH_SECRET);
			assert(answer === '200 {"received":true}', `delivery answered ${answer}`);
			const forged = await deliver('forged');
			assert(forged.startsWith('401 '), `forged delivery answered ${forged}`);
			const execution = await waitFor('the execution', async () => (await n8n.api('GET', `/executions?workflowId=${workflow.id}&limit=5`)).data.find((e) => e.status === 'success'));
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
			return `delivery → ${answer}, execution ${execution.id}; forged → 401`;
		},
	},
];
