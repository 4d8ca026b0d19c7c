// Webhook load for the throughput benchmark and the queue-mode stage: two workflows that differ
// only in their trigger (n8n's own Webhook node, or the FluentCart Trigger with a manual
// secret), each followed by the same No Operation node, and an autocannon run against either.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import autocannon from 'autocannon';

import { ROOT } from './util.mjs';

export const BENCH_SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';
export const BENCH_EVENT = 'order_paid_done';

/** The recorded Order Paid delivery, padded with line items up to `bytes`. */
export function deliveryBody(bytes = 4096) {
	const recorded = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'fluentcart-1.3.25', 'webhook-standin-order_paid_done.json'), 'utf8')).body;
	const items = recorded.order.order_items;
	const padded = { ...recorded, order: { ...recorded.order, order_items: [...items] } };
	for (;;) {
		const more = [...padded.order.order_items, { ...items[0], id: padded.order.order_items.length + 1 }];
		if (Buffer.byteLength(JSON.stringify({ ...padded, order: { ...padded.order, order_items: more } })) > bytes) return padded;
		padded.order.order_items = more;
	}
}

/** A body per request: the same delivery with its own order id (no two are repeats). */
export function bodyFor(template, orderId) {
	return JSON.stringify({ ...template, order: { ...template.order, id: orderId } });
}

export const deliveryHeaders = (secret = BENCH_SECRET) => ({
	'content-type': 'application/json',
	'x-n8n-fluentcart-secret': secret,
	'x-fluentcart-event': BENCH_EVENT,
});

const noOp = { name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [300, 0], parameters: {} };

/** Workflow with n8n's Webhook node at POST /webhook/<path>. */
export function webhookNodeWorkflow(path) {
	const trigger = {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
	};
	return {
		name: `bench: Webhook node (${path})`,
		nodes: [trigger, noOp],
		connections: { Webhook: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: {},
	};
}

/**
 * Workflow with the FluentCart Trigger (node version `typeVersion`), manual registration; its URL
 * is /webhook/<webhookId>/webhook.
 */
export function fluentCartTriggerWorkflow(credentialId, { events = [BENCH_EVENT], typeVersion = 2 } = {}) {
	const webhookId = randomUUID();
	const trigger = {
		name: 'FluentCart Trigger',
		type: 'n8n-nodes-fluentcart.fluentCartTrigger',
		typeVersion,
		position: [0, 0],
		webhookId,
		parameters: { events, registration: 'manual', secret: BENCH_SECRET, options: {} },
		credentials: { fluentCartApi: { id: credentialId, name: 'FluentCart account' } },
	};
	return {
		webhookId,
		workflow: {
			name: `bench: FluentCart Trigger (${webhookId.slice(0, 8)})`,
			nodes: [trigger, noOp],
			connections: { 'FluentCart Trigger': { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
			settings: {},
		},
	};
}

/**
 * Drives `url` with POSTs of the delivery (each with its own order id from `nextId`) at a fixed
 * number of connections for a fixed time. Returns requests/s, latency p50/p99 (ms) and the status
 * codes seen.
 */
export async function drive(url, { connections, seconds, headers, template, nextId }) {
	const result = await autocannon({
		url,
		method: 'POST',
		connections,
		duration: seconds,
		headers,
		requests: [{ setupRequest: (request) => ({ ...request, body: bodyFor(template, nextId()) }) }],
	});
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		total: result.requests.total,
		non2xx: result.non2xx,
		errors: result.errors + result.timeouts,
	};
}
