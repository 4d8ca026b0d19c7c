import type { INodeProperties } from 'n8n-workflow';

import { filtersField, listFields } from '../../../shared/paging';
import { locator, optionalLocator } from '../../../shared/locators';

const showFor = (operation: string[]) => ({ show: { resource: ['renewal'], operation } });

/** Payment statuses a renewal invoice can have (FluentCart 1.6: `payment_scheduled` is new). */
export const RENEWAL_PAYMENT_STATUSES = ['pending', 'payment_scheduled', 'paid', 'failed', 'refunded', 'partially_refunded'] as const;

export const renewalOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['renewal'] } },
	default: 'getAll',
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get a renewal invoice',
			description: 'Get one renewal invoice with its customer, items and transactions. Needs FluentCart 1.6.0 or later.',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many renewal invoices',
			description:
				'List the renewal invoices FluentCart creates for store-billed subscriptions before they are due, newest first. Needs FluentCart 1.6.0 or later.',
		},
		{
			name: 'Void',
			value: 'void',
			action: 'Void a renewal invoice',
			description:
				'Void an unpaid renewal invoice: it becomes canceled/failed and the subscription’s next billing date moves on. Needs FluentCart 1.6.0 or later.',
		},
	],
};

const renewalIdField: INodeProperties = {
	...locator({
		displayName: 'Renewal Invoice',
		name: 'renewalId',
		searchListMethod: 'searchRenewals',
		adminRoute: 'orders',
		description: 'The renewal invoice (an order of type renewal)',
	}),
	displayOptions: showFor(['get', 'void']),
};

const filterFields: INodeProperties[] = [
	filtersField('renewal', ['getAll'], [
			optionalLocator({
				displayName: 'Customer',
				name: 'customerId',
				searchListMethod: 'searchCustomers',
				adminRoute: 'customers',
				description: 'Only the invoices of this customer',
			}),
			optionalLocator({
				displayName: 'Parent Order',
				name: 'parentId',
				searchListMethod: 'searchOrders',
				adminRoute: 'orders',
				description: 'Only the invoices of the subscription started by this order',
			}),
			{
				displayName: 'Payment Status',
				name: 'paymentStatus',
				type: 'options',
				default: 'pending',
				description: 'Pending: waiting for the customer; Payment Scheduled: to be charged automatically on the due date',
				options: RENEWAL_PAYMENT_STATUSES.map((value) => ({
					name: value.replace(/(^|_)(\w)/g, (_m, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`),
					value,
				})).sort((a, b) => a.name.localeCompare(b.name)),
			},
		], 'renewalFilters'),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		displayOptions: showFor(['get', 'getAll']),
		description: 'Whether to return about 20 fields per invoice instead of the raw data',
	},
];

export const renewalProperties: INodeProperties[] = [
	renewalOperationProperty,
	renewalIdField,
	...listFields('renewal', ['getAll']),
	...filterFields,
];
