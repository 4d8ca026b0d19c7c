/**
 * The order lists: `GET orders` and `GET customers/{id}/orders` (OrderFilter in FluentCart): the
 * operator search, plain search, tabs, the applyCustomFilters scope, and the documented status
 * parameters that fail on real sites (recorded: live-orders-filter-*).
 */
import type { PhpValue } from '../php-query';
import { asList } from '../php-query';
import { recordedAnswer } from '../recorded';
import { ok } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import type { FakeStore, Row } from '../store';
import { uncaught } from '../version';
import { ORDER_FILLABLE, orderRow } from './order-shapes';
import { compare, paginate, parseOperatorSearch, sortRows } from './paginate';

const ORDER_SEARCH_FIELDS: Record<string, string> = {
	id: 'id',
	status: 'status',
	// FluentCart maps "invoice" to the status column (a bug we keep).
	invoice: 'status',
	payment: 'payment_status',
	payment_by: 'payment_method',
	customer: '__customer',
};

const TABS: Record<string, string> = {
	'on-hold': 'status',
	paid: 'payment_status',
	completed: 'status',
	processing: 'status',
	renewal: 'type',
	subscription: 'type',
	onetime: 'type',
	refunded: 'payment_status',
	partially_refunded: 'payment_status',
};

const KNOWN_ORDER_RELATIONS = new Set([
	'customer',
	'customer.primary_billing_address',
	'customer.primary_shipping_address',
	'order_items',
	'transactions',
	'billing_address',
	'shipping_address',
	'subscriptions',
]);

/** The relations 1.6.3's OrderFilter lets through. */
const ORDER_WITH_ALLOWED = new Set(['order_items', 'customer', 'customer.primary_billing_address']);

function customerMatches(store: FakeStore, order: Row, needle: string): boolean {
	const customer = store.customers.get(Number(order.customer_id));
	if (!customer) return false;
	const name = `${String(customer.first_name ?? '')} ${String(customer.last_name ?? '')}`.toLowerCase();
	return name.includes(needle) || String(customer.email).toLowerCase().includes(needle);
}

/** OrderFilter: operator search, status arrays, plain search, tabs. */
export function filterOrders(store: FakeStore, orders: Row[], query: Record<string, PhpValue>): Row[] {
	let rows = orders;
	const search = typeof query.search === 'string' ? query.search.trim() : '';
	const operator = search ? parseOperatorSearch(search, ORDER_SEARCH_FIELDS) : undefined;
	if (operator) {
		rows = rows.filter((o) =>
			operator.column === '__customer'
				? customerMatches(store, o, operator.value.toLowerCase())
				: compare(o[operator.column], operator.operator, operator.value),
		);
	} else {
		if (search) {
			const needle = search.toLowerCase();
			rows = rows.filter(
				(o) =>
					String(o.invoice_no).toLowerCase().includes(needle) ||
					customerMatches(store, o, needle) ||
					store
						.itemsOf(Number(o.id))
						.some(
							(i) =>
								String(i.title).toLowerCase().includes(needle) ||
								String(i.post_title).toLowerCase().includes(needle),
						),
			);
		}
	}
	const view = typeof query.active_view === 'string' ? query.active_view : '';
	if (view && TABS[view]) rows = rows.filter((o) => String(o[TABS[view]]) === view);
	for (const [column, values] of customFilters(query)) rows = rows.filter((o) => values.includes(String(o[column])));
	return rows;
}

/**
 * `scopes[0][0]=applyCustomFilters&scopes[0][1][<column>][value][]=…`: FluentCart's BaseFilter
 * calls the named query scope, and Order::scopeApplyCustomFilters turns each fillable column's
 * `value` list into `whereIn` (recorded: live-orders-filter-scope-*). Unknown columns are ignored.
 */
function customFilters(query: Record<string, PhpValue>): Array<[string, string[]]> {
	const scopes = query.scopes;
	if (!scopes || typeof scopes !== 'object') return [];
	const out: Array<[string, string[]]> = [];
	for (const scope of Object.values(scopes)) {
		if (!scope || typeof scope !== 'object') continue;
		const [name, filters] = Array.isArray(scope) ? [scope[0], scope[1]] : [scope['0'], scope['1']];
		if (name !== 'applyCustomFilters' || !filters || typeof filters !== 'object' || Array.isArray(filters)) continue;
		for (const [column, filter] of Object.entries(filters)) {
			if (!ORDER_FILLABLE.includes(column) || !filter || typeof filter !== 'object' || Array.isArray(filter)) continue;
			const values = asList(filter.value);
			if (values.length) out.push([column, values]);
		}
	}
	return out;
}

