/**
 * FluentCart Trigger deliveries: end to end from the fake FluentCart (Pro) to the trigger's
 * webhook(), plus the secret checks, event filtering, bad bodies, repeats and renewals.
 */
import type { IDataObject } from 'n8n-workflow';

import { createOrder, markPaid, startFake, wireMoney } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { TriggerHost } from '../helpers/trigger-host';

let ctx: StartedFake;
let host: TriggerHost;

async function startHost(parameters: IDataObject = { events: ['order_paid_done', 'order_fully_refunded'] }) {
	host = new TriggerHost(ctx.credentials, parameters);
	await host.start();
	await host.activate();
}

/** Posts to the trigger like FluentCart would, with a real body buffer. */
async function post(headers: Record<string, string>, body: string | Buffer) {
	const response = await fetch(host.webhookUrl(), {
		method: 'POST',
		headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
		body,
	});
	return { status: response.status, body: await response.text() };
}

const secret = () => String(host.staticData().secret);
const paidBody = async () => {
	const id = await createOrder(ctx);
	await markPaid(ctx, id);
	await ctx.fake.settle();
	return id;
};

beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
});
afterEach(async () => {
	await host?.stop();
	await ctx.fake.stop();
});

describe('end to end: FluentCart event → webhook → execution', () => {
	it('a paid order starts one execution with the order, customer, items and transactions', async () => {
		await startHost();
		const id = await paidBody();
		expect(ctx.fake.deliveries.map((d) => [d.event, d.status])).toEqual([['order_paid_done', 200]]);
		expect(host.executions).toHaveLength(1);
		const [item] = host.executions[0];
		expect(item).toMatchObject({
			event: 'order_paid_done',
			event_name: 'Order Paid',
			order: { id, payment_status: 'paid', total_paid: 3998, total_amount: 3998 },
			customer: { id: 1, email: 'ada@example.test', purchase_count: 1 },
			shipping_address: null,
			billing_address: null,
			subscriptions: [],
		});
		expect((item.order_items as IDataObject[])[0]).toMatchObject({ quantity: 2, object_id: 1, order_id: id });
		expect((item.transactions as IDataObject[])[0]).toMatchObject({ status: 'succeeded', total: 3998 });
	});

	it('only selected events start executions', async () => {
		await startHost({ events: ['order_fully_refunded'] });
		await paidBody();
		// No feed listens to Order Paid: FluentCart sends nothing.
		expect(ctx.fake.deliveries).toHaveLength(0);
		expect(host.executions).toHaveLength(0);
	});

	it('a full refund is delivered as Order Fully Refunded', async () => {
		await startHost();
		const id = await paidBody();
		await ctx.api.post(`orders/${id}/refund`, { refund_info: { transaction_id: 1, amount: wireMoney(ctx, 39.98) } });
		await ctx.fake.settle();
		expect(host.executions.map((e) => e[0].event)).toEqual(['order_paid_done', 'order_fully_refunded']);
		expect(host.executions[1][0].order).toMatchObject({ payment_status: 'refunded', total_refund: 3998 });
	});

	it('drops FluentCart’s repeated delivery of the same event and order', async () => {
		await startHost();
		ctx.fake.repeatDeliveries = 2;
		await paidBody();
		expect(ctx.fake.deliveries.map((d) => d.status)).toEqual([200, 200]);
		expect(host.executions).toHaveLength(1);
		// The first is answered with the node's own body (not n8n's default "firstEntryJson").
		expect(host.received[0].body).toEqual({ received: true });
		expect(host.received[1].body).toEqual({ received: true, duplicate: true });
	});

	it('keeps repeats when Drop Repeated Deliveries is off', async () => {
		await startHost({ events: ['order_paid_done'], options: { dropRepeats: false } });
		ctx.fake.repeatDeliveries = 2;
		await paidBody();
		expect(host.executions).toHaveLength(2);
	});
});

