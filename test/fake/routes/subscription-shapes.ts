/**
 * Subscriptions as FluentCart 1.3.25 stores and serialises them (subscriptions-list.json,
 * subscription-get.json, subscription-cancel.json), and a scenario that adds one.
 *
 * No subscription exists at construction (order tests expect the first order to be #1): tests
 * call `addSubscriptionScenario(fake)`, which creates the paid parent order the way the recorded
 * lab did (order-create-subscription-lab.json + order-mark-paid-subscription.json) and the
 * subscription row. FluentCart's manual-order route refuses subscription items, so the scenario
 * writes to the store directly, as FluentCart's checkout would.
 */
import subscriptionsList from '../../fixtures/fluentcart-1.3.25/subscriptions-list.json';
import { clone } from '../seed';
import { permissionCallbackError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import type { FakeStore, Row } from '../store';
import { orderRow } from './order-shapes';

export const SUBSCRIPTIONS = 'subscriptions';

/** Attributes FluentCart appends when serialising (not columns). */
const APPENDS = ['url', 'payment_info', 'billingInfo', 'overridden_status', 'currency', 'reactivate_url', 'meta'];

/** Subscription model fillable columns (valid sort_by values; `id` is guarded). */
export const SUBSCRIPTION_FILLABLE = [
	'customer_id',
	'parent_order_id',
	'product_id',
	'item_name',
	'variation_id',
	'billing_interval',
	'signup_fee',
	'quantity',
	'recurring_amount',
	'recurring_tax_total',
	'recurring_total',
	'bill_times',
	'bill_count',
	'expire_at',
	'trial_ends_at',
	'canceled_at',
	'restored_at',
	'collection_method',
	'trial_days',
	'vendor_customer_id',
	'vendor_plan_id',
	'vendor_subscription_id',
	'next_billing_date',
	'status',
	'original_plan',
	'vendor_response',
	'current_payment_method',
	'config',
];

/** The recorded row without its appends: the template every stored subscription follows. */
function template(): Row {
	const row = clone(subscriptionsList.response.data.data[0]) as Row;
	for (const key of APPENDS) delete row[key];
	return row;
}

const INTERVAL_UNITS: Record<string, string> = {
	yearly: 'year',
	half_yearly: 'half year',
	quarterly: 'quarter',
	monthly: 'month',
	weekly: 'week',
	daily: 'day',
};

/** Helper::generateSubscriptionInfo: "$9.00 per month until cancel" / "…, for 12 month". */
export function paymentInfo(store: FakeStore, totalCents: number, interval: string, billTimes: number, currency?: string) {
	const unit = INTERVAL_UNITS[interval] ?? interval.replace(/[_-]/g, ' ');
	const price = store.formatMoney(totalCents, currency);
	return billTimes > 0 ? `${price} per ${unit}, for ${billTimes} ${unit}` : `${price} per ${unit} until cancel`;
}

const configOf = (row: Row) => (row.config && typeof row.config === 'object' ? (row.config as Row) : {});

/** Subscription::canReactive (Pro only) → getReactivateUrl. */
function reactivateUrl(fake: FakeFluentCart, row: Row): string {
	const config = configOf(row);
	const reactivatable = ['canceled', 'failing', 'expired', 'paused', 'expiring', 'past_due'].includes(String(row.status));
	if (!fake.pro || Number(row.recurring_amount) <= 0 || config.upgraded_to_sub_id || config.cancellation_reason === 'refunded') {
		return '';
	}
	return reactivatable
		? `${fake.store.siteUrl}/?fluent-cart=reactivate-subscription&subscription_hash=${String(row.uuid)}`
		: '';
}

/** getOverriddenStatusAttribute. */
function overriddenStatus(store: FakeStore, row: Row): string {
	const simulated = configOf(row).is_trial_days_simulated === 'yes';
	if (simulated && row.status === 'trialing') return 'active';
	const trialEnds = Date.parse(String(row.created_at)) + Number(row.trial_days) * 86400000;
	if (!simulated && row.status === 'active' && Number(row.trial_days) > 0 && trialEnds > store.now().getTime()) {
		return 'trialing';
	}
	return String(row.status);
}

function appends(fake: FakeFluentCart, row: Row): Row {
	const store = fake.store;
	const currency = String(configOf(row).currency || store.settings.currency).toUpperCase();
	return {
		url: '',
		payment_info: paymentInfo(store, Number(row.recurring_total), String(row.billing_interval), Number(row.bill_times), currency),
		billingInfo: [],
		overridden_status: overriddenStatus(store, row),
		currency,
		reactivate_url: reactivateUrl(fake, row),
	};
}

/** A list / action row: columns, appends, eager-loaded relations, then the lazily loaded `meta`. */
export function subscriptionView(fake: FakeFluentCart, row: Row, relations: Row = {}): Row {
	return { ...row, ...appends(fake, row), ...relations, meta: [] };
}

/** `GET subscriptions/{id}` (SubscriptionController::getSubscriptionOrderDetails). */
export function subscriptionDetails(fake: FakeFluentCart, row: Row): Row {
	const store = fake.store;
	const parentId = Number(row.parent_order_id);
	const parent = store.orders.get(parentId);
	const related = [...store.orders.values()]
		.filter((o) => Number(o.id) === parentId || Number(o.parent_id) === parentId)
		.sort((a, b) => Number(b.id) - Number(a.id))
		.map((o) => ({
			...orderRow(o),
			// Loaded with a column list: payment_info and formatted_total have nothing to work from.
			order_items: store.itemsOf(Number(o.id)).map((item) => ({
				id: item.id,
				order_id: item.order_id,
				post_title: item.post_title,
				title: item.title,
				quantity: item.quantity,
				payment_type: item.payment_type,
				line_meta: item.line_meta,
				payment_info: '',
				setup_info: '',
				is_custom: false,
				formatted_total: null,
			})),
		}));
	const customer = store.customers.get(Number(row.customer_id));
	const subscription: Row = {
		...row,
		billing_address: null,
		shipping_address: null,
		related_orders: related,
		...appends(fake, row),
		labels: [],
		activities: [],
		customer: customer ? { ...store.customerWithAppends(customer), shipping_address: [], billing_address: [] } : null,
		order: parent ? { ...orderRow(parent), billing_address: null, shipping_address: null } : null,
		meta: [],
	};
	return {
		subscription,
		selected_labels: [],
		reminder_permissions: { canSendRenewal: false, canSendTrialEnd: false },
	};
}

export interface SubscriptionScenarioOptions {
	customerId?: number;
	/** A subscription variation (the seeded "Lab Pro Membership – Monthly" is #3). */
	variationId?: number;
	status?: string;
	paymentMethod?: string;
	billTimes?: number;
	nextBillingDate?: string | null;
	vendorSubscriptionId?: string | null;
	/** `automatic` (gateway-billed, as recorded) or, from 1.6, `manual`/`system` (store-billed). */
	collectionMethod?: 'automatic' | 'manual' | 'system';
}

export interface SubscriptionScenario {
	orderId: number;
	subscriptionId: number;
}

/**
 * A paid subscription order (digital, so completed) and its subscription, shaped like the
 * recorded ones. Returns the ids.
 */
export function addSubscriptionScenario(fake: FakeFluentCart, options: SubscriptionScenarioOptions = {}): SubscriptionScenario {
	const store = fake.store;
	const variationId = options.variationId ?? 3;
	const variation = store.variations.get(variationId);
	const customer = store.customers.get(options.customerId ?? 1);
	if (!variation || !customer) throw new Error('addSubscriptionScenario: unknown variation or customer');
	const product = store.products.get(Number(variation.post_id));
	const variationInfo = (variation.other_info ?? {}) as Row;
	const interval = String(variationInfo.repeat_interval ?? 'monthly');
	const total = Math.trunc(Number(variation.item_price));
	const paymentMethod = options.paymentMethod ?? 'offline_payment';
	const now = store.isoNow();
	const gmt = store.gmtNow();
	const currency = store.settings.currency;

	const orderId = store.nextId('orders', store.orders.keys());
	const subscriptionId = store.nextId(SUBSCRIPTIONS, store.table(SUBSCRIPTIONS).keys());
	const receipt = store.nextReceiptNumber();
	store.orders.set(orderId, {
		id: orderId,
		status: 'completed',
		parent_id: null,
		receipt_number: String(receipt),
		invoice_no: `INV-${receipt}`,
		fulfillment_type: 'digital',
		type: 'subscription',
		mode: store.settings.order_mode,
		shipping_status: '',
		customer_id: Number(customer.id),
		payment_method: paymentMethod,
		payment_status: 'paid',
		payment_method_title: paymentMethod === 'offline_payment' ? 'Cash' : paymentMethod,
		currency,
		subtotal: total,
		discount_tax: 0,
		manual_discount_total: 0,
		coupon_discount_total: 0,
		shipping_tax: 0,
		shipping_total: 0,
		fee_total: 0,
		tax_total: 0,
		total_amount: total,
		total_paid: String(total),
		total_refund: '0',
		rate: '1.0000',
		tax_behavior: '0',
		note: '',
		ip_address: '',
		completed_at: gmt,
		refunded_at: null,
		uuid: store.uuid(),
		config: { user_tz: null },
		created_at: now,
		updated_at: now,
	});
	const itemId = store.nextId('order_items', store.orderItems.keys());
	store.orderItems.set(itemId, {
		id: itemId,
		order_id: String(orderId),
		post_id: String(variation.post_id),
		fulfillment_type: 'digital',
		payment_type: 'subscription',
		post_title: String(product?.post_title ?? ''),
		title: String(variation.variation_title),
		object_id: String(variation.id),
		cart_index: '0',
		quantity: '1',
		unit_price: total,
		cost: 0,
		subtotal: total,
		tax_amount: 0,
		shipping_charge: 0,
		discount_total: 0,
		line_total: total,
		refund_total: 0,
		rate: '1',
		other_info: { payment_type: 'subscription', repeat_interval: interval, manage_setup_fee: 'no' },
		line_meta: [],
		fulfilled_quantity: '0',
		referrer: null,
		created_at: now,
		updated_at: now,
		payment_info: paymentInfo(store, total, interval, options.billTimes ?? 0),
		setup_info: '',
		is_custom: false,
		formatted_total: store.formatMoney(total),
	});
	const txId = store.nextId('transactions', store.transactions.keys());
	store.transactions.set(txId, {
		id: txId,
		order_id: String(orderId),
		order_type: 'subscription',
		transaction_type: 'charge',
		subscription_id: String(subscriptionId),
		card_last_4: null,
		card_brand: null,
		vendor_charge_id: '',
		payment_method: paymentMethod,
		payment_mode: store.settings.order_mode,
		payment_method_type: paymentMethod,
		status: 'succeeded',
		currency,
		total: String(total),
		rate: '1',
		uuid: store.uuid(),
		meta: [],
		created_at: now,
		updated_at: now,
		url: '',
	});

	const row = template();
	Object.assign(row, {
		id: subscriptionId,
		uuid: store.uuid(),
		customer_id: String(customer.id),
		parent_order_id: String(orderId),
		product_id: String(variation.post_id),
		item_name: `${String(product?.post_title ?? '')} - ${String(variation.variation_title)}`,
		quantity: '1',
		variation_id: String(variation.id),
		billing_interval: interval,
		recurring_amount: String(total),
		recurring_total: String(total),
		bill_times: String(options.billTimes ?? 0),
		next_billing_date: options.nextBillingDate ?? null,
		vendor_subscription_id: options.vendorSubscriptionId ?? null,
		status: options.status ?? 'pending',
		...(options.collectionMethod ? { collection_method: options.collectionMethod } : {}),
		current_payment_method: paymentMethod,
		config: { currency, is_trial_days_simulated: 'no' },
		created_at: now,
		updated_at: now,
	});
	store.table(SUBSCRIPTIONS).set(subscriptionId, row);

	store.log('Order', orderId, 'Order Created', 'Order Created successfully!');
	store.log('Order', orderId, 'Order status updated', 'Order status has been updated from processing to completed');
	store.recountCustomer(Number(customer.id));
	return { orderId, subscriptionId };
}

/**
 * `{order}` and `{subscription}` of a subscription action: route-model bound, so a missing one
 * fails inside the permission callback (403).
 */
export function bound(fake: FakeFluentCart, req: FakeRequest): Row | FakeResponse {
	const order = fake.store.orders.get(Number(req.params.order));
	if (!/^\d+$/.test(req.params.order) || !order) return permissionCallbackError('Order');
	const row = fake.store.table(SUBSCRIPTIONS).get(Number(req.params.subscription));
	if (!/^\d+$/.test(req.params.subscription) || !row) return permissionCallbackError('Subscription');
	return row;
}

/** A subscription row's status is a string; an answer's is a number. */
export const isResponse = (value: Row | FakeResponse): value is FakeResponse => typeof value.status === 'number';
