/**
 * The fake FluentCart answers the coupon routes like the recorded FluentCart 1.3.25 (replayed in
 * the recorded order, with the recorded clock), and like the PHP where nothing was recorded.
 */
import { addCoupon } from '../fake/routes/coupons';
import { asRecorded, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture, fluentCartPath } from '../helpers/fixtures';
import { at, shapeDiff } from '../helpers/shape';

let ctx: StartedFake;
const clock = (iso: string) => () => new Date(iso);

async function replay(name: string, mode: 'shape' | 'exact' = 'exact') {
	const f = fixture(name);
	const res = await ctx.api.request({ method: f.request.method, url: fluentCartPath(f), data: f.request.body ?? undefined });
	expect({ name, status: res.status }).toEqual({ name, status: f.status });
	const body = asRecorded(res.data, ctx.url) as unknown;
	expect({ name, diff: shapeDiff(f.response, body) }).toEqual({ name, diff: [] });
	if (mode === 'exact') expect(JSON.stringify(body)).toBe(JSON.stringify(f.response));
	return body;
}

describe('fake FluentCart replays the recorded coupon session', () => {
	beforeAll(async () => {
		ctx = await startFake();
		ctx.fake.store.now = clock('2026-11-23T09:18:17Z');
	});
	afterAll(async () => ctx.fake.stop());

	it('lists no coupons on a new shop', async () => {
		await replay('coupons-list-empty');
	});

	it('answers the recorded 422 for a bare body', async () => {
		await replay('error-422-coupon-validation');
	});

	it('creates percentage and fixed coupons (fixed amount decimal in, cents out)', async () => {
		await replay('coupon-create-percentage');
		const fixed = await replay('coupon-create-fixed');
		expect(at(fixed, 'data.amount')).toBe(500);
		expect(at(fixed, 'data.conditions')).toEqual({ min_purchase_amount: 0 });
	});

	it('reads a coupon with its activity log, in the stored shape', async () => {
		const body = (await replay('coupon-get', 'shape')) as { coupon: Record<string, unknown> };
		const recorded = (fixture('coupon-get').response as { coupon: Record<string, unknown> }).coupon;
		const { activities, ...columns } = body.coupon;
		const { activities: recordedActivities, ...recordedColumns } = recorded;
		expect(JSON.stringify(columns)).toBe(JSON.stringify(recordedColumns));
		const withoutId = (list: unknown) => (list as Array<Record<string, unknown>>).map((activity) => ({ ...activity, id: 0 }));
		expect(withoutId(activities)).toEqual(withoutId(recordedActivities));
		await replay('coupons-list');
	});

	it('updates with the whole body, deletes, and answers {coupon: null} for the deleted id', async () => {
		ctx.fake.store.now = clock('2026-11-23T09:18:18Z');
		await replay('coupon-update');
		await replay('coupon-delete');
		await replay('coupon-get-deleted');
	});
});

describe('fake FluentCart coupon behaviour from the PHP', () => {
	beforeEach(async () => {
		ctx = await startFake();
	});
	afterEach(async () => ctx.fake.stop());

	const base = { title: 'T', code: 'C1', type: 'fixed', amount: 5, status: 'active', stackable: 'no', show_on_checkout: 'no' };

	it('answers a missing id on delete with HTTP 500 and code 404', async () => {
		const res = await ctx.api.delete('coupons/77');
		expect([res.status, res.data]).toEqual([500, { code: 404, message: 'Coupon not found in database, failed to remove.', data: null }]);
		const update = await ctx.api.put('coupons/77', base);
		expect([update.status, update.data.code]).toEqual([500, 404]);
	});

	it('refuses a used code, a percentage over 100 and an end date before the start', async () => {
		addCoupon(ctx.fake.store, { code: 'TAKEN' });
		const res = await ctx.api.post('coupons', {
			...base,
			code: 'taken',
			type: 'percentage',
			amount: 120,
			start_date: '2026-12-10 00:00:00',
			end_date: '2026-12-01 00:00:00',
		});
		expect(res.status).toBe(422);
		expect(res.data).toEqual({
			code: { 3: 'This coupon code is already in use.' },
			amount: { 3: 'For percentage type, the amount should not be greater than 100.' },
			end_date: { 2: 'The end date must be after the start date.' },
		});
	});

	it('stores decimal conditions in cents and nulls what an update leaves out', async () => {
		const created = await ctx.api.post('coupons', {
			...base,
			amount: 12.5,
			notes: 'n',
			priority: 3,
			start_date: '2026-01-01 10:00:00',
			conditions: { min_purchase_amount: 25, max_discount_amount: 7.5, max_uses: 10 },
		});
		expect(at(created.data, 'data.start_date')).toEqual({ date: '2026-01-01 10:00:00.000000', timezone_type: 3, timezone: 'UTC' });
		const id = Number(at(created.data, 'data.id'));
		const row = ctx.fake.store.table('coupons').get(id)!;
		expect([row.amount, row.priority, at(row, 'conditions.min_purchase_amount'), at(row, 'conditions.max_discount_amount')]).toEqual([
			'1250', '3', 2500, 750,
		]);
		await ctx.api.put(`coupons/${id}`, base);
		expect([row.notes, row.priority, row.start_date, row.conditions]).toEqual(['', '0', '0000-00-00 00:00:00', { min_purchase_amount: 0 }]);
	});

	it('lists by search and tabs, and expires coupons whose end date passed', async () => {
		addCoupon(ctx.fake.store, { code: 'SUMMER', title: 'Summer sale' });
		addCoupon(ctx.fake.store, { code: 'OLD', end_date: '2020-01-01 00:00:00' });
		addCoupon(ctx.fake.store, { code: 'OFF', status: 'disabled' });
		const search = await ctx.api.get('coupons', { params: { search: 'summ' } });
		expect(search.data.coupons.data.map((c: { code: string }) => c.code)).toEqual(['SUMMER']);
		const active = await ctx.api.get('coupons', { params: { active_view: 'active', per_page: 50 } });
		expect(active.data.coupons.data.map((c: { code: string }) => c.code)).toEqual(['OLD', 'SUMMER']);
		// Listing wrote the expiry: the next list no longer counts it as active.
		const again = await ctx.api.get('coupons', { params: { active_view: 'expired' } });
		expect(again.data.coupons.data.map((c: { code: string }) => c.code)).toEqual(['OFF', 'OLD']);
	});
});
