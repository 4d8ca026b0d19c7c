/**
 * `POST orders/do-bulk-action` (OrderController::handleBulkActions, FluentCart 1.3.25 – 1.6.3):
 * order status changes and deletes for a list of ids. Recorded on 1.3.25 and 1.5.2
 * (live-bulk-orders-*): ids are cast to whole numbers, zeros dropped; unknown ids are silently
 * skipped by status changes (whereIn) and reported as failed by deletes. Status changes answer only
 * a message naming the failed ids (423 when none changed); deletes answer per-id lists.
 */
import { ok, resourceError, sendError } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';

const num = (value: unknown) => Number(value ?? 0) || 0;

const EDITABLE_ORDER_STATUSES = ['on-hold', 'processing', 'completed', 'canceled'];
const SHIPPING_STATUSES = ['unshipped', 'shipped', 'delivered', 'unshippable'];

/** Order::canBeDeleted: why FluentCart refuses to delete this order, or undefined. */
export function deletionRefusal(order: Row): string | undefined {
	// Test-mode orders can always be deleted (recorded: live-bulk-orders-delete-not-canceled).
	if (order.mode === 'test') return undefined;
	if (order.status === 'canceled' || order.status === 'on-hold') {
		const paid = ['paid', 'partially_paid', 'partially_refunded'].includes(String(order.payment_status));
		if (paid && num(order.total_amount) !== 0) {
			return `Order ${String(order.invoice_no)} cannot be deleted due to its current payment status: ${String(order.payment_status)}.`;
		}
		return undefined;
	}
	return `Order ${String(order.invoice_no)} cannot be deleted due to its current order status: ${String(order.status)}.`;
}

/** Removes an order with its items and transactions, and fires order_deleted. */
export function dropOrder(fake: FakeFluentCart, id: number) {
	const store = fake.store;
	for (const item of store.itemsOf(id)) store.orderItems.delete(Number(item.id));
	for (const tx of store.transactionsOf(id)) store.transactions.delete(Number(tx.id));
	store.orders.delete(id);
	fake.emit('order_deleted', id);
}

/** OrderResource::bulkDeleteByOrderIds: per id, in the order sent. */
function deleteOrders(fake: FakeFluentCart, ids: number[]) {
	const deleted: number[] = [];
	const failed: number[] = [];
	for (const id of ids) {
		const order = fake.store.orders.get(id);
		if (!order || deletionRefusal(order)) {
			failed.push(id);
			continue;
		}
		dropOrder(fake, id);
		deleted.push(id);
	}
	const data = { deleted_order_ids: deleted, deleted_count: deleted.length, failed_order_ids: failed, failed_count: failed.length };
	const named = failed.join(' , ');
	// The message blames the status whatever the cause (recorded: live-bulk-orders-delete-mixed).
	if (failed.length && !deleted.length) {
		return resourceError(400, `The order ID - ${named} cannot be deleted at the moment as these orders status is not canceled.`);
	}
	const message = failed.length
		? `The order ID - ${named} cannot be deleted at the moment as these orders status is not canceled. And remaining order and its associated data have been deleted`
		: 'Selected order and associated data have been deleted';
	return ok({ message, data });
}

/** OrderResource::updateStatuses per order; a canceled order or the same status fails. */
function changeStatuses(fake: FakeFluentCart, ids: number[], newStatus: string) {
	const store = fake.store;
	const updated: number[] = [];
	const failed: number[] = [];
	// whereIn: unknown ids are skipped, the rest come in id order.
	const orders = [...new Set(ids)].sort((a, b) => a - b).map((id) => store.orders.get(id)).filter((o): o is Row => o !== undefined);
	for (const order of orders) {
		const id = Number(order.id);
		const oldStatus = String(order.status);
		if (oldStatus === newStatus || oldStatus === 'canceled') {
			failed.push(id);
			continue;
		}
		order.status = newStatus;
		if (newStatus === 'completed' && !order.completed_at) order.completed_at = store.gmtNow();
		store.log('Order', id, 'Order status updated', `Order status has been updated from ${oldStatus} to ${newStatus}`);
		store.touchOrder(order);
		fake.emit(`order_status_changed_to_${newStatus}`, id);
		updated.push(id);
	}
	const named = failed.join(' , ');
	if (failed.length) {
		return updated.length
			? ok({ message: `The order ID - ${named} cannot be updated because they are either already cancelled or have the same status. And remaining order status has been successfully changed` })
			: sendError(`The order ID - ${named} cannot be updated because they are either already cancelled or have the same status.`, 423);
	}
	// Nothing found at all falls through to the controller's last line.
	if (!updated.length) return sendError('Selected action is invalid');
	return ok({ message: 'Order Status has been changed for the selected orders' });
}

function bulkAction(fake: FakeFluentCart, req: FakeRequest) {
	const action = typeof req.body.action === 'string' ? req.body.action : '';
	const raw = Array.isArray(req.body.order_ids) ? (req.body.order_ids as unknown[]) : [];
	const ids = raw.map((id) => Math.trunc(num(id))).filter((id) => id !== 0);
	if (!ids.length) return sendError('Orders selection is required');
	const newStatus = typeof req.body.new_status === 'string' ? req.body.new_status.trim() : '';
	if (action === 'delete_orders') return deleteOrders(fake, ids);
	if (action === 'change_shipping_status') {
		if (!newStatus) return sendError('Please select status');
		if (!SHIPPING_STATUSES.includes(newStatus)) return sendError('Provided shipping status is not valid');
		// The controller's loop is commented out: nothing changes (recorded: live-bulk-orders-shipping-status).
		return ok({ message: 'Shipping Status has been changed for the selected orders' });
	}
	if (action === 'change_order_status') {
		if (!newStatus) return sendError('Please select status');
		if (!EDITABLE_ORDER_STATUSES.includes(newStatus)) return sendError('Provided order status is not valid');
		return changeStatuses(fake, ids, newStatus);
	}
	if (action === 'change_payment_status') {
		if (!newStatus) return sendError('Please select status');
		// Transaction statuses; `paid` is not one (recorded: live-bulk-orders-payment-status).
		if (!['pending', 'succeeded', 'authorized', 'failed', 'refunded'].includes(newStatus)) {
			return sendError('Provided payment status is not valid');
		}
		// Changes the latest transaction of each order: not modelled (the node does not send it).
		return sendError('change_payment_status is not modelled by the fake', 501);
	}
	return sendError('Selected action is invalid');
}

export function registerOrderBulkRoutes(fake: FakeFluentCart) {
	fake.route('POST', FLUENTCART_NS, 'orders/do-bulk-action', (req) => bulkAction(fake, req));
}
