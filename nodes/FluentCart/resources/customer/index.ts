import type { ResourceDefinition } from '../../../shared/types';
import { addAddress, getAddresses } from './address';
import { create } from './create';
import { customerProperties } from './customer.description';
import { get, getAll, getOrders, remove } from './read';
import { update } from './update';

/** Customers. `searchCustomers` (search.ts) is registered as a shared method: orders use it too. */
export const customerResource: ResourceDefinition = {
	option: {
		name: 'Customer',
		value: 'customer',
		description: 'Customers: create, read, update, delete, their orders and addresses',
	},
	properties: customerProperties,
	operations: {
		addAddress,
		create,
		delete: remove,
		get,
		getAddresses,
		getAll,
		getOrders,
		update,
	},
};
