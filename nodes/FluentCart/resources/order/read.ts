/** Order reads and delete: Get, Get Many, Get Transactions, Delete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { getSiteProfile } from '../../../shared/profile';
import { atLeast } from '../../../shared/versions';
import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { readId, readOptionalId } from '../../../shared/locators';
import { fetchOrder, orderOutput, simplifyOrder } from './helpers';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const order = await fetchOrder(this, orderId, i);
	return orderOutput(this, order, i);
}

export async function getTransactions(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	// FluentCart's transactions route returns the whole order; the transactions sit inside.
	const order = await fetchOrder(this, orderId, i);
	return (order.transactions ?? []).map((transaction) => ({ ...transaction, order_id: orderId }));
}

export async function remove(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const response = await fluentCartRequest(this, {
		method: 'DELETE',
		path: `orders/${orderId}`,
		itemIndex: i,
	});
	return { deleted: true, id: orderId, message: response.message };
}

const STATUS_COLUMNS: Array<[string, string]> = [
	['orderStatuses', 'status'],
	['paymentStatuses', 'payment_status'],
	['shippingStatuses', 'shipping_status'],
];

/** The chosen statuses per order column; empty when no status filter is set. */
function chosenStatuses(filters: IDataObject): Array<[string, string[]]> {
	return STATUS_COLUMNS.map(([field, column]): [string, string[]] => [column, [...((filters[field] as string[] | undefined) ?? [])]]).filter(
		([, values]) => values.length > 0,
	);
}

/**
 * The status filters, applied where FluentCart can apply them. Its documented
 * `payment_statuses[]`/`order_statuses[]`/`shipping_statuses[]` end in HTTP 500 ("Unknown column
 * 'payment_statuses'") on 1.3.25 and 1.5.2 (recorded), and 1.6.3's source still uses the
 * parameter as the column. Before 1.6.0 the query scope `applyCustomFilters` takes a list per
 * column and filters on the server (recorded on 1.3.25 and 1.5.2, with search, views, sorting
 * and paging), so the count and the pages are right. 1.6's list filter drops every scope it does
 * not allow-list (source, 1.6.3 BaseFilter), and would return every order: there, or when the
 * version is unknown, the pages are filtered on our side (every page of 199 is read until enough
 * orders match). Keys are numbered objects: `scopes[][]=` fails in PHP.
 */
async function applyStatusFilters(ctx: IExecuteFunctions, filters: IDataObject, qs: IDataObject, i: number) {
	const chosen = chosenStatuses(filters);
	if (chosen.length === 0) return undefined;
	const profile = await getSiteProfile(ctx, i);
	if (atLeast(profile.range, '1.6.0') === false) {
		qs.scopes = { 0: { 0: 'applyCustomFilters', 1: Object.fromEntries(chosen.map(([column, values]) => [column, { value: values }])) } };
		return undefined;
	}
	return (order: IDataObject) => chosen.every(([column, values]) => values.includes(String(order[column] ?? '')));
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const options = this.getNodeParameter('listOptions', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;

	const qs: IDataObject = {};
	const keep = await applyStatusFilters(this, filters, qs, i);
	if (typeof filters.search === 'string' && filters.search.trim()) qs.search = filters.search.trim();
	if (filters.activeView) qs.active_view = filters.activeView;
	qs.sort_by = sort.sortBy ?? 'id';
	qs.sort_type = sort.sortType ?? 'desc';
	if (options.includeRelations === true && !simplify) qs.with = ['customer', 'order_items'];

	// There is no customer filter on `orders`; FluentCart lists a customer's orders elsewhere.
	let path = 'orders';
	const customerId = readOptionalId(this, 'filters.customerId', i, 'Customer ID');
	if (customerId !== undefined) path = `customers/${customerId}/orders`;
	// Sorted by ID, newest first (the default), Return All reads ID windows: nothing is lost or
	// repeated when orders arrive or go while the pages are read.
	const orders = await fluentCartList(this, { path, key: 'orders', qs, returnAll, limit, concurrency, itemIndex: i, keep, idWindows: true });
	return simplify ? orders.map((order) => simplifyOrder(order)) : orders;
}
