import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['coupon'], operation } });

const AMOUNT_DESCRIPTION =
	'The discount. Fixed Amount: a decimal in the store currency (e.g. 5.00 for 5.00 off, not cents; FluentCart stores and returns it in cents). Percentage: a percent from 0 to 100 (e.g. 10 for 10 % off). Free Shipping and Buy X Get Y: leave empty.';

const typeOptions = [
	{ name: 'Buy X Get Y', value: 'buy_x_get_y' },
	{ name: 'Fixed Amount', value: 'fixed' },
	{ name: 'Free Shipping', value: 'free_shipping' },
	{ name: 'Percentage', value: 'percentage' },
];

const statusOptions = [
	{ name: 'Active', value: 'active' },
	{ name: 'Disabled', value: 'disabled' },
	{ name: 'Expired', value: 'expired' },
	{ name: 'Scheduled', value: 'scheduled', description: 'FluentCart activates it at the start date' },
];

/** Optional fields of Create, also offered by Update. */
const optionalFields: INodeProperties[] = [
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description:
			'When the coupon expires (must be after the start date). Without a timezone it is read as UTC (GMT), as FluentCart stores coupon dates.',
	},
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Internal notes about the coupon',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Priority of the coupon among several applied together (a whole number, 0 or more)',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description:
			'When the coupon starts to work. Without a timezone it is read as UTC (GMT), as FluentCart stores coupon dates.',
	},
];

export const couponCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Summer sale 10% off',
		displayOptions: showFor(['create']),
		description: 'Name of the coupon in FluentCart (at most 200 characters)',
	},
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. SUMMER10',
		displayOptions: showFor(['create']),
		description: 'What customers type at checkout; unique, at most 50 characters',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'percentage',
		displayOptions: showFor(['create']),
		options: typeOptions,
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		default: '',
		placeholder: 'e.g. 10 (percent) or 5.00 (fixed)',
		displayOptions: showFor(['create']),
		description: AMOUNT_DESCRIPTION,
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'active',
		displayOptions: showFor(['create']),
		options: statusOptions,
	},
	{
		displayName: 'Stackable',
		name: 'stackable',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['create']),
		description: 'Whether the coupon can be combined with other coupons in one order',
	},
	{
		displayName: 'Show on Checkout',
		name: 'showOnCheckout',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['create']),
		description: 'Whether FluentCart offers the coupon on the checkout page',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create']),
		options: optionalFields,
	},
];

export const couponUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['update']),
		description: 'Fields to change. Every field you do not set keeps its current value.',
		options: [
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'string',
				default: '',
				placeholder: 'e.g. 10 (percent) or 5.00 (fixed)',
				description:
					'The discount. Fixed Amount: a decimal in the store currency (e.g. 5.00 for 5.00 off, not cents; FluentCart stores and returns it in cents). Percentage: a percent from 0 to 100 (e.g. 10 for 10 % off). Required when changing the type to or from Percentage.',
			},
			{
				displayName: 'Code',
				name: 'code',
				type: 'string',
				default: '',
				description: 'What customers type at checkout; unique, at most 50 characters',
			},
			optionalFields[0],
			optionalFields[1],
			optionalFields[2],
			{
				displayName: 'Show on Checkout',
				name: 'showOnCheckout',
				type: 'boolean',
				default: false,
				description: 'Whether FluentCart offers the coupon on the checkout page',
			},
			{
				displayName: 'Stackable',
				name: 'stackable',
				type: 'boolean',
				default: false,
				description: 'Whether the coupon can be combined with other coupons in one order',
			},
			optionalFields[3],
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'active',
				options: statusOptions,
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'percentage',
				options: typeOptions,
			},
		],
	},
];

export const couponConditionFields: INodeProperties[] = [
	{
		displayName: 'Conditions',
		name: 'couponConditions',
		type: 'collection',
		placeholder: 'Add Condition',
		default: {},
		displayOptions: showFor(['create', 'update']),
		description: 'When the coupon applies. On Update, conditions you do not set keep their current value.',
		options: [
			{
				displayName: 'Allowed Emails',
				name: 'emailRestrictions',
				type: 'string',
				default: '',
				placeholder: 'e.g. ada@example.com, *@example.org',
				description: 'Comma-separated customer emails that may use the coupon; * is a wildcard. Empty = everyone.',
			},
			{
				displayName: 'Excluded Category IDs',
				name: 'excludedCategories',
				type: 'string',
				default: '',
				placeholder: 'e.g. 12, 15',
				description: 'Comma-separated product category IDs the coupon does not apply to',
			},
			{
				displayName: 'Excluded Variation IDs',
				name: 'excludedVariations',
				type: 'string',
				default: '',
				placeholder: 'e.g. 3, 4',
				description: 'Comma-separated product variation IDs the coupon does not apply to',
			},
			{
				displayName: 'Included Category IDs',
				name: 'includedCategories',
				type: 'string',
				default: '',
				placeholder: 'e.g. 12, 15',
				description: 'Comma-separated product category IDs the coupon only applies to. Empty = all.',
			},
			{
				displayName: 'Included Variation IDs',
				name: 'includedVariations',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1, 2',
				description: 'Comma-separated product variation IDs the coupon only applies to. Empty = all.',
			},
			{
				displayName: 'Max Discount Amount',
				name: 'maxDiscountAmount',
				type: 'string',
				default: '',
				placeholder: 'e.g. 20.00',
				description:
					'Cap on the discount of a percentage coupon, as a decimal in the store currency (e.g. 20.00, not cents; returned in cents). Empty or 0 = no cap.',
			},
			{
				displayName: 'Max Uses',
				name: 'maxUses',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'How many times the coupon can be used in total (0 = unlimited)',
			},
			{
				displayName: 'Max Uses Per Customer',
				name: 'maxPerCustomer',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'How many times one customer can use the coupon (0 = unlimited)',
			},
			{
				displayName: 'Min Purchase Amount',
				name: 'minPurchaseAmount',
				type: 'string',
				default: '',
				placeholder: 'e.g. 50.00',
				description:
					'Smallest cart subtotal the coupon works for, as a decimal in the store currency (e.g. 50.00, not cents; returned in cents). Empty or 0 = no minimum.',
			},
			{
				displayName: 'Recurring',
				name: 'isRecurring',
				type: 'boolean',
				default: false,
				description: 'Whether the discount also applies to subscription renewals',
			},
		],
	},
];
