/**
 * Coupon → Create, Get, Get Many, Update, Delete, through n8n-core's engine against the fake
 * FluentCart. Amounts go in as decimals (or percents) and come out in cents.
 */
import type { IDataObject } from 'n8n-workflow';

import { addCoupon } from '../fake/routes/coupons';
import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'coupon', operation, ...extra } });

const coupons = () => ctx.fake.store.table('coupons');
/** The body of the (one) coupon write. */
const written = () => ctx.fake.requests.filter((r) => r.method !== 'GET')[0]?.body;
const fixed = (extra: IDataObject = {}): IDataObject => ({
	title: 'Five off',
	code: 'FIVE',
	type: 'fixed',
	amount: '5.00',
	status: 'active',
	...extra,
});

describe('Coupon → Create', () => {
	it('creates a fixed coupon from a decimal amount; FluentCart stores and returns cents', async () => {
		const result = await run('create', fixed({ amount: '19.99', stackable: true }));
		expect(result.error).toBeUndefined();
		expect(written()).toEqual({
			title: 'Five off',
			code: 'FIVE',
			type: 'fixed',
			amount: 19.99,
			status: 'active',
			stackable: 'yes',
			show_on_checkout: 'no',
			// Always sent: FluentCart 1.4+ refuses a coupon without it.
			notes: '',
		});
		expect(coupons().get(1)!.amount).toBe('1999');
		expect(result.json[0]).toEqual({
			id: 1,
			title: 'Five off',
			code: 'FIVE',
			priority: 0,
			type: 'fixed',
			conditions: { min_purchase_amount: 0 },
			amount: 1999,
			use_count: 0,
			status: 'active',
			notes: '',
			stackable: 'yes',
			show_on_checkout: 'no',
			start_date: null,
			end_date: null,
			created_at: expect.any(String),
			updated_at: expect.any(String),
		});
	});

	it('creates a percentage coupon with conditions (money conditions decimal in, cents stored)', async () => {
		const result = await run('create', {
			title: '10% off',
			code: 'TEN',
			type: 'percentage',
			amount: '12.5',
			status: 'active',
			showOnCheckout: true,
			additionalFields: { priority: 2, notes: 'spring', startDate: '2026-03-01T08:00:00', endDate: '2026-03-31T23:59:00+02:00' },
			couponConditions: {
				minPurchaseAmount: '50',
				maxDiscountAmount: '20.50',
				maxUses: 100,
				maxPerCustomer: 1,
				includedVariations: '1, 2',
				emailRestrictions: '*@example.test',
				isRecurring: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(written()).toMatchObject({
			amount: 12.5,
			priority: 2,
			start_date: '2026-03-01 08:00:00',
			end_date: '2026-03-31 21:59:00',
			conditions: {
				min_purchase_amount: 50,
				max_discount_amount: 20.5,
				max_uses: 100,
				max_per_customer: 1,
				included_products: ['1', '2'],
				email_restrictions: '*@example.test',
				is_recurring: 'yes',
			},
		});
		expect(result.json[0]).toMatchObject({
			amount: 12.5,
			priority: 2,
			show_on_checkout: 'yes',
			start_date: '2026-03-01 08:00:00',
			conditions: { min_purchase_amount: 5000, max_discount_amount: 2050, max_uses: 100, included_products: ['1', '2'] },
		});
	});

	it('gives free-shipping coupons an amount of 0', async () => {
		const result = await run('create', fixed({ type: 'free_shipping', amount: '' }));
		expect(written()).toMatchObject({ type: 'free_shipping', amount: 0 });
		expect(result.json[0].amount).toBe(0);
	});

	it('looks the store currency up only for fractions, and refuses them for a zero-decimal currency', async () => {
		ctx.fake.store.settings.currency = 'JPY';
		const result = await run('create', fixed({ amount: '500.50' }));
		expect(result.error?.message).toMatch(/Amount must be a whole number: JPY has no minor unit/);
		expect(ctx.fake.requestsTo('POST', /coupons/)).toHaveLength(0);
	});

	it.each([
		[{ type: 'percentage', amount: '120' }, /Amount must be a percent of 100 or less/],
		[{ amount: '5.123' }, /Amount has more than 2 decimals/],
		[{ amount: '1,000' }, /Amount must be a plain decimal number/],
		[{ amount: '-5' }, /Amount cannot be negative/],
		[{ amount: '' }, /Amount is empty/],
		[{ code: '={{ "X".repeat(51) }}' }, /Code is longer than 50 characters/],
		[{ additionalFields: { startDate: '2026-03-10', endDate: '2026-03-01' } }, /End Date \(2026-03-01 00:00:00\) must be after Start Date/],
		[{ additionalFields: { endDate: '={{ "next tuesday" }}' } }, /End Date "next tuesday" is not a date/],
		[{ couponConditions: { minPurchaseAmount: 'ten' } }, /Min Purchase Amount must be a plain decimal number/],
		[{ couponConditions: { includedVariations: '1, two' } }, /Included Variation IDs must be a comma-separated list of IDs, got "two"/],
	])('refuses bad input before any request (%#)', async (extra, message) => {
		const result = await run('create', fixed(extra));
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('passes on FluentCart’s refusal of a code in use', async () => {
		addCoupon(ctx.fake.store, { code: 'FIVE' });
		const result = await run('create', fixed());
		expect(result.error?.message).toBe('FluentCart rejected the data: code: This coupon code is already in use.');
		expect(result.error?.httpCode).toBe('422');
	});
});

describe('Coupon → Get', () => {
	it('returns the coupon, with the activity log only when asked', async () => {
		await run('create', fixed());
		const plain = await run('get', { couponId: rl(1) });
		expect(plain.json[0]).toMatchObject({ id: 1, code: 'FIVE', amount: 500 });
		expect(plain.json[0]).not.toHaveProperty('activities');
		const full = await run('get', { couponId: rl(1, 'list'), couponGetOptions: { includeActivities: true } });
		expect(full.json[0].activities).toEqual([expect.objectContaining({ title: 'Coupon Created', content: 'Coupon "Five off" created by admin' })]);
	});

	it('finds a coupon by its edit-page URL', async () => {
		addCoupon(ctx.fake.store, { code: 'A' });
		addCoupon(ctx.fake.store, { code: 'B' });
		const url = 'https://shop.example.com/wp-admin/admin.php?page=fluent-cart#/coupons/add_or_edit_coupon/2';
		const result = await run('get', { couponId: rl(url, 'url') });
		expect(result.json[0].code).toBe('B');
	});

	it('turns FluentCart’s 200 {coupon: null} into a 404 error', async () => {
		const result = await run('get', { couponId: rl(99) });
		expect(result.error?.message).toBe('The coupon 99 was not found');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.description).toMatch(/no coupon with this ID/);
	});

	it('refuses an ID that is not a number before any request', async () => {
		const result = await run('get', { couponId: rl('={{ "SUMMER" }}') });
		expect(result.error?.message).toMatch(/Coupon ID must be a whole number of 1 or more, got "SUMMER"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Coupon → Get Many', () => {
	beforeEach(() => {
		addCoupon(ctx.fake.store, { code: 'SUMMER', title: 'Summer sale', type: 'percentage', amount: '10' });
		addCoupon(ctx.fake.store, { code: 'OLD', end_date: '2020-01-01 00:00:00' });
		addCoupon(ctx.fake.store, { code: 'OFF', status: 'disabled', amount: '500' });
	});

	it('searches and filters by view, dates of no value as null', async () => {
		const search = await run('getAll', { returnAll: true, filters: { search: 'summ' } });
		expect(search.json.map((c) => c.code)).toEqual(['SUMMER']);
		expect(search.json[0]).toMatchObject({ amount: 10, start_date: null, end_date: null });
		const active = await run('getAll', { returnAll: true, filters: { activeView: 'active' } });
		expect(active.json.map((c) => c.code)).toEqual(['OLD', 'SUMMER']);
		const expired = await run('getAll', { returnAll: true, filters: { activeView: 'expired' }, sort: { sortBy: 'code', sortType: 'asc' } });
		expect(expired.json.map((c) => [c.code, c.status])).toEqual([
			['OFF', 'disabled'],
			['OLD', 'expired'],
		]);
		expect(ctx.fake.requests.at(-1)!.query).toMatchObject({ active_view: 'expired', sort_by: 'code', sort_type: 'asc' });
	});

	it('returns all of 420 coupons with pages of 199, or up to a limit', async () => {
		for (let n = 0; n < 417; n++) addCoupon(ctx.fake.store, { code: `C${n}` });
		ctx.fake.resetLog();
		const all = await run('getAll', { returnAll: true });
		expect(all.json).toHaveLength(420);
		expect(ctx.fake.requests.map((r) => r.query.per_page)).toEqual(['199', '199', '199']);
		const some = await run('getAll', { returnAll: false, limit: 2 });
		expect(some.json.map((c) => c.id)).toEqual([420, 419]);
	});
});

describe('Coupon → Delete', () => {
	it('deletes and answers {deleted: true, id}', async () => {
		addCoupon(ctx.fake.store, { code: 'A' });
		const result = await run('delete', { couponId: rl(1) });
		expect(result.json).toEqual([{ deleted: true, id: 1 }]);
		expect(coupons().size).toBe(0);
	});

	it('reports FluentCart’s HTTP 500 with code 404 as not found', async () => {
		const result = await run('delete', { couponId: rl(5) });
		expect(result.error?.message).toBe('Coupon not found in database, failed to remove.');
		expect(result.error?.httpCode).toBe('404');
	});
});
