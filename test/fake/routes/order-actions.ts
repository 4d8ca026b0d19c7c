/**
 * Order actions: mark as paid, refund, status changes, change customer (FluentCart 1.3.25).
 */
import {
	modelNotFound,
	ok,
	permissionCallbackError,
	resourceError,
	sendError,
	validationError,
} from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';
import { writtenMoneyToCents } from '../version';
import { recordedAnswer } from '../recorded';
import { createCustomer } from './customers';
import { orderAfterStatusChange } from './order-shapes';

const num = (value: unknown) => Number(value ?? 0) || 0;

const EDITABLE_ORDER_STATUSES = ['on-hold', 'processing', 'completed', 'canceled'];
const EDITABLE_SHIPPING_STATUSES = ['unshipped', 'shipped', 'delivered', 'unshippable'];

function markAsPaid(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const order = store.orders.get(Number(req.params.order));
	// {order} is route-model bound: a missing one fails in the permission callback.
	if (!order) return permissionCallbackError('Order');
	const due = Math.trunc(num(order.total_amount) - num(order.total_paid));
	if (due <= 0) return sendError('Order has already been paid', 423);
	if (order.status === 'canceled') return sendError('Unable to mark paid for canceled order', 423);

	const id = Number(order.id);
	const now = store.isoNow();
	const text = (key: string) => (typeof req.body[key] === 'string' ? (req.body[key] as string) : '');
	const update: Row = {
		total: String(due),
		status: 'succeeded',
		payment_method: text('payment_method'),
		vendor_charge_id: text('vendor_charge_id'),
		payment_mode: order.mode,
		payment_method_type: text('payment_method'),
		order_type: order.type,
		transaction_type: text('transaction_type'),
		currency: order.currency,
		updated_at: now,
	};
	const pending = store
		.transactionsOf(id)
		.find((t) => t.status === 'pending' && t.payment_method === 'offline_payment');
	if (pending) {
		Object.assign(pending, update);
	} else {
		const txId = store.nextId('transactions', store.transactions.keys());
		store.transactions.set(txId, {
			id: txId,
			order_id: String(id),
			order_type: order.type,
			transaction_type: update.transaction_type,
			subscription_id: '0',
			card_last_4: null,
			card_brand: null,
			vendor_charge_id: update.vendor_charge_id,
			payment_method: update.payment_method,
			payment_mode: order.mode,
			payment_method_type: update.payment_method_type,
			status: 'succeeded',
			currency: order.currency,
			total: String(due),
			rate: '1',
			uuid: store.uuid(),
			meta: [],
			created_at: now,
			updated_at: now,
			url: '',
		});
	}
	// FluentCart overwrites the order note with the mark-paid note ('' when none is sent).
	order.note = text('mark_paid_note');
	const oldStatus = String(order.status);
	if (order.payment_status !== 'partially_refunded') order.payment_status = 'paid';
	order.status = 'processing';
	order.total_paid = String(order.total_amount);
	if (!order.receipt_number) {
		const receipt = store.nextReceiptNumber();
		order.receipt_number = String(receipt);
		order.invoice_no = `INV-${receipt}`;
	}
	store.log('Order', id, 'Order status updated', `Order status has been updated from ${oldStatus} to processing`);
	if (order.fulfillment_type === 'digital') {
		order.status = 'completed';
		order.completed_at = store.gmtNow();
		store.log('Order', id, 'Order status updated', 'Order status has been updated from processing to completed');
	}
	store.touchOrder(order);
	store.recountCustomer(num(order.customer_id));
	fake.emit('order_paid_done', id);
	return ok({ message: 'Order has been marked as paid' });
}

