/** License reads (FluentCart Pro): Get, Get Many. */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { fluentCartList } from '../../../shared/transport';
import { inputError, requireOneOf } from '../../../shared/validation';
import { readId, readOptionalId } from '../../../shared/locators';
import { asProError, fetchLicenseDetails, licenseDetailsOutput, simplifyLicense } from './helpers';
import { LICENSE_SORT_COLUMNS, LICENSE_VIEWS } from './license.description';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const licenseId = readId(this, 'licenseId', i, 'License ID');
	return licenseDetailsOutput(this, await fetchLicenseDetails(this, licenseId, i), i);
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;

	const search = typeof filters.search === 'string' ? filters.search.trim() : '';
	const view = filters.activeView ? requireOneOf(this, i, 'Status', filters.activeView, LICENSE_VIEWS) : '';
	let path = 'licensing/licenses';
	const qs: IDataObject = {};
	const customerId = readOptionalId(this, 'filters.customerId', i, 'Customer ID');
	if (customerId !== undefined) {
		if (search || view) {
			throw inputError(
				this,
				i,
				'Customer cannot be combined with Search or Status',
				'FluentCart lists a customer’s licenses on a route that takes no search or status. Remove one of the filters.',
			);
		}
		path = `licensing/licenses/customer/${customerId}`;
	} else {
		if (search) qs.search = search;
		if (view) qs.active_view = view;
		qs.sort_by = sort.sortBy ? requireOneOf(this, i, 'Sort By', sort.sortBy, LICENSE_SORT_COLUMNS) : 'id';
		qs.sort_type = sort.sortType === 'asc' ? 'asc' : 'desc';
		// What FluentCart's own license table loads with each row.
		qs.with = ['customer', 'product:ID,post_title', 'productVariant:id,variation_title'];
	}

	let rows: IDataObject[];
	try {
		rows = await fluentCartList(this, { path, key: 'licenses', qs, returnAll, limit, concurrency, itemIndex: i });
	} catch (error) {
		throw new NodeApiError(this.getNode(), asProError(error) as JsonObject, { itemIndex: i });
	}
	return simplify ? rows.map((row) => simplifyLicense(row)) : rows;
}
