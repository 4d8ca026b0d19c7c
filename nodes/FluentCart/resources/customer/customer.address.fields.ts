import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['customer'], operation } });

export const customerAddressFields: INodeProperties[] = [
	{
		displayName: 'Address Type',
		name: 'addressType',
		type: 'options',
		default: 'billing',
		displayOptions: showFor(['addAddress']),
		options: [
			{ name: 'Billing', value: 'billing' },
			{ name: 'Shipping', value: 'shipping' },
		],
	},
	{
		displayName: 'Name',
		name: 'addressName',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor(['addAddress']),
		description: 'Full name of the addressee',
	},
	{
		displayName: 'Email',
		name: 'addressEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: showFor(['addAddress']),
	},
	{
		displayName: 'Address Line 1',
		name: 'address1',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor(['addAddress']),
		description: 'Street and number',
	},
	{
		displayName: 'City',
		name: 'addressCity',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor(['addAddress']),
	},
	{
		displayName: 'Country',
		name: 'addressCountry',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. GB',
		displayOptions: showFor(['addAddress']),
		description: 'Two-letter ISO country code, e.g. GB, US or DE',
	},
	{
		displayName: 'Additional Fields',
		name: 'addressFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['addAddress']),
		options: [
			{
				displayName: 'Address Line 2',
				name: 'address2',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Company Name',
				name: 'companyName',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				placeholder: 'e.g. Office',
				description: 'Short name for the address, at most 15 characters',
			},
			{
				displayName: 'Make Primary',
				name: 'makePrimary',
				type: 'boolean',
				default: false,
				description:
					'Whether to make this the primary address of its type. The first address of each type is always primary.',
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Postcode',
				name: 'postcode',
				type: 'string',
				default: '',
			},
			{
				displayName: 'State',
				name: 'state',
				type: 'string',
				default: '',
				description: 'State or county code, e.g. CA (required by FluentCart for some countries)',
			},
		],
	},
];
