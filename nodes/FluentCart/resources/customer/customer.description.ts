import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../../shared/locators';
import { customerAddressFields } from './customer.address.fields';
import { customerCreateFields, customerUpdateFields } from './customer.fields';
import { customerListFields } from './customer.list.fields';

const showFor = (operation: string[]) => ({ show: { resource: ['customer'], operation } });

export const customerOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customer'] } },
	default: 'get',
	options: [
		{
			name: 'Add Address',
			value: 'addAddress',
			action: 'Add an address to a customer',
			description: 'Save a new billing or shipping address for a customer (the first of each type becomes primary)',
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a customer',
			description: 'Create a customer from an email address and a name, optionally with a WordPress user',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a customer',
			description:
				'Permanently delete a customer. Warning: FluentCart also deletes all orders of the customer.',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a customer',
			description: 'Get one customer, optionally with the saved addresses',
		},
		{
			name: 'Get Addresses',
			value: 'getAddresses',
			action: 'Get the addresses of a customer',
			description: 'List the saved billing and/or shipping addresses of a customer, primary first',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many customers',
			description: 'List customers, optionally filtered by name, email or ID',
		},
		{
			name: 'Get Orders',
			value: 'getOrders',
			action: 'Get the orders of a customer',
			description: 'List the orders of one customer, newest first',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a customer',
			description: 'Change fields of a customer; every other field (and the linked WordPress user) is kept as it is',
		},
	],
};

const customerIdField: INodeProperties = {
	...locator({
		displayName: 'Customer',
		name: 'customerId',
		searchListMethod: 'searchCustomers',
		adminRoute: 'customers',
		description: 'The customer to work on',
	}),
	displayOptions: showFor(['addAddress', 'delete', 'get', 'getAddresses', 'getOrders', 'update']),
};

const deleteNotice: INodeProperties = {
	displayName:
		'FluentCart deletes the customer together with all of their orders. This cannot be undone. The WordPress user, if any, is kept.',
	name: 'deleteNotice',
	type: 'notice',
	default: '',
	displayOptions: showFor(['delete']),
};

const getOptions: INodeProperties = {
	displayName: 'Options',
	name: 'customerGetOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: showFor(['get']),
	options: [
		{
			displayName: 'Include Addresses',
			name: 'includeAddresses',
			type: 'boolean',
			default: false,
			description: 'Whether to also return the saved billing and shipping addresses',
		},
	],
};

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: showFor(['create', 'get', 'getAll', 'getOrders', 'update']),
	description:
		'Whether to return a simplified version of each record (about 20 fields) instead of the raw data',
};

export const customerProperties: INodeProperties[] = [
	customerOperationProperty,
	customerIdField,
	deleteNotice,
	...customerCreateFields,
	...customerUpdateFields,
	getOptions,
	...customerListFields,
	...customerAddressFields,
	simplifyField,
];
