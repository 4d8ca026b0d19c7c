import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from '../../../shared/search';

export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'customers', 'customers', filter, paginationToken);
	return {
		results: rows.map((customer) => ({
			name: `${String(customer.full_name || '(no name)')} <${String(customer.email)}>`,
			value: String(customer.id),
			url: `${adminBase}/customers/${String(customer.id)}/view`,
		})),
		paginationToken: next,
	};
}
