import type { INodeProperties } from 'n8n-workflow';

import { filtersField, listFields, sortField } from '../../../shared/paging';

const showFor = (operation: string[]) => ({ show: { resource: ['subscription'], operation } });

export const subscriptionListFields: INodeProperties[] = [
	...listFields('subscription', ['getAll']),
	filtersField('subscription', ['getAll'], [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. ada@example.com',
				description:
					'A status, #ID, a customer email (anything with @), or text found in the parent order ID, product name, payment method, billing interval or gateway IDs. FluentCart also understands ID expressions such as ID > 100.',
			},
			{
				displayName: 'Status',
				name: 'activeView',
				type: 'options',
				default: '',
				description: 'Only subscriptions with this status (a tab of the FluentCart subscriptions screen)',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'All', value: '' },
					{ name: 'Canceled', value: 'canceled' },
					{ name: 'Expired', value: 'expired' },
					{ name: 'Expiring', value: 'expiring' },
					{ name: 'Failing', value: 'failing' },
					{ name: 'Intended', value: 'intended' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Trialing', value: 'trialing' },
				],
			},
		]),
	// Only model-fillable columns are honoured; FluentCart sorts anything else by ID.
	{
		displayName: 'Options',
		name: 'listOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Include Customer',
				name: 'includeCustomer',
				type: 'boolean',
				default: true,
				description: 'Whether to load each subscription’s customer as well',
			},
		],
	},
	sortField('subscription', ['getAll'], 'id', [
		{ name: 'Bill Count', value: 'bill_count' },
		{ name: 'ID', value: 'id' },
		{ name: 'Next Billing Date', value: 'next_billing_date' },
		{ name: 'Recurring Total', value: 'recurring_total' },
		{ name: 'Status', value: 'status' },
	]),
];
