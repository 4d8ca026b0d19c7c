/** Order status, shipping status and owner changes. */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import { inputError, requireOneOf } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { ORDER_STATUSES, SHIPPING_STATUSES } from './order.description';
import { outputAfterWrite } from '../../../shared/read-back';
import { requireEmail, requireText } from '../customer/helpers';
import { fetchOrder, orderOutput } from './helpers';

export async function updateStatus(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const statusType = this.getNodeParameter('statusType', i) as string;
	let body: IDataObject;
	if (statusType === 'shipping') {
		const status = requireOneOf(this, i, 'Shipping Status', this.getNodeParameter('shippingStatus', i), SHIPPING_STATUSES);
		body = { action: 'change_shipping_status', statuses: { shipping_status: status } };
	} else if (statusType === 'order') {
		const status = requireOneOf(this, i, 'Order Status', this.getNodeParameter('orderStatus', i), ORDER_STATUSES);
		body = { action: 'change_order_status', statuses: { order_status: status } };
		// FluentCart restocks canceled orders unless told otherwise.
		if (status === 'canceled' && this.getNodeParameter('manageStock', i, true) === false) body.manage_stock = false;
	} else {
		throw inputError(this, i, `Status Type "${String(statusType)}" is not one FluentCart knows`, 'Use order or shipping.');
	}
	let response: IDataObject;
	try {
		response = await fluentCartRequest(this, { method: 'PUT', path: `orders/${orderId}/statuses`, body, itemIndex: i });
	} catch (error) {
		// FluentCart refuses a status the order already has (HTTP 500 carrying code 400): nothing to do.
		if (error instanceof FluentCartApiError && error.failureInfo.httpCode === 400 && /already has the same status/i.test(error.failureInfo.fluentCartMessage ?? '')) {
			return {
				...orderOutput(this, await fetchOrder(this, orderId, i), i),
				changed: false,
				message: 'The order already has this status: nothing was changed',
			};
		}
		throw new NodeApiError(this.getNode(), error as JsonObject, { itemIndex: i });
	}
	// FluentCart answers with the order (columns, items, customer).
	if (response.data) return { ...orderOutput(this, response.data as IDataObject, i), changed: true };
	const read = async () => await fetchOrder(this, orderId, i);
	const build = (order: IDataObject) => ({ ...orderOutput(this, order, i), changed: true });
	return await outputAfterWrite(this, i, `The status of order ${orderId} was changed`, read, build, { id: orderId, changed: true });
}

export async function changeCustomer(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const customerId = readId(this, 'customerId', i, 'New Customer ID');
	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: `orders/${orderId}/change-customer`,
		body: { customer_id: customerId },
		itemIndex: i,
	});
	const read = async () => await fetchOrder(this, orderId, i);
	const build = (order: IDataObject) => ({ ...orderOutput(this, order, i), message: response.message });
	const answered = { id: orderId, customer_id: customerId, message: response.message };
	return await outputAfterWrite(this, i, `Order ${orderId} was moved to customer ${customerId}`, read, build, answered);
}

/**
 * `POST orders/{id}/create-and-change-customer`: FluentCart creates the customer, then moves the
 * order to it, and answers only a message. It creates the customer before it looks the order up
 * (recorded: a 404 leaves a new customer behind), so the node reads the order first, and reads it
 * back afterwards for the new customer's id.
 */
export async function changeToNewCustomer(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const email = requireEmail(this, i, 'Email', this.getNodeParameter('newCustomerEmail', i));
	const firstName = requireText(this, i, 'First Name', this.getNodeParameter('newCustomerFirstName', i), { required: true, max: 192 });
	const lastName = requireText(this, i, 'Last Name', this.getNodeParameter('newCustomerLastName', i, ''), { max: 192 });
	const before = await fetchOrder(this, orderId, i);
	// Stores whose checkout asks for one name field read full_name (split at the last space), the
	// others first_name and last_name: both are sent, as Customer → Create does.
	const body: IDataObject = { email, first_name: firstName, last_name: lastName, full_name: `${firstName} ${lastName}`.trim() };
	const response = await fluentCartRequest(this, { method: 'POST', path: `orders/${orderId}/create-and-change-customer`, body, itemIndex: i });
	const read = async () => await fetchOrder(this, orderId, i);
	const build = (order: IDataObject) => ({
		...orderOutput(this, order, i),
		new_customer_id: order.customer_id,
		previous_customer_id: before.customer_id,
		message: response.message,
	});
	const answered = { id: orderId, previous_customer_id: before.customer_id, email, message: response.message };
	return await outputAfterWrite(this, i, `Order ${orderId} was moved to a new customer (${email})`, read, build, answered);
}
