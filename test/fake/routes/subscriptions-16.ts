/**
 * What FluentCart 1.6 adds to subscriptions (1.6.3's SubscriptionController, SubscriptionService
 * and RenewalController): pause, resume and reactivate implemented, skip-renewal and charge-now,
 * and the renewal invoices (`renewals`). Before 1.6.0 pause/resume/reactivate are "Not available
 * yet" placeholders (subscriptions.ts) and the other routes do not exist.
 */
import { ok, permissionCallbackError, sendError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';
import { paginate } from './paginate';
import { orderRow } from './order-shapes';
import { bound, isResponse, SUBSCRIPTIONS, subscriptionView } from './subscription-shapes';

const STORE_BILLED = new Set(['manual', 'system']);
const OPEN_INVOICE = new Set(['pending', 'payment_scheduled']);
const INTERVAL_MONTHS: Record<string, number> = { yearly: 12, half_yearly: 6, quarterly: 3, monthly: 1 };

export function nextPeriod(date: string, interval: string): string {
	const at = new Date(`${date.replace(' ', 'T')}Z`);
	if (INTERVAL_MONTHS[interval]) at.setUTCMonth(at.getUTCMonth() + INTERVAL_MONTHS[interval]);
	else at.setUTCDate(at.getUTCDate() + (interval === 'weekly' ? 7 : 1));
	return at.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

/** Bound as before, and 1.6.3 checks that the order (the parent or a renewal) owns the subscription. */
function ownedBound(fake: FakeFluentCart, req: FakeRequest): Row | FakeResponse {
	const row = bound(fake, req);
	if (isResponse(row)) return row;
	const order = fake.store.orders.get(Number(req.params.order))!;
	const root = Number(order.parent_id) || Number(order.id);
	if (Number(row.parent_order_id) !== root) return { status: 403, body: { message: 'Subscription does not belong to this order.' } };
	return row;
}

function openInvoices(fake: FakeFluentCart, row: Row): Row[] {
	return [...fake.store.orders.values()].filter(
		(o) => o.type === 'renewal' && Number(o.parent_id) === Number(row.parent_order_id) && OPEN_INVOICE.has(String(o.payment_status)),
	);
}

function voidInvoice(fake: FakeFluentCart, invoice: Row) {
	invoice.payment_status = 'failed';
	invoice.status = 'canceled';
	fake.store.touchOrder(invoice);
}

function setStatus(fake: FakeFluentCart, row: Row, status: string) {
	row.status = status;
	row.updated_at = fake.store.isoNow();
}

function pause(fake: FakeFluentCart, row: Row): FakeResponse {
	const storeBilled = STORE_BILLED.has(String(row.collection_method));
	// Gateway-billed: the offline gateway declares no pause support.
	if (!storeBilled || !['active', 'trialing', 'past_due', 'expiring'].includes(String(row.status))) {
		return sendError('This subscription cannot be paused.');
	}
	for (const invoice of openInvoices(fake, row)) voidInvoice(fake, invoice);
	setStatus(fake, row, 'paused');
	return ok({ message: 'Subscription has been paused successfully!', subscription: subscriptionView(fake, row) });
}

function resume(fake: FakeFluentCart, row: Row): FakeResponse {
	if (!STORE_BILLED.has(String(row.collection_method)) || row.status !== 'paused') return sendError('This subscription cannot be resumed.');
	setStatus(fake, row, 'active');
	return ok({ message: 'Subscription has been resumed successfully!', subscription: subscriptionView(fake, row) });
}

function reactivate(fake: FakeFluentCart, row: Row): FakeResponse {
	if (!STORE_BILLED.has(String(row.collection_method))) {
		return sendError('Only store-billed (manual or auto-charge) subscriptions can be reactivated.');
	}
	// Subscription::canReactivate needs FluentCart Pro, an amount and an ended status.
	const ended = ['canceled', 'failing', 'expired', 'expiring', 'past_due'].includes(String(row.status));
	if (!fake.pro || !ended || !(Number(row.recurring_amount) > 0)) return sendError('This subscription cannot be reactivated.');
	for (const invoice of openInvoices(fake, row)) voidInvoice(fake, invoice);
	row.canceled_at = null;
	setStatus(fake, row, 'active');
	return ok({ message: 'Subscription has been reactivated successfully!', subscription: subscriptionView(fake, row) });
}

function skipRenewal(fake: FakeFluentCart, row: Row, req: FakeRequest): FakeResponse {
	if (!STORE_BILLED.has(String(row.collection_method))) {
		return sendError('Skip next period is only available for store-billed (manual or auto-charge) subscriptions.');
	}
	if (!['active', 'trialing'].includes(String(row.status))) return sendError('Period can only be skipped for active or trialing subscriptions.');
	if (!row.next_billing_date) return sendError('Subscription has no upcoming billing date to skip.');
	const config = (row.config ?? {}) as Row;
	if (config.pending_skip_until === row.next_billing_date) return sendError('The next period could not be skipped. It may have already been skipped.');
	const old = String(row.next_billing_date);
	row.next_billing_date = nextPeriod(old, String(row.billing_interval));
	const skipped = Array.isArray(config.skipped_periods) ? (config.skipped_periods as Row[]) : [];
	row.config = { ...config, pending_skip_until: row.next_billing_date, skipped_periods: [...skipped, { date: old, reason: req.body.reason ?? '' }] };
	for (const invoice of openInvoices(fake, row)) voidInvoice(fake, invoice);
	setStatus(fake, row, String(row.status));
	return ok({ message: 'Billing period has been skipped successfully.', old_next_billing_date: old, new_next_billing_date: row.next_billing_date });
}

function chargeNow(fake: FakeFluentCart, row: Row): FakeResponse {
	const invoice = openInvoices(fake, row).sort((a, b) => Number(b.id) - Number(a.id))[0];
	if (!invoice) return sendError('There is no open renewal order to charge for this subscription.');
	if (row.collection_method !== 'system') return sendError('Only auto-charged (system) subscriptions can be charged from here.');
	// The fake's stored card always declines: a decline is HTTP 200 with status "failed".
	return ok({ status: 'failed', message: 'The card was declined.', subscription: subscriptionView(fake, row) });
}

function renewalRow(fake: FakeFluentCart, order: Row): Row {
	const customer = fake.store.customers.get(Number(order.customer_id));
	return { ...orderRow(order), customer: customer ? fake.store.customerWithAppends(customer) : null };
}

const renewals = (fake: FakeFluentCart) => [...fake.store.orders.values()].filter((o) => o.type === 'renewal');

function listRenewals(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const q = req.query;
	let rows = renewals(fake).sort((a, b) => Number(b.id) - Number(a.id));
	if (typeof q.payment_status === 'string' && q.payment_status) rows = rows.filter((o) => o.payment_status === q.payment_status);
	if (q.parent_id !== undefined && q.parent_id !== '') rows = rows.filter((o) => Number(o.parent_id) === Number(q.parent_id));
	if (q.customer_id !== undefined && q.customer_id !== '') rows = rows.filter((o) => Number(o.customer_id) === Number(q.customer_id));
	const page = paginate(rows, q, `${fake.store.siteUrl}/wp-json/${FLUENTCART_NS}/renewals`);
	page.data = page.data.map((o) => renewalRow(fake, o));
	return ok({ invoices: page });
}

function getRenewal(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const order = fake.store.orders.get(Number(req.params.id));
	if (!order || order.type !== 'renewal') {
		return { status: 404, body: { data: { message: 'Renewal order not found', buttonText: 'Back to Orders', route: '/orders' }, code: 'fluent_cart_entity_not_found' } };
	}
	const id = Number(order.id);
	return ok({
		invoice: { ...renewalRow(fake, order), order_items: fake.store.itemsOf(id), transactions: fake.store.transactionsOf(id) },
	});
}

function voidRenewal(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const order = fake.store.orders.get(Number(req.params.order));
	if (!order) return permissionCallbackError('Order');
	if (order.type !== 'renewal') return sendError('Only renewal orders can be voided', 400);
	if (!OPEN_INVOICE.has(String(order.payment_status))) return sendError('Only pending or scheduled invoices can be voided', 400);
	voidInvoice(fake, order);
	const subscription = [...fake.store.table(SUBSCRIPTIONS).values()].find((s) => Number(s.parent_order_id) === Number(order.parent_id));
	if (subscription?.next_billing_date) subscription.next_billing_date = nextPeriod(String(subscription.next_billing_date), String(subscription.billing_interval));
	return ok({ message: 'Renewal order has been voided successfully' });
}

export function registerSubscription16Routes(fake: FakeFluentCart) {
	const ns = FLUENTCART_NS;
	const since = '1.6.0';
	const base = 'orders/:order/subscriptions/:subscription';
	const action = (handler: (row: Row, req: FakeRequest) => FakeResponse) => (req: FakeRequest) => {
		const row = ownedBound(fake, req);
		return isResponse(row) ? row : handler(row, req);
	};
	fake.route('PUT', ns, `${base}/pause`, action((row) => pause(fake, row)), { since });
	fake.route('PUT', ns, `${base}/resume`, action((row) => resume(fake, row)), { since });
	fake.route('PUT', ns, `${base}/reactivate`, action((row) => reactivate(fake, row)), { since });
	fake.route('POST', ns, `${base}/skip-renewal`, action((row, req) => skipRenewal(fake, row, req)), { since });
	fake.route('POST', ns, `${base}/charge-now`, action((row) => chargeNow(fake, row)), { since });
	fake.route('GET', ns, 'renewals', (req) => listRenewals(fake, req), { since });
	fake.route('GET', ns, 'renewals/:id(int)', (req) => getRenewal(fake, req), { since });
	fake.route('POST', ns, 'renewals/:order/void', (req) => voidRenewal(fake, req), { since });
}

/** A renewal invoice for a subscription, as 1.6's renewal engine creates it before the due date. */
export function addRenewalInvoice(fake: FakeFluentCart, subscriptionId: number, paymentStatus: 'pending' | 'payment_scheduled' | 'paid' = 'pending'): number {
	const store = fake.store;
	const row = store.table(SUBSCRIPTIONS).get(subscriptionId);
	if (!row) throw new Error(`addRenewalInvoice: no subscription ${subscriptionId}`);
	const parent = store.orders.get(Number(row.parent_order_id))!;
	const id = store.nextId('orders', store.orders.keys());
	const amount = Number(row.recurring_total);
	store.orders.set(id, {
		...parent,
		id,
		parent_id: String(parent.id),
		type: 'renewal',
		status: paymentStatus === 'paid' ? 'completed' : 'pending',
		payment_status: paymentStatus,
		total_amount: amount,
		subtotal: amount,
		total_paid: paymentStatus === 'paid' ? String(amount) : '0',
		total_refund: '0',
		receipt_number: null,
		invoice_no: '',
		uuid: store.uuid(),
		config: { is_invoice: true, invoice_source: 'automatic_renewal' },
		created_at: store.isoNow(),
		updated_at: store.isoNow(),
	});
	return id;
}

/** Pays a renewal invoice in place (it keeps its id), as 1.6 does when the renewal is paid. */
export function payRenewalInvoice(fake: FakeFluentCart, orderId: number) {
	const order = fake.store.orders.get(orderId);
	if (!order) throw new Error(`payRenewalInvoice: no order ${orderId}`);
	order.payment_status = 'paid';
	order.status = 'completed';
	order.total_paid = String(order.total_amount);
	fake.store.touchOrder(order);
}

