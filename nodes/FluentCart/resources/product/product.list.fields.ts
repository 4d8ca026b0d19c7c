import type { INodeProperties } from 'n8n-workflow';

import { filtersField, listFields, sortField } from '../../../shared/paging';

const showFor = (operation: string[]) => ({ show: { resource: ['product'], operation } });

export const productListFields: INodeProperties[] = [
	...listFields('product', ['getAll']),
	filtersField('product', ['getAll'], [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. shirt',
				description:
					'Product title, ID or variation title. FluentCart also understands "field operator value" expressions such as ID > 100 or sku = TSHIRT*.',
			},
			{
				displayName: 'View',
				name: 'activeView',
				type: 'options',
				default: '',
				description: 'One of the tabs of the FluentCart products screen',
				options: [
					{ name: 'All', value: '' },
					{ name: 'Bundles', value: 'bundle' },
					{ name: 'Digital', value: 'digital' },
					{ name: 'Drafts (and Scheduled)', value: 'draft' },
					{ name: 'Not Bundles', value: 'non_bundle' },
					{ name: 'Not Subscribable', value: 'not_subscribable' },
					{ name: 'Physical', value: 'physical' },
					{ name: 'Published', value: 'publish' },
					{ name: 'Subscribable', value: 'subscribable' },
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
				displayName: 'Include Details and Variations',
				name: 'includeVariations',
				type: 'boolean',
				default: false,
				description:
					'Whether to load each product’s detail (fulfillment, price range in cents, stock) and variations as well',
			},
		],
	},
	sortField('product', ['getAll'], 'ID', [
		{ name: 'Created At', value: 'post_date' },
		{ name: 'ID', value: 'ID' },
		{ name: 'Status', value: 'post_status' },
		{ name: 'Title', value: 'post_title' },
		{ name: 'Updated At', value: 'post_modified' },
	]),
];
