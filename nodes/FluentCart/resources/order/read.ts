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

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const options = this.getNodeParameter('listOptions', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;

	const qs: IDataObject = {};
	// FluentCart only honours the plural, array forms of the status filters.
	if ((filters.orderStatuses as string[] | undefined)?.length) qs.order_statuses = filters.orderStatuses;
	if ((filters.paymentStatuses as string[] | undefined)?.length) qs.payment_statuses = filters.paymentStatuses;
	if ((filters.shippingStatuses as string[] | undefined)?.length) qs.shipping_statuses = filters.shippingStatuses;
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
