import type { INodeProperties } from 'n8n-workflow';

import { optionalLocator } from '../../../shared/locators';
import { filtersField, listFields, sortField } from '../../../shared/paging';

const showFor = (operation: string[]) => ({ show: { resource: ['order'], operation } });

export const orderListFields: INodeProperties[] = [
	...listFields('order', ['getAll']),
	filtersField('order', ['getAll'], [
			optionalLocator({
				displayName: 'Customer',
				name: 'customerId',
				searchListMethod: 'searchCustomers',
				adminRoute: 'customers',
				description: 'Only orders of this customer',
			}),
			{
				displayName: 'Order Statuses',
				name: 'orderStatuses',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Canceled', value: 'canceled' },
					{ name: 'Completed', value: 'completed' },
					{ name: 'Failed', value: 'failed' },
					{ name: 'On Hold', value: 'on-hold' },
					{ name: 'Processing', value: 'processing' },
				],
			},
			{
				displayName: 'Payment Statuses',
				name: 'paymentStatuses',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Authorized', value: 'authorized' },
					{ name: 'Failed', value: 'failed' },
					{ name: 'Paid', value: 'paid' },
					{ name: 'Partially Paid', value: 'partially_paid' },
					{ name: 'Partially Refunded', value: 'partially_refunded' },
					{ name: 'Payment Scheduled (1.6+)', value: 'payment_scheduled', description: 'Renewal invoices to be charged automatically (FluentCart 1.6 and later)' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Refunded', value: 'refunded' },
				],
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. ada@example.com',
				description:
					'Invoice number, customer email or name, or item title. FluentCart also understands "field operator value" expressions such as ID > 1500 or payment = paid.',
			},
			{
				displayName: 'Shipping Statuses',
				name: 'shippingStatuses',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Delivered', value: 'delivered' },
					{ name: 'Shipped', value: 'shipped' },
					{ name: 'Unshippable', value: 'unshippable' },
					{ name: 'Unshipped', value: 'unshipped' },
				],
			},
			{
				displayName: 'View',
				name: 'activeView',
				type: 'options',
				default: '',
				description: 'One of the tabs of the FluentCart orders screen',
				options: [
					{ name: 'All', value: '' },
					{ name: 'Completed', value: 'completed' },
					{ name: 'On Hold', value: 'on-hold' },
					{ name: 'Paid', value: 'paid' },
					{ name: 'Partially Refunded', value: 'partially_refunded' },
					{ name: 'Processing', value: 'processing' },
					{ name: 'Refunded', value: 'refunded' },
					{ name: 'Renewals', value: 'renewal' },
					{ name: 'Subscriptions', value: 'subscription' },
				],
			},
		]),
	{
		displayName: 'Options',
		name: 'listOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Include Customer and Items',
				name: 'includeRelations',
				type: 'boolean',
				default: false,
				description: 'Whether to load each order’s customer and line items as well (raw output only)',
			},
		],
	},
	sortField('order', ['getAll'], 'id', [
		{ name: 'Created At', value: 'created_at' },
		{ name: 'ID', value: 'id' },
		{ name: 'Invoice Number', value: 'invoice_no' },
		{ name: 'Payment Status', value: 'payment_status' },
		{ name: 'Status', value: 'status' },
		{ name: 'Total Amount', value: 'total_amount' },
	]),
];
