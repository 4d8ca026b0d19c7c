/** Customer reads and delete: Get, Get Many, Get Orders, Delete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { readId } from '../../../shared/locators';
import { simplifyOrder } from '../order/helpers';
import { customerOutput, fetchCustomer, simplifyCustomer } from './helpers';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const customerId = readId(this, 'customerId', i, 'Customer ID');
	const options = this.getNodeParameter('customerGetOptions', i, {}) as IDataObject;
	const customer = await fetchCustomer(this, customerId, i, { withAddresses: options.includeAddresses === true });
	return customerOutput(this, customer, i);
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;
	const qs: IDataObject = { sort_by: sort.sortBy ?? 'id', sort_type: sort.sortType ?? 'desc' };
	if (typeof filters.search === 'string' && filters.search.trim()) qs.search = filters.search.trim();
	// Newest first by ID (the default), Return All reads ID windows: customers signing up or
	// deleted during the read make none go missing or appear twice.
	const customers = await fluentCartList(this, { path: 'customers', key: 'customers', qs, returnAll, limit, concurrency, itemIndex: i, idWindows: true });
	return simplify ? customers.map((customer) => simplifyCustomer(customer)) : customers;
}

/**
 * The customer's orders. FluentCart answers an empty list for a customer that does not exist,
 * so an empty answer is checked against the customer.
 */
export async function getOrders(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const customerId = readId(this, 'customerId', i, 'Customer ID');
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;
	const orders = await fluentCartList(this, {
		path: `customers/${customerId}/orders`,
		key: 'orders',
		qs: { sort_by: 'id', sort_type: 'desc' },
		returnAll,
		limit,
		concurrency,
		itemIndex: i,
	});
	if (orders.length === 0) await fetchCustomer(this, customerId, i);
	return simplify ? orders.map((order) => simplifyOrder(order)) : orders;
}

/**
 * Delete a customer. FluentCart only deletes customers through its bulk action, which also
 * deletes their orders, and answers a missing customer with a misleading "Customer update
 * failed.": the customer is read first so a wrong ID is a clear 404.
 */
export async function remove(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const customerId = readId(this, 'customerId', i, 'Customer ID');
	await fetchCustomer(this, customerId, i);
	await fluentCartRequest(this, {
		method: 'POST',
		path: 'customers/do-bulk-action',
		body: { action: 'delete_customers', customer_ids: [customerId] },
		itemIndex: i,
	});
	return { deleted: true, id: customerId };
}
