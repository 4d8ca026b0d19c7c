import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../../shared/locators';
import { variationPickerField } from '../fields';

const showFor = (operation: string[]) => ({ show: { resource: ['order'], operation } });

const showForCustomerBy = (mode: string) => ({ show: { resource: ['order'], operation: ['create'], customerBy: [mode] } });

export const orderCreateFields: INodeProperties[] = [
	{
		displayName: 'Customer By',
		name: 'customerBy',
		type: 'options',
		default: 'existing',
		displayOptions: showFor(['create']),
		options: [
			{
				name: 'Existing Customer',
				value: 'existing',
				description: 'Pick the customer, or give their ID',
			},
			{
				name: 'Email, Created If Missing',
				value: 'email',
				description:
					'Use the customer with this email address; when there is none, create one first (for orders from forms and marketplaces)',
			},
		],
		description: 'How the order finds its customer',
	},
	{
		...locator({
			displayName: 'Customer',
			name: 'customerId',
			searchListMethod: 'searchCustomers',
			adminRoute: 'customers',
			description: 'The customer the order is for',
		}),
		displayOptions: showForCustomerBy('existing'),
	},
	{
		displayName: 'Customer Email',
		name: 'customerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: showForCustomerBy('email'),
		description:
			'The order goes to the customer with this email address (compared whole and ignoring case). When FluentCart has none, a customer is created with the names below.',
	},
	{
		displayName: 'Customer First Name',
		name: 'customerFirstName',
		type: 'string',
		default: '',
		displayOptions: showForCustomerBy('email'),
		description: 'Needed only when the customer is created. An existing customer keeps their name.',
	},
	{
		displayName: 'Customer Last Name',
		name: 'customerLastName',
		type: 'string',
		default: '',
		displayOptions: showForCustomerBy('email'),
		description: 'Used only when the customer is created',
	},
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		required: true,
		displayOptions: showFor(['create']),
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					variationPickerField('Product variation to sell'),
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
					},
					{
						displayName: 'Unit Price',
						name: 'unitPrice',
						type: 'string',
						default: '',
						placeholder: 'e.g. 19.99 (empty = current price)',
						description:
							"Price per unit as a decimal in the store currency (e.g. 19.99, not cents). Leave empty to use the variation's current price.",
					},
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create']),
		options: [
			{
				displayName: 'Billing Address Name or ID',
				name: 'billingAddressId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCustomerAddresses', loadOptionsDependsOn: ['customerId'] },
				default: '',
				displayOptions: { show: { '/customerBy': ['existing'] } },
				description:
					'One of the customer’s saved addresses, copied to the order as billing address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Discount',
				name: 'discountValue',
				type: 'string',
				default: '',
				placeholder: 'e.g. 5.00 or 10 (%)',
				description:
					'Manual discount: a decimal amount in the store currency (e.g. 5.00, not cents), or a percentage when Discount Type is Percentage',
			},
			{
				displayName: 'Discount Reason',
				name: 'discountReason',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Discount Type',
				name: 'discountType',
				type: 'options',
				default: 'fixed',
				options: [
					{ name: 'Fixed Amount', value: 'fixed' },
					{ name: 'Percentage', value: 'percentage' },
				],
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'Internal note stored on the order. Changed alone, it is written by itself, also on completed or canceled orders.',
			},
			{
				displayName: 'Shipping Address Name or ID',
				name: 'shippingAddressId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCustomerAddresses', loadOptionsDependsOn: ['customerId'] },
				default: '',
				displayOptions: { show: { '/customerBy': ['existing'] } },
				description:
					'One of the customer’s saved addresses, copied to the order as shipping address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Shipping Total',
				name: 'shippingTotal',
				type: 'string',
				default: '',
				placeholder: 'e.g. 4.95',
				description: 'Shipping charge as a decimal in the store currency (e.g. 4.95, not cents)',
			},
		],
	},
];

export const orderUpdateFields: INodeProperties[] = [
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
				displayName: 'Invoice Number',
				name: 'invoiceNo',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'Internal note stored on the order',
			},
			{
				displayName: 'Payment Method Title',
				name: 'paymentMethodTitle',
				type: 'string',
				default: '',
				placeholder: 'e.g. Bank transfer',
			},
			{
				displayName: 'Shipping Total',
				name: 'shippingTotal',
				type: 'string',
				default: '',
				placeholder: 'e.g. 4.95',
				description:
					'New shipping charge as a decimal in the order currency (e.g. 4.95, not cents). The order total changes by the difference.',
			},
		],
	},
];
