/**
 * Orders: details, create, whole-record update, delete, notes (OrderController in FluentCart 1.3.25);
 * the lists live in order-list.ts.
 * Payment, refund and status actions live in order-actions.ts.
 */
import {
	entityNotFound,
	ok,
	sendError,
	validationError,
} from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';
import { recordedAnswer } from '../recorded';
import { missing, notNullColumn, uncaught } from '../version';
import { registerOrderActionRoutes } from './order-actions';
import { deletionRefusal, dropOrder, registerOrderBulkRoutes } from './order-bulk';
import { listOrders } from './order-list';
import { orderDetails } from './order-shapes';
import { updateOrder } from './order-update';

const num = (value: unknown) => Number(value ?? 0) || 0;

function orderNotFound(fake: FakeFluentCart, req: FakeRequest, id: string) {
	return entityNotFound('Order not found', 'Back to orders', '/orders', {
		method: req.method,
		request_url: `${fake.store.siteUrl}/wp-json/${FLUENTCART_NS}/${req.path}`,
		route_params: { order_id: id },
		query_params: [],
		body_params: [],
	});
}

export interface ItemInput {
	object_id?: unknown;
	post_id?: unknown;
	quantity?: unknown;
	unit_price?: unknown;
	discount_total?: unknown;
	shipping_charge?: unknown;
	payment_type?: unknown;
	other_info?: unknown;
	title?: unknown;
	post_title?: unknown;
	id?: unknown;
	manual_discount?: number;
}

const isNumeric = (value: unknown) =>
	typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()));

/** OrderRequest rules that our inputs can trip. */
export function validateOrderRequest(body: Record<string, unknown>): Record<string, Record<string, string>> {
	const errors: Record<string, Record<string, string>> = {};
	const customerId = body.customer_id;
	if (customerId === undefined || customerId === null || customerId === '') {
		errors.customer_id = { required: 'Customer selection is required' };
	} else if (!isNumeric(customerId)) {
		errors.customer_id = { numeric: 'The customer_id must be a number.' };
	}
	const items = body.order_items;
	if (items === undefined || items === null || items === '' || (Array.isArray(items) && items.length === 0)) {
		errors.order_items = { required: 'Item selection is required' };
	} else if (!Array.isArray(items) && typeof items !== 'object') {
		errors.order_items = { array: 'The order_items must be an array.' };
	} else {
		Object.values(items as Record<string, ItemInput>).forEach((item, index) => {
			for (const key of ['object_id', 'post_id', 'quantity'] as const) {
				const value = item?.[key];
				if (value === undefined || value === null) continue;
				if (!isNumeric(value)) {
					errors[`order_items.${index}.${key}`] = { numeric: `The order_items.${index}.${key} must be a number.` };
				} else if (Number(value) < 1) {
					errors[`order_items.${index}.${key}`] = { min: `The order_items.${index}.${key} must be at least 1.` };
				}
			}
			if (item?.unit_price !== undefined && !isNumeric(item.unit_price)) {
				errors[`order_items.${index}.unit_price`] = { numeric: `The order_items.${index}.unit_price must be a number.` };
			}
		});
	}
	for (const key of ['shipping_total', 'subtotal', 'total_amount']) {
		if (body[key] !== undefined && body[key] !== null && !isNumeric(body[key])) {
			errors[key] = { numeric: `The ${key} must be a number.` };
		}
	}
	return errors;
}

