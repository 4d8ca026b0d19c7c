/**
 * Subscription → reads, cancel, re-sync, not-found and input checks before any request, through
 * n8n-core against the fake FluentCart. The actions that depend on the version are in
 * subscription-versions.test.ts.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { addSubscriptionScenario } from '../fake/routes/subscriptions';
import { loadOptionsContextFor, runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject = {}, continueOnFail = false) =>
	runFluentCart({
		credentials: ctx.credentials,
		continueOnFail,
		parameters: { resource: 'subscription', operation, ...extra },
	});

const row = (id: number) => ctx.fake.store.table('subscriptions').get(id)!;
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET');

describe('Subscription → Get', () => {
	it.each([
		['id', rl(1)],
		['list', rl(1, 'list')],
		['url', rl('https://shop.example.com/wp-admin/admin.php?page=fluent-cart#/subscriptions/1/view', 'url')],
	])('finds a subscription picked by %s, simplified with amounts in cents', async (_mode, subscriptionId) => {
		addSubscriptionScenario(ctx.fake);
		const result = await run('get', { subscriptionId });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({
			id: 1,
			status: 'pending',
			item_name: 'Lab Pro Membership - Monthly',
			parent_order_id: 1,
			recurring_total: 900,
			billing_interval: 'monthly',
			currency: 'USD',
			payment_info: '&#36;9.00 per month until cancel',
			customer: { id: 1, email: 'ada@example.test', full_name: 'Ada Lovelace' },
			cancellation_reason: null,
		});
		expect(Object.keys(result.json[0]).length).toBeLessThanOrEqual(30);
	});

	it('returns FluentCart’s whole record when not simplified (numeric strings as numbers)', async () => {
		addSubscriptionScenario(ctx.fake);
		const result = await run('get', { subscriptionId: rl(1), simplify: false });
		const subscription = result.json[0];
		expect(subscription.related_orders).toHaveLength(1);
		expect((subscription.order as IDataObject).type).toBe('subscription');
		expect(subscription.bill_count).toBe(0);
		expect(subscription.meta).toEqual([]);
	});

	it('reports a missing subscription with FluentCart’s message and a 404', async () => {
		const result = await run('get', { subscriptionId: rl(99) });
		expect(result.error?.message).toBe('Subscription not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('refuses a bad ID before any request', async () => {
		const result = await run('get', { subscriptionId: rl('={{ "abc" }}') });
		expect(result.error?.message).toMatch(/Subscription ID must be a whole number of 1 or more, got "abc" \[item 0\]/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Subscription → Get Many', () => {
	it('reads the list under `data` with the customer, and pages with Return All', async () => {
		for (let n = 0; n < 5; n++) addSubscriptionScenario(ctx.fake, { status: n % 2 ? 'active' : 'pending' });
		const all = await run('getAll', { returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json.map((s) => s.id)).toEqual([5, 4, 3, 2, 1]);
		expect(all.json[0].customer).toEqual({ id: 1, email: 'ada@example.test', full_name: 'Ada Lovelace' });
		expect(ctx.fake.requests[0].query).toMatchObject({ with: ['customer'], sort_by: 'id', sort_type: 'desc', per_page: '199' });

		ctx.fake.resetLog();
		const limited = await run('getAll', { returnAll: false, limit: 2, filters: { activeView: 'active' }, sort: { sortType: 'asc' } });
		expect(limited.json.map((s) => s.id)).toEqual([2, 4]);
		expect(ctx.fake.requests[0].query).toMatchObject({ active_view: 'active', sort_type: 'asc', per_page: '2' });
	});

	it('searches by customer email and returns raw rows when not simplified', async () => {
		addSubscriptionScenario(ctx.fake);
		const result = await run('getAll', {
			returnAll: true,
			filters: { search: 'ada@example.test' },
			listOptions: { includeCustomer: false },
			simplify: false,
		});
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).not.toHaveProperty('customer');
		expect(result.json[0].overridden_status).toBe('pending');
		expect(ctx.fake.requests[0].query.with).toBeUndefined();
	});

	it('refuses an unknown status before any request', async () => {
		const result = await run('getAll', { returnAll: true, filters: { activeView: '={{ "sleeping" }}' } });
		expect(result.error?.message).toMatch(/Status "sleeping" is not one FluentCart knows/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Subscription → Cancel', () => {
	it('looks up the parent order, cancels with the reason, and returns the canceled subscription', async () => {
		const { orderId, subscriptionId } = addSubscriptionScenario(ctx.fake);
		const result = await run('cancel', { subscriptionId: rl(subscriptionId), cancelReason: 'fraudulent' });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({
			id: subscriptionId,
			status: 'canceled',
			cancellation_reason: 'fraudulent',
			message: 'Subscription has been cancelled successfully!',
		});
		expect(writes().map((r) => [r.path, r.body])).toEqual([
			[`orders/${orderId}/subscriptions/${subscriptionId}/cancel`, { cancel_reason: 'fraudulent' }],
		]);
		expect(row(subscriptionId).status).toBe('canceled');
	});

	it('stores a typed reason as typed', async () => {
		addSubscriptionScenario(ctx.fake);
		const result = await run('cancel', { subscriptionId: rl(1), cancelReason: 'other', otherReason: 'Moved to <b>annual</b> plan' });
		expect(result.json[0].cancellation_reason).toBe('Moved to annual plan');
		expect((row(1).config as IDataObject).cancellation_reason).toBe('Moved to annual plan');
	});

	it('refuses an empty reason before any request (FluentCart would answer "Please select cancel reason!")', async () => {
		addSubscriptionScenario(ctx.fake);
		const result = await run('cancel', { subscriptionId: rl(1), cancelReason: 'other', otherReason: '<i></i> ' });
		expect(result.error?.message).toBe('Other Reason is empty [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
		// (n8n shows every field next to an expression, so Other Reason is required here too.)
		const bogus = await run('cancel', { subscriptionId: rl(1), cancelReason: '={{ "bored" }}', otherReason: 'x' });
		expect(bogus.error?.message).toMatch(/Cancellation Reason "bored" is not one FluentCart knows/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('a missing subscription is reported before anything is changed', async () => {
		const result = await run('cancel', { subscriptionId: rl(42), cancelReason: 'customer_request' });
		expect(result.error?.message).toBe('Subscription not found');
		expect(writes()).toHaveLength(0);
	});

	it('passes on FluentCart’s refusal of a second cancel and of a gateway that fails', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'canceled' });
		const again = await run('cancel', { subscriptionId: rl(1), cancelReason: 'customer_request' });
		expect(again.error?.message).toBe('This subscription is already cancelled.');
		expect(again.error?.httpCode).toBe('422');

		addSubscriptionScenario(ctx.fake, { paymentMethod: 'stripe', status: 'active' });
		const gateway = await run('cancel', { subscriptionId: rl(2), cancelReason: 'customer_request' });
		expect(gateway.error?.message).toMatch(/^Subscription cancelled locally\. Vendor Response:/);
		expect(row(2).status).toBe('canceled');
	});
});

describe('Subscription → Sync From Gateway', () => {
	it('re-syncs through the parent order and returns the subscription', async () => {
		addSubscriptionScenario(ctx.fake);
		const result = await run('resync', { subscriptionId: rl(1) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ id: 1, message: 'Subscription fetched successfully from remote payment gateway!' });
		expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['PUT orders/1/subscriptions/1/fetch']);
	});

	it('passes on a gateway that cannot re-sync', async () => {
		addSubscriptionScenario(ctx.fake, { paymentMethod: 'paypal' });
		const result = await run('resync', { subscriptionId: rl(1) });
		expect(result.error?.message).toBe('This payment method does not support remote resync');
	});
});

describe('Subscription locator → From List', () => {
	const context = (): ILoadOptionsFunctions =>
		loadOptionsContextFor(ctx.credentials, { resource: 'subscription', operation: 'get' }, 'parameters.subscriptionId');
	const search = (filter?: string, token?: string) =>
		new FluentCart().methods.listSearch.searchSubscriptions.call(context(), filter, token) as Promise<INodeListSearchResult>;

	it('lists subscriptions newest first with product, customer, amount and status, and the admin link', async () => {
		addSubscriptionScenario(ctx.fake);
		addSubscriptionScenario(ctx.fake, { status: 'active' });
		const result = await search();
		expect(result.results).toEqual([
			{
				name: '#2 Lab Pro Membership - Monthly · Ada Lovelace · 9.00 USD monthly (active)',
				value: '2',
				url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/subscriptions/2/view`,
			},
			expect.objectContaining({ value: '1' }),
		]);
		expect(ctx.fake.requests[0].query).toMatchObject({ with: ['customer'], per_page: '25', page: '1' });
	});

	it('passes the typed text as FluentCart’s search and pages with a token', async () => {
		for (let n = 0; n < 30; n++) addSubscriptionScenario(ctx.fake);
		const first = await search('ada@example.test');
		expect(first.results).toHaveLength(25);
		expect(first.paginationToken).toBe('2');
		const second = await search('ada@example.test', first.paginationToken);
		expect(second.results).toHaveLength(5);
		expect(ctx.fake.requests[1].query).toMatchObject({ search: 'ada@example.test', page: '2' });
	});
});
