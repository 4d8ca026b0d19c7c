/**
 * Subscriptions (SubscriptionController and SubscriptionFilter in FluentCart 1.3.25):
 * list (under `data`), details, cancel, re-sync, and the "Not available yet" placeholders
 * pause / resume / reactivate before 1.6.0. What 1.6 adds is in subscriptions-16.ts.
 */
import { asList } from '../php-query';
import type { PhpValue } from '../php-query';
import {
	entityNotFound,
	ok,
	pluginException,
	sendError,
} from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import { registerSubscription16Routes } from './subscriptions-16';
import { compare, paginate, parseOperatorSearch, sortRows } from './paginate';
import { orderRow } from './order-shapes';
import {
	bound,
	isResponse,
	SUBSCRIPTION_FILLABLE,
	SUBSCRIPTIONS,
	subscriptionDetails,
	subscriptionView,
} from './subscription-shapes';

export { addSubscriptionScenario } from './subscription-shapes';
export type { SubscriptionScenario, SubscriptionScenarioOptions } from './subscription-shapes';

const TABS = ['active', 'pending', 'intended', 'paused', 'trialing', 'canceled', 'failing', 'expiring', 'expired'];

/** Columns the plain search looks in (LIKE %term%). */
const SEARCH_COLUMNS = [
	'parent_order_id',
	'item_name',
	'vendor_subscription_id',
	'vendor_customer_id',
	'vendor_plan_id',
	'current_payment_method',
	'billing_interval',
	'bill_count',
];

const like = (value: unknown, needle: string) =>
	value !== null && value !== undefined && String(value).toLowerCase().includes(needle.toLowerCase());

