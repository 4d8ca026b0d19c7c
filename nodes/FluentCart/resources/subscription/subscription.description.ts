import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../../shared/locators';
import { subscriptionListFields } from './subscription.list.fields';

const showFor = (operation: string[]) => ({ show: { resource: ['subscription'], operation } });

/** `active_view` tabs of FluentCart's subscriptions screen (SubscriptionFilter::tabsMap). */
export const SUBSCRIPTION_VIEWS = [
	'active',
	'canceled',
	'expired',
	'expiring',
	'failing',
	'intended',
	'paused',
	'pending',
	'trialing',
] as const;

/** The reasons FluentCart's own cancel dialog offers (anything else is stored as typed). */
export const CANCEL_REASONS = ['customer_request', 'completed', 'fraudulent', 'refunded', 'other'] as const;

export const subscriptionOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['subscription'] } },
	default: 'get',
	options: [
		{
			name: 'Cancel',
			value: 'cancel',
			action: 'Cancel a subscription',
			description:
				'Cancel a subscription at the payment gateway and in FluentCart; a cancellation reason is required',
		},
		{
			name: 'Charge Now',
			value: 'chargeNow',
			action: 'Charge a subscription now',
			description:
				'Charge the open renewal invoice of an auto-charged (system) subscription now. Needs FluentCart 1.6.0 or later.',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a subscription',
			description: 'Get one subscription with its customer, parent order and related orders',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many subscriptions',
			description: 'List subscriptions, filtered by status view or search text',
		},
		{
			name: 'Pause',
			value: 'pause',
			action: 'Pause a subscription',
			description:
				'Pause a subscription (store-billed ones, or gateway-billed where the gateway can). Needs FluentCart 1.6.0 or later.',
		},
		{
			name: 'Reactivate',
			value: 'reactivate',
			action: 'Reactivate a subscription',
			description:
				'Reactivate a canceled, expired or failing store-billed subscription. Needs FluentCart 1.6.0 or later and FluentCart Pro.',
		},
		{
			name: 'Resume',
			value: 'resume',
			action: 'Resume a paused subscription',
			description:
				'Resume a paused subscription. Needs FluentCart 1.6.0 or later.',
		},
		{
			name: 'Skip Renewal',
			value: 'skipRenewal',
			action: 'Skip the next renewal of a subscription',
			description:
				'Move the next billing date of a store-billed subscription one period on, without charging. Needs FluentCart 1.6.0 or later.',
		},
		{
			name: 'Sync From Gateway',
			value: 'resync',
			action: 'Sync a subscription from its payment gateway',
			description:
				'Re-sync the subscription: fetch its current state from the payment gateway (Stripe, PayPal…) and store it in FluentCart',
		},
	],
};

const subscriptionIdField: INodeProperties = {
	...locator({
		displayName: 'Subscription',
		name: 'subscriptionId',
		searchListMethod: 'searchSubscriptions',
		adminRoute: 'subscriptions',
		description:
			'The subscription to work on. Its parent order is looked up for you (FluentCart addresses subscription actions through it).',
	}),
	displayOptions: showFor([
		'cancel',
		'chargeNow',
		'get',
		'pause',
		'reactivate',
		'resume',
		'resync',
		'skipRenewal',
	]),
};

const cancelFields: INodeProperties[] = [
	{
		displayName: 'Cancellation Reason',
		name: 'cancelReason',
		type: 'options',
		default: 'customer_request',
		required: true,
		displayOptions: showFor(['cancel']),
		description: 'Why the subscription is canceled; FluentCart requires a reason and stores it on the subscription',
		options: [
			{ name: 'Completed (End of Term)', value: 'completed' },
			{ name: 'Customer Request', value: 'customer_request' },
			{ name: 'Fraudulent', value: 'fraudulent' },
			{ name: 'Other', value: 'other', description: 'Type the reason in Other Reason' },
			{ name: 'Refunded', value: 'refunded' },
		],
	},
	{
		displayName: 'Other Reason',
		name: 'otherReason',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Moved to annual plan',
		displayOptions: { show: { resource: ['subscription'], operation: ['cancel'], cancelReason: ['other'] } },
		description: 'The cancellation reason, stored as typed',
	},
];

const skipRenewalFields: INodeProperties[] = [
	{
		displayName: 'Reason',
		name: 'skipReason',
		type: 'string',
		default: '',
		displayOptions: showFor(['skipRenewal']),
		description: 'Optional note FluentCart records with the skipped period',
	},
	{
		displayName: 'Reason',
		name: 'actionReason',
		type: 'string',
		default: '',
		displayOptions: showFor(['pause', 'resume']),
		description: 'Optional note FluentCart logs with the pause or resume ("Paused by admin" when empty)',
	},
];

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: showFor(['cancel', 'get', 'getAll', 'pause', 'reactivate', 'resume', 'resync']),
	description:
		'Whether to return a simplified version of the subscription (about 25 fields, amounts in cents) instead of the raw data',
};

export const subscriptionProperties: INodeProperties[] = [
	subscriptionOperationProperty,
	subscriptionIdField,
	...subscriptionListFields,
	...cancelFields,
	...skipRenewalFields,
	simplifyField,
];
