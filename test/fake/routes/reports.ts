/**
 * Reports (app/Http/Routes/reports.php, ReportPolicy) computed from the fake's orders the way
 * FluentCart 1.3.25 computes them: OverviewReportController::getOverview,
 * ReportingController::getDashBoardStats and DefaultReportController::getSalesReport.
 * No fixture was recorded for reports; the shapes follow the PHP.
 *
 * Inputs arrive nested as `params[startDate]`, `params[endDate]`, … Without Pro,
 * ReportHelper::processParams ignores the dates of the sales report (always the last month);
 * the dashboard stats read their dates directly and honour them either way.
 */
import type { PhpValue } from '../php-query';
import { ok } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';

const DAY = 86400000;
const PAID_LIKE = ['paid', 'partially_paid', 'refunded', 'partially_refunded'];
const num = (value: unknown) => Number(value ?? 0) || 0;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (d: Date) => ymd(d).slice(0, 7);
const growth = (current: number, previous: number) => (((current - previous) / previous) * 100).toFixed(2);

/** Order created_at (ISO with offset, GMT) as a time. */
const createdAt = (order: Row) => Date.parse(String(order.created_at));

function paramsOf(req: FakeRequest): Record<string, PhpValue> {
	const params = req.query.params;
	return params && typeof params === 'object' && !Array.isArray(params) ? params : {};
}

/** PHP `new DateTime($text)` for the date forms the admin sends (GMT here). */
function parseDate(text: unknown): Date | undefined {
	if (typeof text !== 'string' || !text.trim()) return undefined;
	const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?/.exec(text.trim());
	const time = match ? Date.parse(`${match[1]}T${match[2] ?? '00:00:00'}Z`) : NaN;
	return Number.isNaN(time) ? undefined : new Date(time);
}

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const endOfDay = (d: Date) => new Date(startOfDay(d).getTime() + DAY - 1000);
const addMonths = (d: Date, months: number) => {
	const copy = new Date(d.getTime());
	copy.setUTCMonth(copy.getUTCMonth() + months);
	return copy;
};

// ----- overview -------------------------------------------------------------------------------

function overview(store: FakeStore) {
	const now = store.now();
	const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 30, 1));
	const months: string[] = [];
	for (let d = first; d <= now; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) months.push(ym(d));
	const gross: Record<string, number> = Object.fromEntries(months.map((m) => [m, 0]));
	const net: Record<string, number> = { ...gross };
	for (const order of store.orders.values()) {
		const month = String(order.created_at).slice(0, 7);
		if (!PAID_LIKE.includes(String(order.payment_status)) || !(month in gross)) continue;
		gross[month] += num(order.total_paid);
		net[month] += num(order.total_paid) - num(order.total_refund) - num(order.tax_total) - num(order.shipping_tax);
	}
	const compare = (series: Record<string, number>) => {
		const out: Record<string, Row> = {};
		for (const month of months.slice(-12)) {
			const prevKey = `${Number(month.slice(0, 4)) - 1}-${month.slice(5)}`;
			const prev = prevKey in series ? series[prevKey] : null;
			out[month] = { current: series[month], prev, yoy_growth: prev ? growth(series[month], prev) : null };
		}
		return out;
	};
	const quarterly = (series: Record<string, number>) => {
		const quarters: Record<string, number> = {};
		for (const [month, amount] of Object.entries(series)) {
			const key = `Q${Math.ceil(Number(month.slice(5)) / 3)}-${month.slice(0, 4)}`;
			quarters[key] = (quarters[key] ?? 0) + amount;
		}
		const out: Record<string, Row> = {};
		for (const key of Object.keys(quarters).slice(-4)) {
			const [q, year] = key.split('-');
			const prev = quarters[`${q}-${Number(year) - 1}`] ?? 0;
			out[key] = { current: quarters[key], prev_year: prev, yy_growth: prev ? growth(quarters[key], prev) : null };
		}
		return out;
	};
	const summary = (data: Record<string, Row>) => {
		const total = Object.values(data).reduce((sum, m) => sum + num(m.current), 0);
		const prev = Object.values(data).reduce((sum, m) => sum + num(m.prev), 0);
		return { total, total_prev: prev, yoy_growth: prev ? growth(total, prev) : 100 };
	};
	// Countries come from order addresses, which the fake's orders do not have: empty months.
	const byMonth = Object.fromEntries(months.slice(-12).map((m) => [m, []]));
	const grossData = compare(gross);
	const netData = compare(net);
	return {
		data: {
			gross_revenue: grossData,
			gross_revenue_quarterly: quarterly(gross),
			net_revenue: netData,
			net_revenue_quarterly: quarterly(net),
			gross_summary: summary(grossData),
			net_summary: summary(netData),
			top_country_net: { by_month: byMonth, by_countries: [] },
			top_country_gross: { by_month: byMonth, by_countries: [] },
		},
	};
}

