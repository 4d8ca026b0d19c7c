// Every example in examples/ run against a shop inside a real n8n, with a check of what it did:
// runExamples({ n8n, shop, mail, model, workflows }) gives one { file, ok, detail } per example.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEMO_LOGIN } from './examples.mjs';
import { assert, waitFor, webhookLive } from './util.mjs';

// ---------------------------------------------------------------------------------------------
// Running the examples

/** Operations of the FluentCart node that only read. */
const READ_OPERATIONS = new Set(['get', 'getAll', 'getTransactions', 'getAddresses', 'getOrders', 'dashboardStats', 'overview', 'salesReport']);

const fail = (message) => {
	throw new Error(message);
};

function expectOk(response, what) {
	assert(response.status >= 200 && response.status < 300, `${what}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
	return response.body;
}

/** The definition as stored in n8n (nodes carry the webhookId n8n gave them on activation). */
const stored = (n8n, id) => n8n.api('GET', `/workflows/${id}`);
const nodeOfType = (workflow, suffix) => workflow.nodes.find((n) => n.type.endsWith(suffix));

/**
 * Money in what the example's FluentCart node outputs: decimals in the store currency from the
 * node versions with the Money Output parameter (FluentCart 2, Polling Trigger 2, Trigger 3), cents
 * before them. `cents` is what the shop's API says.
 */
function moneyAsOutput(node, cents) {
	const decimalFrom = { fluentCartTrigger: 3, fluentCartPollingTrigger: 2, fluentCart: 2, fluentCartTool: 2 }[node.type.split('.').pop()];
	return node.typeVersion >= decimalFrom && node.parameters?.moneyOutput !== 'cents' ? Number(cents) / 100 : Number(cents);
}

export async function removeWorkflow(n8n, id) {
	await n8n.api('POST', `/workflows/${id}/deactivate`).catch(() => {});
	try {
		await n8n.api('DELETE', `/workflows/${id}`);
	} catch {
		// n8n 2.x deletes only archived workflows, and only once it is unpublished (409 until then).
		await n8n.rest('POST', `/workflows/${id}/archive`, {});
		await waitFor(`workflow ${id} to be deleted`, () =>
			n8n.rest('DELETE', `/workflows/${id}`).then(
				() => true,
				(error) => (/HTTP 409/.test(error.message) ? false : Promise.reject(error)),
			),
		);
	}
}

/** Executions of a workflow newer than `afterId`, with their data, once `ready` accepts the list. */
async function executionsAfter(n8n, workflowId, afterId, what, ready = (list) => list.some((e) => e.status !== 'running' && e.status !== 'new' && e.status !== 'waiting'), timeoutMs = 60000) {
	return waitFor(
		what,
		async () => {
			const list = (await n8n.api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=20`)).data.filter((e) => Number(e.id) > Number(afterId));
			return ready(list) ? list : undefined;
		},
		timeoutMs,
		300,
	);
}

async function lastExecutionId(n8n, workflowId) {
	const list = (await n8n.api('GET', `/executions?workflowId=${workflowId}&limit=1`)).data;
	return list[0]?.id ?? 0;
}

function runItems(execution, nodeName) {
	return (execution.data?.resultData?.runData?.[nodeName] ?? []).flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.json));
}

async function mailMatching(mail, what, predicate, timeoutMs = 60000) {
	return waitFor(what, async () => mail.messages.find(predicate), timeoutMs, 200);
}

/** A customer and a one-time variation with a price, read from the shop. */
async function shopBasics(shop) {
	const customers = expectOk(await shop.api('GET', 'customers?per_page=5'), 'customers').customers.data;
	const variations = expectOk(await shop.api('GET', 'variants'), 'variations');
	const onetime = variations.filter((v) => (v.payment_type ?? v.other_info?.payment_type ?? 'onetime') === 'onetime' && Number(v.item_price) > 0);
	assert(customers.length && onetime.length, 'the shop needs a customer and a one-time variation with a price');
	return { customer: customers[0], variation: onetime[0], onetime, variations };
}