function createOrder(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const errors = validateOrderRequest(req.body);
	if (Object.keys(errors).length) return validationError(errors);
	const items = Object.values(req.body.order_items as Record<string, ItemInput>);
	// 1.4+: an omitted shipping_total reaches the NOT NULL column as SQL NULL.
	const dbFailure = fake.atLeast('1.4.0') && missing(req.body.shipping_total);
	const isSubscription = items.some(
		(i) =>
			i.payment_type === 'subscription' ||
			(i.other_info as Record<string, unknown> | undefined)?.payment_type === 'subscription',
	);
	if (isSubscription) {
		return sendError('Subscription order with Manual Order is not supported yet!', 400);
	}
	for (const item of items) {
		const variation = store.variations.get(num(item.object_id));
		const product = variation ? store.products.get(num(variation.post_id)) : undefined;
		if (!variation || !product || !['publish', 'private'].includes(String(product.post_status))) {
			return uncaught(fake, `[${String(item.title ?? '')}] is not available.`);
		}
		if (Number(variation.manage_stock) === 1 && num(variation.available) < num(item.quantity ?? 1)) {
			return uncaught(fake, `[${String(variation.variation_title)}] is out of stock.`);
		}
	}
	const customer = store.customers.get(num(req.body.customer_id));
	if (!customer) return uncaught(fake, 'Attempt to read property "id" on null');
	if (dbFailure) return notNullColumn(fake, 'orders', 'shipping_total');
	// 1.4+ (AdminOrderProcessor) keeps each line's real fulfilment type; 1.3 stores every line as digital.
	const keepsFulfilment = fake.atLeast('1.4.0');
	const lineType = (input: ItemInput) =>
		keepsFulfilment ? String(store.variations.get(num(input.object_id))?.fulfillment_type ?? 'digital') : 'digital';

	// The manual discount `value` is a decimal, spread over the items in cents.
	const discount = (req.body.discount ?? {}) as Record<string, unknown>;
	const discountCents = Math.round(Number(discount.value ?? 0) * 100);
	const subtotalAll = items.reduce((sum, i) => sum + Math.trunc(num(i.unit_price)) * Math.trunc(num(i.quantity ?? 1)), 0);
	if (discountCents > 0 && subtotalAll > 0) {
		let distributed = 0;
		for (const item of items) {
			const itemSubtotal = Math.trunc(num(item.unit_price)) * Math.trunc(num(item.quantity ?? 1));
			item.manual_discount = Math.min(itemSubtotal, Math.trunc((itemSubtotal / subtotalAll) * discountCents));
			distributed += item.manual_discount;
		}
		// FluentCart puts the rounding remainder on the first item.
		items[0].manual_discount = (items[0].manual_discount ?? 0) + (discountCents - distributed);
	}

	const now = store.isoNow();
	const id = store.nextId('orders', store.orders.keys());
	let subtotal = 0;
	let manualDiscountTotal = 0;
	let couponDiscountTotal = 0;
	items.forEach((input, index) => {
		const variation = store.variations.get(num(input.object_id))!;
		const product = store.products.get(num(variation.post_id))!;
		const unitPrice = Math.trunc(num(input.unit_price));
		const quantity = Math.trunc(num(input.quantity ?? 1)) || 1;
		const lineSubtotal = unitPrice * quantity;
		const manual = input.manual_discount ?? 0;
		const coupon = Math.trunc(num(input.discount_total));
		subtotal += lineSubtotal;
		manualDiscountTotal += manual;
		couponDiscountTotal += coupon;
		const otherInfo = (input.other_info && typeof input.other_info === 'object' ? input.other_info : {}) as Row;
		const itemId = store.nextId('order_items', store.orderItems.keys());
		const lineTotal = lineSubtotal - manual - coupon;
		store.orderItems.set(itemId, {
			id: itemId,
			order_id: String(id),
			post_id: String(variation.post_id),
			// Per-item fulfillment_type is not whitelisted by OrderRequest: 1.3 defaults items to digital.
			fulfillment_type: lineType(input),
			payment_type: String(otherInfo.payment_type ?? 'default'),
			post_title: String(product.post_title),
			title: String(variation.variation_title),
			object_id: String(variation.id),
			cart_index: String(index),
			quantity: String(quantity),
			unit_price: unitPrice,
			cost: 0,
			subtotal: lineSubtotal,
			tax_amount: 0,
			shipping_charge: Math.trunc(num(input.shipping_charge)),
			discount_total: manual + coupon,
			line_total: lineTotal,
			refund_total: 0,
			rate: '1',
			other_info: otherInfo,
			line_meta: [],
			fulfilled_quantity: '0',
			referrer: null,
			created_at: now,
			updated_at: now,
			payment_info: '',
			setup_info: '',
			is_custom: false,
			formatted_total: store.formatMoney(lineTotal),
		});
	});
	const shippingTotal = Math.trunc(num(req.body.shipping_total));
	const totalAmount = subtotal - manualDiscountTotal - couponDiscountTotal + shippingTotal;
	const uuid = store.uuid();
	const physical = items.some((input) => lineType(input) === 'physical');
	const order: Row = {
		id,
		status: 'on-hold',
		parent_id: null,
		receipt_number: null,
		invoice_no: '',
		fulfillment_type: physical ? 'physical' : 'digital',
		type: 'payment',
		mode: store.settings.order_mode,
		shipping_status: physical ? 'unshipped' : '',
		customer_id: Number(customer.id),
		payment_method: 'offline_payment',
		payment_status: 'pending',
		payment_method_title: 'Cash',
		currency: store.settings.currency,
		subtotal,
		discount_tax: 0,
		manual_discount_total: manualDiscountTotal,
		coupon_discount_total: couponDiscountTotal,
		shipping_tax: 0,
		shipping_total: shippingTotal,
		fee_total: 0,
		tax_total: 0,
		total_amount: totalAmount,
		total_paid: '0',
		total_refund: '0',
		rate: '1.0000',
		tax_behavior: '0',
		// The create ignores a note on every version (recorded: live-order-create-with-note).
		note: '',
		ip_address: '',
		completed_at: null,
		refunded_at: null,
		uuid,
		config: { user_tz: typeof req.body.user_tz === 'string' ? req.body.user_tz : null },
		created_at: now,
		updated_at: now,
	};
	store.orders.set(id, order);
	const txId = store.nextId('transactions', store.transactions.keys());
	store.transactions.set(txId, {
		id: txId,
		order_id: String(id),
		order_type: 'payment',
		transaction_type: 'charge',
		subscription_id: '0',
		card_last_4: null,
		card_brand: null,
		vendor_charge_id: '',
		payment_method: 'offline_payment',
		payment_mode: store.settings.order_mode,
		payment_method_type: '',
		status: 'pending',
		currency: store.settings.currency,
		total: String(totalAmount),
		rate: '1',
		uuid: store.uuid(),
		meta: [],
		created_at: now,
		updated_at: now,
		url: '',
	});
	store.log('Order', id, 'Order Created', 'Order Created successfully!');
	fake.emit('order_created', id);
	return ok({ message: 'Order created successfully!', order_id: id, uuid });
}

