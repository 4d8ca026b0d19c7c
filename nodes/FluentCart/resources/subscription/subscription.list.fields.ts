import type { INodeProperties } from 'n8n-workflow';

import { pagesInParallelField } from '../../shared/paging';

const showFor = (operation: string[]) => ({ show: { resource: ['subscription'], operation } });

export const subscriptionListFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['getAll']),
		description: 'Whether to return all results or only up to a given limit',
	},
	pagesInParallelField('subscription', ['getAll']),
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { resource: ['subscription'], operation: ['getAll'], returnAll: [false] } },
		description: 'Max number of results to return',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
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
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Rule',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				default: 'id',
				// Only model-fillable columns are honoured; FluentCart sorts anything else by ID.
				options: [
					{ name: 'Bill Count', value: 'bill_count' },
					{ name: 'ID', value: 'id' },
					{ name: 'Next Billing Date', value: 'next_billing_date' },
					{ name: 'Recurring Total', value: 'recurring_total' },
					{ name: 'Status', value: 'status' },
				],
			},
			{
				displayName: 'Direction',
				name: 'sortType',
				type: 'options',
				default: 'desc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
			},
		],
	},
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
];
