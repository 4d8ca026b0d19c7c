import type { ResourceDefinition } from '../../../shared/types';
import { changeStatusBulk, deleteBulk } from './bulk';
import { create } from './create';
import { orderProperties } from './order.description';
import { getCustomerAddresses, getRefundableTransactions } from './options';
import { addNote, getActivity } from './notes';
import { markPaid, refund } from './payment';
import { get, getAll, getTransactions, remove } from './read';
import { searchOrders } from './search';
import { changeCustomer, changeToNewCustomer, updateStatus } from './status';
import { update } from './update';

export const orderResource: ResourceDefinition = {
	option: {
		name: 'Order',
		value: 'order',
		description: 'Orders: create, pay, refund, change status, read',
	},
	properties: orderProperties,
	operations: {
		addNote,
		changeCustomer,
		changeStatusBulk,
		changeToNewCustomer,
		create,
		delete: remove,
		deleteBulk,
		get,
		getActivity,
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
