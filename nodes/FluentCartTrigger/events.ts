/**
 * The events FluentCart's integration feeds can send (Status::eventTriggers): ten, and an
 * eleventh, Subscription Reactivated, from FluentCart 1.3.27.
 */
export interface TriggerEvent {
	value: string;
	name: string;
	description: string;
}

export const TRIGGER_EVENTS: TriggerEvent[] = [
	{
		value: 'order_paid_done',
		name: 'Order Paid',
		description: 'An order (one-time or the first payment of a subscription) has been paid',
	},
	{
		value: 'order_status_changed_to_canceled',
		name: 'Order Canceled',
		description: 'An order’s status changed to canceled',
	},
	{
		value: 'order_fully_refunded',
		name: 'Order Fully Refunded',
		description: 'Everything paid for an order has been refunded (partial refunds do not trigger)',
	},
	{
		value: 'shipping_status_changed_to_shipped',
		name: 'Order Shipped',
		description: 'An order’s shipping status changed to shipped',
	},
	{
		value: 'shipping_status_changed_to_delivered',
		name: 'Order Delivered',
		description: 'An order’s shipping status changed to delivered',
	},
	{
		value: 'subscription_activated',
		name: 'Subscription Activated',
		description: 'A subscription became active',
	},
	{
		value: 'subscription_canceled',
		name: 'Subscription Canceled',
		description: 'A subscription was canceled',
	},
	{
		value: 'subscription_reactivated',
		name: 'Subscription Reactivated',
		description: 'A canceled or expired subscription became active again (FluentCart 1.3.27 or later)',
	},
	{
		value: 'subscription_renewed',
		name: 'Subscription Renewed',
		description:
			'A renewal payment succeeded; the order is the new renewal order, the subscription is fetched through its parent order',
	},
	{
		value: 'subscription_eot',
		name: 'Subscription End of Term',
		description: 'A subscription with a fixed number of payments completed its last one',
	},
	{
		value: 'subscription_expired_validity',
		name: 'Subscription Expired',
		description: 'A subscription’s access validity ended',
	},
];

export const EVENT_NAMES: Record<string, string> = Object.fromEntries(TRIGGER_EVENTS.map((e) => [e.value, e.name]));

export const TRIGGER_HEADER = 'X-N8N-FluentCart-Secret';
export const EVENT_HEADER = 'X-FluentCart-Event';
