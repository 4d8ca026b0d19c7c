/**
 * The "From List" searches of the Coupon and Customer locators, run in n8n-core's real
 * LoadOptionsContext (credentials, authenticated requests) against the fake FluentCart.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { addCoupon } from '../fake/routes/coupons';
import { addCustomer } from '../fake/routes/customers';
import { loadOptionsContextFor } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const loadOptionsContext = (): ILoadOptionsFunctions =>
	loadOptionsContextFor(ctx.credentials, { resource: 'coupon', operation: 'get' }, 'parameters.couponId');

const search = (method: 'searchCoupons' | 'searchCustomers', filter?: string, token?: string) =>
	new FluentCart().methods.listSearch[method].call(loadOptionsContext(), filter, token) as Promise<INodeListSearchResult>;

describe('Coupon locator → From List', () => {
	it('lists code, title and discount, newest first, with the coupon’s edit page', async () => {
		addCoupon(ctx.fake.store, { code: 'TEN', title: 'Ten percent', type: 'percentage', amount: '10' });
		addCoupon(ctx.fake.store, { code: 'FIVE', title: 'Five off', amount: '500' });
		addCoupon(ctx.fake.store, { code: 'SHIP', title: 'Free shipping', type: 'free_shipping', status: 'disabled' });
		const result = await search('searchCoupons');
		expect(result.results).toEqual([
			{
				name: 'SHIP · Free shipping · free shipping (disabled)',
				value: '3',
				url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/coupons/add_or_edit_coupon/3`,
			},
			expect.objectContaining({ name: 'FIVE · Five off · 5.00 (active)', value: '2' }),
			expect.objectContaining({ name: 'TEN · Ten percent · 10% (active)', value: '1' }),
		]);
		expect(result.paginationToken).toBeUndefined();
	});

	it('passes the typed text as the search, and pages through 25 at a time', async () => {
		for (let n = 0; n < 30; n++) addCoupon(ctx.fake.store, { code: `LAB${n}` });
		addCoupon(ctx.fake.store, { code: 'OTHER' });
		const first = await search('searchCoupons', ' lab ');
		expect(first.results).toHaveLength(25);
		expect(first.paginationToken).toBe('2');
		expect(ctx.fake.requests[0].query).toMatchObject({ search: 'lab', per_page: '25', page: '1' });
		const second = await search('searchCoupons', 'lab', first.paginationToken);
		expect(second.results).toHaveLength(5);
		expect(second.paginationToken).toBeUndefined();
	});
});

describe('Customer locator → From List (shared with the Order resource)', () => {
	it('still lists "name <email>" with the customer’s admin page', async () => {
		addCustomer(ctx.fake.store, { email: 'grace@example.test', first_name: 'Grace', last_name: 'Hopper' });
		const result = await search('searchCustomers', 'grace');
		expect(result.results).toEqual([
			{ name: 'Grace Hopper <grace@example.test>', value: '2', url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/customers/2/view` },
		]);
	});
});
