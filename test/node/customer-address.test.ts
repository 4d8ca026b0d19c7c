/**
 * Customer → Add Address, Get Addresses, through n8n-core's engine against the fake FluentCart.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { startFake, suiteAtLeast } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'customer', operation, ...extra } });

const address = (extra: IDataObject = {}): IDataObject => ({
	customerId: rl(1),
	addressType: 'billing',
	addressName: 'Ada Lovelace',
	addressEmail: 'ada@example.test',
	address1: '12 St James Square',
	addressCity: 'London',
	addressCountry: 'gb',
	...extra,
});

describe('Customer → Add Address', () => {
	it('checks the customer, saves the address and returns it as stored', async () => {
		const result = await run('addAddress', address({ addressFields: { postcode: 'SW1Y 4LB', companyName: 'Engines Ltd', label: 'Home' } }));
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET customers/1',
			'POST customers/1/address',
			'GET customers/1/address',
		]);
		expect(ctx.fake.requests[1].body).toEqual({
			type: 'billing',
			name: 'Ada Lovelace',
			email: 'ada@example.test',
			address_1: '12 St James Square',
			city: 'London',
			country: 'GB',
			postcode: 'SW1Y 4LB',
			company_name: 'Engines Ltd',
			label: 'Home',
		});
		expect(result.json[0]).toMatchObject({ id: 1, customer_id: 1, is_primary: '1', type: 'billing', address_2: '', postcode: 'SW1Y 4LB' });
		if (suiteAtLeast('1.4.0')) {
			// The checkout's Company Name field is off by default: FluentCart drops the company.
			expect(result.json[0].company_name_warning).toMatch(/^FluentCart saved the address without the company name: .*Company Name field/);
		} else {
			expect(result.json[0]).toMatchObject({
				company_name: 'Engines Ltd',
				formatted_address: { country: 'United Kingdom (UK)', full_address: 'Engines Ltd, 12 St James Square, London, United Kingdom (UK)' },
			});
			expect(result.json[0].company_name_warning).toBeUndefined();
		}
	});

	it('keeps the company where the checkout asks for one (FluentCart 1.4+)', async () => {
		ctx.fake.checkoutCompanyName = true;
		const result = await run('addAddress', address({ addressFields: { companyName: 'Engines Ltd' } }));
		expect(result.json[0]).toMatchObject({ company_name: 'Engines Ltd' });
		expect(result.json[0].company_name_warning).toBeUndefined();
	});

	it('always sends a label: FluentCart 1.4+ fails on an address without one (HTTP 500, as recorded)', async () => {
		const result = await run('addAddress', address());
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requestsTo('POST', /address$/)[0].body).toMatchObject({ label: '' });
		const bare = await ctx.api.post('customers/1/address', { type: 'shipping', name: 'A', email: 'a@example.test', address_1: 'x', city: 'y', country: 'GB' });
		expect(bare.status).toBe(suiteAtLeast('1.4.0') ? 500 : 200);
	});

	it('makes a later address primary only when asked', async () => {
		await run('addAddress', address());
		const second = await run('addAddress', address({ address1: '1 Dock Road' }));
		expect(second.json[0].is_primary).toBe('0');
		ctx.fake.resetLog();
		const third = await run('addAddress', address({ address1: '9 Hill Street', addressFields: { makePrimary: true } }));
		expect(third.json[0]).toMatchObject({ id: 3, is_primary: '1' });
		expect(ctx.fake.requests[2]).toMatchObject({ path: 'customers/1/address/make-primary', body: { addressId: 3, type: 'billing' } });
		const primaries = [...ctx.fake.store.table('customer_addresses').values()].filter((a) => a.is_primary === '1');
		expect(primaries.map((a) => a.id)).toEqual([3]);
	});

	it.each([
		[{ addressName: '={{ "" }}' }, /Name is empty \[item 0\]/],
		[{ addressEmail: 'ada' }, /Email "ada" is not a valid email address/],
		[{ address1: ' ' }, /Address Line 1 is empty/],
		[{ addressCity: '={{ "  " }}' }, /City is empty/],
		[{ addressCountry: 'England' }, /Country must be a two-letter country code, got "England"/],
		[{ addressFields: { label: 'A much too long label' } }, /Label is longer than 15 characters/],
		[{ addressType: '={{ "home" }}' }, /Address Type "home" is not one FluentCart knows/],
	])('refuses an incomplete address before any request (%#)', async (extra, message) => {
		const result = await run('addAddress', address(extra));
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('does not save an address for a customer that does not exist (FluentCart would)', async () => {
		const result = await run('addAddress', address({ customerId: rl(77) }));
		expect(result.error?.message).toBe('Customer not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requestsTo('POST', /address/)).toHaveLength(0);
	});
});

describe('Customer → Get Addresses', () => {
	beforeEach(async () => {
		await run('addAddress', address());
		await run('addAddress', address({ addressType: 'shipping', address1: '1 Dock Road' }));
		await run('addAddress', address({ addressType: 'shipping', address1: '9 Hill Street' }));
		ctx.fake.resetLog();
	});

	it('lists one type, primary first', async () => {
		const result = await run('getAddresses', { customerId: rl(1), addressTypeFilter: 'shipping' });
		expect(result.json.map((a) => [a.address_1, a.is_primary])).toEqual([
			['1 Dock Road', '1'],
			['9 Hill Street', '0'],
		]);
		expect(ctx.fake.requests[0].query).toEqual({ type: 'shipping' });
	});

	it('lists both types when asked for all (FluentCart’s answer without a type)', async () => {
		const result = await run('getAddresses', { customerId: rl(1), addressTypeFilter: 'all' });
		expect(result.json).toHaveLength(3);
		expect(ctx.fake.requests[0].query).toEqual({});
	});

	it('reports a missing customer instead of an empty list', async () => {
		const result = await run('getAddresses', { customerId: rl(8), addressTypeFilter: 'all' });
		expect(result.error?.message).toBe('Customer not found');
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['customers/8/address', 'customers/8']);
	});
});
