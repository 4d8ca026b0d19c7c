import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../shared/locators';

const show = (resource: string, operation: string[]) => ({ show: { resource: [resource], operation } });

export const gtProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		default: 'variation',
		options: [
			{ name: 'Currency', value: 'currency', description: 'Currencies enabled in the Multi-Currency module' },
			{ name: 'Product', value: 'product', description: 'Sold count of a product' },
			{ name: 'Variation', value: 'variation', description: 'Per-variation currency, quantity limits and button texts' },
		],
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['currency'] } },
		default: 'getAll',
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get enabled currencies',
				description: 'List the currencies enabled in GT Extensions, one item each, with the store default marked',
			},
		],
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		default: 'getSoldCount',
		options: [
			{
				name: 'Get Sold Count',
				value: 'getSoldCount',
				action: 'Get the sold count of a product',
				description:
					'Number of completed or processing orders that contain the product (orders, not units), with the badge HTML',
			},
		],
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['variation'] } },
		default: 'setQuantityLimits',
		options: [
			{
				name: 'Set Button Text',
				value: 'setButtonText',
				action: 'Set the button texts of a variation',
				description: 'Replace the Add to Cart and/or Buy Now button labels of one variation',
			},
			{
				name: 'Set Currency',
				value: 'setCurrency',
				action: 'Set the currency of a variation',
				description: 'Sell one variation in another of the enabled currencies',
			},
			{
				name: 'Set Quantity Limits',
				value: 'setQuantityLimits',
				action: 'Set the quantity limits of a variation',
				description: 'Minimum, maximum and step quantities customers can buy of one variation',
			},
		],
	},
	{
		...locator({
			displayName: 'Product',
			name: 'productId',
			searchListMethod: 'searchProducts',
			adminRoute: 'products',
			description: 'FluentCart product to count sales for',
		}),
		displayOptions: show('product', ['getSoldCount']),
	},
	{
		...locator({
			displayName: 'Variation',
			name: 'variationId',
			searchListMethod: 'searchVariations',
			description: 'FluentCart product variation to change',
		}),
		displayOptions: show('variation', ['setButtonText', 'setCurrency', 'setQuantityLimits']),
	},
	{
		displayName: 'Currency Name or ID',
		name: 'currency',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getEnabledCurrencies' },
		default: '',
		required: true,
		displayOptions: show('variation', ['setCurrency']),
		description:
			'3-letter code of one of the currencies enabled in GT Extensions. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Check Against Enabled Currencies',
		name: 'checkEnabled',
		type: 'boolean',
		default: true,
		displayOptions: show('variation', ['setCurrency']),
		description:
			'Whether to read the enabled currencies first and refuse any other before sending (costs one request per run)',
	},
	{
		displayName: 'Minimum Quantity',
		name: 'minQuantity',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		displayOptions: show('variation', ['setQuantityLimits']),
		description: 'Smallest quantity a customer can buy (1 or more)',
	},
	{
		displayName: 'Maximum Quantity',
		name: 'maxQuantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		displayOptions: show('variation', ['setQuantityLimits']),
		description: 'Largest quantity a customer can buy; 0 means no limit',
	},
	{
		displayName: 'Quantity Step',
		name: 'quantityStep',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		displayOptions: show('variation', ['setQuantityLimits']),
		description: 'Quantities go up in steps of this size from the minimum (step 5 from 5: 5, 10, 15…)',
	},
	{
		displayName: 'Add to Cart Text',
		name: 'addToCartText',
		type: 'string',
		default: '',
		placeholder: 'e.g. Add to basket',
		displayOptions: show('variation', ['setButtonText']),
		description: 'Label of the Add to Cart button (plain text, up to 60 characters). Leave empty to keep it.',
	},
	{
		displayName: 'Buy Now Text',
		name: 'buyNowText',
		type: 'string',
		default: '',
		placeholder: 'e.g. Get it now',
		displayOptions: show('variation', ['setButtonText']),
		description: 'Label of the Buy Now button (plain text, up to 60 characters). Leave empty to keep it.',
	},
];
