/**
 * The fake answers as each FluentCart version did on a real site: the 1.5.2 failures and shapes
 * (recorded in test/fixtures/fluentcart-1.5.2/), and the detection answers of 1.3.25 and 1.5.2
 * (detect-*.json). 1.6.3 follows its source (see the node-level suites).
 */
import { databaseError } from '../../nodes/shared/site-answers';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

const started: StartedFake[] = [];
async function site(version: '1.3.25' | '1.5.2' | '1.6.3'): Promise<StartedFake> {
	const ctx = await startFake({ version });
	started.push(ctx);
	return ctx;
}
afterEach(async () => {
	for (const ctx of started.splice(0)) await ctx.fake.stop();
});

const recorded = (name: string, version: RecordedVersion = '1.5.2') => fixture(name, version);
const orderBody = { customer_id: 1, order_items: [{ post_id: 4, object_id: 1, quantity: 1, unit_price: 1999, other_info: { payment_type: 'onetime' } }] };

describe('FluentCart 1.5.2’s failures, as recorded', () => {
	it('Order Create without shipping_total: the database error block before the JSON (WP_DEBUG on)', async () => {
		const ctx = await site('1.5.2');
		const res = await ctx.api.post('orders', orderBody, { transformResponse: (text: string) => text });
		const f = recorded('order-create');
		expect(res.status).toBe(f.status);
		expect(res.data).toMatch(/^<div id="error"><p class="wpdberror"><strong>WordPress database error:<\/strong> \[/);
		expect(databaseError(res.data as string)).toBe(databaseError(f.response as string));
		expect(JSON.parse((res.data as string).slice((res.data as string).indexOf('</div>') + 6))).toMatchObject({ code: 'plugin_exception' });
		expect(ctx.fake.store.orders.size).toBe(0);
	});

	it('the same with WP_DEBUG off: only "An internal error occurred."', async () => {
		const ctx = await site('1.5.2');
		ctx.fake.wpDebug = false;
		const res = await ctx.api.post('orders', orderBody);
		const f = recorded('extra-error-500-order-create-no-shipping-total-wp-debug-off');
		expect([res.status, res.data]).toEqual([f.status, f.response]);
		const coupon = await ctx.api.post('coupons', { title: 'x', code: 'X', type: 'fixed', amount: 5, status: 'active', stackable: 'no', show_on_checkout: 'no' });
		const g = recorded('extra-error-500-coupon-create-no-notes-wp-debug-off');
		expect([coupon.status, coupon.data]).toEqual([g.status, g.response]);
	});

	it('Coupon Create without notes fails; with notes it works', async () => {
		const ctx = await site('1.5.2');
		const body = { title: 'Lab $5 off', code: 'LAB5', type: 'fixed', amount: 5, status: 'active', stackable: 'no', show_on_checkout: 'no' };
		const failed = await ctx.api.post('coupons', body, { transformResponse: (text: string) => text });
		expect(databaseError(failed.data as string)).toBe(databaseError(recorded('coupon-create-fixed').response as string));
		const ok = await ctx.api.post('coupons', { ...body, notes: '' });
		expect(ok.status).toBe(recorded('extra-coupon-create-fixed-with-notes').status);
	});

	it('Product Create without variation_type makes no variation; with "simple" it does', async () => {
		const ctx = await site('1.5.2');
		const without = await ctx.api.post('products', { post_title: 'Lab Pro Membership', detail: { fulfillment_type: 'digital' } });
		const f = recorded('product-create-digital');
		expect({ ...without.data, data: { ...without.data.data, ID: 0 } }).toEqual({ ...(f.response as object), data: { ...(f.response as { data: object }).data, ID: 0 } });
		const simple = await ctx.api.post('products', { post_title: 'Lab Pro Membership', detail: { fulfillment_type: 'digital', variation_type: 'simple' } });
		expect(simple.data.data.variant).toMatchObject({ variation_title: 'Lab Pro Membership', payment_type: 'onetime' });
	});

	it('a status the order already has: HTTP 500 carrying code 400', async () => {
		const ctx = await site('1.5.2');
		const created = await ctx.api.post('orders', { ...orderBody, shipping_total: 0 });
		const res = await ctx.api.put(`orders/${created.data.order_id}/statuses`, { action: 'change_order_status', statuses: { order_status: 'on-hold' } });
		const f = recorded('extra-error-500-order-status-same');
		expect([res.status, res.data]).toEqual([f.status, f.response]);
	});

	it('empty values are null where 1.3.25 answered "" / "0" (customer, coupon)', async () => {
		const ctx = await site('1.5.2');
		const customer = (await ctx.api.get('customers/1')).data.customer;
		const recordedCustomer = (recorded('customer-get').response as { customer: Record<string, unknown> }).customer;
		for (const key of ['user_id', 'status', 'aov', 'state', 'postcode']) expect([key, customer[key]]).toEqual([key, recordedCustomer[key]]);
		await ctx.api.post('coupons', { title: 'A', code: 'A1', type: 'fixed', amount: 5, status: 'active', stackable: 'no', show_on_checkout: 'no', notes: '' });
		const coupon = (await ctx.api.get('coupons/1')).data.coupon;
		expect([coupon.priority, coupon.start_date, coupon.end_date]).toEqual([null, null, null]);
	});
});

describe('what tells the versions apart, as recorded', () => {
	it.each(['1.3.25', '1.5.2'] as const)('FluentCart %s: the plugins endpoint for an admin, an editor, a bad password, a wrong folder', async (version) => {
		const ctx = await site(version);
		const editor = ctx.fake.store.users.find((u) => !u.isAdmin)!;
		const get = (auth: { username: string; password: string } | undefined, path = 'plugins/fluent-cart/fluent-cart') =>
			ctx.api.get(`${ctx.url}/wp-json/wp/v2/${path}?_fields=plugin,status,version`, { auth });
		const answers = [
			await get(ctx.credentials),
			await get({ username: editor.username, password: editor.appPassword }),
			await get({ username: ctx.credentials.username, password: 'wrong wrong wrong' }),
			await get(ctx.credentials, 'plugins/fluent-cart-renamed/fluent-cart'),
		];
		const names = ['detect-plugins-get-admin', 'detect-plugins-get-editor', 'detect-plugins-get-bad-password', 'detect-plugins-get-not-found'];
		expect(answers.map((a) => [a.status, a.data])).toEqual(names.map((name) => [recorded(name, version).status, recorded(name, version).response]));
		const search = await ctx.api.get(`${ctx.url}/wp-json/wp/v2/plugins?search=FluentCart&_fields=plugin,version,textdomain,status`);
		expect(search.data).toEqual(recorded('detect-plugins-search-admin', version).response);
	});

	it.each(['1.3.25', '1.5.2'] as const)('FluentCart %s: the route index lists the recorded routes, without a login', async (version) => {
		const ctx = await site(version);
		const res = await ctx.api.get(`${ctx.url}/wp-json/fluent-cart/v2`, { auth: undefined });
		const f = recorded('detect-namespace-index', version).response as { routes: object };
		expect(res.status).toBe(200);
		expect(Object.keys(res.data.routes)).toEqual(Object.keys(f.routes));
	});

	it('FluentCart 1.6.3: renewals and vendor-ids listed, sales-growth gone', async () => {
		const ctx = await site('1.6.3');
		const keys = Object.keys((await ctx.api.get(`${ctx.url}/wp-json/fluent-cart/v2`)).data.routes);
		expect(keys).toContain('/fluent-cart/v2/renewals');
		expect(keys.some((k) => k.endsWith('/vendor-ids'))).toBe(true);
		expect(keys).not.toContain('/fluent-cart/v2/reports/sales-growth');
		const renewals = await ctx.api.get('renewals?per_page=1');
		expect(renewals.status).toBe(200);
		expect(Object.keys(renewals.data)).toEqual(['invoices']);
	});

	it('before 1.6.0 there is no renewals route (recorded: rest_no_route)', async () => {
		for (const version of ['1.3.25', '1.5.2'] as const) {
			const ctx = await site(version);
			const res = await ctx.api.get('renewals?per_page=1');
			const f = recorded('detect-renewals-list', version);
			expect([res.status, res.data.code]).toEqual([f.status, (f.response as { code: string }).code]);
		}
	});

	it('Update Status → completed answers completed_at as a PHP DateTime, on 1.3.25 and 1.5.2', async () => {
		for (const [version, name] of [['1.3.25', 'detect-order-status-completed-from-processing'], ['1.5.2', 'detect-order-status-completed']] as const) {
			const ctx = await site(version);
			const created = await ctx.api.post('orders', { ...orderBody, shipping_total: 0 });
			const res = await ctx.api.put(`orders/${created.data.order_id}/statuses`, { action: 'change_order_status', statuses: { order_status: 'completed' } });
			const recordedDate = (recorded(name, version).response as { data: { completed_at: object } }).data.completed_at;
			expect(Object.keys(res.data.data.completed_at)).toEqual(Object.keys(recordedDate));
			expect(res.data.data.completed_at).toMatchObject({ timezone_type: 3, timezone: 'UTC' });
		}
	});
});
