import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from '../../../shared/search';

export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'products', 'products', filter, paginationToken, {
		sort_by: 'ID',
		sort_type: 'desc',
	});
	return {
		results: rows.map((product) => ({
			name: `${String(product.post_title || '(no title)')} (#${String(product.ID)}, ${String(product.post_status)})`,
			value: String(product.ID),
			url: `${adminBase}/products/${String(product.ID)}`,
		})),
		paginationToken: next,
	};
}