function deleteOrder(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const id = Number(req.params.order_id);
	const order = store.orders.get(id);
	if (!order) {
		return sendError('Order not found', 404, { data: { order_id: String(id), status: 'error' }, errors: [] });
	}
	const reason = deletionRefusal(order);
	if (reason) {
		return sendError(reason, 400, {
			data: { order_id: id, invoice_no: order.invoice_no, status: 'error', reason: 'order_cannot_be_deleted' },
			errors: [reason],
		});
	}
	dropOrder(fake, id);
	return ok({
		message: `Order ${id} deleted successfully`,
		data: { order_id: id, invoice_no: order.invoice_no, status: 'success' },
		errors: [],
	});
}

/** 1.4+ casts tax_behavior to an int and answers order_settings as an object (recorded on 1.5.2). */
function versionedDetails(fake: FakeFluentCart, details: Row): Row {
	if (!fake.atLeast('1.4.0')) return details;
	const order = details.order as Row;
	// checkout_shipping: null on a manual order (recorded on 1.5.2: order-get.json and others).
	return {
		...details,
		order: { ...order, tax_behavior: Number(order.tax_behavior ?? 0) },
		order_settings: { reverse_charge_price_mode: 'fixed' },
		checkout_shipping: null,
	};
}

export function registerOrderRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;
	fake.route('GET', ns, 'orders', (req) => listOrders(fake, req, [...store.orders.values()], `${store.siteUrl}/wp-json/${ns}/orders`));
	fake.route('POST', ns, 'orders', (req) => createOrder(fake, req));
	fake.route('GET', ns, 'orders/:order_id(int)', (req) => {
		const order = store.orders.get(Number(req.params.order_id));
		return order ? ok(versionedDetails(fake, orderDetails(store, order))) : orderNotFound(fake, req, req.params.order_id);
	});
	fake.route('POST', ns, 'orders/:order_id(int)', (req) => updateOrder(fake, req));
	fake.route('DELETE', ns, 'orders/:order_id(int)', (req) => deleteOrder(fake, req));
	// Same handler as the details: the whole order, transactions inside.
	fake.route('GET', ns, 'orders/:order_id/transactions', (req) => {
		const order = store.orders.get(Number(req.params.order_id));
		return order ? ok(orderDetails(store, order)) : orderNotFound(fake, req, req.params.order_id);
	});
	fake.route('GET', ns, 'customers/:customerId(int)/orders', (req) => {
		const id = Number(req.params.customerId);
		const source = [...store.orders.values()].filter((o) => Number(o.customer_id) === id);
		return listOrders(fake, req, source, `${store.siteUrl}/wp-json/${ns}/customers/${id}/orders`);
	});
	// NotesController::attach, what FluentCart's order screen uses: any status, tags stripped,
	// line breaks as spaces (recorded: live-order-update-note, live-order-note-attach-completed).
	fake.route('POST', ns, 'notes/attach', (req) => {
		const order = store.orders.get(num(req.body.order_id));
		if (!order) {
			const answer = recordedAnswer(fake, 'live-error-404-order-note-attach-not-found');
			return { ...answer, body: { ...(answer.body as object), message: `No query results for model [FluentCart\\App\\Models\\Order] ${String(req.body.order_id)}` } };
		}
		order.note = String(req.body.note ?? '').replace(/<[^>]*>/g, '').replace(/\s*\n\s*/g, ' ');
		return recordedAnswer(fake, 'live-order-update-note');
	});
	registerOrderActionRoutes(fake);
	registerOrderBulkRoutes(fake);
}
