/**
 * Every money field FluentCart answers with, and its unit there.
 *
 * Records (orders, items, transactions, customers, products, variations, coupons, subscriptions,
 * and the webhook payloads made of them) hold integer cents. Reports differ per route: Overview and
 * Dashboard Stats answer cents, Sales Report and the top-sold and recent-orders lists answer
 * decimals, and some numbers beside them are counts or percentages. Field names repeat with other
 * meanings (`total` is a page count in a list and money in a transaction; `amount` is a
 * percentage in a percentage coupon), so each rule looks at the record around the field.
 *
 * A field is `cents`, `decimal`, or `none` (looks like money by its name, but is a count, a
 * percentage, a number of days or an id). A test reads every recorded response and fails on a
 * money-looking number that no rule here classifies.
 */
import type { MoneyUnit } from './money';

export type FieldUnit = MoneyUnit | 'none';

/** Which rules a response follows: the route it came from. */
export type ResponseKind =
	| 'record'
	| 'reportOverview'
	| 'reportDashboardStats'
	| 'reportSalesReport'
	| 'reportTopSold'
	| 'reportRecentOrders'
	| 'reportLegacyOverview'
	| 'shipping';

/** Integer cents wherever they appear in a record (and in the node's own outputs about records). */
export const RECORD_CENTS = new Set([
	// orders and renewals
	'total_amount',
	'total_paid',
	'total_refund',
	'subtotal',
	'shipping_total',
	'shipping_tax',
	'tax_total',
	'discount_tax',
	'coupon_discount_total',
	'manual_discount_total',
	'fee_total',
	// order items
	'unit_price',
	'line_total',
	'cost',
	'shipping_charge',
	'tax_amount',
	'discount_total',
	'coupon_discount',
	'refund_total',
	// transactions
	'refunded_total',
	'refundable',
	// order tax rates
	'order_tax',
	'total_tax',
	// customers
	'ltv',
	'aov',
	// products and variations
	'item_price',
	'compare_price',
	'item_cost',
	'min_price',
	'max_price',
	'signup_fee',
	// subscriptions
	'recurring_amount',
	'recurring_tax_total',
	'recurring_total',
	'initial_tax_total',
	// coupon conditions
	'min_purchase_amount',
	'max_purchase_amount',
	'max_discount_amount',
	// the node's own outputs (refund results, simplified reports)
	'order_total_paid',
	'order_total_refund',
	'refunded_read_back',
	'paid_amount',
	'paid_amount_previous',
]);

/** Names that look like money but are not: counts, percentages, days, ids, flags. */
export const NOT_MONEY = new Set([
	'current_page',
	'max_uses',
	'max_per_customer',
	'use_count',
	'total_stock',
	'includedInPrices',
	'tax_behavior',
	'tax_rate_id',
	'shipping_class',
	'shipping_class_id',
	'feed_id',
	'min_receipt_number',
	'monthly_renewal_reminder_days',
	'quarterly_renewal_reminder_days',
	'half_yearly_renewal_reminder_days',
	'yearly_renewal_reminder_days',
	'trial_end_reminder_days',
	'refunded_cents_read_back',
	'paid_amount_cents',
	'paid_amount_previous_cents',
	// the attribute library's number of groups
	'total_groups',
]);

type Parent = Record<string, unknown>;

/** A record's field: cents, none, or undefined when no rule knows it. */
export function recordFieldUnit(key: string, parent: Parent, parentKey?: string): FieldUnit | undefined {
	// A transaction's `total` is money; a list's `total` counts rows.
	if (key === 'total') return 'transaction_type' in parent ? 'cents' : 'none';
	// A percentage coupon's `amount` is a percentage; a fixed coupon's, an applied coupon's and a
	// refund result's are cents.
	if (key === 'amount') return parent.type === 'percentage' || parent.discount_type === 'percentage' ? 'none' : 'cents';
	if (RECORD_CENTS.has(key)) return 'cents';
	if (NOT_MONEY.has(key)) return 'none';
	if (parentKey === 'fluctuations') return 'none';
	return undefined;
}

