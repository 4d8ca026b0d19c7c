import type { INodeProperties } from 'n8n-workflow';

import { countryCodeField } from '../fields';

export const countryProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['country'] } },
		default: 'get',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the address rules of a country',
				description:
					'A country’s name, its states or provinces (codes to use in addresses and shipping look-ups), and whether the store’s checkout requires a state and a postcode there',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get the countries the store knows',
				description: 'Every country FluentCart knows, as its two-letter code and name (one item per country)',
			},
		],
	},
	countryCodeField('Two-letter ISO code of the country, e.g. US, GB or DE', { show: { resource: ['country'], operation: ['get'] } }),
];
