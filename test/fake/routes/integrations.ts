/**
 * Integration feeds (IntegrationController in FluentCart 1.3.25) and the "Webhook" provider of
 * FluentCart Pro, which sends the feeds' HTTP requests when their events happen.
 *
 * Without Pro (the default) the webhook provider is missing: `addons.webhook.enabled` is false,
 * webhook feeds are stripped to `{enabled}` when saved and never listed or sent. With
 * `fake.pro = true` the provider is there and deliveries go out, like Pro's WebhookConnect:
 * the feed's method and URL, its custom headers plus Content-Type and WordPress's User-Agent, and
 * the "all data" body (order columns, customer, transactions, order items, subscriptions, tax
 * rates, addresses). No signature, no event name, no retries.
 */
import { sleep } from 'n8n-workflow';

import addonsFixture from '../../fixtures/fluentcart-1.3.25/integration-addons.json';
import { modelNotFound, ok, pluginException, sendError } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';
import { orderRow } from './order-shapes';

/** What Pro's webhook provider keeps of a feed (getIntegrationDefaults / getSettingsFields). */
const WEBHOOK_KEYS = [
	'enabled',
	'name',
	'request_url',
	'request_method',
	'request_format',
	'request_headers',
	'request_body',
	'event_trigger',
	'conditional_variation_ids',
];
const REQUIRED = ['name', 'request_url', 'request_method', 'request_format', 'request_headers', 'request_body', 'event_trigger'];
const LABELS: Record<string, string> = {
	name: 'Name',
	request_url: 'Request URL',
	request_method: 'Request Method',
	request_format: 'Request Format',
	request_headers: 'Request Headers',
	request_body: 'Request Body',
	event_trigger: 'Event Trigger',
};

export interface Delivery {
	feedId: number;
	event: string;
	orderId: number;
	url: string;
	status: number;
	error?: string;
}

function webhookProvider(enabled: boolean) {
	return {
		title: 'Webhook',
		description: 'Send data anywhere via webhook',
		logo: '',
		enabled,
		scopes: ['global', 'product'],
		delay_on_product_action: true,
		delay_on_global_action: true,
	};
}

const isFilled = (value: unknown) =>
	(typeof value === 'string' && value.trim() !== '') ||
	(Array.isArray(value) && value.length > 0) ||
	(value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0);

/** The Pro "all data" body for an order. */
export function allDataPayload(fake: FakeFluentCart, orderId: number): Row | undefined {
	const store = fake.store;
	const order = store.orders.get(orderId);
	if (!order) return undefined;
	const customer = store.customers.get(Number(order.customer_id));
	return {
		order: orderRow(order),
		customer: customer ? store.customerWithAppends(customer) : null,
		transactions: store.transactionsOf(orderId),
		order_items: store.itemsOf(orderId),
		subscriptions: [...store.table('subscriptions').values()].filter((s) => Number(s.parent_order_id) === orderId),
		tax_rates: [],
		shipping_address: [],
		billing_address: [],
	};
}

/** Sends one feed's request the way Pro's WebhookConnect::processAction does. */
async function deliverFeed(fake: FakeFluentCart, feedId: number, event: string, orderId: number): Promise<void> {
	// FluentCart runs most feeds from its background queue: late, sometimes twice.
	if (fake.webhookDelayMs > 0) await sleep(fake.webhookDelayMs);
	const feed = fake.store.table('integration_feeds').get(feedId);
	const payload = allDataPayload(fake, orderId);
	if (!feed || !payload) return;
	const data = feed.feed as Row;
	const headers: Record<string, string> = {
		'User-Agent': `WordPress/6.9.7; ${fake.store.siteUrl}`,
		'Content-Type':
			data.request_format === 'form_data'
				? 'application/x-www-form-urlencoded; charset=utf-8'
				: 'application/json; charset=utf-8',
	};
	const custom = data.request_headers as { type?: string; data?: Array<{ name: string; value: string }> } | undefined;
	if (custom?.type === 'custom_headers') for (const h of custom.data ?? []) headers[h.name] = h.value;
	const url = String(data.request_url);
	for (let copy = 0; copy < fake.repeatDeliveries; copy++) {
		const delivery: Delivery = { feedId, event, orderId, url, status: 0 };
		try {
			// Timeout 20 s, like wp_remote_request in WebhookConnect.
			const response = await fetch(url, {
				method: String(data.request_method ?? 'post').toUpperCase(),
				headers,
				body: JSON.stringify(payload),
				signal: AbortSignal.timeout(20000),
			});
			delivery.status = response.status;
			await response.text();
		} catch (error) {
			delivery.error = (error as Error).message;
		}
		fake.deliveries.push(delivery);
		// No retries: a failure only becomes an activity log line.
		fake.store.log('Order', orderId, delivery.status >= 200 && delivery.status < 300 ? 'Webhook Request Sent' : 'Webhook Request Failed', `Feed ${feedId}: ${delivery.status || delivery.error}`);
	}
}

