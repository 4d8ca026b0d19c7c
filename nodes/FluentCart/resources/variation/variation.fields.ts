import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['variation'], operation } });

const BILLING_INTERVAL_OPTIONS = [
	{ name: 'Daily', value: 'daily' },
	{ name: 'Half-Yearly', value: 'half_yearly' },
	{ name: 'Monthly', value: 'monthly' },
	{ name: 'Quarterly', value: 'quarterly' },
	{ name: 'Weekly', value: 'weekly' },
	{ name: 'Yearly', value: 'yearly' },
];

const COMPARE_AT_PRICE: INodeProperties = {
	displayName: 'Compare-at Price',
	name: 'compareAtPrice',
	type: 'string',
	default: '',
	placeholder: 'e.g. 24.99',
	description:
		'Old price shown crossed out, as a decimal in the store currency (e.g. 24.99, not cents). Must be at least the price; 0 removes it. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
};

/** Fields Create and Update share (Update shows them in Update Fields). */
const sharedFields: INodeProperties[] = [
	{
		displayName: 'Available Stock',
		name: 'availableStock',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Units that can still be sold. On create it defaults to Total Stock. Only enforced when Manage Stock is on.',
	},
	COMPARE_AT_PRICE,
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Short description of this variation (at most 255 characters)',
	},
	{
		displayName: 'Fulfillment Type',
		name: 'fulfillmentType',
		type: 'options',
		default: 'physical',
		description: "Whether this variation is shipped or delivered digitally. On create it defaults to the product's type.",
		options: [
			{ name: 'Digital', value: 'digital' },
			{ name: 'Physical', value: 'physical' },
		],
	},
	{
		displayName: 'Installments',
		name: 'installments',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Subscriptions only: how many times the customer is billed (0 = until canceled)',
	},
	{
		displayName: 'Manage Stock',
		name: 'manageStock',
		type: 'boolean',
		default: false,
		description: 'Whether FluentCart counts stock for this variation and stops selling it at 0 available',
	},
	{
		displayName: 'Setup Fee',
		name: 'setupFee',
		type: 'string',
		default: '',
		placeholder: 'e.g. 10.00',
		description:
			'Subscriptions only: one-time fee charged with the first payment, as a decimal in the store currency (e.g. 10.00, not cents). 0 removes it. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
	},
	{
		displayName: 'Setup Fee Name',
		name: 'setupFeeName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Setup Fee',
		description: 'Subscriptions only: label of the setup fee shown to customers',
	},
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		default: '',
		description: 'Stock keeping unit, unique in the shop (at most 30 characters)',
	},
	{
		displayName: 'Total Stock',
		name: 'totalStock',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Units in stock, including those held by orders. On create it defaults to 0 (or to Available Stock).',
	},
	{
		displayName: 'Trial Days',
		name: 'trialDays',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 365 },
		default: 0,
		description: 'Subscriptions only: free days before the first payment (at most 365)',
	},
];

export const variationCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'variationTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Large',
		displayOptions: showFor(['create']),
		description: 'Name of the variation shown to customers (at most 200 characters)',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 19.99',
		displayOptions: showFor(['create']),
		description:
			'Price as a decimal in the store currency (e.g. 19.99, not cents; 0 for free). FluentCart returns prices in cents. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
	},
	{
		displayName: 'Payment Type',
		name: 'paymentType',
		type: 'options',
		default: 'onetime',
		displayOptions: showFor(['create']),
		options: [
			{ name: 'One-Time', value: 'onetime' },
			{ name: 'Subscription', value: 'subscription' },
		],
	},
	{
		displayName: 'Billing Interval',
		name: 'billingInterval',
		type: 'options',
		default: 'monthly',
		displayOptions: { show: { resource: ['variation'], operation: ['create'], paymentType: ['subscription'] } },
		description: 'How often the subscription is billed',
		options: BILLING_INTERVAL_OPTIONS,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create']),
		options: sharedFields,
	},
];

export const variationUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['update']),
		description: 'The fields to change; every other field of the variation is kept as it is',
		options: [
			sharedFields[0],
			{
				displayName: 'Billing Interval',
				name: 'billingInterval',
				type: 'options',
				default: 'monthly',
				description: 'Subscriptions only: how often the subscription is billed',
				options: BILLING_INTERVAL_OPTIONS,
			},
			...sharedFields.slice(1, 6),
			{
				displayName: 'Payment Type',
				name: 'paymentType',
				type: 'options',
				default: 'onetime',
				description: 'Switching to Subscription needs a Billing Interval',
				options: [
					{ name: 'One-Time', value: 'onetime' },
					{ name: 'Subscription', value: 'subscription' },
				],
			},
			{
				displayName: 'Price',
				name: 'price',
				type: 'string',
				default: '',
				placeholder: 'e.g. 19.99',
				description: 'New price as a decimal in the store currency (e.g. 19.99, not cents). FluentCart returns prices in cents. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
			},
			...sharedFields.slice(6, 9),
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Name of the variation shown to customers (at most 200 characters)',
			},
			...sharedFields.slice(9),
		],
	},
];
