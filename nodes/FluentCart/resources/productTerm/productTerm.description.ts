import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../../shared/locators';

const showFor = (operation: string[]) => ({ show: { resource: ['productTerm'], operation } });

/** FluentCart's two product taxonomies (WordPress terms). */
export const TERM_TAXONOMIES = ['product-categories', 'product-brands'] as const;
export type TermTaxonomy = (typeof TERM_TAXONOMIES)[number];

export const productTermOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['productTerm'] } },
	default: 'getAll',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a product category or brand',
			description:
				'Create one product category (optionally under a parent category) or one brand. If a term of that name already exists, its ID is returned and nothing is created.',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a product category or brand',
			description:
				'Delete a category or brand for good (through WordPress core, FluentCart has no route for it); products lose it, and its child categories move up to its parent',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many product categories or brands',
			description:
				'List the product categories and/or brands, one item per term with its ID, name, parent ID, depth and full path (e.g. "Mugs > Espresso Cups")',
		},
		{
			name: 'Remove From Product',
			value: 'removeFromProduct',
			action: 'Remove a category or brand from a product',
			description:
				'Take one category or brand off one product, leaving its other terms; the term itself is kept. Says whether it was attached.',
		},
		{
			name: 'Set Product Terms',
			value: 'setProductTerms',
			action: 'Set the categories or brands of a product',
			description:
				'Replace all categories (or all brands) of one product by the given term IDs; an empty list removes them all. Use Get Many to find the IDs.',
		},
	],
};

const taxonomyOptions = [
	{ name: 'Category', value: 'product-categories', description: 'FluentCart product categories (can be nested)' },
	{ name: 'Brand', value: 'product-brands', description: 'FluentCart product brands' },
];

const taxonomyField: INodeProperties = {
	displayName: 'Taxonomy',
	name: 'taxonomy',
	type: 'options',
	options: taxonomyOptions,
	default: 'product-categories',
	description: 'Whether the term is a product category or a brand',
	displayOptions: showFor(['create', 'delete', 'removeFromProduct', 'setProductTerms']),
};

const productField: INodeProperties = {
	...locator({
		displayName: 'Product',
		name: 'productId',
		searchListMethod: 'searchProducts',
		adminRoute: 'products',
		description: 'The product whose categories or brands change',
	}),
	displayOptions: showFor(['removeFromProduct', 'setProductTerms']),
};

const termField: INodeProperties = {
	...locator({
		displayName: 'Term',
		name: 'termId',
		searchListMethod: 'searchProductTerms',
		description: 'The category or brand (of the Taxonomy above)',
	}),
	displayOptions: showFor(['delete', 'removeFromProduct']),
};

export const productTermProperties: INodeProperties[] = [
	productTermOperationProperty,
	taxonomyField,
	{
		displayName: 'Taxonomy',
		name: 'taxonomies',
		type: 'options',
		options: [{ name: 'Both', value: 'all', description: 'Categories and brands' }, ...taxonomyOptions],
		default: 'all',
		description: 'Which terms to list',
		displayOptions: showFor(['getAll']),
	},
	productField,
	termField,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Espresso Cups',
		description: 'The name of the new category or brand. No commas: FluentCart would make one term per comma-separated part.',
		displayOptions: showFor(['create']),
	},
	{
		displayName: 'Parent Category ID',
		name: 'parentId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12',
		description: 'Put the new category under this category (its ID from Get Many). Empty for a top-level category. Brands have no parents.',
		displayOptions: { show: { resource: ['productTerm'], operation: ['create'], taxonomy: ['product-categories'] } },
	},
	{
		displayName: 'Term IDs',
		name: 'termIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3, 5',
		description:
			'Comma-separated IDs of the categories (or brands) the product should have afterwards; all others of that taxonomy are removed. Empty removes them all.',
		displayOptions: showFor(['setProductTerms']),
	},
];
