/** Turns a FluentCart Pro "all data" webhook body into one tidy output item. */
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { normaliseNumbers } from '../shared/normalize';
import { fluentCartRequest } from '../shared/transport';
import { EVENT_NAMES } from './events';

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** FluentCart sends a missing address as `[]`; an address otherwise. */
const address = (value: unknown) => (isObject(value) && Object.keys(value).length ? value : null);

const list = (value: unknown) => (Array.isArray(value) ? (value as IDataObject[]) : []);

/** Whether the body looks like what FluentCart sends (an object with an order). */
export function isFluentCartBody(body: unknown): body is IDataObject {
	return isObject(body) && isObject(body.order) && body.order.id !== undefined;
}

export function toItem(event: string, body: IDataObject): IDataObject {
	return normaliseNumbers({
		event,
		event_name: EVENT_NAMES[event] ?? event,
		order: body.order,
		customer: isObject(body.customer) ? body.customer : null,
		order_items: list(body.order_items),
		transactions: list(body.transactions),
		subscriptions: list(body.subscriptions),
		tax_rates: list(body.tax_rates),
		shipping_address: address(body.shipping_address),
		billing_address: address(body.billing_address),
	}) as IDataObject;
}

/**
 * FluentCart sends renewal orders with an empty `subscriptions` list (it looks subscriptions up by
 * the renewal order's own id). Fetch them through the parent order instead. Never fails the
 * delivery: a lookup problem is reported in the item.
 */
export async function addSubscriptions(ctx: IWebhookFunctions, item: IDataObject): Promise<void> {
	const subscriptions = item.subscriptions as IDataObject[];
	const order = item.order as IDataObject;
	const parentId = Number(order.parent_id);
	if (subscriptions.length || !parentId) return;
	try {
		const parent = await fluentCartRequest(ctx, { method: 'GET', path: `orders/${parentId}` });
		item.subscriptions = list((parent.order as IDataObject | undefined)?.subscriptions);
		item.subscriptions_from_parent_order = parentId;
	} catch (error) {
		item.subscription_lookup_error = `Could not read the subscriptions of parent order ${parentId}: ${(error as Error).message}`;
	}
}

/**
 * What makes a delivery a repeat: the event, the object it is about and its state. FluentCart's
 * feed body names no subscription (only the order and all of its `subscriptions`), so for a
 * subscription event the key is the order plus each subscription's id and status: a queue that
 * sends one delivery twice repeats the key, while two subscriptions of one order changing one
 * after the other give two keys. A body that does name its subscription is keyed by it.
 */
export function deliveryKey(event: string, body: IDataObject): string {
	const order = `order:${String((body.order as IDataObject).id)}`;
	if (!event.startsWith('subscription_')) return `${event}:${order}`;
	const subscription = body.subscription as IDataObject | undefined;
	if (isObject(subscription) && subscription.id !== undefined && subscription.id !== null) {
		return `${event}:subscription:${String(subscription.id)}`;
	}
	const states = list(body.subscriptions)
		.map((s) => `${String((s as IDataObject).id)}=${String((s as IDataObject).status)}`)
		.sort();
	return states.length ? `${event}:${order}:subscriptions:${states.join(',')}` : `${event}:${order}`;
}
