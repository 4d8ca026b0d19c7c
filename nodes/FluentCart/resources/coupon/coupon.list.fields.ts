import type { INodeProperties } from 'n8n-workflow';

import { pagesInParallelField } from '../../shared/paging';

const showFor = (operation: string[]) => ({ show: { resource: ['coupon'], operation } });

export const couponListFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['getAll']),
		description: 'Whether to return all results or only up to a given limit',
	},
	pagesInParallelField('coupon', ['getAll']),
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { resource: ['coupon'], operation: ['getAll'], returnAll: [false] } },
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
				placeholder: 'e.g. SUMMER',
				description:
					'Part of the title, code or ID. A number also finds fixed coupons of that amount (e.g. 5 finds 5.00 off); "10%" finds 10 % coupons.',
			},
			{
				displayName: 'View',
				name: 'activeView',
				type: 'options',
				default: '',
				description:
					'One of the tabs of the FluentCart coupons screen. Expired lists every coupon that is not active, plus active ones past their end date.',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'All', value: '' },
					{ name: 'Expired', value: 'expired' },
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
				options: [
					{ name: 'Amount', value: 'amount' },
					{ name: 'Code', value: 'code' },
					{ name: 'End Date', value: 'end_date' },
					{ name: 'ID', value: 'id' },
					{ name: 'Priority', value: 'priority' },
					{ name: 'Start Date', value: 'start_date' },
					{ name: 'Status', value: 'status' },
					{ name: 'Title', value: 'title' },
					{ name: 'Use Count', value: 'use_count' },
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
];
