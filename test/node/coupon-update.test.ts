/**
 * Coupon → Update: FluentCart's PUT needs the whole coupon again, in the units it takes
 * (decimals) while it returns cents. Changing one field must keep every other field.
 */
import type { IDataObject } from 'n8n-workflow';

import { addCoupon } from '../fake/routes/coupons';
import type { Row } from '../fake/store';
import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	// Before the coupons' start dates: nothing expires or starts during a test.
	ctx.fake.store.now = () => new Date('2026-02-01T00:00:00Z');
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'coupon', operation, ...extra } });

const row = (id: number) => ctx.fake.store.table('coupons').get(id)!;
const snapshot = (coupon: Row) => JSON.parse(JSON.stringify({ ...coupon, updated_at: '' })) as Row;

/** A coupon with every field set, created through FluentCart's own API. */
async function fullCoupon(type: 'fixed' | 'percentage'): Promise<number> {
	const res = await ctx.api.post('coupons', {
		title: 'Spring',
		code: 'SPRING',
		type,
		amount: type === 'fixed' ? 19.99 : 12.5,
		status: 'active',
		stackable: 'yes',
		show_on_checkout: 'yes',
		priority: 4,
		notes: 'keep me',
		start_date: '2026-03-01 08:00:00',
		end_date: '2026-03-31 22:00:00',
		conditions: {
			min_purchase_amount: 25.5,
			max_discount_amount: 7.25,
			max_uses: 100,
			max_per_customer: 2,
			included_products: [1, 2],
			excluded_categories: [9],
			email_restrictions: '*@example.test',
			is_recurring: 'yes',
		},
	});
	if (res.status !== 200) throw new Error(JSON.stringify(res.data));
	ctx.fake.resetLog();
	return Number(res.data.data.id);
}

describe('Coupon → Update', () => {
	it.each(['fixed', 'percentage'] as const)(
		'changes one field of a %s coupon and keeps every other field (amounts and conditions in cents included)',
		async (type) => {
			const id = await fullCoupon(type);
			const before = snapshot(row(id));
			const result = await run('update', { couponId: rl(id), updateFields: { title: 'Spring sale' } });
			expect(result.error).toBeUndefined();
			const after = snapshot(row(id));
			expect(after.title).toBe('Spring sale');
			expect({ ...after, title: '' }).toEqual({ ...before, title: '' });
			expect(result.json[0]).toMatchObject({ title: 'Spring sale', notes: 'keep me', start_date: '2026-03-01 08:00:00' });
			expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET coupons/${id}`,
				`GET coupons/${id}`,
				`PUT coupons/${id}`,
				`GET coupons/${id}`,
			]);
			// What FluentCart returned in cents went back as the decimals it takes.
			expect(ctx.fake.requests[2].body).toMatchObject({
				amount: type === 'fixed' ? 19.99 : 12.5,
				conditions: { min_purchase_amount: 25.5, max_discount_amount: 7.25 },
			});
		},
	);

	it('keeps a coupon without conditions exactly so', async () => {
		addCoupon(ctx.fake.store, { code: 'BARE', amount: '500', notes: 'n' });
		const before = snapshot(row(1));
		await run('update', { couponId: rl(1), updateFields: { status: 'disabled' } });
		expect({ ...snapshot(row(1)), status: '' }).toEqual({ ...before, status: '' });
		expect(row(1).status).toBe('disabled');
		expect(ctx.fake.requests[2].body).not.toHaveProperty('conditions');
	});

	it('shows why merging matters: the same PUT with only the changed field wipes the coupon', async () => {
		const id = await fullCoupon('fixed');
		const bare = await ctx.api.put(`coupons/${id}`, { title: 'Spring sale' });
		expect(bare.status).toBe(422);
		await ctx.api.put(`coupons/${id}`, { title: 'Spring sale', code: 'SPRING', type: 'fixed', amount: 1999, status: 'active', stackable: 'yes', show_on_checkout: 'yes' });
		// Sending the stored cents back multiplies the amount by 100; omitted fields are emptied.
		expect([row(id).amount, row(id).notes, row(id).start_date, row(id).conditions]).toEqual([
			'199900',
			'',
			'0000-00-00 00:00:00',
			{ min_purchase_amount: 0 },
		]);
	});

	it('changes one condition and keeps the others', async () => {
		const id = await fullCoupon('percentage');
		const result = await run('update', { couponId: rl(id), couponConditions: { maxUses: 5, minPurchaseAmount: '30' } });
		expect(result.json[0].conditions).toMatchObject({
			max_uses: 5,
			min_purchase_amount: 3000,
			max_discount_amount: 725,
			max_per_customer: 2,
			included_products: ['1', '2'],
			excluded_categories: ['9'],
			is_recurring: 'yes',
		});
	});

	it('changes the amount in the unit of the (new) type', async () => {
		const id = await fullCoupon('percentage');
		const result = await run('update', { couponId: rl(id), updateFields: { type: 'fixed', amount: '7.50' } });
		expect(result.json[0]).toMatchObject({ type: 'fixed', amount: 750 });
	});

	it('asks for an amount when the type changes between percent and money, before writing', async () => {
		const id = await fullCoupon('percentage');
		const result = await run('update', { couponId: rl(id), updateFields: { type: 'fixed' } });
		expect(result.error?.message).toMatch(/Changing the type from percentage to fixed needs a new Amount/);
		expect(ctx.fake.requestsTo('PUT', /coupons/)).toHaveLength(0);
	});

	it('refuses an end date before the kept start date, before writing', async () => {
		const id = await fullCoupon('fixed');
		const result = await run('update', { couponId: rl(id), updateFields: { endDate: '2026-02-01T00:00:00' } });
		expect(result.error?.message).toMatch(/End Date \(2026-02-01 00:00:00\) must be after Start Date \(2026-03-01 08:00:00\)/);
		expect(ctx.fake.requestsTo('PUT', /coupons/)).toHaveLength(0);
	});

	it('refuses empty or bad input before any request', async () => {
		const empty = await run('update', { couponId: rl(1), updateFields: {} });
		expect(empty.error?.message).toMatch(/Update Fields and Conditions are empty/);
		const percent = await run('update', { couponId: rl(1), updateFields: { type: 'percentage', amount: '150' } });
		expect(percent.error?.message).toMatch(/Amount must be a percent of 100 or less/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('reports a missing coupon as not found without writing', async () => {
		const result = await run('update', { couponId: rl(12), updateFields: { title: 'x' } });
		expect(result.error?.message).toBe('The coupon 12 was not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requestsTo('PUT', /coupons/)).toHaveLength(0);
	});

	it('passes on FluentCart’s refusal of another coupon’s code', async () => {
		addCoupon(ctx.fake.store, { code: 'TAKEN' });
		addCoupon(ctx.fake.store, { code: 'MINE' });
		const result = await run('update', { couponId: rl(2), updateFields: { code: 'TAKEN' } });
		expect(result.error?.message).toBe('FluentCart rejected the data: code: This coupon code is already in use.');
		const own = await run('update', { couponId: rl(2), updateFields: { code: 'MINE', notes: 'same code is fine' } });
		expect(own.error).toBeUndefined();
	});
});
