/** Order reads and delete: Get, Get Many, Get Transactions, Delete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { requirePositiveId } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
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

/**
 * The status filters as FluentCart applies them on every version. Its documented
 * `payment_statuses[]`/`order_statuses[]`/`shipping_statuses[]` end in HTTP 500 ("Unknown column
 * 'payment_statuses'") on 1.3.25 and 1.5.2, and are skipped without a word next to an operator
 * search. The query scope `applyCustomFilters` (what FluentCart's own API layer uses) takes a list
 * per column, combines with search, views, sorting and paging, and filters on the server, so the
 * count and the pages are right. Keys are numbered objects: `scopes[][]=` would fail in PHP.
 */
export function statusFilterScope(filters: IDataObject): IDataObject | undefined {
	const columns: Array<[string, string]> = [
		['orderStatuses', 'status'],
		['paymentStatuses', 'payment_status'],
		['shippingStatuses', 'shipping_status'],
	];
	const custom: IDataObject = {};
	for (const [field, column] of columns) {
		const values = filters[field] as string[] | undefined;
		if (values?.length) custom[column] = { value: [...values] };
	}
	return Object.keys(custom).length ? { 0: { 0: 'applyCustomFilters', 1: custom } } : undefined;
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const options = this.getNodeParameter('listOptions', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;

	const qs: IDataObject = {};
	const statusScope = statusFilterScope(filters);
	if (statusScope) qs.scopes = statusScope;
	if (typeof filters.search === 'string' && filters.search.trim()) qs.search = filters.search.trim();
	if (filters.activeView) qs.active_view = filters.activeView;
	qs.sort_by = sort.sortBy ?? 'id';
	qs.sort_type = sort.sortType ?? 'desc';
	if (options.includeRelations === true && !simplify) qs.with = ['customer', 'order_items'];

	// There is no customer filter on `orders`; FluentCart lists a customer's orders elsewhere.
	let path = 'orders';
	if (filters.customerId !== undefined && Number(filters.customerId) !== 0) {
		const customerId = requirePositiveId(this, i, 'Customer ID', filters.customerId);
		path = `customers/${customerId}/orders`;
	}
	const orders = await fluentCartList(this, { path, key: 'orders', qs, returnAll, limit, concurrency, itemIndex: i });
	return simplify ? orders.map((order) => simplifyOrder(order)) : orders;
}
