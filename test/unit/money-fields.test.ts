/**
 * Every money field FluentCart answers with is known to the money module: each recorded response
 * (both recorded versions, webhook deliveries included) is walked, and every number whose name
 * looks like money must have a rule (cents, decimal, or "not money"). A response that gains a new
 * money field fails here until money-fields.ts says what unit it is in. `npm test` prints the count.
 */
import type { Fixture, RecordedVersion } from '../helpers/fixtures';
import { fixture, fixtureNames } from '../helpers/fixtures';
import { recordFigure } from '../helpers/capture';
import { MONEY_NAME, responseKindFor } from '../../nodes/shared/money-fields';
import { convertMoney, walkMoney } from '../../nodes/shared/money-output';

const VERSIONS: RecordedVersion[] = ['1.3.25', '1.5.2'];

interface Seen {
	known: Map<string, string>;
	unknown: string[];
}

function classify(): Seen {
	const seen: Seen = { known: new Map(), unknown: [] };
	for (const version of VERSIONS) {
		for (const name of fixtureNames(version)) {
			const f = fixture(name, version) as Fixture & { body?: unknown };
			// A recorded webhook delivery (what the Trigger outputs) has a body and no request.
			const kind = f.request ? responseKindFor(f.request.path) : 'record';
			const bodies = f.request ? [f.response] : [f.body];
			for (const body of bodies) {
				walkMoney(body, kind, ({ path, key, unit }) => {
					if (!MONEY_NAME.test(key)) return;
					if (unit === undefined) seen.unknown.push(`${version}/${name}: ${kind} ${[...path, key].join('.')}`);
					else seen.known.set(`${kind} ${key}`, unit);
				});
			}
		}
	}
	return seen;
}

describe('money fields of every recorded response', () => {
	const seen = classify();

	it('has a unit for every money-looking number (0 unknown)', () => {
		const money = [...seen.known.values()].filter((unit) => unit !== 'none').length;
		recordFigure(
			'money fields known',
			`${money} (${[...seen.known.values()].filter((u) => u === 'cents').length} cents, ${[...seen.known.values()].filter((u) => u === 'decimal').length} decimal), ${seen.known.size - money} named like money but not money, ${new Set(seen.unknown.map((u) => u.split(': ')[1])).size} unknown`,
		);
		expect([...new Set(seen.unknown.map((u) => u.split(': ')[1]))]).toEqual([]);
		expect(money).toBeGreaterThan(40);
	});

	it('sees the report units as recorded: cents in Overview and Dashboard Stats, decimals in Sales Report', () => {
		expect(seen.known.get('reportOverview current')).toBe('cents');
		expect(seen.known.get('reportDashboardStats current_count')).toBe('cents');
		expect(seen.known.get('reportSalesReport gross_sale')).toBe('decimal');
		expect(seen.known.get('reportSalesReport total_refunded')).toBe('none');
		expect(seen.known.get('reportTopSold total_amount')).toBe('decimal');
		expect(seen.known.get('record total_amount')).toBe('cents');
	});
});

describe('convertMoney on recorded responses', () => {
	it('turns an order into decimals, leaving counts, ids and percentages alone, without changing the response', () => {
		const order = fixture('extra-order-get-with-coupon', '1.5.2').response as { order: Record<string, unknown> };
		const before = JSON.stringify(order);
		const out = convertMoney(order, 'record', 'decimal');
		expect(JSON.stringify(order)).toBe(before);
		const o = order.order as Record<string, any>;
		const d = out.order as Record<string, any>;
		expect(d.total_amount).toBe(Number(o.total_amount) / 100);
		expect(d.order_items[0].unit_price).toBe(19.99);
		expect(d.order_items[0].line_total).toBe(34.98);
		expect(d.order_items[0].quantity).toBe(o.order_items[0].quantity);
		expect(d.order_items[0].variants.compare_price).toBe(24.99);
		expect(d.applied_coupons[0].amount).toBe(5);
		expect(d.id).toBe(o.id);
		expect(d.order_items[0].variants.total_stock).toBe(o.order_items[0].variants.total_stock);
	});

	it('keeps a percentage coupon as a percentage and a fixed one in decimals', () => {
		const percent = convertMoney(fixture('coupon-create-percentage').response, 'record', 'decimal') as any;
		const fixed = convertMoney(fixture('extra-coupon-get-fixed-5_50', '1.5.2').response, 'record', 'decimal') as any;
		const rawPercent = fixture('coupon-create-percentage').response as any;
		expect(percent.data.amount).toBe(rawPercent.data.amount);
		expect(JSON.stringify(fixed)).toContain('"amount":5.5');
	});

	it('a list total stays a count; a transaction total is money', () => {
		const list = fixture('customer-orders').response as any;
		const out = convertMoney(list, 'record', 'decimal') as any;
		expect(out.orders.total).toBe(list.orders.total);
		const paid = fixture('order-get-paid').response as any;
		const tx = (convertMoney(paid, 'record', 'decimal') as any).order.transactions[0];
		expect(tx.total).toBe(Number(paid.order.transactions[0].total) / 100);
	});

	it('sales report decimals become cents when cents are asked for; overview cents become decimals', () => {
		const sales = fixture('extra-report-sales-report', '1.5.2').response as any;
		const cents = convertMoney(sales, 'reportSalesReport', 'cents') as any;
		expect(cents.summaryData.gross_sale).toBe(Math.round(sales.summaryData.gross_sale * 100));
		expect(cents.summaryData.total_refunded).toBe(sales.summaryData.total_refunded);
		const overview = fixture('extra-report-overview', '1.5.2').response as any;
		const decimal = convertMoney(overview, 'reportOverview', 'decimal') as any;
		expect(decimal.data.gross_summary.total).toBe(overview.data.gross_summary.total / 100);
		expect(decimal.data.gross_summary.yoy_growth).toBe(overview.data.gross_summary.yoy_growth);
	});

	it('no Money Output (a node saved before the option) changes nothing', () => {
		const order = fixture('order-get-paid').response;
		expect(convertMoney(order, 'record', undefined)).toBe(order);
	});
});
