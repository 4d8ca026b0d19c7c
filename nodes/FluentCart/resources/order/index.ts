import type { ResourceDefinition } from '../../../shared/types';
import { create } from './create';
import { orderProperties } from './order.description';
import { getCustomerAddresses, getRefundableTransactions } from './options';
import { markPaid, refund } from './payment';
import { get, getAll, getTransactions, remove } from './read';
import { searchOrders } from './search';
import { changeCustomer, updateStatus } from './status';
import { update } from './update';

export const orderResource: ResourceDefinition = {
	option: {
		name: 'Order',
		value: 'order',
		description: 'Orders: create, pay, refund, change status, read',
	},
	properties: orderProperties,
	operations: {
		changeCustomer,
		create,
		delete: remove,
		get,
		getAll,
		getTransactions,
		markPaid,
		refund,
		update,
		updateStatus,
	},
	listSearch: { searchOrders },
	loadOptions: { getCustomerAddresses, getRefundableTransactions },
};
