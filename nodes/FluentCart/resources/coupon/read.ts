/** Coupon reads and delete: Get, Get Many, Delete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { readId } from '../../../shared/locators';
import { couponOutput, fetchCoupon } from './helpers';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const couponId = readId(this, 'couponId', i, 'Coupon ID');
	const options = this.getNodeParameter('couponGetOptions', i, {}) as IDataObject;
	return couponOutput(await fetchCoupon(this, couponId, i), options.includeActivities === true);
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const qs: IDataObject = { sort_by: sort.sortBy ?? 'id', sort_type: sort.sortType ?? 'desc' };
	if (typeof filters.search === 'string' && filters.search.trim()) qs.search = filters.search.trim();
	if (filters.activeView === 'active' || filters.activeView === 'expired') qs.active_view = filters.activeView;
	const coupons = await fluentCartList(this, { path: 'coupons', key: 'coupons', qs, returnAll, limit, concurrency, itemIndex: i });
	return coupons.map((coupon) => couponOutput(coupon));
}

/** A missing coupon is FluentCart's HTTP 500 with code 404, reported as not found. */
export async function remove(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const couponId = readId(this, 'couponId', i, 'Coupon ID');
	await fluentCartRequest(this, { method: 'DELETE', path: `coupons/${couponId}`, itemIndex: i });
	return { deleted: true, id: couponId };
}
