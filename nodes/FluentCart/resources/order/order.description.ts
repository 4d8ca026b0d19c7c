import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../../shared/locators';
import { orderCreateFields, orderUpdateFields } from './order.fields';
import { newCustomerFields, orderBulkFields, orderNoteFields } from './order.bulk.fields';
import { orderListFields } from './order.list.fields';

const showFor = (operation: string[]) => ({ show: { resource: ['order'], operation } });

export const ORDER_STATUSES = ['on-hold', 'processing', 'completed', 'canceled'] as const;
export const SHIPPING_STATUSES = ['unshipped', 'shipped', 'delivered', 'unshippable'] as const;

export const orderOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['order'] } },
	default: 'get',
	options: [
		{
			name: 'Add Note',
			value: 'addNote',
			action: 'Add a note to an order',
			description:
				'Add a line to the note of an order, or replace it. FluentCart keeps a single note field per order (no list of notes, no activity entry): Append reads it and writes it back with the line added.',
		},
		{
			name: 'Change Customer',
			value: 'changeCustomer',
			action: 'Change the customer of an order',
			description: 'Move an order (and its connected renewals and subscriptions) to another customer',
		},
		{
			name: 'Change to New Customer',
			value: 'changeToNewCustomer',
			action: 'Move an order to a new customer',
			description:
				'Create a customer (name and email) and move the order to it in one step; the output has the new customer ID. Fails when a customer with this email exists: then use Change Customer.',
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create an order',
			description:
				'Create a manual order (on hold, awaiting an offline payment) and return the full order. The customer is picked, or found by email and created when missing.',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an order',
			description:
				'Delete an order. Live orders can only be deleted when on hold or canceled and unpaid.',
		},
		{
			name: 'Delete Many',
			value: 'deleteBulk',
			action: 'Delete many orders',
			description:
				'Delete every order given by the input items (one order ID per item), sent in batches of 100; each item gets its own result. Live orders can only be deleted when on hold or canceled and unpaid.',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an order',
			description: 'Get one order with its items, customer and transactions',
		},
		{
			name: 'Get Activity',
			value: 'getActivity',
			action: 'Get the activity log of an order',
			description:
				'List the activity log of an order (status changes, payments, customer changes…), one item per entry, newest first',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many orders',
			description: 'List orders, filtered by status, payment, shipping, customer or search text',
		},
		{
			name: 'Get Transactions',
			value: 'getTransactions',
			action: 'Get the transactions of an order',
			description: 'List the payments and refunds of an order, one item per transaction',
		},
		{
			name: 'Mark as Paid',
			value: 'markPaid',
			action: 'Mark an order as paid',
			description:
				'Record the full due amount of an order as paid (offline payment); FluentCart then fires Order Paid',
		},
		{
			name: 'Refund',
			value: 'refund',
			action: 'Refund an order',
			description:
				'Refund all or part of what was paid; the amount defaults to what is still refundable',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an order',
			description:
				'Change the note of any order, or other fields of an on-hold or processing order; every other field is kept as it is, and a payment landing meanwhile is never undone',
		},
		{
			name: 'Update Status',
			value: 'updateStatus',
			action: 'Update the status of an order',
			description: 'Change the order status or the shipping status of an order',
		},
		{
			name: 'Update Status of Many',
			value: 'changeStatusBulk',
			action: 'Change the status of many orders',
			description:
				'Change the order status of every order given by the input items (one order ID per item, mapped with an expression), sent in batches of 100; each item gets its own result, read back from FluentCart',
		},
	],
};

const orderIdField: INodeProperties = {
	...locator({
		displayName: 'Order',
		name: 'orderId',
		searchListMethod: 'searchOrders',
		adminRoute: 'orders',
		description: 'The order to work on',
	}),
	displayOptions: showFor([
		'addNote',
		'changeCustomer',
		'changeStatusBulk',
		'changeToNewCustomer',
		'delete',
		'deleteBulk',
		'getActivity',
		'get',
		'getTransactions',
		'markPaid',
		'refund',
		'update',
		'updateStatus',
	]),
};

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: showFor(['changeCustomer', 'changeToNewCustomer', 'create', 'get', 'getAll', 'markPaid', 'update', 'updateStatus']),
	description:
		'Whether to return a simplified version of the order (about 20 fields) instead of the raw data',
};

