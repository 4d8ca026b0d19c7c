/**
 * Customer → Create, Get, Get Many, Update, Delete, Get Orders, through n8n-core's engine
 * against the fake FluentCart. (Addresses: customer-address.test.ts.)
 */
import type { IDataObject } from 'n8n-workflow';

import { addBulkOrders } from '../fake/bulk';
import { addCustomer, setCustomerNameMode } from '../fake/routes/customers';
import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';
import { at } from '../helpers/shape';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject, input?: IDataObject[]) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'customer', operation, ...extra }, input });

const requestLine = () => ctx.fake.requests.map((r) => `${r.method} ${r.path}`);

describe('Customer → Create', () => {
	it('creates a customer from the name and profile fields and reads it back', async () => {
		const result = await run('create', {
			email: ' grace@example.test ',
			firstName: 'Grace Brewster',
			lastName: 'Hopper',
			additionalFields: { city: 'Arlington', country: 'us', state: 'VA', notes: 'Navy', status: 'active' },
		});
		expect(result.error).toBeUndefined();
		expect(requestLine()).toEqual(['POST customers', 'GET customers/2']);
		expect(ctx.fake.requests[0].body).toEqual({
			email: 'grace@example.test',
			first_name: 'Grace Brewster',
			last_name: 'Hopper',
			full_name: 'Grace Brewster Hopper',
			city: 'Arlington',
			country: 'US',
			state: 'VA',
			notes: 'Navy',
			status: 'active',
		});
		expect(result.json[0]).toMatchObject({
			id: 2,
			email: 'grace@example.test',
			first_name: 'Grace Brewster',
			last_name: 'Hopper',
			full_name: 'Grace Brewster Hopper',
			country: 'US',
			status: 'active',
			user_id: 0,
			ltv: 0,
			aov: 0,
		});
		expect(Object.keys(result.json[0])).toHaveLength(19);
	});

	it('works on stores that ask for first and last name separately', async () => {
		setCustomerNameMode(ctx.fake.store, 'first_name');
		const result = await run('create', { email: 'k@example.test', firstName: 'Katherine', lastName: 'Johnson', simplify: false });
		expect(result.json[0]).toMatchObject({ first_name: 'Katherine', last_name: 'Johnson', full_name: 'Katherine Johnson' });
		expect(result.json[0]).toHaveProperty('photo');
	});

	it('creates the WordPress user when asked, and the output shows the link', async () => {
		const result = await run('create', { email: 'new@example.test', firstName: 'New', additionalFields: { createWpUser: true } });
		expect(ctx.fake.requests[0].body).toMatchObject({ wp_user: 'yes' });
		expect(result.json[0].user_id).toBe(3);
		expect(ctx.fake.store.users.map((u) => u.email)).toContain('new@example.test');
	});

	it('passes on FluentCart’s refusal of an email another customer has', async () => {
		const result = await run('create', { email: 'ada@example.test', firstName: 'Ada' });
		expect(result.error?.message).toBe('FluentCart rejected the data: email: Email already exists.');
		expect(result.error?.httpCode).toBe('422');
	});

	it.each([
		[{ email: 'not-an-email', firstName: 'X' }, /Email "not-an-email" is not a valid email address \[item 0\]/],
		[{ email: 'x@example.test', firstName: '  ' }, /First Name is empty/],
		[{ email: 'x@example.test', firstName: 'X', additionalFields: { country: 'Germany' } }, /Country must be a two-letter country code/],
		[{ email: 'x@example.test', firstName: 'X', additionalFields: { status: '={{ "archived" }}' } }, /Status "archived" is not one FluentCart knows/],
	])('refuses bad input before any request (%#)', async (params, message) => {
		const result = await run('create', params);
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Customer → Get', () => {
	it.each([
		['id', rl(1)],
		['list', rl(1, 'list')],
		['url', rl('https://shop.example.com/wp-admin/admin.php?page=fluent-cart#/customers/1/view', 'url')],
	])('finds a customer picked by %s, raw or simplified', async (_mode, customerId) => {
		const raw = await run('get', { customerId, simplify: false });
		// Raw is FluentCart's answer: 1.4+ answers null where 1.3 answered '0' / '0.00'.
		const empty = ctx.fake.atLeast('1.4.0') ? null : 0;
		expect(raw.json[0]).toMatchObject({ id: 1, user_id: empty, email: 'ada@example.test', aov: empty, labels: [] });
		const simple = await run('get', { customerId });
		expect(simple.json[0]).toEqual({
			id: 1,
			email: 'ada@example.test',
			first_name: 'Ada',
			last_name: 'Lovelace',
			full_name: 'Ada Lovelace',
			status: '',
			user_id: 0,
			country: 'GB',
			city: 'London',
			state: '',
			postcode: '',
			notes: '',
			purchase_count: 0,
			ltv: 0,
			aov: 0,
			first_purchase_date: null,
			last_purchase_date: null,
			created_at: '2026-11-23T09:18:05+00:00',
			updated_at: '2026-11-23T09:18:05+00:00',
		});
	});

	it('includes the saved addresses when asked', async () => {
		const address = { name: 'Ada', email: 'ada@example.test', address_1: '12 St James Sq', city: 'London', country: 'GB', label: '' };
		await ctx.api.post('customers/1/address', { ...address, type: 'billing' });
		await ctx.api.post('customers/1/address', { ...address, type: 'shipping', address_1: 'Dock 4' });
		ctx.fake.resetLog();
		const result = await run('get', { customerId: rl(1), customerGetOptions: { includeAddresses: true } });
		expect(ctx.fake.requests[0].query.with).toEqual(['billing_address', 'shipping_address']);
		expect(at(result.json[0], 'billing_addresses.0.address_1')).toBe('12 St James Sq');
		expect(at(result.json[0], 'shipping_addresses.0.address_1')).toBe('Dock 4');
	});

	it('reports a missing customer with FluentCart’s message and a 404', async () => {
		const result = await run('get', { customerId: rl(999999) });
		expect(result.error?.message).toBe('Customer not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('refuses an ID that is not a number before any request', async () => {
		const result = await run('get', { customerId: rl('={{ "abc" }}') });
		expect(result.error?.message).toMatch(/Customer ID must be a whole number of 1 or more, got "abc"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Customer → Get Many', () => {
	it('sends search and sort, and returns simplified customers', async () => {
		addCustomer(ctx.fake.store, { email: 'grace@example.test', first_name: 'Grace', last_name: 'Hopper', ltv: '5000' });
		const result = await run('getAll', {
			returnAll: false,
			limit: 5,
			filters: { search: 'grace' },
			sort: { sortBy: 'ltv', sortType: 'asc' },
		});
		expect(result.json.map((c) => c.email)).toEqual(['grace@example.test']);
		expect(result.json[0].ltv).toBe(5000);
		expect(ctx.fake.requests[0].query).toMatchObject({ search: 'grace', sort_by: 'ltv', sort_type: 'asc', per_page: '5', page: '1' });
	});

	it('returns all of 450 customers with pages of 199, and stops at a limit', async () => {
		for (let n = 0; n < 449; n++) addCustomer(ctx.fake.store, { email: `c${n}@example.test`, first_name: `C${n}` });
		const all = await run('getAll', { returnAll: true, simplify: false });
		expect(all.json).toHaveLength(450);
		expect(all.json[0].id).toBe(450);
		expect(new Set(all.json.map((c) => c.id)).size).toBe(450);
		expect(ctx.fake.requests.map((r) => r.query.per_page)).toEqual(['199', '199', '199']);
		ctx.fake.resetLog();
		const some = await run('getAll', { returnAll: false, limit: 250 });
		expect(some.json).toHaveLength(250);
		expect(ctx.fake.requests).toHaveLength(2);
	});
});

describe('Customer → Update', () => {
	it('changes one field and keeps every other field, the WordPress user link included', async () => {
		const row = ctx.fake.store.customers.get(1)!;
		Object.assign(row, { user_id: '7', status: 'active', state: 'LND', postcode: 'SW1Y 4LB', notes: 'VIP', aov: '1999.50' });
		const before = { ...row };
		const result = await run('update', { customerId: rl(1), updateFields: { city: 'Marylebone' }, simplify: false });
		expect(result.error).toBeUndefined();
		const after = ctx.fake.store.customers.get(1)!;
		expect(after.city).toBe('Marylebone');
		expect({ ...after, city: '', updated_at: '' }).toEqual({ ...before, city: '', updated_at: '' });
		expect(result.json[0]).toMatchObject({ city: 'Marylebone', user_id: 7, notes: 'VIP', status: 'active' });
		// Read, read again just before the whole-record write (nothing moved), write.
		expect(requestLine()).toEqual(['GET customers/1', 'GET customers/1', 'PUT customers/1']);
		// The body carries the id FluentCart's email check needs, and the raw values.
		expect(ctx.fake.requests[2].body).toMatchObject({ id: 1, user_id: '7', aov: '1999.50', email: 'ada@example.test' });
	});

	it('shows why merging matters: a bare update unlinks the user and wipes the profile', async () => {
		ctx.fake.store.customers.get(1)!.user_id = '7';
		const withoutId = await ctx.api.put('customers/1', { full_name: 'Ada Lovelace', email: 'ada@example.test', city: 'Marylebone' });
		expect(withoutId.status).toBe(422);
		await ctx.api.put('customers/1', { id: 1, full_name: 'Ada Lovelace', email: 'ada@example.test', city: 'Marylebone' });
		const row = ctx.fake.store.customers.get(1)!;
		expect([row.user_id, row.country]).toEqual(['0', '']);
	});

	it('changes the names, sending both forms', async () => {
		const result = await run('update', { customerId: rl(1), updateFields: { firstName: 'Augusta Ada', lastName: 'King' } });
		expect(result.json[0]).toMatchObject({ first_name: 'Augusta Ada', last_name: 'King', full_name: 'Augusta Ada King', city: 'London' });
		expect(ctx.fake.requests[2].body).toMatchObject({ first_name: 'Augusta Ada', last_name: 'King', full_name: 'Augusta Ada King' });
	});

	it('changes the email of an unlinked customer, and refuses one FluentCart would ignore', async () => {
		const ok = await run('update', { customerId: rl(1), updateFields: { email: 'ada@lovelace.test' } });
		expect(ok.json[0].email).toBe('ada@lovelace.test');
		ctx.fake.store.customers.get(1)!.user_id = '7';
		ctx.fake.resetLog();
		const refused = await run('update', { customerId: rl(1), updateFields: { email: 'other@example.test' } });
		expect(refused.error?.message).toMatch(/linked to WordPress user 7, and FluentCart keeps the email/);
		expect(requestLine()).toEqual(['GET customers/1']);
	});

	it('refuses empty or bad input before any request', async () => {
		const empty = await run('update', { customerId: rl(1), updateFields: {} });
		expect(empty.error?.message).toMatch(/Update Fields is empty/);
		const email = await run('update', { customerId: rl(1), updateFields: { email: 'nope' } });
		expect(email.error?.message).toMatch(/is not a valid email address/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('reports a missing customer without writing', async () => {
		const result = await run('update', { customerId: rl(42), updateFields: { city: 'x' } });
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requestsTo('PUT', /customers/)).toHaveLength(0);
	});
});

describe('Customer → Delete', () => {
	it('deletes through the bulk action and answers {deleted: true, id}; FluentCart deletes the orders too', async () => {
		await createOrder(ctx);
		ctx.fake.resetLog();
		const result = await run('delete', { customerId: rl(1) });
		expect(result.json).toEqual([{ deleted: true, id: 1 }]);
		expect(requestLine()).toEqual(['GET customers/1', 'POST customers/do-bulk-action']);
		expect(ctx.fake.requests[1].body).toEqual({ action: 'delete_customers', customer_ids: [1] });
		expect(ctx.fake.store.customers.has(1)).toBe(false);
		expect(ctx.fake.store.orders.size).toBe(0);
	});

	it('reports a missing customer as not found instead of FluentCart’s "Customer update failed."', async () => {
		const result = await run('delete', { customerId: rl(5) });
		expect(result.error?.message).toBe('Customer not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requestsTo('POST', /do-bulk-action/)).toHaveLength(0);
	});
});

describe('Customer → Get Orders', () => {
	it('lists the customer’s orders, simplified by default, newest first', async () => {
		await createOrder(ctx);
		await createOrder(ctx, [{ variation: 2, quantity: 1 }]);
		ctx.fake.resetLog();
		const result = await run('getOrders', { customerId: rl(1), returnAll: true });
		expect(result.json.map((o) => [o.id, o.total_amount, o.customer_id])).toEqual([
			[2, 2200, 1],
			[1, 3998, 1],
		]);
		expect(result.json[0]).toHaveProperty('discount_total', 0);
		expect(ctx.fake.requests[0].path).toBe('customers/1/orders');
		const raw = await run('getOrders', { customerId: rl(1), returnAll: false, limit: 1, simplify: false });
		expect(raw.json).toHaveLength(1);
		expect(raw.json[0]).toMatchObject({ id: 2, total_paid: 0, config: { user_tz: null } });
	});

	it('reads every page of a long history', async () => {
		addBulkOrders(ctx.fake.store, 250, 1);
		const result = await run('getOrders', { customerId: rl(1), returnAll: true });
		expect(result.json).toHaveLength(250);
		expect(ctx.fake.requests.map((r) => r.query.page)).toEqual(['1', '2']);
	});

	it('returns nothing for a customer without orders, and 404 for a missing one', async () => {
		const none = await run('getOrders', { customerId: rl(1), returnAll: true });
		expect(none.error).toBeUndefined();
		expect(none.json).toEqual([]);
		const missing = await run('getOrders', { customerId: rl(31), returnAll: true });
		expect(missing.error?.message).toBe('Customer not found');
		expect(missing.error?.httpCode).toBe('404');
	});
});
