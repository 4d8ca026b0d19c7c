import type { INodeProperties } from 'n8n-workflow';

import { countryCodeField, variationPickerField } from '../fields';

const showFor = (operation: string[]) => ({ show: { resource: ['shipping'], operation } });

export const shippingOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['shipping'] } },
	default: 'getMethods',
	options: [
		{
			name: 'Get Shipping Methods',
			value: 'getMethods',
			action: 'Get the shipping methods for an address',
			description:
				'Which of the shop’s shipping methods apply to a country (and state), with what each would charge for the given items. Use before Get Shipping Quote or Order → Create.',
		},
		{
			name: 'Get Shipping Quote',
			value: 'getQuote',
			action: 'Get the shipping charge of a method for items',
			description:
				'What one shipping method charges for a basket of product variations, in total and per item. Nothing is stored. Use Get Shipping Methods to find the method ID for an address.',
		},
	],
};

const itemsField = (operation: string, required: boolean): INodeProperties => ({
	displayName: 'Items',
	name: 'items',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Item',
	default: {},
	required,
	description: required
		? 'The product variations to ship and how many of each'
		: 'The product variations to ship. Without items FluentCart treats the basket as digital and every charge is 0.',
	displayOptions: showFor([operation]),
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				variationPickerField('Product variation'),
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
				},
			],
		},
	],
});

export const shippingProperties: INodeProperties[] = [
	shippingOperationProperty,
	countryCodeField('Two-letter ISO code of the country to ship to, e.g. US, GB or DE', showFor(['getMethods'])),
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
		placeholder: 'e.g. CA',
		description: 'State or province code, for methods limited to some states. Empty: only methods for the whole country apply.',
		displayOptions: showFor(['getMethods']),
	},
	itemsField('getMethods', false),
	{
		displayName: 'Include Unavailable Methods',
		name: 'includeUnavailable',
		type: 'boolean',
		default: false,
		description: 'Whether to list the enabled methods that do not ship to this address too (as unavailable_methods)',
		displayOptions: showFor(['getMethods']),
	},
	{
		displayName: 'Shipping Method ID',
		name: 'shippingMethodId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3',
		description: 'The ID of an enabled shipping method (from Get Shipping Methods)',
		displayOptions: showFor(['getQuote']),
	},
	itemsField('getQuote', true),
];