describe('secret checks (401, no execution, never a 500)', () => {
	let body: Buffer;
	beforeEach(async () => {
		await startHost();
		ctx.fake.pro = false; // no deliveries: the test posts itself
		await paidBody();
		body = Buffer.from(JSON.stringify({ order: { id: 1 }, customer: {}, order_items: [] }));
	});

	it('accepts the right secret', async () => {
		const res = await post({ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'order_paid_done' }, body);
		expect(res.status).toBe(200);
		expect(host.executions).toHaveLength(1);
	});

	it.each([
		['missing', undefined],
		['empty', ''],
		['wrong', 'f'.repeat(64)],
		['too short', 'abc'],
		['too long', 'a'.repeat(500)],
		['one character off', 'SECRET-ONE-OFF'],
		['case-altered', 'UPPER'],
	])('refuses a %s secret', async (_label, value) => {
		let sent = value;
		if (value === 'SECRET-ONE-OFF') sent = `${secret().slice(0, -1)}${secret().endsWith('0') ? '1' : '0'}`;
		if (value === 'UPPER') sent = secret().toUpperCase();
		const headers: Record<string, string> = { 'X-FluentCart-Event': 'order_paid_done' };
		if (sent !== undefined) headers['X-N8N-FluentCart-Secret'] = sent;
		const res = await post(headers, body);
		expect(res.status).toBe(401);
		expect(host.executions).toHaveLength(0);
	});

	it('remembers at most the latest 1,000 deliveries for dropping repeats', async () => {
		const deliver = async (orderId: number) =>
			await post(
				{ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'order_paid_done' },
				JSON.stringify({ order: { id: orderId }, customer: {}, order_items: [] }),
			);
		for (let id = 1; id <= 1001; id++) await deliver(id);
		const remembered = Object.keys(host.staticData().recentDeliveries as IDataObject);
		expect(remembered).toHaveLength(1000);
		expect(remembered[0]).toBe('order_paid_done:order:2');
		expect(host.executions).toHaveLength(1001);
		await deliver(1001); // remembered: dropped
		// Forgotten by the static data, still remembered by this process (inside the window).
		await deliver(1);
		expect(host.executions).toHaveLength(1001);
	});

	it('drops repeats when n8n does not carry static data from one webhook call to the next (n8n 2.41)', async () => {
		host.freezeStaticData();
		const deliver = async (orderId: number) =>
			await post(
				{ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'order_paid_done' },
				JSON.stringify({ order: { id: orderId }, customer: {}, order_items: [] }),
			);
		await deliver(41);
		await deliver(41);
		await deliver(42);
		expect(host.executions.map((items) => items[0].order_id ?? (items[0].order as IDataObject)?.id)).toEqual([41, 42]);
		expect(host.received[1].body).toEqual({ received: true, duplicate: true });
		// The static data the next call reads never learnt of them.
		expect(host.staticData().recentDeliveries).toBeUndefined();
	});

	it('drops a repeat arriving together with the first (both read the static data before either writes)', async () => {
		host.freezeStaticData();
		const deliver = async () =>
			await post(
				{ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'order_paid_done' },
				JSON.stringify({ order: { id: 43 }, customer: {}, order_items: [] }),
			);
		await Promise.all([deliver(), deliver()]);
		expect(host.executions).toHaveLength(1);
		expect(host.received.map((r) => r.body)).toContainEqual({ received: true, duplicate: true });
	});

	it('tells two subscriptions of one order apart, and still drops a repeated delivery', async () => {
		await host.stop();
		ctx.fake.pro = true;
		await startHost({ events: ['subscription_canceled'] });
		ctx.fake.pro = false;
		// FluentCart's body names no subscription: only the order and all its subscriptions.
		const deliver = async (statuses: [string, string]) =>
			await post(
				{ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'subscription_canceled' },
				JSON.stringify({
					order: { id: 7 },
					customer: {},
					order_items: [],
					subscriptions: [
						{ id: 1, status: statuses[0] },
						{ id: 2, status: statuses[1] },
					],
				}),
			);
		await deliver(['canceled', 'active']);
		await deliver(['canceled', 'canceled']);
		const repeat = await deliver(['canceled', 'canceled']);
		expect(JSON.parse(repeat.body)).toEqual({ received: true, duplicate: true });
		expect(host.executions).toHaveLength(2);
		expect(Object.keys(host.staticData().recentDeliveries as IDataObject)).toEqual([
			'subscription_canceled:order:7:subscriptions:1=canceled,2=active',
			'subscription_canceled:order:7:subscriptions:1=canceled,2=canceled',
		]);
	});

	it('answers 401, not 500, when the workflow lost its secret', async () => {
		const lost = secret();
		delete host.staticData().secret;
		const res = await post({ 'X-N8N-FluentCart-Secret': lost, 'X-FluentCart-Event': 'order_paid_done' }, body);
		expect(res.status).toBe(401);
		expect(host.executions).toHaveLength(0);
	});

	it('ignores an event that is not selected (202, no execution)', async () => {
		const res = await post({ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'subscription_canceled' }, body);
		expect(res.status).toBe(202);
		expect(host.executions).toHaveLength(0);
	});

	it('takes the event from the URL when the header is missing', async () => {
		const response = await fetch(`${host.webhookUrl()}?event=order_paid_done`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-N8N-FluentCart-Secret': secret() },
			body,
		});
		expect(response.status).toBe(200);
		expect(host.executions[0][0].event).toBe('order_paid_done');
	});

	it.each([
		['not JSON', Buffer.from('order=1&status=paid')],
		['JSON without an order', Buffer.from(JSON.stringify({ hello: 'world' }))],
		['a JSON array', Buffer.from('[1,2,3]')],
		['empty', Buffer.alloc(0)],
	])('rejects a body that is %s with 400', async (_label, raw) => {
		const res = await post({ 'X-N8N-FluentCart-Secret': secret(), 'X-FluentCart-Event': 'order_paid_done' }, raw);
		expect(res.status).toBe(400);
		expect(host.executions).toHaveLength(0);
	});
});

