/**
 * The whole-record order update, `POST orders/{id}` (OrderController::updateOrder), as the
 * recordings show it.
 */
import { ok, resourceError, sendError, validationError } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import type { Row } from '../store';
import { recording } from '../recorded';
import { uncaught } from '../version';
import type { ItemInput } from './orders';
import { validateOrderRequest } from './orders';

const num = (value: unknown) => Number(value ?? 0) || 0;

/**
 * The order columns a whole-record update mass-assigns (OrderRequest::sanitize's keys), read from
 * the recordings, not from the node's own list: of the columns a full update sends
 * (live-order-update), those a minimal update left empty (live-order-update-minimal-wipes-fields,
 * read back in live-order-get-after-update-minimal), plus what the minimal update itself stored,
 * less what a stale update after a payment did not overwrite.
 */
function updatableColumns(fake: FakeFluentCart): string[] {
	const scalar = (body: unknown) =>
		Object.entries((body ?? {}) as Record<string, unknown>).filter(([, v]) => v === null || typeof v !== 'object').map(([k]) => k);
	const full = scalar(recording(fake, 'live-order-update').request.body);
	const minimalBody = scalar(recording(fake, 'live-order-update-minimal-wipes-fields').request.body);
	const after = (recording(fake, 'live-order-get-after-update-minimal').response as { order: Record<string, unknown> }).order;
	const wiped = (key: string) => [null, '', 0, '0', '0.00'].includes(after[key] as never);
	// A stale whole record sent after a payment (live-order-update-stale-after-payment): the
	// columns whose stored value is not what was sent are not written (total_paid).
	const staleBody = recording(fake, 'live-order-update-stale-after-payment').request.body as Record<string, unknown>;
	const afterStale = (recording(fake, 'live-order-get-after-stale-update').response as { order: Record<string, unknown> }).order;
	const plain = (value: unknown) => String(value ?? '');
	const notWritten = (key: string) => key in staleBody && plain(staleBody[key]) !== plain(afterStale[key]);
	return [...new Set([...full.filter((key) => key !== 'id' && wiped(key) && !notWritten(key)), ...minimalBody])];
}

const NUMBER_COLUMNS = new Set([
	'customer_id',
	'subtotal',
	'discount_tax',
	'manual_discount_total',
	'coupon_discount_total',
	'shipping_tax',
	'shipping_total',
	'tax_total',
	'total_amount',
]);

export function updateOrder(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const errors = validateOrderRequest(req.body);
	if (Object.keys(errors).length) return validationError(errors);
	const order = store.orders.get(Number(req.params.order_id));
	if (!order) return uncaught(fake, 'Call to a member function isSubscription() on null');
	if (order.type === 'subscription') return sendError('Subscription Order cannot be edited.', 400);
	// getSafe(): every whitelisted key is present afterwards; absent ones are null.
	const data: Row = {};
	for (const key of updatableColumns(fake)) {
		const value = req.body[key];
		if (value === undefined || value === null) data[key] = null;
		else if (NUMBER_COLUMNS.has(key)) data[key] = Math.trunc(Number(value)) || 0;
		else data[key] = String(value);
	}
	// FluentCart reads total_paid from the body (never stores it) to call a bigger total partially paid.
	const totalPaid = num(req.body.total_paid);
	if (totalPaid > 0 && num(data.total_amount) > totalPaid && data.payment_status !== null && data.payment_status !== 'partially_refunded') {
		data.payment_status = 'partially_paid';
	}
	if (data.status === 'completed') return sendError('Completed status can not be updated', 400);
	if (order.status === 'completed' || order.status === 'canceled') {
		return resourceError(
			404,
			`Your order status is marked as ${String(order.status)} and not eligible for any further modifications at this time.`,
		);
	}
	const newShipping = num(data.shipping_total);
	const oldShipping = num(order.shipping_total);
	if (newShipping !== oldShipping) data.total_amount = num(data.total_amount) + (newShipping - oldShipping);

	const deleted = Array.isArray(req.body.deletedItems) ? req.body.deletedItems.map(Number) : [];
	for (const itemId of deleted) store.orderItems.delete(itemId);
	const now = store.isoNow();
	for (const input of Object.values(req.body.order_items as Record<string, ItemInput>)) {
		const existing = input.id ? store.orderItems.get(num(input.id)) : undefined;
		if (existing && Number(existing.order_id) === Number(order.id)) {
			const quantity = Math.trunc(num(input.quantity ?? existing.quantity)) || 1;
			const unitPrice = Math.trunc(num(input.unit_price ?? existing.unit_price));
			existing.quantity = String(quantity);
			existing.unit_price = unitPrice;
			existing.subtotal = unitPrice * quantity;
			existing.line_total = unitPrice * quantity - num(existing.discount_total);
			existing.formatted_total = store.formatMoney(num(existing.line_total));
			existing.updated_at = now;
		}
	}
	data.currency = store.settings.currency;
	for (const [key, value] of Object.entries(data)) {
		// wpdb hands back uncast columns as strings; keep the stored type for those.
		order[key] = typeof order[key] === 'string' && typeof value === 'number' ? String(value) : value;
	}
	store.touchOrder(order);
	store.log('Order', Number(order.id), 'Order updated', 'Order has been updated');
	return ok({ message: 'Order updated successfully', data: true });
}
