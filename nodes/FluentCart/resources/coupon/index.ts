import type { ResourceDefinition } from '../../../shared/types';
import { couponProperties } from './coupon.description';
import { create } from './create';
import { get, getAll, remove } from './read';
import { searchCoupons } from './search';
import { update } from './update';

export const couponResource: ResourceDefinition = {
	option: {
		name: 'Coupon',
		value: 'coupon',
		description: 'Discount coupons: create, read, update, delete',
	},
	properties: couponProperties,
	operations: {
		create,
		delete: remove,
		get,
		getAll,
		update,
	},
	listSearch: { searchCoupons },
};
