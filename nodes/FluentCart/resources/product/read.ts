/** Product reads and delete: Get, Get Many, Delete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { readId } from '../../../shared/locators';
import { fetchPricing, productOutput, simplifyProduct } from './helpers';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	return productOutput(this, await fetchPricing(this, productId, i), i);
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const options = this.getNodeParameter('listOptions', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;

	const qs: IDataObject = {};
	if (typeof filters.search === 'string' && filters.search.trim()) qs.search = filters.search.trim();
	if (filters.activeView) qs.active_view = filters.activeView;
	if (sort.sortBy) qs.sort_by = sort.sortBy;
	if (sort.sortType) qs.sort_type = sort.sortType;
	// Only real relations: FluentCart fails on any other name.
	if (options.includeVariations === true) qs.with = ['detail', 'variants'];

	const products = await fluentCartList(this, { path: 'products', key: 'products', qs, returnAll, limit, concurrency, itemIndex: i });
	return simplify ? products.map((product) => simplifyProduct(product)) : products;
}

export async function remove(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	// A missing product answers 403 "Permission Callback Error", which the transport reports as not found.
	const response = await fluentCartRequest(this, { method: 'DELETE', path: `products/${productId}`, itemIndex: i });
	return { deleted: true, id: productId, message: response.message };
}