// ----- dashboard stats ------------------------------------------------------------------------

const STAT_TITLES: Array<[string, string, string]> = [
	['total_orders', 'All Orders', 'AllOrdersIcon'],
	['paid_orders', 'Paid Orders', 'Money'],
	['total_paid_order_items', 'Paid Order Items', 'OrderItemsIcon'],
	['total_paid_amounts', 'Order Value (Paid)', 'OrderValueIcon'],
];

function dashboardStats(store: FakeStore, req: FakeRequest) {
	const params = paramsOf(req);
	const currency = typeof params.currency === 'string' && params.currency ? params.currency : undefined;
	let start: Date | undefined;
	let end: Date | undefined;
	if (!params.startDate && !params.endDate) {
		const firstOrder = [...store.orders.values()].sort((a, b) => createdAt(a) - createdAt(b))[0];
		start = firstOrder ? new Date(createdAt(firstOrder)) : undefined;
		end = store.now();
	} else {
		start = parseDate(params.startDate);
		end = parseDate(params.endDate);
	}
	const stat = (counts?: number[], previous?: number[]) =>
		Object.fromEntries(
			STAT_TITLES.map(([key, title, icon], n) => [
				key,
				{ title, icon, current_count: counts?.[n] ?? 0, compare_count: previous?.[n] ?? 0, ...(key === 'total_paid_amounts' ? { is_cents: true } : {}) },
			]),
		);
	if (!start || !end) return { dashBoardStats: stat() };
	const interval = Math.floor(Math.abs(end.getTime() - start.getTime()) / DAY);
	const previousEnd = endOfDay(new Date(start.getTime() - DAY));
	const previousStart = startOfDay(new Date(previousEnd.getTime() - interval * DAY));
	const count = (from: Date, to: Date) => {
		const low = startOfDay(from).getTime();
		const high = endOfDay(to).getTime();
		const inRange = [...store.orders.values()].filter(
			(o) => createdAt(o) >= low && createdAt(o) <= high && (!currency || o.currency === currency),
		);
		const paid = inRange.filter((o) => o.payment_status === 'paid');
		const items = paid.reduce((sum, o) => sum + store.itemsOf(Number(o.id)).length, 0);
		return [inRange.length, paid.length, items, paid.reduce((sum, o) => sum + num(o.total_paid), 0)];
	};
	return { dashBoardStats: stat(count(start, end), count(previousStart, previousEnd)) };
}

// ----- sales report ---------------------------------------------------------------------------

const ACCEPTED_GROUPS = ['billing_country', 'shipping_country', 'payment_method', 'payment_status', 'default', 'monthly', 'yearly'];

interface Range {
	start: Date;
	end: Date;
}

function compareRange(type: string, range: Range): Range | undefined {
	const days = Math.floor((range.end.getTime() - range.start.getTime()) / DAY);
	const shifted = (from: Date) => ({ start: from, end: endOfDay(new Date(from.getTime() + days * DAY)) });
	if (type === 'previous_period') {
		return { start: new Date(range.start.getTime() - (days + 1) * DAY), end: endOfDay(new Date(range.start.getTime() - DAY)) };
	}
	if (type === 'previous_month') return shifted(addMonths(range.start, -1));
	if (type === 'previous_quarter') {
		const from = addMonths(range.start, -3);
		return { start: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)), end: shifted(from).end };
	}
	if (type === 'previous_year') return shifted(addMonths(range.start, -12));
	return undefined;
}