/** A custom filter whose `value` is not a list: PHP's Arr::get gives a string and the scope fails. */
function scalarScopeValue(query: Record<string, PhpValue>): boolean {
	const scopes = query.scopes;
	if (!scopes || typeof scopes !== 'object') return false;
	return Object.values(scopes).some((scope) => {
		if (!scope || typeof scope !== 'object') return false;
		const filters = Array.isArray(scope) ? scope[1] : scope['1'];
		return (
			!!filters &&
			typeof filters === 'object' &&
			Object.values(filters).some((f) => !!f && typeof f === 'object' && !Array.isArray(f) && typeof f.value === 'string')
		);
	});
}

/** The documented status parameters: OrderFilter uses the parameter's name as the column. */
const STATUS_PARAMS: Array<[string, string]> = [
	['payment_statuses', 'live-orders-filter-payment-statuses'],
	['order_statuses', 'live-orders-filter-order-statuses'],
	['shipping_statuses', 'live-orders-filter-shipping-statuses'],
];

function withRelations(store: FakeStore, row: Row, relations: string[]): Row {
	const out = { ...row };
	for (const relation of relations) {
		if (relation.startsWith('customer')) {
			const customer = store.customers.get(Number(row.customer_id));
			out.customer = customer ? store.customerWithAppends(customer) : null;
		} else if (relation === 'order_items') {
			out.order_items = store.itemsOf(Number(row.id));
		} else if (relation === 'transactions') {
			out.transactions = store.transactionsOf(Number(row.id));
		}
	}
	return out;
}

export function listOrders(fake: FakeFluentCart, req: FakeRequest, source: Row[], pathUrl: string) {
	const store = fake.store;
	let relations = asList(req.query.with);
	// 1.6.1+ (OrderFilter): `with[]` is an allow-list; anything else is dropped without a word.
	if (fake.atLeast('1.6.1')) relations = relations.filter((r) => ORDER_WITH_ALLOWED.has(r));
	const unknown = relations.find((r) => !KNOWN_ORDER_RELATIONS.has(r));
	if (unknown) {
		return uncaught(fake, `Call to undefined relationship [${unknown}] on model [FluentCart\\App\\Models\\Order].`);
	}
	// A status parameter is skipped when the search is an operator search, and otherwise ends in
	// "Unknown column 'payment_statuses'" (recorded on 1.3.25 and 1.5.2).
	const operatorSearch = typeof req.query.search === 'string' && !!parseOperatorSearch(req.query.search.trim(), ORDER_SEARCH_FIELDS);
	const statusParam = STATUS_PARAMS.find(([param]) => asList(req.query[param]).length > 0);
	if (statusParam && !operatorSearch) {
		return fake.atLeast('1.4.0') && !fake.wpDebug ? uncaught(fake, 'Unknown column') : recordedAnswer(fake, statusParam[1]);
	}
	// `scopes[][]=…` gives PHP a list whose first entry is not a method name (recorded).
	if (req.rawQuery.includes('scopes[][]')) return recordedAnswer(fake, 'live-orders-filter-scope-empty-brackets-form');
	if (scalarScopeValue(req.query)) return recordedAnswer(fake, 'live-orders-filter-scope-value-not-array');
	// 1.6's BaseFilter applies only allow-listed scopes, and OrderFilter lists none: the scope is
	// dropped without a word (source, 1.6.3; the with[] allow-list arrived in 1.6.1).
	const query = fake.atLeast('1.6.1') ? { ...req.query, scopes: undefined } : req.query;
	const rows = sortRows(filterOrders(store, source, query as Record<string, PhpValue>), req.query, ORDER_FILLABLE, 'id');
	const page = paginate(rows, req.query, pathUrl);
	page.data = page.data.map((o) => withRelations(store, orderRow(o), relations));
	return ok({ orders: page });
}