/** SubscriptionFilter::applySimpleFilter + applyActiveViewFilter. */
export function filterSubscriptions(store: FakeStore, rows: Row[], query: Record<string, PhpValue>): Row[] {
	let out = rows;
	const search = typeof query.search === 'string' ? query.search.trim() : '';
	const operator = search ? parseOperatorSearch(search, { id: 'id' }) : undefined;
	if (operator) {
		out = out.filter((s) => compare(s[operator.column], operator.operator, operator.value));
	} else if (search) {
		const status = ['canceled', 'cancelled'].includes(search.toLowerCase()) ? 'canceled' : search.toLowerCase();
		out = out.filter((s) => {
			if (String(s.status).toLowerCase() === status) return true;
			if (search.includes('#')) return like(s.id, search.replace(/#/g, ''));
			if (search.includes('@')) return like(store.customers.get(Number(s.customer_id))?.email, search);
			return SEARCH_COLUMNS.some((column) => like(s[column], search));
		});
	}
	const view = typeof query.active_view === 'string' ? query.active_view : '';
	// An unknown view is not a tab: FluentCart ignores it (it may name a saved Pro view).
	if (TABS.includes(view)) out = out.filter((s) => s.status === view);
	return out;
}

function relationsOf(store: FakeStore, row: Row, relations: string[]): Row {
	const out: Row = {};
	for (const relation of relations) {
		if (relation === 'customer') {
			const customer = store.customers.get(Number(row.customer_id));
			out.customer = customer ? store.customerWithAppends(customer) : null;
		} else if (relation === 'order') {
			const order = store.orders.get(Number(row.parent_order_id));
			out.order = order ? orderRow(order) : null;
		} else if (relation === 'labels') {
			out.labels = [];
		}
	}
	return out;
}

function list(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const store = fake.store;
	const relations = asList(req.query.with);
	const unknown = relations.find((r) => !['customer', 'order', 'labels'].includes(r));
	if (unknown) {
		return pluginException(`Call to undefined relationship [${unknown}] on model [FluentCart\\App\\Models\\Subscription].`);
	}
	const rows = [...store.table(SUBSCRIPTIONS).values()];
	const sorted = sortRows(filterSubscriptions(store, rows, req.query), req.query, SUBSCRIPTION_FILLABLE, 'id');
	const page = paginate(sorted, req.query, `${store.siteUrl}/wp-json/${FLUENTCART_NS}/subscriptions`);
	page.data = page.data.map((row) => {
		const view = subscriptionView(fake, row, relationsOf(store, row, relations));
		// 1.4+ lists each subscription with a display name (recorded on 1.5.2: subscriptions-list).
		return fake.atLeast('1.4.0') ? { ...view, display_item_name: view.item_name } : view;
	});
	return ok({ data: page });
}

function details(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const id = req.params.subscriptionOrderId;
	const row = /^\d+$/.test(id) ? fake.store.table(SUBSCRIPTIONS).get(Number(id)) : undefined;
	if (!row) {
		return entityNotFound('Subscription not found', 'Back to Subscription list', '/subscriptions', {
			method: req.method,
			request_url: `${fake.store.siteUrl}/wp-json/${FLUENTCART_NS}/${req.path}`,
			route_params: { subscriptionOrderId: id },
			query_params: [],
			body_params: [],
		});
	}
	return ok(subscriptionDetails(fake, row));
}

/** Gateways with a subscriptions module in the fake: the offline one (CodSubscriptions). */
const OFFLINE = new Set(['offline_payment', 'cod']);

function cancel(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const store = fake.store;
	const row = bound(fake, req);
	if (isResponse(row)) return row;
	// getSafe('cancel_reason', 'sanitize_text_field')
	const raw = req.body.cancel_reason;
	const reason = raw === undefined || raw === null || typeof raw === 'object' ? '' : String(raw).replace(/<[^>]*>/g, '').trim();
	if (!reason) return sendError('Please select cancel reason!');
	if (row.status === 'canceled') return sendError('This subscription is already cancelled.');
	const vendorOk = OFFLINE.has(String(row.current_payment_method));
	const wasCompleted = row.status === 'completed';
	row.status = wasCompleted ? 'completed' : 'canceled';
	row.canceled_at = wasCompleted ? null : vendorOk || !row.canceled_at ? store.gmtNow() : row.canceled_at;
	row.config = { ...((row.config ?? {}) as Row), cancellation_reason: reason };
	row.updated_at = store.isoNow();
	if (!wasCompleted) fake.emit('subscription_canceled', Number(row.parent_order_id));
	if (!vendorOk) {
		return sendError('Subscription cancelled locally. Vendor Response: This payment method does not support remote subscription cancel');
	}
	return ok({ message: 'Subscription has been cancelled successfully!', subscription: subscriptionView(fake, row) });
}

function resync(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const row = bound(fake, req);
	if (isResponse(row)) return row;
	if (!OFFLINE.has(String(row.current_payment_method))) {
		return sendError('This payment method does not support remote resync');
	}
	// CodSubscriptions::reSyncSubscriptionFromRemote: nothing remote, the model comes back as it is.
	return ok({
		message: 'Subscription fetched successfully from remote payment gateway!',
		subscription: subscriptionView(fake, row),
	});
}

function notAvailable(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const row = bound(fake, req);
	if (isResponse(row)) return row;
	return sendError('Not available yet');
}

export function registerSubscriptionRoutes(fake: FakeFluentCart) {
	const ns = FLUENTCART_NS;
	fake.route('GET', ns, 'subscriptions', (req) => list(fake, req));
	fake.route('GET', ns, 'subscriptions/:subscriptionOrderId', (req) => details(fake, req));
	const base = 'orders/:order/subscriptions/:subscription';
	fake.route('PUT', ns, `${base}/cancel`, (req) => cancel(fake, req));
	fake.route('PUT', ns, `${base}/fetch`, (req) => resync(fake, req));
	// Placeholders until 1.6.0, which implements them (subscriptions-16.ts).
	for (const action of ['reactivate', 'pause', 'resume']) {
		fake.route('PUT', ns, `${base}/${action}`, (req) => notAvailable(fake, req), { until: '1.6.0' });
	}
	registerSubscription16Routes(fake);
}