/** A new order in the shop (one-time variation, 2 pieces), marked paid when `paid`; its stored row. */
async function placeOrder(shop, { paid }) {
	const { customer, variation } = await shopBasics(shop);
	const created = expectOk(
		await shop.api('POST', 'orders', {
			customer_id: customer.id,
			order_items: [{ post_id: variation.post_id, object_id: variation.id, quantity: 2, unit_price: variation.item_price, other_info: { payment_type: 'onetime' } }],
		}),
		'order create',
	);
	const id = created.order_id;
	if (paid) expectOk(await shop.api('POST', `orders/${id}/mark-as-paid`, { payment_method: 'offline_payment', transaction_type: 'charge' }), 'mark paid');
	return expectOk(await shop.api('GET', `orders/${id}`), 'order read').order;
}

/** Every order of the shop: id → { payment_status, total_refund, status }. */
async function orderStates(shop) {
	const states = new Map();
	for (let page = 1; ; page++) {
		const body = expectOk(await shop.api('GET', `orders?per_page=100&page=${page}`), 'orders list').orders;
		for (const o of body.data) states.set(o.id, JSON.stringify([o.payment_status, Number(o.total_refund ?? 0), o.status]));
		if (!body.data.length || page >= Number(body.last_page ?? page)) break;
	}
	return states;
}

