/**
 * Update an order.
 * - Only the note: `notes/attach`, which writes that one column (and works on completed orders).
 * - Anything else: FluentCart's `POST orders/{id}` mass-assigns the whole record and sets every
 *   whitelisted field left out to null (recorded), so we read the order, change the user's fields
 *   and send the complete record back. Status, payment status and total paid go back as read, so
 *   the order is read again just before the write and the update is refused when anything moved
 *   (a payment landing in between would otherwise be undone; see `write-guard`).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { userDecimalToCents } from '../../../shared/amounts';
import { readId } from '../../../shared/locators';
import { outputAfterWrite } from '../../../shared/read-back';
import { rereadUnchanged } from '../../../shared/write-guard';
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
	const onlyNote = Object.keys(fields).every((key) => key === 'note');
	if (onlyNote) {
		// One column: nothing else is sent, so nothing newer can be undone.
		await fluentCartRequest(this, {
			method: 'POST',
			path: 'notes/attach',
			body: { order_id: orderId, note: String(fields.note) },
			itemIndex: i,
		});
		return await readBack(this, i, orderId);
	}
	// Raw: send back exactly what FluentCart returned (its numeric strings included).
	const order = await fetchOrder(this, orderId, i, true);
	if (order.type === 'subscription') {
		throw inputError(this, i, `Order ${orderId} is a subscription order, which FluentCart does not allow editing`, 'Only its Note can be changed.');
	}
	if (order.status === 'completed' || order.status === 'canceled') {
		throw inputError(
			this,
			i,
			`Order ${orderId} is ${order.status}, and FluentCart does not allow editing ${order.status} orders`,
			'Only its Note can be changed. For anything else, change the order status first, or create a new order.',
		);
	}
	const changes: IDataObject = {};
	if (fields.note !== undefined) changes.note = String(fields.note);
	if (fields.invoiceNo !== undefined) changes.invoice_no = String(fields.invoiceNo);
	if (fields.paymentMethodTitle !== undefined) changes.payment_method_title = String(fields.paymentMethodTitle);
	if (fields.shippingTotal !== undefined && String(fields.shippingTotal).trim() !== '') {
		// FluentCart adds the shipping difference to total_amount itself.
		changes.shipping_total = await userDecimalToCents(this, i, fields.shippingTotal, 'Shipping Total', order.currency);
	}

	const fresh = await rereadUnchanged(this, i, {
		what: `Order ${orderId}`,
		before: order,
		reread: async () => await fetchOrder(this, orderId, i, true),
		sentBack: wholeOrderBody,
	});
	const body = { ...wholeOrderBody(fresh), ...changes };
	await fluentCartRequest(this, { method: 'POST', path: `orders/${orderId}`, body, itemIndex: i });
	return await readBack(this, i, orderId, fresh);
}

/** FluentCart keeps these as they are on update (recorded), so a move means a payment or refund landed. */
const PAYMENT_TOTALS = ['total_paid', 'total_refund'] as const;

/**
 * The one round trip between the re-read and the write is a window no guard closes. A payment or
 * refund landing there moves a total FluentCart does not overwrite, while the statuses sent back
 * are the ones read before it: say so instead of reporting a clean update.
 */
function paymentWarning(orderId: number, sent: IDataObject, now: IDataObject): string | undefined {
	const moved = PAYMENT_TOTALS.filter((key) => Number(sent[key] ?? 0) !== Number(now[key] ?? 0));
	if (moved.length === 0) return undefined;
	const how = moved.map((key) => `${key} ${Number(sent[key] ?? 0)} → ${Number(now[key] ?? 0)}`).join(', ');
	return `A payment or refund was recorded on order ${orderId} while this update was being written (${how}). The update wrote back the status and payment status read just before it (${String(sent.status)}, ${String(sent.payment_status)}): check both in FluentCart.`;
}

async function readBack(ctx: IExecuteFunctions, i: number, orderId: number, sent?: IDataObject): Promise<IDataObject> {
	const build = (order: IDataObject) => {
		const output = orderOutput(ctx, order, i);
		const warning = sent && paymentWarning(orderId, sent, order);
		if (!warning) return output;
		ctx.addExecutionHints({ message: `Item ${i}: ${warning}`, location: 'outputPane' });
		return { ...output, concurrent_change_warning: warning };
	};
	return await outputAfterWrite(ctx, i, `Order ${orderId} was updated`, async () => await fetchOrder(ctx, orderId, i), build, { id: orderId });
}