describe('renewals', () => {
	function renewalScenario() {
		const store = ctx.fake.store;
		const parent = store.orders.get(1)!;
		parent.type = 'subscription';
		store.table('subscriptions').set(1, {
			id: 1,
			uuid: 'sub-uuid',
			customer_id: '1',
			parent_order_id: '1',
			product_id: '4',
			item_name: 'Lab T-Shirt',
			status: 'active',
			recurring_total: '3998',
		});
		const renewal = { ...parent, id: 2, type: 'renewal', parent_id: '1', uuid: 'renewal-uuid' };
		store.orders.set(2, renewal);
		return renewal;
	}

	it('fetches the subscription through the parent order when FluentCart sends none', async () => {
		await startHost({ events: ['subscription_renewed'] });
		await createOrder(ctx);
		renewalScenario();
		ctx.fake.emit('subscription_renewed', 2);
		await ctx.fake.settle();
		const [item] = host.executions[0];
		expect(item.order).toMatchObject({ id: 2, type: 'renewal', parent_id: 1 });
		expect(item.subscriptions).toEqual([expect.objectContaining({ id: 1, parent_order_id: 1, status: 'active' })]);
		expect(item.subscriptions_from_parent_order).toBe(1);
		expect(ctx.fake.requestsTo('GET', /orders\/1$/)).toHaveLength(1);
	});

	it('can leave the subscription out', async () => {
		await startHost({ events: ['subscription_renewed'], options: { fetchRenewalSubscription: false } });
		await createOrder(ctx);
		renewalScenario();
		ctx.fake.emit('subscription_renewed', 2);
		await ctx.fake.settle();
		expect(host.executions[0][0].subscriptions).toEqual([]);
	});
});

test('new FluentCart Trigger nodes are version 3 (2 and later: n8n builds an expression isolate per delivery for a version-1 webhook node; 3: the manual secret is in the credential, and Money Output); versions 1 and 2 stay for saved workflows', () => {
	const { description } = new TriggerHost({}, {}).trigger;
	expect(description.version).toEqual([1, 2, 3]);
	expect(description.defaultVersion).toBe(3);
	// These tests run version 2, whose deliveries and feeds version 3 shares (Registration: Automatic).
	expect(new TriggerHost({}, {}).node.typeVersion).toBe(2);
});
