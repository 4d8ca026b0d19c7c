import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../../shared/locators';
import {
	productCreateFields,
	productDuplicateFields,
	productInventoryFields,
	productUpdateFields,
} from './product.fields';
import { productBulkFields } from './product.bulk.fields';
import { productImageFields } from './product.images.fields';
import { productListFields } from './product.list.fields';
import { productOptionFields } from './product.options.fields';

const showFor = (operation: string[]) => ({ show: { resource: ['product'], operation } });

export const productOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['product'] } },
	default: 'get',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a product',
			description:
				'Create a product (draft unless a status is given) with one variation priced 0, and return it; set prices with Update',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a product',
			description:
				'Delete a product with its variations. FluentCart refuses while processing or on-hold orders contain it.',
		},
		{
			name: 'Delete Many',
			value: 'deleteBulk',
			action: 'Delete many products',
			description:
				'Delete every product given by the input items (one product ID per item), sent in batches of 100; each item gets its own result, read back from FluentCart. Products in processing or on-hold orders are kept.',
		},
		{
			name: 'Duplicate',
			value: 'duplicate',
			action: 'Duplicate a product',
			description: 'Copy a product and its variations into a new draft (without SKUs) and return the copy',
		},
		{
			name: 'Duplicate Many',
			value: 'duplicateBulk',
			action: 'Duplicate many products',
			description:
				'Copy every product given by the input items (one product ID per item) into new drafts, sent in batches of 100; each item gets its own copy, read back from FluentCart',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a product',
			description: 'Get one product with its detail and every variation',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many products',
			description: 'List products, filtered by search text or a view such as published, physical or subscribable',
		},
		{
			name: 'Set Images',
			value: 'setImages',
			action: 'Set the images of a product',
			description:
				'Replace the images of a product with images of the WordPress media library (by attachment ID); the first one becomes the main (featured) image. Goes through the full product update, so older FluentCart versions also set the product’s date to now.',
		},
		{
			name: 'Set Variation Options',
			value: 'setVariationOptions',
			action: 'Set the variation options of a product',
			description:
				'Set attributes such as Size: S, M, L × Color: Red, Blue, from which FluentCart makes one variation per combination (FluentCart 1.5.0+). New variations are priced 0. Refuses, unless allowed, a change that would delete variations.',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a product',
			description:
				'Change the title, status, descriptions, fulfillment type or (single-variation products) the price; everything else is kept',
		},
		{
			name: 'Update Inventory',
			value: 'updateInventory',
			action: 'Update the inventory of a product variation',
			description:
				'Set the total and available stock of one variation; FluentCart then manages stock for all variations of the product',
		},
	],
};

const productIdField: INodeProperties = {
	...locator({
		displayName: 'Product',
		name: 'productId',
		searchListMethod: 'searchProducts',
		adminRoute: 'products',
		description: 'The product to work on',
	}),
	displayOptions: showFor(['delete', 'deleteBulk', 'duplicate', 'duplicateBulk', 'get', 'setImages', 'setVariationOptions', 'update', 'updateInventory']),
};

const variationIdField: INodeProperties = {
	...locator({
		displayName: 'Variation',
		name: 'variationId',
		searchListMethod: 'searchVariations',
		description: 'The variation of the product whose stock is set',
	}),
	displayOptions: showFor(['updateInventory']),
};

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: showFor(['create', 'duplicate', 'duplicateBulk', 'get', 'getAll', 'update', 'updateInventory']),
	description:
		'Whether to return a simplified version of the product or variation (prices in cents) instead of the raw data',
};

export const productProperties: INodeProperties[] = [
	productOperationProperty,
	productIdField,
	variationIdField,
	...productCreateFields,
	...productUpdateFields,
	...productInventoryFields,
	...productDuplicateFields,
	...productImageFields,
	...productOptionFields,
	...productBulkFields,
	...productListFields,
	simplifyField,
];
