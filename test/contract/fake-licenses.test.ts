/**
 * The fake's FluentCart Pro licensing routes: absent (rest_no_route, like a free site) until
 * `fake.pro` is on; then the documented shapes (docs/restapi/licensing.md), since no Pro
 * session was recorded.
 */
import axios from 'axios';

import { addActivation, addLicense } from '../fake/routes/licenses';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	await createOrder(ctx);
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const NO_ROUTE = {
	code: 'rest_no_route',
	message: 'No route was found matching the URL and request method.',
	data: { status: 404 },
};

describe('without FluentCart Pro', () => {
	it.each([
		['GET', 'licensing/licenses'],
		['GET', 'licensing/licenses/1'],
		['GET', 'licensing/licenses/customer/1'],
		['POST', 'licensing/licenses/1/regenerate-key'],
		['POST', 'licensing/licenses/1/activate_site'],
		['POST', 'licensing/licenses/1/update_status'],
	])('%s %s answers rest_no_route', async (method, path) => {
		addLicense(ctx.fake);
		const res = await ctx.api.request({ method, url: path, data: {} });
		expect(res.status).toBe(404);
		expect(res.data).toEqual(NO_ROUTE);
	});

	it('answers rest_no_route even to anonymous requests (the route is not registered)', async () => {
		const res = await axios.get(`${ctx.url}/wp-json/fluent-cart/v2/licensing/licenses`, { validateStatus: () => true });
		expect(res.status).toBe(404);
		expect(res.data).toEqual(NO_ROUTE);
	});
});

