import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['product'], operation } });

const STATUS_OPTIONS = [
	{ name: 'Draft', value: 'draft', description: 'Not visible in the shop' },
	{ name: 'Private', value: 'private', description: 'Visible to logged-in administrators only' },
	{ name: 'Published', value: 'publish', description: 'Visible and purchasable in the shop' },
];

const FULFILLMENT_OPTIONS = [
	{ name: 'Digital', value: 'digital', description: 'Downloads, licenses, memberships: nothing is shipped' },
	{ name: 'Physical', value: 'physical', description: 'Shipped to the customer' },
];

export const productCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Lab T-Shirt',
		displayOptions: showFor(['create']),
		description: 'Name of the product (at most 200 characters)',
	},
	{
		displayName: 'Fulfillment Type',
		name: 'fulfillmentType',
		type: 'options',
		default: 'physical',
		displayOptions: showFor(['create']),
		options: FULFILLMENT_OPTIONS,
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'string',
		default: '',
		placeholder: 'e.g. 19.99',
		displayOptions: showFor(['create']),
		description:
			"Price of the product's variation, typed as a decimal in the store currency (19.99). The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2). Empty or 0: free.",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create']),
		options: [
			{
				displayName: 'Compare-at Price',
				name: 'compareAtPrice',
				type: 'string',
				default: '',
				placeholder: 'e.g. 24.99',
				description: 'Old price shown crossed out, typed as a decimal (at least the price). The node converts it for your FluentCart version.',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'draft',
				description: 'Status of the new product (FluentCart makes it a draft when not set)',
				options: STATUS_OPTIONS,
			},
		],
	},
];

export const productUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['update']),
		description: 'The fields to change; every other field and every variation is kept as it is',
		options: [
			{
				displayName: 'Compare-at Price',
				name: 'compareAtPrice',
				type: 'string',
				default: '',
				placeholder: 'e.g. 24.99',
				description:
					'Products with a single variation only: old price shown crossed out, as a decimal in the store currency (e.g. 24.99, not cents). Must be at least the price; 0 removes it. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Long description of the product page (HTML allowed)',
			},
			{
				displayName: 'Fulfillment Type',
				name: 'fulfillmentType',
				type: 'options',
				default: 'physical',
				description: 'Whether the product is shipped or delivered digitally (its variations follow)',
				options: FULFILLMENT_OPTIONS,
			},
			{
				displayName: 'Price',
				name: 'price',
				type: 'string',
				default: '',
				placeholder: 'e.g. 19.99',
				description:
					'Products with a single variation only: the price as a decimal in the store currency (e.g. 19.99, not cents). Use Variation → Update for products with several variations. The node converts it to the unit your FluentCart version takes (decimals before 1.6.2, cents from 1.6.2).',
			},
			{
				displayName: 'Short Description',
				name: 'excerpt',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'Summary shown in product lists (at most 55 words)',
			},
			{
				displayName: 'Slug',
				name: 'slug',
				type: 'string',
				default: '',
				placeholder: 'e.g. lab-t-shirt',
				description: 'Last part of the product URL. Empty lets WordPress make one from the title.',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'publish',
				options: STATUS_OPTIONS,
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Name of the product (at most 200 characters)',
			},
		],
	},
];

export const productInventoryFields: INodeProperties[] = [
	{
		displayName: 'Total Stock',
		name: 'totalStock',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		required: true,
		displayOptions: showFor(['updateInventory']),
		description: 'Units in stock, including those held by orders (a whole number, 0 or more)',
	},
	{
		displayName: 'Available Stock',
		name: 'availableStock',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		required: true,
		displayOptions: showFor(['updateInventory']),
		description: 'Units that can still be sold (a whole number, 0 to Total Stock); 0 makes the variation out of stock',
	},
];

export const productDuplicateFields: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'duplicateOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['duplicate', 'duplicateBulk']),
		options: [
			{
				displayName: 'Copy Downloadable Files',
				name: 'importDownloadableFiles',
				type: 'boolean',
				default: false,
				description: 'Whether the copy gets the downloadable files of the original',
			},
			{
				displayName: 'Copy License Settings',
				name: 'importLicenseSettings',
				type: 'boolean',
				default: false,
				description: 'Whether the copy gets the license settings of the original (FluentCart Pro licensing)',
			},
			{
				displayName: 'Copy Stock Management',
				name: 'importStockManagement',
				type: 'boolean',
				default: false,
				description: 'Whether the copy keeps stock management and stock counts (otherwise its stock starts at 0, unmanaged)',
			},
		],
	},
];
