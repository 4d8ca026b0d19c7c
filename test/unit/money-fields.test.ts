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

/** The value at a dotted path ("order.order_items.0.unit_price"). */
function at(value: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

describe('convertMoney on recorded responses', () => {
	it('turns an order into decimals, leaving counts, ids and percentages alone, without changing the response', () => {
		const order = fixture('extra-order-get-with-coupon', '1.5.2').response;
		const before = JSON.stringify(order);
		const out = convertMoney(order, 'record', 'decimal');
		expect(JSON.stringify(order)).toBe(before);
		expect(at(out, 'order.total_amount')).toBe(Number(at(order, 'order.total_amount')) / 100);
		expect(at(out, 'order.order_items.0.unit_price')).toBe(19.99);
		expect(at(out, 'order.order_items.0.line_total')).toBe(34.98);
		expect(at(out, 'order.order_items.0.quantity')).toBe(at(order, 'order.order_items.0.quantity'));
		expect(at(out, 'order.order_items.0.variants.compare_price')).toBe(24.99);
		expect(at(out, 'order.applied_coupons.0.amount')).toBe(5);
		expect(at(out, 'order.id')).toBe(at(order, 'order.id'));
		expect(at(out, 'order.order_items.0.variants.total_stock')).toBe(at(order, 'order.order_items.0.variants.total_stock'));
	});

	it('keeps a percentage coupon as a percentage and a fixed one in decimals', () => {
		const rawPercent = fixture('coupon-create-percentage').response;
		const percent = convertMoney(rawPercent, 'record', 'decimal');
		const fixed = convertMoney(fixture('extra-coupon-get-fixed-5_50', '1.5.2').response, 'record', 'decimal');
		expect(at(percent, 'data.amount')).toBe(at(rawPercent, 'data.amount'));
		expect(JSON.stringify(fixed)).toContain('"amount":5.5');
	});

	it('shipping: a method’s rate is a decimal string ("4.99"), a percent for per_price; the computed charges are cents', () => {
		for (const version of VERSIONS) {
			const methods = fixture('live-shipping-methods-us-ca', version);
			expect(responseKindFor(methods.request.path)).toBe('shipping');
			const out = convertMoney(methods.response, 'shipping', 'decimal');
			expect(at(out, 'shipping_methods.0.amount')).toBe(4.99);
			expect(at(out, 'shipping_methods.0.shipping_charge')).toBe(4.99);
			expect(at(convertMoney(methods.response, 'shipping', 'cents'), 'shipping_methods.0.amount')).toBe(499);
			const quote = fixture('live-shipping-calculate', version);
			expect(responseKindFor(quote.request.path)).toBe('shipping');
			const item = Object.keys(at(quote.response, 'order_items') as object)[0];
			const quoted = convertMoney(quote.response, 'shipping', 'decimal');
			expect(at(quoted, 'shipping_charge')).toBe(4.99);
			expect(at(quoted, `order_items.${item}.unit_price`)).toBe(25.75);
		}
		const percent = { settings: { configure_rate: 'per_price' }, amount: '10', shipping_charge: 250 };
		expect(convertMoney(percent, 'shipping', 'decimal')).toEqual({ settings: { configure_rate: 'per_price' }, amount: '10', shipping_charge: 2.5 });
		expect(convertMoney({ configure_rate: 'per_price', amount: 10 }, 'shipping', 'decimal')).toEqual({ configure_rate: 'per_price', amount: 10 });
	});

	it('a list total stays a count; a transaction total is money', () => {
		const list = fixture('customer-orders').response;
		expect(at(convertMoney(list, 'record', 'decimal'), 'orders.total')).toBe(at(list, 'orders.total'));
		const paid = fixture('order-get-paid').response;
		expect(at(convertMoney(paid, 'record', 'decimal'), 'order.transactions.0.total')).toBe(Number(at(paid, 'order.transactions.0.total')) / 100);
	});

	it('sales report decimals become cents when cents are asked for; overview cents become decimals', () => {
		const sales = fixture('extra-report-sales-report', '1.5.2').response;
		const cents = convertMoney(sales, 'reportSalesReport', 'cents');
		expect(at(cents, 'summaryData.gross_sale')).toBe(Math.round(Number(at(sales, 'summaryData.gross_sale')) * 100));
		expect(at(cents, 'summaryData.total_refunded')).toBe(at(sales, 'summaryData.total_refunded'));
		const overview = fixture('extra-report-overview', '1.5.2').response;
		const decimal = convertMoney(overview, 'reportOverview', 'decimal');
		expect(at(decimal, 'data.gross_summary.total')).toBe(Number(at(overview, 'data.gross_summary.total')) / 100);
		expect(at(decimal, 'data.gross_summary.yoy_growth')).toBe(at(overview, 'data.gross_summary.yoy_growth'));
	});

	it('no Money Output (a node saved before the option) changes nothing', () => {
		const order = fixture('order-get-paid').response;
		expect(convertMoney(order, 'record', undefined)).toBe(order);
	});
});
