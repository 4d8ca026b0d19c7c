/**
 * FluentCart Polling Trigger against the fake FluentCart: cursors across several polls with
 * nothing new / one new / many new, status snapshots, low-stock crossings, no history replay.
 */
import type { IDataObject } from 'n8n-workflow';

import { addBulkOrders } from '../fake/bulk';
import { addSubscriptionScenario } from '../fake/routes/subscriptions';
import { addRenewalInvoice, payRenewalInvoice } from '../fake/routes/subscriptions-16';
import { createOrder, markPaid, startFake, suiteAtLeast } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { PollHost } from '../helpers/poll-host';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const poller = (parameters: IDataObject) => new PollHost(ctx.credentials, parameters);
const ids = (rows: IDataObject[] | null) => (rows ?? []).map((r) => r.id);

describe('New Order', () => {
	it('never replays history, then emits exactly what is new', async () => {
		await createOrder(ctx);
		await createOrder(ctx);
		const host = poller({ event: 'newOrder' });
		ctx.fake.resetLog();

		expect(await host.poll()).toBeNull();
		expect(host.staticData().lastId).toBe(2);

		// Nothing new: exactly one request.
		ctx.fake.resetLog();
		expect(await host.poll()).toBeNull();
		expect(ctx.fake.requests).toHaveLength(1);
		// The cursor (2) minus the 20-ID look-back, floored at 0.
		expect(ctx.fake.requests[0].query).toMatchObject({ search: 'id > 0', sort_by: 'id', sort_type: 'asc' });

		// One new.
		await createOrder(ctx);
		const one = await host.poll();
		expect(ids(one)).toEqual([3]);
		expect(one![0]).toMatchObject({ customer: { email: 'ada@example.test' }, total_paid: 0 });
		expect((one![0].order_items as IDataObject[])[0].title).toBe('Lab T-Shirt');
		expect(await host.poll()).toBeNull();

		// Many new, over several pages, oldest first.
		addBulkOrders(ctx.fake.store, 450);
		ctx.fake.resetLog();
		const many = await host.poll();
		expect(many).toHaveLength(450);
		expect(ids(many).slice(0, 3)).toEqual([4, 5, 6]);
		expect(ids(many)[449]).toBe(453);
		expect(ctx.fake.requests).toHaveLength(3);
		expect(host.staticData().lastId).toBe(453);
		expect(await host.poll()).toBeNull();
	});

	it('emits an order that becomes visible after a higher one, once (20-ID look-back)', async () => {
		addBulkOrders(ctx.fake.store, 30);
		const host = poller({ event: 'newOrder' });
		expect(await host.poll()).toBeNull();
		addBulkOrders(ctx.fake.store, 2);
		const [lateId, higherId] = [...ctx.fake.store.orders.keys()].slice(-2);
		// The lower one commits late: invisible while the higher one is read.
		const late = ctx.fake.store.orders.get(lateId)!;
		ctx.fake.store.orders.delete(lateId);
		expect(ids(await host.poll())).toEqual([higherId]);
		ctx.fake.store.orders.set(lateId, late);
		ctx.fake.resetLog();
		expect(ids(await host.poll())).toEqual([lateId]);
		expect(ctx.fake.requests).toHaveLength(1);
		expect(ctx.fake.requests[0].query).toMatchObject({ search: `id > ${higherId - 20}` });
		expect(await host.poll()).toBeNull();
		expect(host.staticData()).toMatchObject({ lastId: higherId });
		expect((host.staticData().recentIds as number[]).every((id) => id > higherId - 20)).toBe(true);
	});

	it('keeps working on a cursor saved before the look-back existed, without replaying', async () => {
		addBulkOrders(ctx.fake.store, 30);
		const host = poller({ event: 'newOrder' });
		await host.poll();
		delete host.staticData().recentIds;
		expect(await host.poll()).toBeNull();
		addBulkOrders(ctx.fake.store, 1);
		expect(ids(await host.poll())).toEqual([[...ctx.fake.store.orders.keys()].pop()]);
	});

	it.each([
		['starts from now after a pause longer than Pause Length (the default)', {}, 48, false],
		['catches up after a pause when asked', { afterPause: 'catchUp' }, 48, true],
		['always catches up after a short gap (a restart)', {}, 2, true],
	])('%s', async (_label, options, hoursAway, emits) => {
		await createOrder(ctx);
		const host = poller({ event: 'newOrder', ...options });
		expect(await host.poll()).toBeNull();
		// The trigger last polled `hoursAway` hours ago; two orders arrived meanwhile.
		host.staticData().lastPollAt = Date.now() - hoursAway * 3_600_000;
		const a = await createOrder(ctx);
		const b = await createOrder(ctx);
		expect(ids(await host.poll())).toEqual(emits ? [a, b] : []);
		const c = await createOrder(ctx);
		expect(ids(await host.poll())).toEqual([c]);
	});

	it('starts from 0 on an empty shop', async () => {
		const host = poller({ event: 'newOrder' });
		expect(await host.poll()).toBeNull();
		expect(host.staticData().lastId).toBe(0);
		await createOrder(ctx);
		expect(ids(await host.poll())).toEqual([1]);
	});

	it('returns the latest order as a sample in a manual test, without moving the cursor', async () => {
		await createOrder(ctx);
		await createOrder(ctx);
		const host = poller({ event: 'newOrder' });
		expect(ids(await host.poll('manual'))).toEqual([2]);
		expect(host.staticData().lastId).toBeUndefined();
	});

	it('starts a new cursor when the event is changed', async () => {
		await createOrder(ctx);
		const host = poller({ event: 'newOrder' });
		await host.poll();
		host.node.parameters.event = 'newCustomer';
		expect(await host.poll()).toBeNull();
		expect(host.staticData()).toMatchObject({ event: 'newCustomer', lastId: 1 });
	});
});