function refund(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const id = Number(req.params.order_id);
	const order = store.orders.get(id);
	if (!order) return modelNotFound('Order');
	const config = (order.config ?? {}) as Row;
	if (config.upgraded_to) return sendError('Order can not be refunded.', 400);
	const info = (req.body.refund_info && typeof req.body.refund_info === 'object' ? req.body.refund_info : {}) as Row;
	const errors: Record<string, Record<string, string>> = {};
	if (info.transaction_id === undefined || info.transaction_id === null || info.transaction_id === '') {
		errors.transaction_id = { required: 'Transaction ID is required' };
	}
	if (info.amount === undefined || info.amount === null || info.amount === '') {
		errors.amount = { required: 'Refund amount is required' };
	}
	if (Object.keys(errors).length) return validationError(errors);
	const transaction = store.transactions.get(num(info.transaction_id));
	if (!transaction || Number(transaction.order_id) !== id) return modelNotFound('OrderTransaction');
	// Helper::toCent (decimal major units → cents) before 1.6.2; roundCent (cents as sent) from 1.6.2.
	const amount = Number.isFinite(Number(info.amount)) ? writtenMoneyToCents(fake, info.amount) : 0;
	if (amount <= 0) return sendError('Invalid refund amount.');
	if (amount > num(order.total_paid)) return sendError('Refund amount exceeds the net paid amount for this order.');
	const meta = (Array.isArray(transaction.meta) ? {} : (transaction.meta as Row)) ?? {};
	const maxRefundable = num(transaction.total) - num(meta.refunded_total);
	if (maxRefundable < amount) {
		return sendError('Refund amount exceeds the maximum refundable amount for this transaction.');
	}

	const now = store.isoNow();
	const refundId = store.nextId('transactions', store.transactions.keys());
	store.transactions.set(refundId, {
		id: refundId,
		order_id: String(id),
		order_type: order.type,
		transaction_type: 'refund',
		subscription_id: transaction.subscription_id,
		card_last_4: null,
		card_brand: null,
		vendor_charge_id: '',
		payment_method: transaction.payment_method,
		payment_mode: transaction.payment_mode,
		payment_method_type: transaction.payment_method_type,
		status: 'refunded',
		currency: transaction.currency,
		total: String(amount),
		rate: '1',
		uuid: store.uuid(),
		meta: { parent_id: Number(transaction.id), reason: typeof info.reason === 'string' ? info.reason : '' },
		created_at: now,
		updated_at: now,
		url: '',
	});
	transaction.meta = { ...meta, refunded_total: num(meta.refunded_total) + amount };
	transaction.updated_at = now;

	const totalRefund = num(order.total_refund) + amount;
	order.total_refund = String(totalRefund);
	const fully = totalRefund >= num(order.total_paid);
	order.payment_status = fully ? 'refunded' : 'partially_refunded';
	let remaining = amount;
	for (const item of store.itemsOf(id)) {
		if (remaining <= 0) break;
		const room = num(item.line_total) - num(item.refund_total);
		const share = Math.min(room, remaining);
		item.refund_total = num(item.refund_total) + share;
		remaining -= share;
	}
	store.touchOrder(order);
	store.recountCustomer(num(order.customer_id));
	// The offline gateway has no refund API: FluentCart records the refund, the gateway "fails".
	const gatewayFailed = transaction.payment_method === 'offline_payment';
	const gatewayName = String(transaction.payment_method).charAt(0).toUpperCase() + String(transaction.payment_method).slice(1);
	if (gatewayFailed) {
		store.log('Order', id, `Refund failed on ${gatewayName}`, 'Refund process is not implemented for this payment gateway.');
	}
	store.log('Order', id, 'Order Refund', 'Order Refund successfully!');
	if (fully) fake.emit('order_fully_refunded', id);
	fake.emit('order_refunded', id);
	const response: Row = {
		fluent_cart_refund: { status: 'success', message: 'Refund processed on FluentCart.' },
		gateway_refund: gatewayFailed
			? {
					status: 'failed',
					message: `ERROR processing refund on ${gatewayName}: Refund process is not implemented for this payment gateway.`,
				}
			: { status: 'success', message: `Refund processed on ${gatewayName}` },
	};
	return ok(response);
}

function updateStatuses(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const order = store.orders.get(Number(req.params.order));
	if (!order) return permissionCallbackError('Order');
	const id = Number(order.id);
	const action = req.body.action;
	const statuses = (req.body.statuses && typeof req.body.statuses === 'object' ? req.body.statuses : {}) as Row;
	let column: 'status' | 'shipping_status';
	let valid: string[];
	let newStatus: unknown;
	if (action === 'change_shipping_status') {
		column = 'shipping_status';
		valid = EDITABLE_SHIPPING_STATUSES;
		newStatus = statuses.shipping_status;
	} else if (action === 'change_order_status') {
		column = 'status';
		valid = EDITABLE_ORDER_STATUSES;
		newStatus = statuses.order_status;
	} else {
		return resourceError(400, 'Failed to update status');
	}
	if (newStatus === undefined || newStatus === null) return resourceError(400, 'Failed to update status');
	if (!valid.includes(String(newStatus))) return resourceError(400, 'Provided status is not valid');
	const oldStatus = String(order[column]);
	if (String(newStatus) === oldStatus) return resourceError(400, 'Order already has the same status');
	if (column === 'status' && oldStatus === 'canceled') {
		return resourceError(400, 'You cannot change the order status once it has been canceled.');
	}
	order[column] = String(newStatus);
	if (column === 'shipping_status') {
		for (const item of store.itemsOf(id)) {
			if (item.fulfillment_type === 'physical') {
				item.fulfilled_quantity = ['shipped', 'delivered'].includes(String(newStatus)) ? item.quantity : '0';
			}
		}
		store.log('Order', id, 'Shipping status updated', `Shipping status has been updated from ${oldStatus} to ${String(newStatus)}`);
		fake.emit(`shipping_status_changed_to_${String(newStatus)}`, id);
	} else {
		if (newStatus === 'completed' && !order.completed_at) order.completed_at = store.gmtNow();
		store.log('Order', id, 'Order status updated', `Order status has been updated from ${oldStatus} to ${String(newStatus)}`);
		fake.emit(`order_status_changed_to_${String(newStatus)}`, id);
	}
	store.touchOrder(order);
	const data = orderAfterStatusChange(store, order, String(action));
	// The model's Carbon date, serialised as PHP's DateTime object (recorded on 1.3.25 and 1.5.2:
	// detect-order-status-completed*.json); a later GET reads it back as a string.
	if (column === 'status' && newStatus === 'completed' && typeof data.completed_at === 'string') {
		data.completed_at = { date: `${data.completed_at}.000000`, timezone_type: 3, timezone: 'UTC' };
	}
	return ok({ message: 'Status has been updated', data });
}

