/**
 * The fake's subscriptions answer like the recorded FluentCart 1.3.25: same status, same keys in
 * the same order, same JSON types and, apart from uuids and timestamps, the same values. Also
 * the not-found shapes the PHP produces, and the routes 1.3.25 does not have.
 */
import { addSubscriptionScenario } from '../fake/routes/subscription-shapes';
import { asRecorded, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture, fluentCartPath } from '../helpers/fixtures';
import { at, shapeDiff } from '../helpers/shape';
import { maskVolatile, recordedSubscriptionLab } from '../helpers/subscription-lab';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	await recordedSubscriptionLab(ctx);
});
afterEach(async () => ctx.fake.stop());

async function replay(name: string) {
	const f = fixture(name);
	const res = await ctx.api.request({ method: f.request.method, url: fluentCartPath(f), data: f.request.body ?? undefined });
	const body = asRecorded(res.data, ctx.url);
	expect({ name, status: res.status }).toEqual({ name, status: f.status });
	expect({ name, diff: shapeDiff(f.response, body) }).toEqual({ name, diff: [] });
	// Same values (volatile ones masked), and the same key order: the serialised text is equal.
	expect(maskVolatile(body)).toEqual(maskVolatile(f.response));
	expect(JSON.stringify(maskVolatile(body))).toBe(JSON.stringify(maskVolatile(f.response)));
	return body;
}

describe('fake FluentCart replays the recorded subscription session', () => {
	it('lists subscriptions under `data` (subscriptions-list.json)', async () => {
		const body = await replay('subscriptions-list');
		expect(at(body, 'data.data.0.parent_order_id')).toBe('3');
		expect(at(body, 'data.data.0.recurring_total')).toBe('900');
	});

	it('shows one subscription with customer, parent order and related orders (subscription-get.json)', async () => {
		const body = await replay('subscription-get');
		expect(at(body, 'subscription.order.invoice_no')).toBe('INV-2');
		expect(at(body, 'subscription.customer.ltv')).toBe('3898');
	});

	it('refuses to cancel without a reason, then cancels (error-422 + subscription-cancel.json)', async () => {
		await replay('error-422-subscription-cancel-no-reason');
		const body = await replay('subscription-cancel');
		expect(at(body, 'subscription.status')).toBe('canceled');
		expect(at(body, 'subscription.config.cancellation_reason')).toBe('customer_request');
		expect(ctx.fake.events).toContainEqual({ event: 'subscription_canceled', orderId: 3 });
		// A second cancel is refused like FluentCart does.
		const again = await ctx.api.put('orders/3/subscriptions/1/cancel', { cancel_reason: 'other' });
		expect(again.status).toBe(422);
		expect(again.data).toEqual({ message: 'This subscription is already cancelled.' });
	});

	it('answers "Not available yet" for pause, resume and reactivate (error-422-subscription-pause-not-available.json)', async () => {
		await replay('error-422-subscription-pause-not-available');
		for (const action of ['resume', 'reactivate']) {
			const res = await ctx.api.put(`orders/3/subscriptions/1/${action}`, {});
			expect(res.status).toBe(422);
			expect(res.data).toEqual({ message: 'Not available yet' });
		}
	});
});

