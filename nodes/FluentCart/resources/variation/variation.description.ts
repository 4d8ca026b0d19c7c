import type { INodeProperties } from 'n8n-workflow';

import { filtersField } from '../../../shared/paging';

import { locator, optionalLocator } from '../../../shared/locators';
import { imageIdFields } from '../fields';
import { variationCreateFields, variationUpdateFields } from './variation.fields';

const showFor = (operation: string[]) => ({ show: { resource: ['variation'], operation } });

export const variationOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['variation'] } },
	default: 'getAll',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a variation',
			description:
				'Add a price option (size, plan, license tier…) to a product: one-time or subscription, with price and stock',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a variation',
			description: 'Delete a variation. FluentCart refuses while processing or on-hold orders contain it.',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a variation',
			description: 'Get one variation with its price (in cents), stock and subscription terms',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many variations',
			description: 'List variations of the shop, optionally of one product, by payment type or title/SKU text',
		},
		{
			name: 'Set Images',
			value: 'setImages',
			action: 'Set the images of a variation',
			description:
				'Replace the images of a variation with images of the WordPress media library (by attachment ID); the first one becomes the variation’s thumbnail',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a variation',
			description:
				'Change the price, title, SKU, stock or subscription terms of a variation; every other field is kept as it is',
		},
	],
};

const variationIdField: INodeProperties = {
	...locator({
		displayName: 'Variation',
		name: 'variationId',
		searchListMethod: 'searchVariations',
		description: 'The variation (price option of a product) to work on',
	}),
	displayOptions: showFor(['delete', 'get', 'setImages', 'update']),
};

const imageFields: INodeProperties[] = imageIdFields(
	'variation',
	'variation',
	'They replace the variation’s current images; the first one is its thumbnail.',
);

const productIdField: INodeProperties = {
	...locator({
		displayName: 'Product',
		name: 'productId',
		searchListMethod: 'searchProducts',
		adminRoute: 'products',
		description: 'The product the new variation belongs to',
	}),
	displayOptions: showFor(['create']),
};

const listFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['getAll']),
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { resource: ['variation'], operation: ['getAll'], returnAll: [false] } },
		description: 'Max number of results to return',
	},
	filtersField('variation', ['getAll'], [
			{
				displayName: 'Payment Type',
				name: 'paymentType',
				type: 'options',
				default: '',
				options: [
					{ name: 'All', value: '' },
					{ name: 'One-Time', value: 'onetime' },
					{ name: 'Subscription', value: 'subscription' },
				],
			},
			optionalLocator({
				displayName: 'Product',
				name: 'productId',
				searchListMethod: 'searchProducts',
				adminRoute: 'products',
				description: 'Only variations of this product',
			}),
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. XL',
				description: 'Text the variation title or SKU contains (case-insensitive)',
			},
		]),
];

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: showFor(['create', 'get', 'getAll', 'update']),
	description:
		'Whether to return a simplified version of the variation (about 20 fields, prices in cents) instead of the raw data',
};

export const variationProperties: INodeProperties[] = [
	variationOperationProperty,
	productIdField,
	variationIdField,
	...variationCreateFields,
	...variationUpdateFields,
	...imageFields,
	...listFields,
	simplifyField,
];
