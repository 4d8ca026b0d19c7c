/**
 * License (FluentCart Pro) → every operation against the fake, with and without Pro: the
 * Pro-gated message, not-found, input checks before any request, and what each action sends.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { addActivation, addLicense } from '../fake/routes/licenses';
import { loadOptionsContextFor, runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	await createOrder(ctx);
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject = {}) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'license', operation, ...extra } });

const posts = () => ctx.fake.requests.filter((r) => r.method === 'POST');

describe('License without FluentCart Pro', () => {
	it.each([
		['get', { licenseId: rl(1) }],
		['getAll', { returnAll: true }],
		['activateSite', { licenseId: rl(1), siteUrl: 'https://a.example.com' }],
		['deactivateSite', { licenseId: rl(1), siteBy: 'activationId', activationId: 1 }],
		['regenerateKey', { licenseId: rl(1) }],
		['extendValidity', { licenseId: rl(1), lifetime: true }],
		['updateStatus', { licenseId: rl(1), licenseStatus: 'disabled' }],
	])('%s: rest_no_route becomes "requires FluentCart Pro"', async (operation, extra) => {
		const result = await run(operation, extra as IDataObject);
		expect(result.error?.message).toBe('Licenses require FluentCart Pro (the Licensing module)');
		expect(result.error?.description).toMatch(/Activate FluentCart Pro and turn on Licensing/);
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.appliedWrites).toHaveLength(0);
	});
});

describe('License with FluentCart Pro', () => {
	beforeEach(() => {
		ctx.fake.pro = true;
	});

	it('Get: the license with its activated sites, or the whole answer raw', async () => {
		const license = addLicense(ctx.fake, { license_key: 'KEY-1', limit: 3 });
		addActivation(ctx.fake, license, 'https://client.example.com');
		const result = await run('get', { licenseId: rl(1) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({
			id: 1,
			license_key: 'KEY-1',
			status: 'active',
			limit: 3,
			activation_count: 1,
			customer: { email: 'ada@example.test' },
			variation_title: String(ctx.fake.store.variations.get(1)!.variation_title),
			activations: [{ id: 1, site_url: 'https://client.example.com', status: 'active', is_local: 0 }],
		});
		const raw = await run('get', { licenseId: rl(1), simplify: false });
		expect(Object.keys(raw.json[0])).toContain('upgrade_path_base');
	});

	it('Get: a missing license is FluentCart’s 404 "License not found"', async () => {
		const result = await run('get', { licenseId: rl(9) });
		expect(result.error?.message).toBe('License not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('Get Many: filters, sort and the relations the admin table loads; Return All pages', async () => {
		for (let n = 0; n < 5; n++) addLicense(ctx.fake, { status: n === 0 ? 'disabled' : 'active' });
		const result = await run('getAll', { returnAll: false, limit: 3, filters: { activeView: 'active' }, sort: { sortBy: 'order_id', sortType: 'asc' } });
		expect(result.json).toHaveLength(3);
		expect(result.json[0]).toMatchObject({ status: 'active', product_title: 'Lab T-Shirt', customer: { id: 1 } });
		expect(ctx.fake.requests[0].query).toMatchObject({
			active_view: 'active',
			sort_by: 'order_id',
			sort_type: 'asc',
			per_page: '3',
			with: ['customer', 'product:ID,post_title', 'productVariant:id,variation_title'],
		});
		const all = await run('getAll', { returnAll: true, filters: { search: 'ada@' } });
		expect(all.json).toHaveLength(5);
	});

	it('Get Many by customer uses the customer route, and refuses to combine it with search', async () => {
		addLicense(ctx.fake);
		const result = await run('getAll', { returnAll: true, filters: { customerId: 1 } });
		expect(result.json).toHaveLength(1);
		expect(ctx.fake.requests[0].path).toBe('licensing/licenses/customer/1');
		ctx.fake.resetLog();
		const mixed = await run('getAll', { returnAll: true, filters: { customerId: 1, search: 'x' } });
		expect(mixed.error?.message).toBe('Customer cannot be combined with Search or Status [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('Activate Site: sends the license and URL, returns the license with the new site', async () => {
		addLicense(ctx.fake, { limit: 2 });
		const result = await run('activateSite', { licenseId: rl(1), siteUrl: 'client.example.com' });
		expect(result.error).toBeUndefined();
		expect(posts().map((r) => r.body)).toEqual([{ id: 1, url: 'client.example.com' }]);
		expect(result.json[0]).toMatchObject({
			activation_count: 1,
			message: 'Site has been activated successfully!',
			activations: [{ site_url: 'client.example.com' }],
		});
	});

	it('Activate Site: refuses a non-address before any request, passes on FluentCart’s limit error', async () => {
		addLicense(ctx.fake, { limit: 1 });
		const bad = await run('activateSite', { licenseId: rl(1), siteUrl: 'not a site' });
		expect(bad.error?.message).toBe('Site URL "not a site" is not a web address [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
		await run('activateSite', { licenseId: rl(1), siteUrl: 'https://one.example.com' });
		const full = await run('activateSite', { licenseId: rl(1), siteUrl: 'https://two.example.com' });
		expect(full.error?.message).toBe('This license has reached its activation limit.');
		expect(full.error?.httpCode).toBe('423');
	});

	it('Deactivate Site by URL: finds the activation whatever the scheme, www or trailing slash', async () => {
		const license = addLicense(ctx.fake, { limit: 3 });
		addActivation(ctx.fake, license, 'https://one.example.com');
		addActivation(ctx.fake, license, 'https://www.two.example.com/');
		const result = await run('deactivateSite', { licenseId: rl(1), siteBy: 'url', siteUrl: 'http://two.example.com' });
		expect(result.error).toBeUndefined();
		expect(posts().map((r) => r.body)).toEqual([{ id: 1, activation_id: 2 }]);
		expect(result.json[0]).toMatchObject({
			deactivated_activation_id: 2,
			activation_count: 1,
			activations: [{ site_url: 'https://one.example.com' }],
		});
	});

	it('Deactivate Site by URL: a site the license is not activated on is refused before any write', async () => {
		const license = addLicense(ctx.fake);
		addActivation(ctx.fake, license, 'https://one.example.com');
		const result = await run('deactivateSite', { licenseId: rl(1), siteBy: 'url', siteUrl: 'https://other.example.com' });
		expect(result.error?.message).toBe('License 1 is not activated on "https://other.example.com" [item 0]');
		expect(result.error?.description).toBe('It is activated on: https://one.example.com.');
		expect(posts()).toHaveLength(0);
	});

	it('Deactivate Site by activation ID: posts it directly; an unknown one is FluentCart’s error', async () => {
		const license = addLicense(ctx.fake);
		addActivation(ctx.fake, license, 'https://one.example.com');
		const ok = await run('deactivateSite', { licenseId: rl(1), siteBy: 'activationId', activationId: 1 });
		expect(ok.json[0]).toMatchObject({ message: 'Site has been deactivated successfully!', activations: [] });
		const missing = await run('deactivateSite', { licenseId: rl(1), siteBy: 'activationId', activationId: 7 });
		expect(missing.error?.message).toBe('Activation not found for this license.');
		const zero = await run('deactivateSite', { licenseId: rl(1), siteBy: 'activationId', activationId: 0 });
		expect(zero.error?.message).toMatch(/Activation ID must be a whole number of 1 or more/);
	});

	it('Regenerate Key: a new key, FluentCart’s message', async () => {
		addLicense(ctx.fake, { license_key: 'OLD' });
		const result = await run('regenerateKey', { licenseId: rl(1) });
		expect(result.json[0].message).toBe('License key regenerated successfully!');
		expect(result.json[0].license_key).not.toBe('OLD');
		expect(ctx.fake.store.table('licenses').get(1)!.license_key).toBe(result.json[0].license_key);
		expect(posts()[0].body).toBeNull();
	});

	it('Extend Validity: a date as Y-m-d H:i:s, or lifetime; a bad date stops before any request', async () => {
		addLicense(ctx.fake, { expiration_date: '2027-01-01 00:00:00' });
		const later = await run('extendValidity', { licenseId: rl(1), expirationDate: '2028-03-04T05:06:07' });
		expect(posts()[0].body).toEqual({ expiration_date: '2028-03-04 05:06:07' });
		expect(later.json[0]).toMatchObject({ expiration_date: '2028-03-04 05:06:07', message: 'License validity extended!' });
		const lifetime = await run('extendValidity', { licenseId: rl(1), lifetime: true });
		expect(lifetime.json[0]).toMatchObject({ expiration_date: null, message: 'Marked license as lifetime!' });
		ctx.fake.resetLog();
		const bad = await run('extendValidity', { licenseId: rl(1), expirationDate: '={{ "2028-02-30" }}' });
		expect(bad.error?.message).toBe('Expiration Date is not a valid date, got "2028-02-30" [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('Update Status: sends the status; an unknown one stops before any request', async () => {
		addLicense(ctx.fake);
		const result = await run('updateStatus', { licenseId: rl(1), licenseStatus: 'disabled' });
		expect(posts()[0].body).toEqual({ status: 'disabled' });
		expect(result.json[0]).toMatchObject({ status: 'disabled', message: 'License status has been updated successfully!' });
		ctx.fake.resetLog();
		const bad = await run('updateStatus', { licenseId: rl(1), licenseStatus: '={{ "paused" }}' });
		expect(bad.error?.message).toMatch(/Status "paused" is not one FluentCart knows/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('License locator → From List', () => {
	const context = (): ILoadOptionsFunctions =>
		loadOptionsContextFor(ctx.credentials, { resource: 'license', operation: 'get' }, 'parameters.licenseId');
	const search = (filter?: string) =>
		new FluentCart().methods.listSearch.searchLicenses.call(context(), filter) as Promise<INodeListSearchResult>;

	it('lists licenses with key, product, customer and status (Pro)', async () => {
		ctx.fake.pro = true;
		// A long key shows shortened; built from parts so it does not read as a secret in source.
		addLicense(ctx.fake, { license_key: ['DEMO', 'LICENSE', 'KEY', '01'].join('-') });
		const result = await search('DEMO-LIC');
		expect(result.results).toEqual([
			{
				name: '#1 DEMO-LIC… · Lab T-Shirt · Ada Lovelace (active)',
				value: '1',
				url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/licenses/1/view`,
			},
		]);
	});

	it('without Pro says so', async () => {
		await expect(search()).rejects.toThrow('Licenses require FluentCart Pro (the Licensing module)');
	});
});
