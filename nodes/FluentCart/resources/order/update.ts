/**
 * Update an order. FluentCart's `POST orders/{id}` mass-assigns the whole record and sets every
 * whitelisted field you leave out to null, so we read the order, change the user's fields, and
 * send the complete record back.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { userDecimalToCents } from '../../../shared/amounts';
import { readId } from '../../../shared/locators';
import { readBackAfterWrite } from '../../../shared/read-back';
import { fetchOrder, orderOutput } from './helpers';

/** The order columns OrderRequest whitelists: all of them must be sent back. */
const WHOLE_RECORD_FIELDS = [
	'status',
	'invoice_no',
	'fulfillment_type',
	'type',
	'customer_id',
	'payment_method',
	'payment_method_title',
	'payment_status',
	'currency',
	'subtotal',
	'discount_tax',
	'manual_discount_total',
	'coupon_discount_total',
	'shipping_tax',
	'shipping_total',
	'tax_total',
	'total_amount',
	'rate',
	'note',
	'uuid',
	'ip_address',
	'completed_at',
	'refunded_at',
] as const;

const ITEM_FIELDS = [
	'id',
	'order_id',
	'post_id',
	'object_id',
	'payment_type',
	'quantity',
	'post_title',
	'title',
	'shipping_charge',
	'unit_price',
	'tax_amount',
	'discount_total',
	'line_total',
	'cart_index',
	'rate',
	'other_info',
] as const;

/** Builds the body FluentCart needs to keep the order as it is. */
export function wholeOrderBody(order: IDataObject): IDataObject {
	const body: IDataObject = { id: order.id };
	for (const field of WHOLE_RECORD_FIELDS) body[field] = order[field] ?? null;
	body.user_tz = (order.config as IDataObject | undefined)?.user_tz ?? null;
	// Read by FluentCart to decide between paid and partially paid.
	body.total_paid = order.total_paid;
	body.order_items = ((order.order_items as IDataObject[] | undefined) ?? []).map((item) => {
		const copy: IDataObject = {};
		for (const field of ITEM_FIELDS) if (item[field] !== undefined) copy[field] = item[field];
		return copy;
	});
	return body;
}

export async function update(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0) {
		throw inputError(this, i, 'Update Fields is empty', 'Add at least one field to change.');
	}
	// Raw: send back exactly what FluentCart returned (its numeric strings included).
	const order = await fetchOrder(this, orderId, i, true);
	if (order.type === 'subscription') {
		throw inputError(this, i, `Order ${orderId} is a subscription order, which FluentCart does not allow editing`);
	}
	if (order.status === 'completed' || order.status === 'canceled') {
		throw inputError(
			this,
			i,
			`Order ${orderId} is ${order.status}, and FluentCart does not allow editing ${order.status} orders`,
			'Change the order status first, or create a new order.',
		);
	}

	const body = wholeOrderBody(order);
	if (fields.note !== undefined) body.note = String(fields.note);
	if (fields.invoiceNo !== undefined) body.invoice_no = String(fields.invoiceNo);
	if (fields.paymentMethodTitle !== undefined) body.payment_method_title = String(fields.paymentMethodTitle);
	if (fields.shippingTotal !== undefined && String(fields.shippingTotal).trim() !== '') {
		// FluentCart adds the shipping difference to total_amount itself.
		body.shipping_total = await userDecimalToCents(this, i, fields.shippingTotal, 'Shipping Total', order.currency);
	}

	await fluentCartRequest(this, { method: 'POST', path: `orders/${orderId}`, body, itemIndex: i });
	const read = await readBackAfterWrite(this, i, `Order ${orderId} was updated`, async () => await fetchOrder(this, orderId, i));
	return read.failed ? { id: orderId, ...read.failed } : orderOutput(this, read.value, i);
}
