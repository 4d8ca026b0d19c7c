/** How FluentCart 1.3.25 serialises orders in its three answer shapes (see the order fixtures). */
import type { FakeStore, Row } from '../store';

/** Order columns in the order FluentCart returns them. */
export const ORDER_COLUMNS = [
	'id',
	'status',
	'parent_id',
	'receipt_number',
	'invoice_no',
	'fulfillment_type',
	'type',
	'mode',
	'shipping_status',
	'customer_id',
	'payment_method',
	'payment_status',
	'payment_method_title',
	'currency',
	'subtotal',
	'discount_tax',
	'manual_discount_total',
	'coupon_discount_total',
	'shipping_tax',
	'shipping_total',
	'fee_total',
	'tax_total',
	'total_amount',
	'total_paid',
	'total_refund',
	'rate',
	'tax_behavior',
	'note',
	'ip_address',
	'completed_at',
	'refunded_at',
	'uuid',
	'config',
	'created_at',
	'updated_at',
] as const;

/** Order model fillable columns (valid sort_by values). */
export const ORDER_FILLABLE = [
	'status',
	'parent_id',
	'invoice_no',
	'receipt_number',
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
	'fee_total',
	'tax_total',
	'tax_behavior',
	'total_amount',
	'rate',
	'note',
	'ip_address',
	'completed_at',
	'refunded_at',
	'total_refund',
	'uuid',
	'created_at',
	'total_paid',
	'mode',
	'shipping_status',
	'config',
];

/** Columns only, as in `GET orders` rows. */
export function orderRow(order: Row): Row {
	const row: Row = {};
	for (const column of ORDER_COLUMNS) row[column] = order[column];
	return row;
}

function transactionsView(store: FakeStore, orderId: number): Row[] {
	return store.transactionsOf(orderId).map((t) => ({ ...t }));
}

function activitiesView(store: FakeStore, orderId: number): Row[] {
	return store.activities
		.filter((a) => a.module_name === 'Order' && a.module_id === orderId)
		.reverse()
		.map((a) => ({
			id: a.id,
			status: 'success',
			log_type: 'activity',
			module_type: 'FluentCart\\App\\Models\\Order',
			module_id: a.module_id,
			module_name: 'Order',
			user_id: '1',
			title: a.title,
			content: a.content,
			read_status: 'unread',
			created_by: 'admin',
			created_at: a.created_at,
			updated_at: a.created_at,
			user: { ID: 1, display_name: 'admin', user_email: 'admin@example.test' },
		}));
}

function customerOf(store: FakeStore, order: Row): Row | null {
	const customer = store.customers.get(Number(order.customer_id));
	return customer ? store.customerWithAppends(customer) : null;
}

/** `GET orders/{id}`: the order with every relation, wrapped with editor metadata. */
export function orderDetails(store: FakeStore, order: Row): Row {
	const id = Number(order.id);
	const items = store.itemsOf(id).map((item) => store.itemWithVariation(item));
	const children = [...store.orders.values()]
		.filter((o) => Number(o.parent_id) === id)
		.map((o) => orderRow(o));
	const parent = order.parent_id ? store.orders.get(Number(order.parent_id)) : undefined;
	return {
		order: {
			...orderRow(order),
			parent_order: parent ? orderRow(parent) : null,
			// Order.subscriptions is keyed by parent_order_id: a renewal order's list is empty.
			subscriptions: [...store.table('subscriptions').values()].filter((sub) => Number(sub.parent_order_id) === id),
			activities: activitiesView(store, id),
			labels: [],
			customer: customerOf(store, order),
			children,
			order_items: items,
			transactions: transactionsView(store, id),
			order_addresses: [],
			billing_address: null,
			shipping_address: null,
			applied_coupons: [],
			custom_checkout_url: `${store.siteUrl}/?fluent-cart=custom_checkout&order_hash=${String(order.uuid)}`,
			has_missing_licenses: false,
			order_operation: null,
			receipt_url: `/?order_hash=${String(order.uuid)}`,
		},
		discount_meta: '',
		shipping_meta: '',
		order_settings: [],
		selected_labels: [],
		tax_id: '',
		can_send_payment_reminder: order.payment_status !== 'paid',
	};
}

/**
 * `PUT orders/{id}/statuses` answers `data` with this shape. A shipping-status change reloads
 * the order differently: items without their variation, plus `order_tax_rates`.
 */
export function orderAfterStatusChange(store: FakeStore, order: Row, action: string): Row {
	const id = Number(order.id);
	const shipping = action === 'change_shipping_status';
	return {
		...orderRow(order),
		order_items: store.itemsOf(id).map((item) => {
			if (shipping) return { ...item };
			// Loaded as order_items.variants.product_detail: the variation carries its product detail.
			const variation = store.variations.get(Number(item.object_id));
			if (!variation) return { ...item, variants: null };
			const { media, ...view } = store.variationView(variation);
			return {
				...item,
				variants: { ...view, product_detail: store.detailView(Number(variation.post_id)), media },
			};
		}),
		customer: customerOf(store, order),
		shipping_address: null,
		billing_address: null,
		...(shipping ? { order_tax_rates: [] } : {}),
	};
}
