import type { INodeProperties } from 'n8n-workflow';

const show = { show: { resource: ['customApiCall'] } };

export const CUSTOM_METHODS = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'] as const;

export const customApiCallProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: show,
		default: 'call',
		options: [
			{
				name: 'Call',
				value: 'call',
				action: 'Make a custom API call',
				description:
					'Call any route of the FluentCart REST API (namespace fluent-cart/v2) with the credential, error handling and retries of the node',
			},
		],
	},
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		default: 'GET',
		displayOptions: show,
		description: 'HTTP method. Only GET requests are retried on temporary failures; writes are sent once.',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. orders/12/transactions',
		displayOptions: show,
		description:
			'Route inside the fluent-cart/v2 namespace, without the site address or query string (e.g. reports/revenue). A pasted REST prefix (up to and including fluent-cart/v2/) is removed.',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		displayOptions: show,
		description:
			'Sent in the query string. Use PHP-style names for nested values: params[startDate], with[] (repeat with[] for several values).',
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. per_page' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { resource: ['customApiCall'], method: ['DELETE', 'PATCH', 'POST', 'PUT'] } },
		description:
			'JSON object sent as the request body, as is. Mind FluentCart’s units: order prices and shipping are cents, coupon amounts decimals, and refunds and product/variation prices decimals before FluentCart 1.6.2 but cents from 1.6.2.',
	},
	{
		displayName: 'Options',
		name: 'customOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Keep Numeric Strings',
				name: 'raw',
				type: 'boolean',
				default: false,
				description:
					'Whether to return FluentCart’s answer exactly as sent. By default, numeric strings in known number fields (IDs, amounts, counts) become numbers.',
			},
			{
				displayName: 'Split Arrays Into Items',
				name: 'split',
				type: 'boolean',
				default: true,
				description: 'Whether an answer that is a JSON array becomes one output item per entry',
			},
		],
	},
];
