import type { INodeProperties } from 'n8n-workflow';

import { filtersField, listFields as pagingFields, sortField } from '../../../shared/paging';

import { locator, optionalLocator } from '../../../shared/locators';

const showFor = (operation: string[]) => ({ show: { resource: ['license'], operation } });

export const LICENSE_STATUSES = ['active', 'disabled', 'expired'] as const;
export const LICENSE_VIEWS = ['active', 'disabled', 'expired', 'inactive'] as const;
export const LICENSE_SORT_COLUMNS = ['activation_count', 'expiration_date', 'id', 'order_id', 'status'] as const;

export const licenseOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['license'] } },
	default: 'get',
	options: [
		{
			name: 'Activate Site',
			value: 'activateSite',
			action: 'Activate a site on a license',
			description: 'Activate a site URL on a software license, as FluentCart admins can (needs FluentCart Pro)',
		},
		{
			name: 'Deactivate Site',
			value: 'deactivateSite',
			action: 'Deactivate a site on a license',
			description: 'Free one activation of a license, picked by site URL or activation ID (needs FluentCart Pro)',
		},
		{
			name: 'Extend Validity',
			value: 'extendValidity',
			action: 'Change the expiration date of a license',
			description: 'Set a new expiration date (later or earlier) or make the license lifetime (needs FluentCart Pro)',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a license',
			description: 'Get one license with its activated sites (needs FluentCart Pro)',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many licenses',
			description: 'List licenses, filtered by status, customer or search text (needs FluentCart Pro)',
		},
		{
			name: 'Regenerate Key',
			value: 'regenerateKey',
			action: 'Regenerate the key of a license',
			description: 'Replace the license key by a new random one; the old key stops working (needs FluentCart Pro)',
		},
		{
			name: 'Update Status',
			value: 'updateStatus',
			action: 'Update the status of a license',
			description: 'Set a license to active, disabled or expired (needs FluentCart Pro)',
		},
	],
};

const licenseIdField: INodeProperties = {
	...locator({
		displayName: 'License',
		name: 'licenseId',
		searchListMethod: 'searchLicenses',
		adminRoute: 'licenses',
		description: 'The license to work on (FluentCart Pro)',
	}),
	displayOptions: showFor(['activateSite', 'deactivateSite', 'extendValidity', 'get', 'regenerateKey', 'updateStatus']),
};

const siteFields: INodeProperties[] = [
	{
		displayName: 'Site URL',
		name: 'siteUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://client-site.com',
		displayOptions: showFor(['activateSite']),
		description: 'Address of the site to activate the license on',
	},
	{
		displayName: 'Identify Site By',
		name: 'siteBy',
		type: 'options',
		default: 'url',
		displayOptions: showFor(['deactivateSite']),
		options: [
			{ name: 'Activation ID', value: 'activationId', description: 'The ID of the activation record' },
			{ name: 'Site URL', value: 'url', description: 'The address of an activated site; its activation is looked up' },
		],
	},
	{
		displayName: 'Site URL',
		name: 'siteUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://client-site.com',
		displayOptions: { show: { resource: ['license'], operation: ['deactivateSite'], siteBy: ['url'] } },
		description: 'Address of the activated site (scheme, "www." and trailing slash do not matter)',
	},
	{
		displayName: 'Activation ID',
		name: 'activationId',
		type: 'number',
		default: 0,
		required: true,
		displayOptions: { show: { resource: ['license'], operation: ['deactivateSite'], siteBy: ['activationId'] } },
		description: 'ID of the activation to remove, as listed by License → Get',
	},
];

const validityFields: INodeProperties[] = [
	{
		displayName: 'Lifetime',
		name: 'lifetime',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['extendValidity']),
		description: 'Whether the license should never expire',
	},
	{
		displayName: 'Expiration Date',
		name: 'expirationDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { resource: ['license'], operation: ['extendValidity'], lifetime: [false] } },
		description: 'New expiration date, as the site’s wall-clock time. Earlier than the current one reduces the validity.',
	},
];

const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'licenseStatus',
	type: 'options',
	default: 'disabled',
	displayOptions: showFor(['updateStatus']),
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Disabled', value: 'disabled', description: 'The key stops validating; activations are kept' },
		{ name: 'Expired', value: 'expired' },
	],
};

const listFields: INodeProperties[] = [
	...pagingFields('license', ['getAll']),
	filtersField('license', ['getAll'], [
			optionalLocator({
				displayName: 'Customer',
				name: 'customerId',
				searchListMethod: 'searchCustomers',
				adminRoute: 'customers',
				description:
					'Only licenses of this customer. FluentCart lists a customer’s licenses on their own route, which takes no search or status.',
			}),
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. ada@example.com',
				description: 'License key, order ID, customer name or email, or an activated site URL',
			},
			{
				displayName: 'Status',
				name: 'activeView',
				type: 'options',
				default: '',
				options: [
					{ name: 'Active', value: 'active', description: 'Active and not expired' },
					{ name: 'All', value: '' },
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Expired', value: 'expired', description: 'Expiration date in the past' },
					{ name: 'Inactive', value: 'inactive', description: 'Active but not activated on any site' },
				],
			},
		]),
	// Only License-fillable columns are honoured; FluentCart sorts anything else by ID (= creation order).
	sortField('license', ['getAll'], 'id', [
		{ name: 'Activation Count', value: 'activation_count' },
		{ name: 'Expiration Date', value: 'expiration_date' },
		{ name: 'ID (Creation Order)', value: 'id' },
		{ name: 'Order ID', value: 'order_id' },
		{ name: 'Status', value: 'status' },
	]),
];

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: showFor(['activateSite', 'deactivateSite', 'extendValidity', 'get', 'getAll', 'regenerateKey', 'updateStatus']),
	description: 'Whether to return a simplified version of the license (about 20 fields) instead of the raw data',
};

export const licenseProperties: INodeProperties[] = [
	licenseOperationProperty,
	licenseIdField,
	...siteFields,
	...validityFields,
	statusField,
	...listFields,
	simplifyField,
];