/** OrderController::updateOrderCustomer: the order and its connected renewals/subscriptions move. */
export function moveOrderToCustomer(store: FakeFluentCart['store'], order: Row, customer: Row) {
	const oldCustomerId = Number(order.customer_id);
	const connected = new Set([Number(order.id)]);
	for (const other of store.orders.values()) {
		if (order.type === 'renewal' && order.parent_id && (Number(other.id) === Number(order.parent_id) || Number(other.parent_id) === Number(order.parent_id))) {
			connected.add(Number(other.id));
		}
		if (order.type === 'subscription' && Number(other.parent_id) === Number(order.id)) connected.add(Number(other.id));
	}
	for (const id of connected) {
		const row = store.orders.get(id);
		if (row) {
			row.customer_id = Number(customer.id);
			store.touchOrder(row);
		}
	}
	store.recountCustomer(Number(customer.id));
	store.recountCustomer(oldCustomerId);
	store.log('Order', Number(order.id), 'Customer changed', 'Customer changed');
}

function changeCustomer(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const customerId = req.body.customer_id;
	if (customerId === undefined || customerId === null || customerId === '' || customerId === 0 || customerId === '0') {
		return sendError('Customer id is required', 423);
	}
	const order = store.orders.get(Number(req.params.order_id));
	if (!order) return modelNotFound('Order');
	if (Number(order.customer_id) === Number(customerId)) {
		return ok({ message: 'Customer is already attached to this order' });
	}
	const customer = store.customers.get(Number(customerId));
	if (!customer) return modelNotFound('Customer');
	moveOrderToCustomer(store, order, customer);
	return ok({ message: 'Customer changed successfully' });
}

/**
 * OrderController::createAndChangeCustomer: a CustomerRequest body (flat: full_name or first_name
 * by the store's checkout fields, email), the customer is created, then the order is looked up: an
 * unknown order answers 404 with the customer already created (recorded on 1.3.25 and 1.5.2:
 * live-order-customer-create-and-change*). Answers only a message.
 */
function createAndChangeCustomer(fake: FakeFluentCart, req: FakeRequest) {
	const created = createCustomer(fake, req);
	if (created.status !== 200) return created;
	const customer = fake.store.customers.get(Number((created.body as { data: Row }).data.id))!;
	const order = fake.store.orders.get(Number(req.params.order_id));
	if (!order) {
		const answer = recordedAnswer(fake, 'live-order-customer-create-and-change-bad-order');
		return { ...answer, body: { ...(answer.body as object), message: `No query results for model [FluentCart\\App\\Models\\Order] ${String(req.params.order_id)}` } };
	}
	moveOrderToCustomer(fake.store, order, customer);
	return ok({ message: 'Customer changed successfully' });
}

export function registerOrderActionRoutes(fake: FakeFluentCart) {
	const ns = FLUENTCART_NS;
	fake.route('POST', ns, 'orders/:order/mark-as-paid', (req) => markAsPaid(fake, req));
	fake.route('POST', ns, 'orders/:order_id/refund', (req) => refund(fake, req));
	fake.route('PUT', ns, 'orders/:order/statuses', (req) => updateStatuses(fake, req));
	fake.route('POST', ns, 'orders/:order_id/change-customer', (req) => changeCustomer(fake, req));
	fake.route('POST', ns, 'orders/:order_id/create-and-change-customer', (req) => createAndChangeCustomer(fake, req));
}