function changedOrders(before, after) {
	return [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
}

/** Activates a FluentCart Trigger workflow and waits until its feed exists and its webhook is live. */
async function activateFluentCartTrigger(n8n, shop, workflowId) {
	await n8n.api('POST', `/workflows/${workflowId}/activate`);
	const trigger = nodeOfType(await stored(n8n, workflowId), '.fluentCartTrigger');
	const feed = await waitFor('the webhook feed in FluentCart', async () =>
		expectOk(await shop.api('GET', 'integration/global-feeds'), 'feeds').feeds.find((f) => f.feed.request_url.includes(`/${trigger.webhookId}/`)),
	);
	await webhookLive(n8n.base, feed.feed.request_url.split('/webhook/')[1]);
	return trigger;
}

// One function per example file: what happens in the shop, and what the workflow must have done.
const RUNS = {
	async 'paid-order-team-email.json'({ n8n, shop, mail, workflow }) {
		const trigger = await activateFluentCartTrigger(n8n, shop, workflow.id);
		try {
			const order = await placeOrder(shop, { paid: true });
			const message = await mailMatching(mail, `the email for order ${order.id}`, (m) => m.text.includes(`(order ID ${order.id})`));
			const total = `${moneyAsOutput(trigger, order.total_amount).toFixed(2)} ${order.currency}`;
			assert(message.text.includes(`Total: ${total}`) && message.subject.includes(total), `email for order ${order.id} lacks "${total}": ${message.subject} / ${message.text}`);
			// 50 in the example means 50.00: only an order of 50.00 or more is marked large.
			const large = moneyAsOutput(trigger, order.total_amount) >= 50;
			assert(message.text.includes('Large order (50.00 or more)') === large, `order of ${total}: "large order" line ${large ? 'missing' : 'present'}: ${message.text}`);
			assert(message.to.includes('team@example.com'), `sent to ${message.to}`);
			return `order ${order.id} paid → email "${message.subject}" to ${message.to.join(', ')}`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'subscription-canceled-tag-and-email.json'({ n8n, shop, mail, workflow }) {
		const subscriptions = expectOk(await shop.api('GET', 'subscriptions?per_page=100'), 'subscriptions').data.data;
		const subscription =
			subscriptions.find((s) => s.status === 'active') ?? subscriptions.find((s) => !['canceled', 'expired', 'completed'].includes(s.status)) ?? fail(`no subscription to cancel (statuses: ${subscriptions.map((s) => s.status).join(', ')})`);
		await activateFluentCartTrigger(n8n, shop, workflow.id);
		try {
			const before = expectOk(await shop.api('GET', `customers/${subscription.customer_id}`), 'customer').customer;
			expectOk(await shop.api('PUT', `orders/${subscription.parent_order_id}/subscriptions/${subscription.id}/cancel`, { cancel_reason: 'customer_request' }), 'cancel');
			const message = await mailMatching(mail, `the email about customer ${before.id}`, (m) => m.subject.startsWith('Subscription canceled') && m.text.includes(`(ID ${before.id})`));
			const after = expectOk(await shop.api('GET', `customers/${before.id}`), 'customer').customer;
			const added = after.notes.split('\n').pop();
			assert(/^\[churned \d{4}-\d{2}-\d{2}\] .* canceled$/.test(added), `notes: ${after.notes}`);
			assert(!before.notes || after.notes.startsWith(before.notes), `earlier notes lost: ${JSON.stringify(before.notes)} → ${JSON.stringify(after.notes)}`);
			for (const field of ['email', 'first_name', 'last_name', 'user_id', 'country', 'city', 'status']) {
				assert(after[field] === before[field], `${field} changed from ${before[field]} to ${after[field]}`);
			}
			assert(message.text.includes(added) && message.subject.includes(before.full_name ?? before.first_name), `email: ${message.subject} / ${message.text}`);
			return `subscription ${subscription.id} canceled → customer ${before.id} notes "${added}", other fields kept; email "${message.subject}"`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'refund-one-order-form.json'({ n8n, shop, workflow }) {
		const definition = await stored(n8n, workflow.id);
		const refundNode = definition.nodes.find((n) => n.name === 'Refund the Order');
		await n8n.api('POST', `/workflows/${workflow.id}/activate`);
		try {
			const trigger = nodeOfType(await stored(n8n, workflow.id), '.formTrigger');
			const formUrl = `${n8n.base}/form/${trigger.webhookId}`;
			const login = `Basic ${Buffer.from(`${DEMO_LOGIN.user}:${DEMO_LOGIN.password}`).toString('base64')}`;
			await waitFor('the form to be served', async () => (await fetch(formUrl, { headers: { authorization: login } })).status === 200);
			const anonymous = await fetch(formUrl);
			assert(anonymous.status === 401, `the form without the login answered ${anonymous.status}`);

			/** Fills in the form like its page does; returns the title of each later page. */
			const submit = async (fields, answers) => {
				const page = await (await fetch(formUrl, { headers: { authorization: login } })).text();
				const token = /const authToken = '([^']*)'/.exec(page)?.[1];
				const body = new FormData();
				fields.forEach((value, i) => body.append(`field-${i}`, String(value)));
				const res = await fetch(formUrl, { method: 'POST', body, headers: { authorization: login, ...(token ? { 'x-auth-token': token } : {}) } });
				const waiting = JSON.parse(await res.text()).formWaitingUrl ?? fail('no next page');
				const pages = [];
				const status = new URL(waiting);
				status.pathname += '/n8n-execution-status';
				for (const answer of [...answers, undefined]) {
					const state = await waitFor('the next form page', async () => {
						const text = (await (await fetch(status)).text()).trim();
						return ['form-waiting', 'success', 'error', 'crashed', 'canceled'].includes(text) ? text : undefined;
					});
					if (state !== 'form-waiting') {
						pages.push(`(${state})`);
						break;
					}
					const html = await (await fetch(waiting)).text();
					const title = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();
					const body = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
					pages.push(`${title} | ${body.slice(0, 300)}`);
					if (answer === undefined) break;
					const form = new FormData();
					form.append('field-0', answer);
					const pageToken = /const authToken = '([^']*)'/.exec(html)?.[1];
					await (await fetch(waiting, { method: 'POST', body: form, headers: pageToken ? { 'x-auth-token': pageToken } : {} })).text();
				}
				return pages;
			};

			const order = await placeOrder(shop, { paid: true });
			const before = await orderStates(shop);
			const total = Number(order.total_amount) / 100;
			const part = Math.floor(total / 3 * 100) / 100; // a third of the total, in the order currency

			// Not confirmed: nothing changes.
			const declined = await submit([order.id, part.toFixed(2), 'e2e: not confirmed'], ['No, do not refund']);
			assert(declined[0].startsWith(`Refund ${part.toFixed(2)}`) && /Nothing refunded/.test(declined.at(-1)), `pages: ${declined.join(' → ')}`);
			assert(changedOrders(before, await orderStates(shop)).length === 0, 'an order changed without confirmation');

			// More than is refundable: refused, nothing changes.
			const decimals = moneyAsOutput(refundNode, 100) === 1;
			const tooMuch = await submit([order.id, (total + 1).toFixed(2), 'e2e: too much'], decimals ? [] : ['Yes, refund it']);
			if (decimals) assert(tooMuch.length === 1 && /Nothing refunded/.test(tooMuch[0]), `amount above the refundable: ${tooMuch.join(' → ')}`);
			else assert(tooMuch.at(-1) === '(error)', `amount above the refundable: ${tooMuch.join(' → ')}`);
			assert(changedOrders(before, await orderStates(shop)).length === 0, 'an order changed after an amount above the refundable');

			// Confirmed: exactly that refund on exactly that order.
			const confirmed = await submit([order.id, part.toFixed(2), 'e2e: confirmed'], ['Yes, refund it']);
			assert(/Refund recorded/.test(confirmed.at(-1)), `pages: ${confirmed.join(' → ')}`);
			const after = await orderStates(shop);
			const changed = changedOrders(before, after);
			const refunded = expectOk(await shop.api('GET', `orders/${order.id}`), 'order').order;
			assert(JSON.stringify(changed) === JSON.stringify([order.id]), `changed orders: ${changed.join(', ')}`);
			assert(Number(refunded.total_refund) === Math.round(part * 100) && refunded.payment_status === 'partially_refunded', `order ${order.id}: refunded ${refunded.total_refund}, ${refunded.payment_status}`);
			return `not confirmed → nothing; ${(total + 1).toFixed(2)} → ${decimals ? 'refused on the first page' : 'refused by the Refund node'}; confirmed ${part.toFixed(2)} → order ${order.id} alone refunded ${part.toFixed(2)} ${order.currency} (of ${total.toFixed(2)}); without the login → 401`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'new-orders-to-data-table.json'({ n8n, shop, workflow }) {
		const definition = await stored(n8n, workflow.id);
		const tableId = nodeOfType(definition, '.dataTable').parameters.dataTableId.value;
		const rowsOf = async () => (await n8n.api('GET', `/data-tables/${tableId}/rows?limit=250`)).data;
		const before = await rowsOf();
		const afterId = await lastExecutionId(n8n, workflow.id);
		await n8n.api('POST', `/workflows/${workflow.id}/activate`);
		try {
			// The first poll (at activation) only remembers where the order list stands.
			await waitFor('the first poll to store its cursor', async () => Object.keys((await stored(n8n, workflow.id)).staticData ?? {}).length > 0, 30000, 300);
			const orders = [await placeOrder(shop, { paid: false }), await placeOrder(shop, { paid: true })];
			const executions = await executionsAfter(n8n, workflow.id, afterId, 'the poll that sees the new orders', (list) => list.some((e) => e.status === 'success'), 90000);
			const rows = await rowsOf();
			const added = rows.slice(before.length);
			const trigger = nodeOfType(definition, '.fluentCartPollingTrigger');
			for (const order of orders) {
				const matching = rows.filter((r) => Number(r.order_id) === Number(order.id));
				assert(matching.length === 1, `order ${order.id} is in the table ${matching.length} times`);
				assert(Number(matching[0].total) === moneyAsOutput(trigger, order.total_amount) && matching[0].currency === order.currency, `row ${JSON.stringify(matching[0])}`);
			}
			const ids = rows.map((r) => r.order_id);
			assert(new Set(ids).size === ids.length, `an order is in the table twice: ${ids.join(', ')}`);
			return `${executions.length} execution(s); rows added for orders ${added.map((r) => r.order_id).join(', ')}, each once`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'ai-agent-shop-questions.json'({ n8n, model, workflow }) {
		const definition = await stored(n8n, workflow.id);
		const tools = definition.nodes.filter((n) => definition.connections[n.name]?.ai_tool);
		assert(tools.length > 0, 'the agent has no tools');
		for (const tool of tools) {
			assert(tool.type === 'n8n-nodes-fluentcart.fluentCartTool', `tool ${tool.name} is ${tool.type}`);
			assert(READ_OPERATIONS.has(tool.parameters.operation), `tool ${tool.name} writes: ${tool.parameters.resource}.${tool.parameters.operation}`);
		}
		const afterId = await lastExecutionId(n8n, workflow.id);
		await n8n.api('POST', `/workflows/${workflow.id}/activate`);
		try {
			const trigger = nodeOfType(await stored(n8n, workflow.id), '.chatTrigger');
			const chatUrl = `${n8n.base}/webhook/${trigger.webhookId}/chat`;
			await webhookLive(n8n.base, `${trigger.webhookId}/chat`);
			const ask = (authorization) =>
				fetch(chatUrl, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
					body: JSON.stringify({ action: 'sendMessage', sessionId: randomUUID(), chatInput: "What were yesterday's sales?" }),
				});
			const anonymous = await ask();
			assert(anonymous.status === 401 || anonymous.status === 403, `the chat without the login answered ${anonymous.status}`);
			const asked = model.requests.length;
			const res = await ask(`Basic ${Buffer.from(`${DEMO_LOGIN.user}:${DEMO_LOGIN.password}`).toString('base64')}`);
			const text = await res.text();
			assert(res.ok, `chat answered HTTP ${res.status}: ${text.slice(0, 300)}`);
			const answer = JSON.parse(text).output ?? fail(`no output: ${text.slice(0, 300)}`);
			const requests = model.requests.slice(asked);
			assert(requests.length >= 2 && requests[0].tools?.length === tools.length, `the model got ${requests.length} request(s), tools ${JSON.stringify(requests[0]?.tools?.map((t) => t.function.name))}`);
			const toolMessage = requests.at(-1).messages.find((m) => m.role === 'tool') ?? fail('no tool result went back to the model');
			const [execution] = await executionsAfter(n8n, workflow.id, afterId, 'the chat execution');
			const ran = tools.filter((t) => execution.data?.resultData?.runData?.[t.name]);
			assert(ran.length === 1 && ran[0].parameters.operation === 'salesReport', `tools that ran: ${ran.map((t) => t.name).join(', ')}`);
			assert(answer.includes('Sales_Report') || answer.includes('Sales Report'), `answer: ${answer.slice(0, 300)}`);
			return `${tools.length} read-only tools (${tools.map((t) => `${t.parameters.resource}.${t.parameters.operation}`).join(', ')}); "${answer.slice(0, 90)}…" after ${requests.length} model requests, tool result ${String(toolMessage.content).length} chars; without the login → ${anonymous.status}`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},
};

/**
 * The examples started by hand or on a schedule run together in one `n8n execute-batch`, as
 * temporary copies (execute-batch keeps only ids with a digit, so a copy is made until the id has
 * one); the GT copy lists variations of this shop instead of the example's IDs.
 */
async function runBatchExamples({ n8n, shop, mail, workflows }) {
	const results = [];
	const gt = workflows.find((w) => w.file === 'gt-quantity-limits-for-variations.json');
	const lowStock = workflows.find((w) => w.file === 'nightly-low-stock-email.json');
	const copies = [];
	const work = mkdtempSync(join(tmpdir(), 'fluentcart-examples-batch-'));
	const copyOf = async (workflow, change = (d) => d) => {
		const full = await stored(n8n, workflow.id);
		const definition = change({ name: `${full.name} (e2e run)`, nodes: full.nodes, connections: full.connections, settings: full.settings ?? {} });
		for (let attempt = 0; attempt < 20; attempt++) {
			const copy = await n8n.api('POST', '/workflows', definition);
			copies.push(copy.id);
			if (/\d/.test(copy.id)) return copy;
		}
		return fail(`no workflow id with a digit for ${workflow.file}`);
	};
	try {
		const { onetime } = await shopBasics(shop);
		const targets = onetime.slice(0, 2).map((v, i) => ({ variation_id: v.id, min: 1 + i, max: 10 + 2 * i, step: 1 + i }));
		const gtCopy = gt && (await copyOf(gt, (d) => {
			const list = d.nodes.find((n) => n.name === 'Limits Per Variation');
			list.parameters.jsonOutput = JSON.stringify({ limits: targets }, null, 2);
			return d;
		}));
		// Stock for the report: one managed variation at 2 left, unless the shop already has low stock.
		let low = expectOk(await shop.api('GET', 'variants'), 'variations').filter((v) => Number(v.manage_stock) === 1 && Number(v.available) <= 5);
		if (lowStock && !low.length) {
			const variation = onetime.at(-1);
			expectOk(await shop.api('PUT', `products/${variation.post_id}/update-inventory/${variation.id}`, { total_stock: 2, available: 2 }), 'update inventory');
			low = expectOk(await shop.api('GET', 'variants'), 'variations').filter((v) => Number(v.manage_stock) === 1 && Number(v.available) <= 5);
		}
		// execute-batch starts only at a Manual Trigger: the copy has one in place of the schedule.
		const lowCopy = lowStock && (await copyOf(lowStock, (d) => {
			const schedule = d.nodes.find((n) => n.type === 'n8n-nodes-base.scheduleTrigger');
			Object.assign(schedule, { type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} });
			return d;
		}));
		const mailBefore = mail.messages.length;
		const ids = [gtCopy?.id, lowCopy?.id].filter(Boolean);
		const batch = await n8n.executeBatch(ids, work);
		const summary = JSON.parse(readFileSync(batch.output, 'utf8'));
		const outcome = (id) => summary.executions.find((e) => e.workflowId === id);

		if (gt) {
			results.push(
				await check(gt.file, async () => {
					assert(outcome(gtCopy.id)?.executionStatus === 'success', `execute-batch: ${JSON.stringify(outcome(gtCopy.id) ?? summary).slice(0, 400)}`);
					const variations = expectOk(await shop.api('GET', 'variants'), 'variations');
					for (const target of targets) {
						const info = variations.find((v) => v.id === target.variation_id).other_info;
						assert(Number(info.min_quantity) === target.min && Number(info.max_quantity) === target.max && Number(info.quantity_step) === target.step, `variation ${target.variation_id}: ${JSON.stringify(info)}`);
					}
					return `limits read back on variations ${targets.map((t) => `${t.variation_id} (${t.min}–${t.max} step ${t.step})`).join(', ')}`;
				}),
			);
		}
		if (lowStock) {
			results.push(
				await check(lowStock.file, async () => {
					assert(outcome(lowCopy.id)?.executionStatus === 'success', `execute-batch: ${JSON.stringify(outcome(lowCopy.id) ?? summary).slice(0, 400)}`);
					const reports = mail.messages.slice(mailBefore).filter((m) => m.subject.startsWith('Low stock'));
					assert(reports.length === 1, `${reports.length} low-stock emails`);
					const lines = reports[0].text.split('\n').filter((l) => / left$/.test(l));
					assert(lines.length === low.length && low.every((v) => lines.some((l) => l.includes(`variation ${v.id}: ${Number(v.available)} left`))), `report ${JSON.stringify(reports[0].text)} for low variations ${low.map((v) => v.id).join(', ')}`);
					return `one email "${reports[0].subject}" listing variations ${low.map((v) => v.id).join(', ')}`;
				}),
			);
		}
	} catch (error) {
		for (const workflow of [gt, lowStock].filter(Boolean)) if (!results.some((r) => r.file === workflow.file)) results.push({ file: workflow.file, ok: false, detail: error.message });
	} finally {
		for (const id of copies) await removeWorkflow(n8n, id).catch(() => {});
		rmSync(work, { recursive: true, force: true });
	}
	return results;
}

async function check(file, fn) {
	try {
		return { file, ok: true, detail: await fn() };
	} catch (error) {
		return { file, ok: false, detail: error.message };
	}
}

/**
 * Runs every example against the shop and checks what it did; one `{ file, ok, detail }` per
 * example. Trigger examples are activated for their run and deactivated after it. The examples
 * make their own orders (a customer and a one-time variation are read from the shop), so any
 * shop with those works.
 */
export async function runExamples({ n8n, shop, mail, model, workflows }) {
	const results = [];
	for (const workflow of workflows) {
		const run = RUNS[workflow.file];
		if (run) results.push(await check(workflow.file, () => run({ n8n, shop, mail, model, workflow })));
	}
	results.push(...(await runBatchExamples({ n8n, shop, mail, workflows })));
	for (const workflow of workflows) {
		if (!results.some((r) => r.file === workflow.file)) results.push({ file: workflow.file, ok: false, detail: 'no run defined for this example' });
	}
	return results;
}
