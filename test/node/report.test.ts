/**
 * Report → Overview, Dashboard Stats, Sales Report through n8n-core against the fake: the
 * nested `params[…]` FluentCart reads, the units of each report, and input checks before any
 * request.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject = {}) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'report', operation, ...extra } });

/** A paid order of 2 × 19.99 created at `when` (the fake's clock is moved for it). */
async function paidOrderAt(when: Date) {
	const real = ctx.fake.store.now;
	ctx.fake.store.now = () => when;
	await markPaid(ctx, await createOrder(ctx));
	ctx.fake.store.now = real;
}

const day = (offset: number) => {
	const d = new Date();
	d.setUTCDate(d.getUTCDate() + offset);
	return d;
};
const ymd = (d: Date) => d.toISOString().slice(0, 10);

describe('Report → Overview', () => {
	it('returns the 12-month revenue comparison in cents and sends the currency as params[currency]', async () => {
		await paidOrderAt(day(0));
		ctx.fake.resetLog();
		const result = await run('overview', { currency: 'usd' });
		expect(result.error).toBeUndefined();
		const month = ymd(day(0)).slice(0, 7);
		expect((result.json[0].gross_revenue as IDataObject)[month]).toMatchObject({ current: 3998 });
		expect(result.json[0].gross_summary).toMatchObject({ total: 3998 });
		expect(ctx.fake.requests[0]).toMatchObject({ path: 'reports/overview', query: { params: { currency: 'USD' } } });
	});

	it('refuses a currency that is not a 3-letter code before any request', async () => {
		const result = await run('overview', { currency: 'dollars' });
		expect(result.error?.message).toBe('Currency must be a 3-letter code, got "dollars" [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Report → Dashboard Stats', () => {
	it('sends the whole days of the range and flattens the counts (amount in cents)', async () => {
		await paidOrderAt(day(-2));
		await paidOrderAt(day(-10));
		ctx.fake.resetLog();
		const result = await run('dashboardStats', { startDate: `${ymd(day(-6))}T15:00:00`, endDate: ymd(day(0)) });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests[0].query).toEqual({
			params: { startDate: `${ymd(day(-6))} 00:00:00`, endDate: `${ymd(day(0))} 23:59:59` },
		});
		expect(result.json[0]).toEqual({
			start_date: `${ymd(day(-6))} 00:00:00`,
			end_date: `${ymd(day(0))} 23:59:59`,
			total_orders: 1,
			total_orders_previous: 1,
			paid_orders: 1,
			paid_orders_previous: 1,
			paid_order_items: 1,
			paid_order_items_previous: 1,
			paid_amount_cents: 3998,
			paid_amount_previous_cents: 3998,
		});
	});

	it('without dates covers everything since the first order; raw keeps FluentCart’s titles', async () => {
		await paidOrderAt(day(-40));
		ctx.fake.resetLog();
		const result = await run('dashboardStats', { simplify: false });
		expect(ctx.fake.requests[0].query).toEqual({});
		const stats = result.json[0].dashBoardStats as Record<string, IDataObject>;
		expect(stats.total_paid_amounts).toMatchObject({ title: 'Order Value (Paid)', current_count: 3998, is_cents: true });
	});

	it('refuses one date without the other, and a range that ends before it starts, before any request', async () => {
		const one = await run('dashboardStats', { startDate: '2026-01-01' });
		expect(one.error?.message).toBe('End Date is empty [item 0]');
		const backwards = await run('dashboardStats', { startDate: '2026-02-01', endDate: '2026-01-01' });
		expect(backwards.error?.message).toBe('Start Date 2026-02-01 is after End Date 2026-01-01 [item 0]');
		const bad = await run('dashboardStats', { startDate: '={{ "yesterday" }}', endDate: '2026-01-01' });
		expect(bad.error?.message).toBe('Start Date is not a valid date, got "yesterday" [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Report → Sales Report', () => {
	it('defaults to the last month and sends group, comparison and order types nested under params', async () => {
		await paidOrderAt(day(-3));
		ctx.fake.resetLog();
		const result = await run('salesReport', {
			groupBy: 'monthly',
			compareWith: 'previous_period',
			orderTypes: ['payment', 'renewal'],
			currency: 'USD',
		});
		expect(result.error).toBeUndefined();
		const monthAgo = new Date();
		monthAgo.setUTCMonth(monthAgo.getUTCMonth() - 1);
		expect(ctx.fake.requests[0].query.params).toEqual({
			startDate: `${ymd(monthAgo)} 00:00:00`,
			endDate: `${ymd(day(0))} 23:59:59`,
			groupKey: 'monthly',
			compareType: 'previous_period',
			compareDate: `${ymd(monthAgo)} 00:00:00`,
			orderTypes: ['payment', 'renewal'],
			currency: 'USD',
		});
		// Major units, as FluentCart computes this report.
		expect(result.json[0].summaryData).toMatchObject({ gross_sale: 39.98, order_count: 1, onetime_count: 1 });
		expect(result.json[0].fluctuations).toMatchObject({ order_count: 100 });
	});

	it('without Pro FluentCart ignores the dates (always the last month); with Pro it honours them', async () => {
		await paidOrderAt(new Date('2025-03-10T10:00:00Z'));
		await paidOrderAt(day(-1));
		const march = { startDate: '2025-03-01', endDate: '2025-03-31' };
		const free = await run('salesReport', march);
		expect(free.json[0].summaryData).toMatchObject({ order_count: 1 });
		expect(free.json[0].graphs).toMatchObject({ orderGraph: { [ymd(day(-1))]: 1 } });
		ctx.fake.pro = true;
		const pro = await run('salesReport', march);
		expect(pro.json[0].graphs).toMatchObject({ orderGraph: { '2025-03-10': 1 } });
	});

	it('refuses an unknown order type before any request', async () => {
		const result = await run('salesReport', { orderTypes: ['={{ "gift" }}'] });
		expect(result.error?.message).toMatch(/Order Types "gift" is not one FluentCart knows/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
