/**
 * The fake's reports follow FluentCart 1.3.25's PHP (no report was recorded): the answer keys,
 * cents in the overview and dashboard stats, major units in the sales report, and the sales
 * report ignoring its dates without Pro.
 */
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
let clock = new Date('2026-06-15T12:00:00Z');
beforeEach(async () => {
	ctx = await startFake();
	clock = new Date('2026-06-15T12:00:00Z');
	ctx.fake.store.now = () => clock;
});
afterEach(async () => ctx.fake.stop());

/** An order of 2 × variation 1 (2 × 1999 cents) created (and paid) at `when`. */
async function orderAt(when: string, paid = true) {
	clock = new Date(when);
	const id = await createOrder(ctx);
	if (paid) await markPaid(ctx, id);
	clock = new Date('2026-06-15T12:00:00Z');
	return id;
}

describe('reports/overview', () => {
	it('answers {data} with 12 months of gross and net revenue in cents, compared with the year before', async () => {
		await orderAt('2026-06-01T10:00:00Z');
		await orderAt('2025-06-03T10:00:00Z');
		await orderAt('2026-05-02T10:00:00Z', false);
		const res = await ctx.api.get('reports/overview');
		expect(res.status).toBe(200);
		const data = res.data.data;
		expect(Object.keys(data)).toEqual([
			'gross_revenue', 'gross_revenue_quarterly', 'net_revenue', 'net_revenue_quarterly',
			'gross_summary', 'net_summary', 'top_country_net', 'top_country_gross',
		]);
		const months = Object.keys(data.gross_revenue);
		expect(months).toHaveLength(12);
		expect(months[0]).toBe('2025-07');
		expect(months[11]).toBe('2026-06');
		expect(data.gross_revenue['2026-06']).toEqual({ current: 3998, prev: 3998, yoy_growth: '0.00' });
		expect(data.gross_revenue['2026-05']).toEqual({ current: 0, prev: 0, yoy_growth: null });
		expect(data.gross_summary).toEqual({ total: 3998, total_prev: 3998, yoy_growth: '0.00' });
		expect(Object.keys(data.gross_revenue_quarterly)).toEqual(['Q3-2025', 'Q4-2025', 'Q1-2026', 'Q2-2026']);
		expect(data.gross_revenue_quarterly['Q2-2026']).toEqual({ current: 3998, prev_year: 3998, yy_growth: '0.00' });
		expect(data.top_country_gross.by_countries).toEqual([]);
		expect(Object.keys(data.top_country_gross.by_month)).toHaveLength(12);
	});
});

describe('reports/dashboard-stats', () => {
	it('without orders: zero counts in the same shape', async () => {
		const res = await ctx.api.get('reports/dashboard-stats');
		expect(res.data.dashBoardStats.total_paid_amounts).toEqual({
			title: 'Order Value (Paid)',
			icon: 'OrderValueIcon',
			current_count: 0,
			compare_count: 0,
			is_cents: true,
		});
	});

	it('counts a date range (honoured without Pro) and the period of the same length before it', async () => {
		await orderAt('2026-06-10T10:00:00Z');
		await orderAt('2026-06-11T10:00:00Z', false);
		await orderAt('2026-06-05T10:00:00Z');
		const res = await ctx.api.get('reports/dashboard-stats?params[startDate]=2026-06-08 00:00:00&params[endDate]=2026-06-14 23:59:59');
		const stats = res.data.dashBoardStats;
		expect(Object.keys(stats)).toEqual(['total_orders', 'paid_orders', 'total_paid_order_items', 'total_paid_amounts']);
		expect(stats.total_orders).toMatchObject({ title: 'All Orders', current_count: 2, compare_count: 1 });
		expect(stats.paid_orders).toMatchObject({ current_count: 1, compare_count: 1 });
		expect(stats.total_paid_order_items).toMatchObject({ current_count: 1, compare_count: 1 });
		expect(stats.total_paid_amounts).toMatchObject({ current_count: 3998, compare_count: 3998 });
	});
});

describe('reports/sales-report', () => {
	it('without Pro ignores the dates and reports the last month, in major units', async () => {
		await orderAt('2026-06-10T10:00:00Z');
		await orderAt('2026-01-10T10:00:00Z');
		const res = await ctx.api.get('reports/sales-report?params[startDate]=2026-01-01 00:00:00&params[endDate]=2026-01-31 23:59:59');
		expect(Object.keys(res.data)).toEqual(['graphs', 'summaryData', 'previousSummary', 'fluctuations']);
		expect(res.data.graphs.grossSaleGraph).toEqual({ '2026-06-10': 39.98 });
		expect(res.data.summaryData).toMatchObject({ gross_sale: 39.98, order_count: 1, total_item_count: 2, onetime_count: 1 });
		expect(res.data.previousSummary).toEqual([]);
		expect(res.data.fluctuations).toEqual([]);
	});

	it('with Pro honours the dates, the grouping and the comparison', async () => {
		ctx.fake.pro = true;
		await orderAt('2026-01-10T10:00:00Z');
		await orderAt('2026-01-20T10:00:00Z');
		await orderAt('2025-12-15T10:00:00Z');
		const res = await ctx.api.get('reports/sales-report', {
			params: {
				'params[startDate]': '2026-01-01 00:00:00',
				'params[endDate]': '2026-01-31 23:59:59',
				'params[groupKey]': 'monthly',
				'params[compareType]': 'previous_period',
				'params[compareDate]': '2026-01-01 00:00:00',
			},
		});
		expect(res.data.graphs.orderGraph).toEqual({ '2026-01': 2 });
		expect(res.data.summaryData.gross_sale).toBeCloseTo(79.96);
		expect(res.data.previousSummary.order_count).toBe(1);
		expect(res.data.fluctuations.order_count).toBe(100);
		expect(res.data.graphs.refundsGraph).toEqual({ '2026-01': 0 });
	});
});
