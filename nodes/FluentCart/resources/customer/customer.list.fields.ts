import type { INodeProperties } from 'n8n-workflow';

import { filtersField, listFields, sortField } from '../../../shared/paging';

const showFor = (operation: string[]) => ({ show: { resource: ['customer'], operation } });

export const customerListFields: INodeProperties[] = [
	...listFields('customer', ['getAll', 'getOrders']),
	filtersField('customer', ['getAll'], [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. ada@example.com',
				description:
					'Part of the name, of the email address (when the text has no space) or of the ID. FluentCart also understands "ID > 1500"-style expressions.',
			},
		]),
	sortField('customer', ['getAll'], 'id', [
		{ name: 'Email', value: 'email' },
		{ name: 'First Name', value: 'first_name' },
		{ name: 'First Purchase Date', value: 'first_purchase_date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Last Name', value: 'last_name' },
		{ name: 'Last Purchase Date', value: 'last_purchase_date' },
		{ name: 'Lifetime Value', value: 'ltv' },
		{ name: 'Purchase Count', value: 'purchase_count' },
		{ name: 'Status', value: 'status' },
	]),
	{
		displayName: 'Address Type',
		name: 'addressTypeFilter',
		type: 'options',
		default: 'all',
		displayOptions: showFor(['getAddresses']),
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Billing', value: 'billing' },
			{ name: 'Shipping', value: 'shipping' },
		],
	},
];