describe('New Customer', () => {
	it('emits customers created after activation', async () => {
		const host = poller({ event: 'newCustomer' });
		expect(await host.poll()).toBeNull();
		ctx.fake.resetLog();
		expect(await host.poll()).toBeNull();
		expect(ctx.fake.requests).toHaveLength(1);
		const ada = ctx.fake.store.customers.get(1)!;
		ctx.fake.store.customers.set(2, { ...ada, id: 2, email: 'grace@example.test', first_name: 'Grace' });
		const rows = await host.poll();
		expect(rows).toEqual([expect.objectContaining({ id: 2, email: 'grace@example.test', full_name: 'Grace Lovelace' })]);
	});
});

describe('Order Status Changed', () => {
	it('compares a snapshot of recent orders and reports each change once', async () => {
		const first = await createOrder(ctx);
		const second = await createOrder(ctx);
		const host = poller({ event: 'orderStatusChanged', statusField: 'payment_status' });
		expect(await host.poll()).toBeNull();
		ctx.fake.resetLog();
		expect(await host.poll()).toBeNull();
		expect(ctx.fake.requests).toHaveLength(1);

		await markPaid(ctx, second);
		const changed = await host.poll();
		expect(changed).toEqual([
			expect.objectContaining({ id: second, payment_status: 'paid', previous_status: 'pending', status_field: 'payment_status' }),
		]);
		expect(await host.poll()).toBeNull();
		expect(ctx.fake.store.orders.get(first)!.payment_status).toBe('pending');
	});

	it('fires only for the selected target statuses', async () => {
		const a = await createOrder(ctx);
		const b = await createOrder(ctx);
		const host = poller({ event: 'orderStatusChanged', statusField: 'status', toOrderStatuses: ['canceled'] });
		await host.poll();
		await ctx.api.put(`orders/${a}/statuses`, { action: 'change_order_status', statuses: { order_status: 'processing' } });
		await ctx.api.put(`orders/${b}/statuses`, { action: 'change_order_status', statuses: { order_status: 'canceled' } });
		expect(ids(await host.poll())).toEqual([b]);
	});

	it('reports an order created and paid between two polls once, as first seen', async () => {
		await createOrder(ctx);
		const host = poller({ event: 'orderStatusChanged', statusField: 'payment_status', toPaymentStatuses: ['paid'] });
		expect(await host.poll()).toBeNull();
		const paid = await createOrder(ctx);
		await markPaid(ctx, paid);
		await createOrder(ctx); // new, but not in a target status: not reported
		expect(await host.poll()).toEqual([
			expect.objectContaining({ id: paid, payment_status: 'paid', previous_status: null, first_seen: true, status_field: 'payment_status' }),
		]);
		expect(await host.poll()).toBeNull();
	});

	it('does not report new orders as changes when no target status is chosen', async () => {
		const host = poller({ event: 'orderStatusChanged', statusField: 'payment_status' });
		await host.poll();
		await markPaid(ctx, await createOrder(ctx));
		expect(await host.poll()).toBeNull();
	});

	it('starts again without emitting when the Status field is changed on an active trigger', async () => {
		addBulkOrders(ctx.fake.store, 50);
		const host = poller({ event: 'orderStatusChanged', statusField: 'status' });
		await host.poll();
		host.setParameters({ statusField: 'payment_status' });
		expect(await host.poll()).toBeNull();
		expect(host.staticData()).toMatchObject({ field: 'payment_status' });
		const id = [...ctx.fake.store.orders.keys()].pop()!;
		ctx.fake.store.orders.get(id)!.payment_status = 'failed';
		expect(ids(await host.poll())).toEqual([id]);
	});

	it('starts again without emitting when the credential points at another site', async () => {
		addBulkOrders(ctx.fake.store, 5);
		const host = poller({ event: 'newOrder' });
		await host.poll();
		expect(host.staticData().lastId).toBe(5);
		const other = await startFake();
		try {
			addBulkOrders(other.fake.store, 2);
			host.credentials = other.credentials;
			// The old cursor (5) would hide the other shop's orders 1 and 2, or replay them later.
			expect(await host.poll()).toBeNull();
			expect(host.staticData()).toMatchObject({ lastId: 2, site: other.url });
			addBulkOrders(other.fake.store, 1);
			const newest = [...other.fake.store.orders.keys()].pop();
			expect(ids(await host.poll())).toEqual([newest]);
		} finally {
			await other.fake.stop();
		}
	});

	it('watches a bounded window of the most recent orders', async () => {
		addBulkOrders(ctx.fake.store, 300);
		const host = poller({ event: 'orderStatusChanged', statusField: 'status', watchCount: 199 });
		await host.poll();
		expect(Object.keys(host.staticData().snapshot as IDataObject)).toHaveLength(199);
		ctx.fake.store.orders.get(300)!.status = 'failed';
		ctx.fake.store.orders.get(10)!.status = 'failed';
		// Order 10 is outside the window: not seen.
		expect(ids(await host.poll())).toEqual([300]);
	});
});

