import type { ResourceOperations } from '../../shared/types';
import { create } from './create';
import { getAll, get, getTransactions, remove } from './read';
import { markPaid, refund } from './payment';
import { changeCustomer, updateStatus } from './status';
import { update } from './update';

export { orderProperties } from './order.description';

export const orderOperations: ResourceOperations = {
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
};
