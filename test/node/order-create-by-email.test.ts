/**
 * Order → Create with Customer By: Email, Created If Missing, through n8n-core against the fake.
 * FluentCart's order create takes a customer ID only, so the node finds the customer by email
 * (whole and ignoring case, although FluentCart's search is a LIKE with wildcards) and creates one
 * only when there is none, after every check and read: a refused order creates no customer.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { changeBefore } from '../helpers/gate';
import { orderParams } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const ONE_MUG = { lineItems: { item: [{ variationId: 1, quantity: 1 }] } };
const byEmail = (extra: IDataObject) => orderParams('create', { customerBy: 'email', simplify: true, ...ONE_MUG, ...extra });
const run = (parameters: IDataObject, input?: IDataObject[], continueOnFail = false) =>
	runFluentCart({ credentials: ctx.credentials, parameters, input, continueOnFail });
const calls = () => ctx.fake.requests.map((r) => `${r.method} ${r.path}`);
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET');
const customerByEmail = (email: string) => [...ctx.fake.store.customers.values()].filter((c) => String(c.email).toLowerCase() === email.toLowerCase());

describe('Order → Create, customer by email', () => {
	it('uses the customer who has the email, whatever its case, and creates none', async () => {
		const customers = ctx.fake.store.customers.size;
		const result = await run(byEmail({ customerEmail: 'ADA@Example.TEST', customerFirstName: 'Someone' }));
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ customer_id: 1, customer_created: false });
		expect(ctx.fake.store.customers.size).toBe(customers);
		expect(Number(ctx.fake.store.orders.get(Number(result.json[0].id))!.customer_id)).toBe(1);
		expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST orders']);
		// Ada keeps her name.
		expect(ctx.fake.store.customers.get(1)!.first_name).toBe('Ada');
	});

	it('creates the missing customer, then the order for it; a second item with the same email uses that customer', async () => {
		const input = [{ email: 'grace@example.test' }, { email: 'Grace@example.test' }];
		const result = await run(byEmail({ customerEmail: '={{ $json.email }}', customerFirstName: 'Grace', customerLastName: 'Hopper' }), input);
		expect(result.error).toBeUndefined();
		const [grace] = customerByEmail('grace@example.test');
		expect([grace.first_name, grace.last_name]).toEqual(['Grace', 'Hopper']);
		expect(customerByEmail('grace@example.test')).toHaveLength(1);
		expect(result.json.map((j) => [j.customer_id, j.customer_created])).toEqual([
			[Number(grace.id), true],
			[Number(grace.id), false],
		]);
		for (const json of result.json) expect(Number(ctx.fake.store.orders.get(Number(json.id))!.customer_id)).toBe(Number(grace.id));
		expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST customers', 'POST orders', 'POST orders']);
	});

	it('does not take a customer FluentCart’s search merely matches (its LIKE treats _ as any character)', async () => {
		// FluentCart's search for a_a@example.test lists ada@example.test (live-customers-search-email-wildcard).
		const result = await run(byEmail({ customerEmail: 'a_a@example.test', customerFirstName: 'Underscore' }));
		expect(result.error).toBeUndefined();
		const search = ctx.fake.requests.find((r) => r.method === 'GET' && r.path === 'customers')!;
		expect(search.query.search).toBe('a_a@example.test');
		const [created] = customerByEmail('a_a@example.test');
		expect(result.json[0]).toMatchObject({ customer_id: Number(created.id), customer_created: true });
		expect(Number(created.id)).not.toBe(1);
	});

	it('uses the customer another run created between the look-up and the create', async () => {
		// Another client creates the customer just before the node's own create is handled.
		const gate = changeBefore(ctx.fake, (method, path) => method === 'POST' && path === 'fluent-cart/v2/customers', 1, async () =>
		{
			const other = await ctx.api.post('customers', { email: 'race@example.test', first_name: 'First', last_name: 'Writer', full_name: 'First Writer' });
			expect(other.status).toBe(200);
		});
		const result = await run(byEmail({ customerEmail: 'race@example.test', customerFirstName: 'Second' }));
		expect(result.error).toBeUndefined();
		expect(gate.done()).toBe(true);
		const matches = customerByEmail('race@example.test');
		expect(matches).toHaveLength(1);
		expect(matches[0].first_name).toBe('First');
		expect(result.json[0]).toMatchObject({ customer_id: Number(matches[0].id), customer_created: false });
	});

	it('says the customer was created when the order then fails, and a retry creates no second one', async () => {
		ctx.fake.injectFault({ method: 'POST', path: /fluent-cart\/v2\/orders$/, times: 1, fault: { kind: 'status', status: 503 } });
		const first = await run(byEmail({ customerEmail: 'retry@example.test', customerFirstName: 'Retry' }));
		const [customer] = customerByEmail('retry@example.test');
		expect(first.error?.description).toContain(`Customer ${String(customer.id)} (retry@example.test) was created before the order failed`);
		expect(ctx.fake.store.orders.size).toBe(0);
		const again = await run(byEmail({ customerEmail: 'retry@example.test', customerFirstName: 'Retry' }));
		expect(again.error).toBeUndefined();
		expect(again.json[0]).toMatchObject({ customer_id: Number(customer.id), customer_created: false });
		expect(customerByEmail('retry@example.test')).toHaveLength(1);
	});

	it('creates no customer for an order that is refused before sending (unknown variation)', async () => {
		const result = await run(byEmail({ customerEmail: 'nobody@example.test', customerFirstName: 'No', lineItems: { item: [{ variationId: 999999, quantity: 1 }] } }));
		expect(result.error?.message).toMatch(/variation 999999 does not exist/);
		expect(customerByEmail('nobody@example.test')).toHaveLength(0);
		expect(writes()).toHaveLength(0);
	});

	it('needs a first name only to create: an unknown email without one fails after the look-up and writes nothing', async () => {
		const result = await run(byEmail({ customerEmail: 'unnamed@example.test' }));
		expect(result.error?.message).toBe('No customer has the email unnamed@example.test, and Customer First Name is empty [item 0]');
		expect(writes()).toHaveLength(0);
		const known = await run(byEmail({ customerEmail: 'ada@example.test' }));
		expect(known.error).toBeUndefined();
		expect(known.json[0]).toMatchObject({ customer_id: 1, customer_created: false });
	});

	it.each([
		['a bad email', { customerEmail: 'not-an-email', customerFirstName: 'X' }, /^Customer Email "not-an-email" is not a valid email address \[item 0\]$/],
		['an empty email', { customerEmail: '  ', customerFirstName: 'X' }, /^Customer Email is empty \[item 0\]$/],
	])('refuses %s before any request', async (_, extra, message) => {
		const result = await run(byEmail(extra));
		expect(result.error?.message).toMatch(message);
		expect(calls()).toEqual([]);
	});

	it('does not use the saved-address fields, which belong to a picked customer', async () => {
		const result = await run(byEmail({ customerEmail: 'ada@example.test', additionalFields: { billingAddressId: '3', shippingAddressId: '3' } }));
		expect(result.error).toBeUndefined();
		const sent = ctx.fake.requests.find((r) => r.method === 'POST' && r.path === 'orders')!.body as IDataObject;
		expect(sent).not.toHaveProperty('billing_address_id');
		expect(sent).not.toHaveProperty('shipping_address_id');
	});

	it('keeps Existing Customer as the default, so workflows saved before the option run as before', async () => {
		const result = await run(orderParams('create', { customerId: { __rl: true, mode: 'id', value: 1 }, simplify: true, ...ONE_MUG }));
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ customer_id: 1 });
		expect(result.json[0]).not.toHaveProperty('customer_created');
		expect(calls().filter((c) => c.startsWith('GET customers'))).toEqual([]);
	});
});