export function registerIntegrationRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;
	const feeds = store.table('integration_feeds');

	fake.route('GET', ns, 'integration/addons', () => {
		const addons = JSON.parse(JSON.stringify(addonsFixture.response.addons)) as Record<string, Row>;
		addons.webhook = { ...addons.webhook, enabled: fake.pro, is_pro_active: fake.pro };
		return ok({ addons });
	});

	fake.route('GET', ns, 'integration/global-feeds', () => {
		// Only feeds of registered, enabled providers are listed: without Pro, none.
		const listed = fake.pro ? [...feeds.values()].filter((f) => f.provider === 'webhook') : [];
		return ok({
			feeds: listed
				.sort((a, b) => Number(a.id) - Number(b.id))
				.map((f) => {
					const data = f.feed as Row;
					return { id: f.id, name: data.name, enabled: data.enabled, provider: f.provider, feed: data, scope: 'global' };
				}),
			available_integrations: fake.pro ? { webhook: webhookProvider(true) } : {},
			all_module_config_url: `${store.siteUrl}/wp-admin/admin.php?page=fluent-cart#/integrations`,
		});
	});

	fake.route('POST', ns, 'integration/global-feeds/settings', (req) => {
		const provider = String(req.body.integration_name ?? '');
		const integrationId = req.body.integration_id ? Number(req.body.integration_id) : null;
		const existing = integrationId ? feeds.get(integrationId) : undefined;
		if (integrationId && (!existing || existing.provider !== provider)) return sendError('Integration not found');
		if (typeof req.body.integration !== 'string') {
			// json_decode() on an array: a PHP TypeError.
			return pluginException('json_decode(): Argument #1 ($json) must be of type string, array given');
		}
		let settings: Row;
		try {
			settings = JSON.parse(req.body.integration) as Row;
		} catch {
			settings = {};
		}
		let feedData: Row;
		if (provider === 'webhook' && fake.pro) {
			feedData = {};
			for (const key of WEBHOOK_KEYS) if (settings[key] !== undefined) feedData[key] = settings[key];
			if (settings.enabled) {
				const errors: Record<string, string> = {};
				for (const key of REQUIRED) if (!isFilled(feedData[key])) errors[key] = `${LABELS[key]} is required.`;
				if (Object.keys(errors).length) return sendError('Please fill up the required fields:', 422, { errors });
			}
		} else {
			// No field definitions for this provider: only these two keys survive.
			feedData = {};
			for (const key of ['enabled', 'conditional_variation_ids']) if (settings[key] !== undefined) feedData[key] = settings[key];
		}
		let created = false;
		if (existing) {
			existing.feed = feedData;
		} else {
			const id = store.nextId('meta', feeds.keys());
			feeds.set(id, { id, provider, feed: feedData });
			created = true;
		}
		return ok({
			message: 'Integration has been successfully saved',
			integration_id: integrationId,
			integration_name: provider,
			created,
			feedData,
		});
	});

	fake.route('POST', ns, 'integration/global-feeds/change-status/:integration_id(int)', (req) => {
		const feed = feeds.get(Number(req.params.integration_id));
		if (!feed) return modelNotFound('Meta');
		const meta = feed.feed as Row;
		meta.enabled = req.body.status === 'yes' ? 'yes' : 'no';
		return ok({ message: 'Integration status updated successfully.', meta });
	});

	fake.route('DELETE', ns, 'integration/global-feeds/:integration_id(int)', (req) => {
		const id = Number(req.params.integration_id);
		if (!feeds.has(id)) return modelNotFound('Meta');
		feeds.delete(id);
		return ok({ message: 'Integration has been deleted successfully.', id: String(id) });
	});

	// Pro's WebhookConnect: send every enabled webhook feed that listens to the event.
	fake.onEvent((event, orderId) => {
		if (!fake.pro) return;
		for (const feed of [...feeds.values()]) {
			const data = feed.feed as Row;
			if (feed.provider !== 'webhook' || data.enabled !== 'yes') continue;
			if (!Array.isArray(data.event_trigger) || !data.event_trigger.includes(event)) continue;
			fake.track(deliverFeed(fake, Number(feed.id), event, orderId));
		}
	});
}
