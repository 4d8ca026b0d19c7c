/**
 * The fake FluentCart answers the customer routes like the recorded FluentCart 1.3.25: same
 * status, keys, key order and JSON types, and the same bodies. The recorded session is replayed in
 * its order against a fake whose clock and uuid are set to the recorded ones.
 */
import { setCustomerNameMode } from '../fake/routes/customers';
import { asRecorded, createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture, fluentCartPath } from '../helpers/fixtures';
import { at, shapeDiff } from '../helpers/shape';

let ctx: StartedFake;

const RECORDED_UUID = '4554e335b2c27d9b0d5df9c4f5480ad7';
const at_ = (iso: string) => () => new Date(iso);

async function replay(name: string, mode: 'shape' | 'exact' = 'exact') {
	const f = fixture(name);
	const res = await ctx.api.request({ method: f.request.method, url: fluentCartPath(f), data: f.request.body ?? undefined });
	expect({ name, status: res.status }).toEqual({ name, status: f.status });
	const body = asRecorded(res.data, ctx.url) as unknown;
	expect({ name, diff: shapeDiff(f.response, body) }).toEqual({ name, diff: [] });
	if (mode === 'exact') expect(JSON.stringify(body)).toBe(JSON.stringify(f.response));
	return body;
}

describe('fake FluentCart replays the recorded customer session', () => {
	beforeAll(async () => {
		ctx = await startFake();
		// The session started on an empty shop: the seeded Ada is the one it created.
		ctx.fake.store.customers.clear();
		ctx.fake.store.uuid = () => RECORDED_UUID;
		ctx.fake.store.now = at_('2026-11-23T09:18:05Z');
	});
	afterAll(async () => ctx.fake.stop());

	it('creates a customer from a full name and answers the model as filled (nulls, no labels)', async () => {
		const body = await replay('customer-create');
		expect(at(body, 'data.id')).toBe(1);
		expect(at(body, 'data.status')).toBeNull();
	});

	it('reads it back in the stored shape: numeric strings, "" for what was null', async () => {
		const body = await replay('customer-get');
		expect(at(body, 'customer.user_id')).toBe('0');
		expect(at(body, 'customer.aov')).toBe('0.00');
		await replay('customers-list');
	});

	it('updates the whole record and splits the full name on its last space', async () => {
		ctx.fake.store.now = at_('2026-11-23T09:18:07Z');
		const body = await replay('customer-update');
		expect([at(body, 'data.first_name'), at(body, 'data.last_name')]).toEqual(['Ada King', 'Lovelace']);
	});

	it('answers the recorded 422s and the 404 byte for byte', async () => {
		await replay('error-422-customer-duplicate-email');
		await replay('error-422-customer-update-without-id');
		await replay('error-404-customer-not-found');
	});

	it('lists a customer’s orders like customer-orders.json', async () => {
		await createOrder(ctx);
		await replay('customer-orders', 'shape');
	});
});

describe('fake FluentCart customer behaviour from the PHP', () => {
	beforeEach(async () => {
		ctx = await startFake();
	});
	afterEach(async () => ctx.fake.stop());

	it('requires first_name instead of full_name when the store has name fields', async () => {
		setCustomerNameMode(ctx.fake.store, 'first_name');
		const res = await ctx.api.post('customers', { full_name: 'Grace Hopper', email: 'not-an-email' });
		expect(res.status).toBe(422);
		expect(res.data).toEqual({
			first_name: { required: 'First Name is required.' },
			email: { email: 'Email must be a valid email address.' },
		});
		const good = await ctx.api.post('customers', { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.test' });
		expect(at(good.data, 'data.full_name')).toBe('Grace Hopper');
	});

	it('nulls every field an update leaves out, user_id included (read back as "0" and "")', async () => {
		ctx.fake.store.customers.get(1)!.user_id = '7';
		ctx.fake.store.customers.get(1)!.status = 'active';
		const res = await ctx.api.put('customers/1', { id: 1, full_name: 'Ada Lovelace', email: 'ada@example.test' });
		expect(res.status).toBe(200);
		const row = ctx.fake.store.customers.get(1)!;
		// The bare body unlinked the WordPress user and wiped status, city and country.
		expect([row.user_id, row.status, row.city, row.country, row.email]).toEqual(['0', '', '', '', 'ada@example.test']);
	});

	it('links or creates the WordPress user on create', async () => {
		const linked = await ctx.api.post('customers', { full_name: 'Shop Admin', email: 'admin@example.test' });
		expect(at(linked.data, 'data.user_id')).toBe(1);
		const created = await ctx.api.post('customers', { full_name: 'New Person', email: 'new@example.test', wp_user: 'yes' });
		// The answer is the model before the user_register hook linked it; the row is linked.
		expect(at(created.data, 'data.user_id')).toBeNull();
		const id = Number(at(created.data, 'data.id'));
		expect(Number(ctx.fake.store.customers.get(id)!.user_id)).toBeGreaterThan(2);
	});

	it('deletes through the bulk action only, orders included; reports FluentCart’s odd errors', async () => {
		await createOrder(ctx);
		const none = await ctx.api.post('customers/do-bulk-action', { action: 'delete_customers', customer_ids: [] });
		expect([none.status, none.data]).toEqual([500, { code: 403, message: 'Customers selection is required', data: null }]);
		const missing = await ctx.api.post('customers/do-bulk-action', { action: 'delete_customers', customer_ids: [99] });
		expect([missing.status, missing.data]).toEqual([500, { code: 400, message: 'Customer update failed.', data: null }]);
		const res = await ctx.api.post('customers/do-bulk-action', { action: 'delete_customers', customer_ids: ['1'] });
		expect(res.data).toEqual({ message: 'Selected Customers has been deleted permanently', data: '' });
		expect(ctx.fake.store.customers.size).toBe(0);
		expect(ctx.fake.store.orders.size).toBe(0);
	});

	it('validates, creates and lists addresses; the first of a type is primary', async () => {
		const bad = await ctx.api.post('customers/1/address', { type: 'billing' });
		expect(bad.status).toBe(422);
		expect(Object.keys(bad.data)).toEqual(['country', 'name', 'email', 'address_1', 'city']);
		const body = { type: 'billing', name: 'Ada', email: 'ada@example.test', address_1: '12 St James Sq', city: 'London', country: 'GB' };
		const first = await ctx.api.post('customers/1/address', body);
		expect(first.data.message).toBe('Billing address created successfully!');
		expect([at(first.data, 'data.is_primary'), at(first.data, 'data.customer_id'), at(first.data, 'data.label')]).toEqual(['1', '1', null]);
		const second = await ctx.api.post('customers/1/address', { ...body, type: 'shipping', company_name: 'Analytical Engines' });
		expect(at(second.data, 'data.company_name')).toBe('Analytical Engines');
		const list = await ctx.api.get('customers/1/address', { params: { type: 'billing' } });
		expect(list.data.addresses).toHaveLength(1);
		expect(list.data.addresses[0]).toMatchObject({ customer_id: '1', is_primary: '1', label: '', meta: [] });
		const both = await ctx.api.get('customers/1/address');
		expect(both.data.addresses).toHaveLength(2);
		const details = await ctx.api.get('customers/1', { params: { with: ['billing_address', 'shipping_address'] } });
		expect(Object.keys(details.data.customer).slice(-3)).toEqual(['billing_address', 'shipping_address', 'labels']);
	});
});