const SALES_DECIMALS = new Set([
	'gross_sale',
	'net_revenue',
	'total_refunded_amount',
	'average_order_net',
	'average_customer_ltv',
	'onetime_gross',
	'renewal_gross',
	'subscription_gross',
	'onetime_net',
	'renewal_net',
	'subscription_net',
]);
const SALES_COUNTS = new Set([
	'order_count',
	'subscription_renewal_count',
	'total_item_count',
	'total_refunded',
	'average_order_items',
	'average_customer_orders',
	'onetime_count',
	'renewal_count',
	'subscription_count',
]);
const SALES_MONEY_GRAPHS = new Set(['grossSaleGraph', 'refundsGraph', 'netRevenueGraph', 'subscriptionRevenueGraph']);
const SALES_COUNT_GRAPHS = new Set(['orderGraph', 'refundCountGraph', 'itemsSoldGraph', 'subscriptionRenewalGraph']);
const OVERVIEW_SERIES = new Set(['gross_revenue', 'net_revenue', 'gross_revenue_quarterly', 'net_revenue_quarterly']);
const LEGACY_OVERVIEW_CENTS = new Set(['total_sales', 'net_sales', 'total_discounts', 'total_shipping_tax', 'average_order_value', 'transactions']);

/**
 * The unit of one number in a response of this kind. `path` is the chain of object keys from the
 * response's top down to the field's parent (array positions left out).
 */
export function fieldUnit(kind: ResponseKind, path: readonly string[], key: string, parent: Parent): FieldUnit | undefined {
	const parentKey = path[path.length - 1];
	switch (kind) {
		case 'reportSalesReport': {
			if (path.includes('fluctuations')) return 'none';
			if (path.includes('graphs')) {
				if (SALES_MONEY_GRAPHS.has(parentKey)) return 'decimal';
				if (SALES_COUNT_GRAPHS.has(parentKey)) return 'none';
				return undefined;
			}
			if (SALES_DECIMALS.has(key)) return 'decimal';
			if (SALES_COUNTS.has(key)) return 'none';
			return undefined;
		}
		case 'reportOverview': {
			if (key.endsWith('growth')) return 'none';
			if (path.some((p) => OVERVIEW_SERIES.has(p)) && ['current', 'prev', 'prev_year'].includes(key)) return 'cents';
			if ((parentKey === 'gross_summary' || parentKey === 'net_summary') && ['total', 'total_prev'].includes(key)) return 'cents';
			return undefined;
		}
		case 'reportDashboardStats':
			if (key === 'current_count' || key === 'compare_count') return parent.is_cents ? 'cents' : 'none';
			return recordFieldUnit(key, parent, parentKey);
		case 'reportTopSold':
			if (key === 'total_amount') return 'decimal';
			if (key === 'quantity_sold') return 'none';
			return recordFieldUnit(key, parent, parentKey);
		case 'reportRecentOrders':
			if (key === 'total_amount') return 'decimal';
			if (key === 'order_items_count') return 'none';
			return recordFieldUnit(key, parent, parentKey);
		case 'reportLegacyOverview':
			if (LEGACY_OVERVIEW_CENTS.has(key)) return 'cents';
			if (key === 'customer_order_count' || key === 'order_count') return 'none';
			return undefined;
		case 'shipping':
			// A shipping method's rate is stored as typed ("4.99"), a percent for per_price rates;
			// the charges computed from it are cents like everything else.
			if (key === 'amount') return shippingRate(parent) === 'per_price' ? 'none' : 'decimal';
			return recordFieldUnit(key, parent, parentKey);
		default:
			return recordFieldUnit(key, parent, parentKey);
	}
}

/** `settings.configure_rate` of a shipping method (or the node's flattened `configure_rate`). */
function shippingRate(method: Parent): unknown {
	const settings = method.settings as Parent | undefined;
	return settings && typeof settings === 'object' ? settings.configure_rate : method.configure_rate;
}

/** The response kind of a FluentCart route (`reports/sales-report` …); records for everything else. */
export function responseKindFor(path: string): ResponseKind {
	const route = path.replace(/^\/?(wp-json\/)?(fluent-cart\/v2\/)?/, '').replace(/[?#].*$/, '');
	const kinds: Record<string, ResponseKind> = {
		'reports/overview': 'reportOverview',
		'reports/dashboard-stats': 'reportDashboardStats',
		'reports/quick-order-stats': 'reportDashboardStats',
		'dashboard/stats': 'reportDashboardStats',
		'reports/sales-report': 'reportSalesReport',
		'reports/fetch-top-sold-products': 'reportTopSold',
		'reports/get-recent-orders': 'reportRecentOrders',
		'reports/report-overview': 'reportLegacyOverview',
		'orders/shipping_methods': 'shipping',
		'orders/calculate-shipping': 'shipping',
	};
	return kinds[route.replace(/\/+$/, '')] ?? 'record';
}

/** Looks like money by its name (the net the recordings are checked with). */
export const MONEY_NAME =
	/(total|amount|price|cost|fee|ltv|aov|refund|paid|discount|tax|shipping|subtotal|revenue|sale|earning|gross|net|charge|balance|due|current|prev|compare)/i;