describe('fake subscriptions: what the PHP does where nothing was recorded', () => {
	it('re-syncs an offline subscription unchanged', async () => {
		const res = await ctx.api.put('orders/3/subscriptions/1/fetch');
		expect(res.status).toBe(200);
		expect(res.data.message).toBe('Subscription fetched successfully from remote payment gateway!');
		const listed = fixture('subscriptions-list').response as { data: { data: unknown[] } };
		expect(shapeDiff(listed.data.data[0], res.data.subscription)).toEqual([]);
	});

	it('a missing subscription: 404 entity-not-found on Get, 403 from the route binding on actions', async () => {
		const missing = await ctx.api.get('subscriptions/999');
		expect(missing.status).toBe(404);
		expect(missing.data.code).toBe('fluent_cart_entity_not_found');
		expect(missing.data.data.message).toBe('Subscription not found');
		expect(missing.data.data.wpfluent.route_params).toEqual({ subscriptionOrderId: '999' });

		const noOrder = await ctx.api.put('orders/999/subscriptions/1/cancel', { cancel_reason: 'x' });
		expect(noOrder.status).toBe(403);
		expect(noOrder.data).toEqual({
			code: 'Permission Callback Error',
			message: 'No query results for model [FluentCart\\App\\Models\\Order].',
			data: { status: 403 },
		});
		const noSubscription = await ctx.api.put('orders/3/subscriptions/999/pause', {});
		expect(noSubscription.status).toBe(403);
		expect(noSubscription.data.message).toBe('No query results for model [FluentCart\\App\\Models\\Subscription].');
	});

	it('searches, filters by tab and sorts like SubscriptionFilter', async () => {
		const search = async (query: Record<string, string>) =>
			(await ctx.api.get('subscriptions', { params: query })).data.data.data.map((s: { id: number }) => s.id);
		expect(await search({ search: 'ada@example.test' })).toEqual([1]);
		expect(await search({ search: 'Lab Pro' })).toEqual([1]);
		expect(await search({ search: 'pending' })).toEqual([1]);
		expect(await search({ search: '#1' })).toEqual([1]);
		expect(await search({ search: 'id > 1' })).toEqual([]);
		// Customer names are not searched (only emails, with an @).
		expect(await search({ search: 'Lovelace' })).toEqual([]);
		expect(await search({ active_view: 'active' })).toEqual([]);
		expect(await search({ active_view: 'pending' })).toEqual([1]);
	});

	it('loads the customer with with[]=customer, and refuses an unknown relation', async () => {
		const res = await ctx.api.get('subscriptions?with[]=customer');
		const row = res.data.data.data[0];
		expect(Object.keys(row).slice(-2)).toEqual(['customer', 'meta']);
		expect(row.customer.email).toBe('ada@example.test');
		const bad = await ctx.api.get('subscriptions?with[]=nope');
		expect(bad.status).toBe(500);
		expect(bad.data.code).toBe('plugin_exception');
	});

	it('has no skip-renewal or charge-now route before 1.6.0 (rest_no_route); 1.6.3 has them, as its source answers', async () => {
		for (const action of ['skip-renewal', 'charge-now']) {
			const res = await ctx.api.post(`orders/3/subscriptions/1/${action}`, {});
			expect(res.status).toBe(404);
			expect(res.data.code).toBe('rest_no_route');
		}
		const newer = await startFake({ version: '1.6.3' });
		try {
			addSubscriptionScenario(newer.fake, { status: 'active' });
			const skip = await newer.api.post('orders/1/subscriptions/1/skip-renewal', {});
			expect(skip.status).toBe(422);
			expect(skip.data.message).toBe('Skip next period is only available for store-billed (manual or auto-charge) subscriptions.');
			const missing = await newer.api.post('orders/999/subscriptions/1/charge-now', {});
			expect(missing.status).toBe(403);
			const foreign = await newer.api.put('orders/2/subscriptions/1/pause', {});
			expect(foreign.status).toBe(403);
		} finally {
			await newer.fake.stop();
		}
	});

	it('answers pause, resume and reactivate on 1.5.2 with the recorded "Not available yet"', async () => {
		const site = await startFake({ version: '1.5.2' });
		try {
			addSubscriptionScenario(site.fake, { status: 'active' });
			for (const action of ['pause', 'resume', 'reactivate']) {
				const recorded = fixture(`extra-subscription-${action === 'reactivate' ? 'reactivate-active' : action}`, '1.5.2');
				const res = await site.api.put(`orders/1/subscriptions/1/${action}`, {});
				expect([res.status, res.data]).toEqual([recorded.status, recorded.response]);
			}
		} finally {
			await site.fake.stop();
		}
	});
});