function salesMetrics(store: FakeStore, range: Range, groupKey: string, filters: { currency?: string; orderTypes: string[] }) {
	const days = Math.floor((range.end.getTime() - range.start.getTime()) / DAY);
	const key = !groupKey || groupKey === 'default' ? (days <= 91 ? 'daily' : days <= 365 ? 'monthly' : 'yearly') : groupKey;
	const periodOf = (order: Row) => String(order.created_at).slice(0, key === 'yearly' ? 4 : key === 'monthly' ? 7 : 10);
	const graphs: Record<string, Record<string, number>> = {
		orderGraph: {},
		grossSaleGraph: {},
		refundsGraph: {},
		refundCountGraph: {},
		netRevenueGraph: {},
		itemsSoldGraph: {},
		subscriptionRenewalGraph: {},
		subscriptionRevenueGraph: {},
	};
	const summary: Record<string, number> = {
		gross_sale: 0, net_revenue: 0, order_count: 0, subscription_renewal_count: 0, total_item_count: 0,
		total_refunded_amount: 0, total_refunded: 0, average_order_net: 0, average_order_items: 0,
		average_customer_orders: 0, average_customer_ltv: 0, onetime_count: 0, renewal_count: 0,
		subscription_count: 0, onetime_gross: 0, renewal_gross: 0, subscription_gross: 0, onetime_net: 0,
		renewal_net: 0, subscription_net: 0,
	};
	const orders = [...store.orders.values()]
		.filter((o) => createdAt(o) >= range.start.getTime() && createdAt(o) <= range.end.getTime())
		.filter((o) => PAID_LIKE.includes(String(o.payment_status)))
		.filter((o) => !filters.currency || o.currency === filters.currency)
		.filter((o) => !filters.orderTypes.length || filters.orderTypes.includes(String(o.type)))
		// Joined with the order's items: an order without items is not counted.
		.filter((o) => store.itemsOf(Number(o.id)).length > 0)
		.sort((a, b) => periodOf(a).localeCompare(periodOf(b)));
	const add = (graph: string, period: string, value: number) => {
		graphs[graph][period] = (graphs[graph][period] ?? 0) + value;
	};
	for (const o of orders) {
		const period = periodOf(o);
		const paid = num(o.total_paid);
		const net = paid - num(o.total_refund) - num(o.tax_total) - num(o.shipping_tax);
		const items = store.itemsOf(Number(o.id)).reduce((sum, i) => sum + num(i.quantity), 0);
		const type = o.type === 'renewal' ? 'renewal' : o.type === 'subscription' ? 'subscription' : o.type === 'payment' ? 'onetime' : '';
		// FluentCart divides the cent sums by 100: the sales report is in major units.
		add('grossSaleGraph', period, paid / 100);
		add('netRevenueGraph', period, net / 100);
		add('orderGraph', period, 1);
		add('subscriptionRenewalGraph', period, num(o.parent_id) > 0 ? 1 : 0);
		add('subscriptionRevenueGraph', period, num(o.parent_id) > 0 ? net / 100 : 0);
		add('refundsGraph', period, num(o.total_refund) / 100);
		add('refundCountGraph', period, num(o.total_refund) > 0 ? 1 : 0);
		add('itemsSoldGraph', period, items);
		summary.gross_sale += paid / 100;
		summary.net_revenue += net / 100;
		summary.order_count += 1;
		summary.total_refunded_amount += num(o.total_refund) / 100;
		summary.total_refunded += num(o.total_refund) > 0 ? 1 : 0;
		summary.total_item_count += items;
		if (type) {
			summary[`${type}_count`] += 1;
			summary[`${type}_gross`] += paid / 100;
			summary[`${type}_net`] += net / 100;
		}
	}
	// An empty PHP array is a JSON list.
	const metrics = Object.fromEntries(Object.entries(graphs).map(([k, v]) => [k, Object.keys(v).length ? v : []]));
	return { metrics, summary };
}

function fluctuation(current: number, previous: number) {
	if (previous > 0) return Math.round(((current - previous) / previous) * 10000) / 100;
	return current > 0 ? 100 : 0;
}

function salesReport(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const params = paramsOf(req);
	const now = store.now();
	const range: Range = fake.pro
		? { start: startOfDay(parseDate(params.startDate) ?? now), end: endOfDay(parseDate(params.endDate) ?? now) }
		: { start: startOfDay(addMonths(now, -1)), end: endOfDay(now) };
	const rawGroup = typeof params.groupKey === 'string' ? params.groupKey : '';
	const groupKey = rawGroup && !ACCEPTED_GROUPS.includes(rawGroup) ? 'payment_method' : rawGroup;
	const orderTypes = (Array.isArray(params.orderTypes) ? params.orderTypes : []).filter((t): t is string => typeof t === 'string' && !!t);
	const filters = { currency: typeof params.currency === 'string' && params.currency ? params.currency : undefined, orderTypes };
	const current = salesMetrics(store, range, groupKey, filters);
	const compareType = typeof params.compareType === 'string' ? params.compareType : '';
	const previousRange = compareType && params.compareDate ? compareRange(compareType, range) : undefined;
	if (!previousRange) {
		return { graphs: current.metrics, summaryData: current.summary, previousSummary: [], fluctuations: [] };
	}
	const previous = salesMetrics(store, previousRange, groupKey, filters);
	const keys = ['gross_sale', 'net_revenue', 'order_count', 'total_item_count', 'total_refunded', 'total_refunded_amount',
		'average_order_net', 'average_order_items', 'average_customer_orders', 'average_customer_ltv'];
	return {
		graphs: current.metrics,
		summaryData: current.summary,
		previousSummary: previous.summary,
		fluctuations: Object.fromEntries(keys.map((k) => [k, fluctuation(current.summary[k], previous.summary[k])])),
	};
}

export function registerReportRoutes(fake: FakeFluentCart) {
	const ns = FLUENTCART_NS;
	fake.route('GET', ns, 'reports/overview', () => ok(overview(fake.store)));
	fake.route('GET', ns, 'reports/dashboard-stats', (req) => ok(dashboardStats(fake.store, req)));
	fake.route('GET', ns, 'reports/sales-report', (req) => ok(salesReport(fake, req)));
}