const changeCustomerFields: INodeProperties[] = [
	{
		...locator({
			displayName: 'New Customer',
			name: 'customerId',
			searchListMethod: 'searchCustomers',
			adminRoute: 'customers',
			description: 'The customer the order should belong to',
		}),
		displayOptions: showFor(['changeCustomer']),
	},
];

const markPaidFields: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'markPaidOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['markPaid']),
		options: [
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description:
					"Note stored on the order. FluentCart replaces the order's note with it; when empty, the current note is kept.",
			},
			{
				displayName: 'Payment Method',
				name: 'paymentMethod',
				type: 'string',
				default: 'offline_payment',
				description: 'Payment method key recorded on the transaction',
			},
			{
				displayName: 'Skip If Already Paid',
				name: 'skipIfPaid',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the order unchanged (with alreadyPaid set) instead of failing when nothing is due',
			},
			{
				displayName: 'Transaction Reference',
				name: 'vendorChargeId',
				type: 'string',
				default: '',
				placeholder: 'e.g. bank-transfer-2291',
				description: 'Reference of the payment (bank transfer, receipt number…), stored as the charge ID',
			},
		],
	},
];

const refundFields: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		default: '',
		placeholder: 'e.g. 10.50 (empty = everything still refundable)',
		displayOptions: showFor(['refund']),
		description:
			'Amount to refund as a decimal in the order currency (e.g. 10.50, not cents). Leave empty to refund everything still refundable. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
	},
	{
		displayName: 'Options',
		name: 'refundOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['refund']),
		options: [
			{
				displayName: 'Cancel Subscription',
				name: 'cancelSubscription',
				type: 'boolean',
				default: false,
				description: 'Whether to also cancel the subscription the refunded payment belongs to',
			},
			{
				displayName: 'Reason',
				name: 'reason',
				type: 'string',
				default: '',
				description: 'Why the money is refunded; stored on the refund transaction',
			},
			{
				displayName: 'Restock Items',
				name: 'manageStock',
				type: 'boolean',
				default: false,
				description: 'Whether to put the refunded items back in stock',
			},
			{
				displayName: 'Transaction Name or ID',
				name: 'transactionId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getRefundableTransactions', loadOptionsDependsOn: ['orderId'] },
				default: '',
				description:
					'Payment of the order to refund; without one, the order’s latest succeeded payment. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

const updateStatusFields: INodeProperties[] = [
	{
		displayName: 'Status Type',
		name: 'statusType',
		type: 'options',
		default: 'order',
		displayOptions: showFor(['updateStatus']),
		options: [
			{ name: 'Order Status', value: 'order' },
			{ name: 'Shipping Status', value: 'shipping' },
		],
	},
	{
		displayName: 'Order Status',
		name: 'orderStatus',
		type: 'options',
		default: 'processing',
		displayOptions: { show: { resource: ['order'], operation: ['updateStatus'], statusType: ['order'] } },
		options: [
			{ name: 'Canceled', value: 'canceled', description: 'Fires Order Canceled; cannot be undone' },
			{ name: 'Completed', value: 'completed' },
			{ name: 'On Hold', value: 'on-hold' },
			{ name: 'Processing', value: 'processing' },
		],
	},
	{
		displayName: 'Shipping Status',
		name: 'shippingStatus',
		type: 'options',
		default: 'shipped',
		displayOptions: { show: { resource: ['order'], operation: ['updateStatus'], statusType: ['shipping'] } },
		options: [
			{ name: 'Delivered', value: 'delivered', description: 'Fires Order Delivered' },
			{ name: 'Shipped', value: 'shipped', description: 'Fires Order Shipped' },
			{ name: 'Unshippable', value: 'unshippable' },
			{ name: 'Unshipped', value: 'unshipped' },
		],
	},
	{
		displayName: 'Restock on Cancel',
		name: 'manageStock',
		type: 'boolean',
		default: true,
		displayOptions: {
			show: { resource: ['order'], operation: ['updateStatus'], statusType: ['order'], orderStatus: ['canceled'] },
		},
		description: 'Whether to put the items of a canceled order back in stock',
	},
];

export const orderProperties: INodeProperties[] = [
	orderOperationProperty,
	orderIdField,
	...orderCreateFields,
	...orderListFields,
	...orderUpdateFields,
	...changeCustomerFields,
	...orderBulkFields,
	...orderNoteFields,
	...newCustomerFields,
	...markPaidFields,
	...refundFields,
	...updateStatusFields,
	simplifyField,
];