describe('with FluentCart Pro', () => {
	beforeEach(() => {
		ctx.fake.pro = true;
	});

	it('lists licenses under `licenses` in the paginator, with the relations the admin table asks for', async () => {
		addLicense(ctx.fake, { license_key: 'KEY-A' });
		addLicense(ctx.fake, { license_key: 'KEY-B', status: 'disabled' });
		const res = await ctx.api.get('licensing/licenses', {
			params: { with: ['customer', 'product:ID,post_title', 'productVariant:id,variation_title'], sort_by: 'expiration_date' },
		});
		expect(res.status).toBe(200);
		expect(Object.keys(res.data.licenses)).toEqual([
			'current_page', 'data', 'first_page_url', 'from', 'last_page', 'last_page_url', 'links',
			'next_page_url', 'path', 'per_page', 'prev_page_url', 'to', 'total',
		]);
		const row = res.data.licenses.data[0];
		expect(Object.keys(row).slice(0, 17)).toEqual([
			'id', 'status', 'limit', 'activation_count', 'license_key', 'product_id', 'variation_id', 'order_id',
			'parent_id', 'customer_id', 'expiration_date', 'last_reminder_sent', 'last_reminder_type',
			'subscription_id', 'config', 'created_at', 'updated_at',
		]);
		expect(row.customer.email).toBe('ada@example.test');
		expect(Object.keys(row.product)).toEqual(['ID', 'post_title']);
		expect(Object.keys(row.product_variant)).toEqual(['id', 'variation_title']);
	});

	it('filters by tab and search, and shows a past expiration as status expired', async () => {
		const active = addLicense(ctx.fake, { license_key: 'ACTIVE-1' });
		addActivation(ctx.fake, active, 'https://client.example.com');
		addLicense(ctx.fake, { license_key: 'UNUSED-2' });
		addLicense(ctx.fake, { license_key: 'OLD-3', expiration_date: '2020-01-01 00:00:00' });
		const ids = async (params: Record<string, string>) =>
			(await ctx.api.get('licensing/licenses', { params })).data.licenses.data.map((l: { license_key: string }) => l.license_key);
		expect(await ids({ active_view: 'active' })).toEqual(['UNUSED-2', 'ACTIVE-1']);
		// The docs define "inactive" as stored status active with no activation (expired or not).
		expect(await ids({ active_view: 'inactive' })).toEqual(['OLD-3', 'UNUSED-2']);
		expect(await ids({ active_view: 'expired' })).toEqual(['OLD-3']);
		expect(await ids({ search: 'client.example' })).toEqual(['ACTIVE-1']);
		const expired = (await ctx.api.get('licensing/licenses', { params: { search: 'OLD-3' } })).data.licenses.data[0];
		expect(expired.status).toBe('expired');
	});

	it('shows one license with its activations, and answers entity-not-found for a missing one', async () => {
		const license = addLicense(ctx.fake);
		addActivation(ctx.fake, license, 'https://client.example.com');
		const res = await ctx.api.get(`licensing/licenses/${String(license.id)}`);
		expect(Object.keys(res.data)).toEqual([
			'license', 'downloads', 'order', 'transactions', 'activations', 'product', 'selected_labels',
			'orders', 'prev_orders', 'subscription', 'upgrade_path_base',
		]);
		expect(res.data.activations[0].site.site_url).toBe('https://client.example.com');
		expect(res.data.license.activation_count).toBe(1);
		const missing = await ctx.api.get('licensing/licenses/999');
		expect(missing.status).toBe(404);
		expect(missing.data.code).toBe('fluent_cart_entity_not_found');
		expect(missing.data.data.message).toBe('License not found');
	});

	it('regenerates, extends, updates status and activates / deactivates sites with the documented answers', async () => {
		const license = addLicense(ctx.fake, { license_key: 'OLD-KEY', limit: 1 });
		const id = String(license.id);
		const regenerated = await ctx.api.post(`licensing/licenses/${id}/regenerate-key`);
		expect(regenerated.data.message).toBe('License key regenerated successfully!');
		expect(regenerated.data.license.license_key).not.toBe('OLD-KEY');

		const extended = await ctx.api.post(`licensing/licenses/${id}/extend-validity`, { expiration_date: '2030-01-01 00:00:00' });
		expect(extended.data.message).toBe('License validity reduced!');
		expect((await ctx.api.post(`licensing/licenses/${id}/extend-validity`, { expiration_date: '2031-01-01 00:00:00' })).data.message).toBe(
			'License validity extended!',
		);
		const lifetime = await ctx.api.post(`licensing/licenses/${id}/extend-validity`, { expiration_date: 'lifetime' });
		expect(lifetime.data).toMatchObject({ message: 'Marked license as lifetime!', license: { expiration_date: null } });
		const badDate = await ctx.api.post(`licensing/licenses/${id}/extend-validity`, { expiration_date: 'soon' });
		expect(badDate.status).toBe(423);
		expect(badDate.data).toEqual({ message: 'Invalid expiration date!' });

		const badStatus = await ctx.api.post(`licensing/licenses/${id}/update_status`, { status: 'paused' });
		expect(badStatus.status).toBe(423);
		expect(badStatus.data).toEqual({ message: 'Invalid status!' });

		const activated = await ctx.api.post(`licensing/licenses/${id}/activate_site`, { id: license.id, url: 'https://a.example.com' });
		expect(activated.data).toEqual({ message: 'Site has been activated successfully!' });
		const full = await ctx.api.post(`licensing/licenses/${id}/activate_site`, { id: license.id, url: 'https://b.example.com' });
		expect(full.status).toBe(423);
		const activationId = (await ctx.api.get(`licensing/licenses/${id}`)).data.activations[0].id;
		const deactivated = await ctx.api.post(`licensing/licenses/${id}/deactivate_site`, { id: license.id, activation_id: activationId });
		expect(deactivated.data).toEqual({ message: 'Site has been deactivated successfully!' });
		expect(license.activation_count).toBe(0);
	});

	it('admits administrators only', async () => {
		const worker = ctx.fake.store.users.find((u) => !u.isAdmin)!;
		const res = await ctx.api.get('licensing/licenses', { auth: { username: worker.username, password: worker.appPassword } });
		expect(res.status).toBe(403);
		expect(res.data.code).toBe('rest_forbidden');
	});
});
