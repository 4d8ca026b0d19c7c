import type { INodeProperties } from 'n8n-workflow';

import { filtersField, listFields, sortField } from '../../../shared/paging';

export const couponListFields: INodeProperties[] = [
	...listFields('coupon', ['getAll']),
	filtersField('coupon', ['getAll'], [
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
		]),
	sortField('coupon', ['getAll'], 'id', [
		{ name: 'Amount', value: 'amount' },
		{ name: 'Code', value: 'code' },
		{ name: 'End Date', value: 'end_date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Priority', value: 'priority' },
		{ name: 'Start Date', value: 'start_date' },
		{ name: 'Status', value: 'status' },
		{ name: 'Title', value: 'title' },
		{ name: 'Use Count', value: 'use_count' },
	]),
];