describe('Low Stock', () => {
	beforeEach(() => {
		for (const id of [1, 2]) ctx.fake.store.variations.get(id)!.manage_stock = '1';
	});

	it('fires once per crossing of the threshold', async () => {
		const host = poller({ event: 'lowStock', threshold: 3 });
		const v2 = ctx.fake.store.variations.get(2)!;
		// Variation 1 starts with 1 in stock: already low at activation, so it does not fire.
		expect(await host.poll()).toBeNull();
		v2.available = 3;
		expect(ids(await host.poll())).toEqual([2]);
		expect(await host.poll()).toBeNull();
		v2.available = 10;
		expect(await host.poll()).toBeNull();
		v2.available = 0;
		const again = await host.poll();
		expect(again).toEqual([expect.objectContaining({ id: 2, available: 0, threshold: 3 })]);
		expect(ctx.fake.requestsTo('GET', /variants$/).length).toBe(5);
	});

	it('ignores variations without stock management unless asked', async () => {
		ctx.fake.store.variations.get(2)!.manage_stock = '0';
		ctx.fake.store.variations.get(2)!.available = 0;
		expect(ids(await poller({ event: 'lowStock', threshold: 3 }).poll('manual'))).toEqual([1]);
		expect(ids(await poller({ event: 'lowStock', threshold: 3, onlyManaged: false }).poll('manual'))).toEqual([1, 2, 3]);
	});
});

describe('renewal invoices (FluentCart 1.6+)', () => {
	const has16 = suiteAtLeast('1.6.0');

	it('New Order skips unpaid renewal invoices unless asked, and the cursor moves past them', async () => {
		await createOrder(ctx);
		const { subscriptionId } = addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'manual' });
		const skipping = poller({ event: 'newOrder' });
		const including = poller({ event: 'newOrder', includeUnpaidRenewals: true });
		await skipping.poll();
		await including.poll();
		const invoice = addRenewalInvoice(ctx.fake, subscriptionId, 'pending');
		const order = await createOrder(ctx);
		expect(ids(await skipping.poll())).toEqual([order]);
		expect(skipping.staticData().lastId).toBe(order);
		expect(ids(await including.poll())).toEqual([invoice, order]);
	});

	(has16 ? it : it.skip)('Renewal Paid fires once for an invoice paid after activation, whatever its id', async () => {
		const { subscriptionId } = addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'manual' });
		const older = addRenewalInvoice(ctx.fake, subscriptionId, 'pending');
		const alreadyPaid = addRenewalInvoice(ctx.fake, subscriptionId, 'pending');
		payRenewalInvoice(ctx.fake, alreadyPaid);
		const host = poller({ event: 'renewalPaid' });
		expect(await host.poll()).toBeNull();
		// Nothing paid since: one request, nothing fires.
		ctx.fake.resetLog();
		expect(await host.poll()).toBeNull();
		expect(ctx.fake.requests).toHaveLength(1);
		expect(ctx.fake.requests[0].query).toMatchObject({ payment_status: 'paid' });
		// The older invoice (lower id than the one seen) is paid now.
		payRenewalInvoice(ctx.fake, older);
		const fired = await host.poll();
		expect(ids(fired)).toEqual([older]);
		expect(fired![0]).toMatchObject({ type: 'renewal', payment_status: 'paid' });
		expect(await host.poll()).toBeNull();
	});

	(has16 ? it.skip : it)('Renewal Paid on a site before 1.6.0 says which version it needs', async () => {
		const host = poller({ event: 'renewalPaid' });
		await expect(host.poll()).rejects.toThrow('The Renewal Paid event needs FluentCart 1.6.0 or later');
	});
});
