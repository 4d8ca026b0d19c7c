import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { searchPage } from '../../../shared/search';
import { asProError } from './helpers';

/** "From List" for licenses (FluentCart Pro). */
export async function searchLicenses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	let page: Awaited<ReturnType<typeof searchPage>>;
	try {
		page = await searchPage(this, 'licensing/licenses', 'licenses', filter, paginationToken, {
			sort_by: 'id',
			sort_type: 'desc',
			with: ['customer', 'product:ID,post_title'],
		});
	} catch (error) {
		throw new NodeApiError(this.getNode(), asProError(error) as JsonObject);
	}
	const { rows, next, adminBase } = page;
	return {
		results: rows.map((license) => {
			const customer = license.customer as IDataObject | undefined;
			const product = license.product as IDataObject | undefined;
			const who = customer ? String(customer.full_name || customer.email) : `customer #${String(license.customer_id)}`;
			const what = product ? String(product.post_title) : `product #${String(license.product_id)}`;
			const key = String(license.license_key ?? '');
			const shortKey = key.length > 12 ? `${key.slice(0, 8)}…` : key;
			return {
				name: `#${String(license.id)} ${shortKey} · ${what} · ${who} (${String(license.status)})`,
				value: String(license.id),
				url: `${adminBase}/licenses/${String(license.id)}/view`,
			};
		}),
		paginationToken: next,
	};
}
