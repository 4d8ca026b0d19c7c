import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { loadProductTitles, loadVariations, variationLabel, variationMatches } from '../../../shared/catalog';
import { adminBaseUrl, SEARCH_PAGE_SIZE } from '../../../shared/search';
import { fetchAllVariations } from './helpers';

/**
 * Every variation for option lists (FluentCart returns them all in one call), named with its
 * product: "Lab Mug – Large (#6) – 24.50".
 */
export async function getVariations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const [variations, titles] = await Promise.all([loadVariations(this), loadProductTitles(this)]);
	return variations
		.map((v) => ({
			name: variationLabel(v, titles.get(Number(v.post_id))),
			value: Number(v.id),
			description: `Product #${String(v.post_id)}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * "From List" for the variation locator: FluentCart has no variation search, so the full list
 * (`GET variants`) is filtered by the typed text (variation or product title, SKU, variation ID
 * or product ID) and paged here. Product titles come from the product list.
 */
export async function searchVariations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const [all, titles] = await Promise.all([fetchAllVariations(this), loadProductTitles(this)]);
	const titleOf = (v: { post_id?: unknown }) => titles.get(Number(v.post_id));
	const matching = all
		.filter((v) => variationMatches(v, titleOf(v), filter ?? ''))
		.sort((a, b) => Number(b.id) - Number(a.id));
	const page = Number(paginationToken) || 1;
	const start = (page - 1) * SEARCH_PAGE_SIZE;
	const adminBase = await adminBaseUrl(this);
	return {
		results: matching.slice(start, start + SEARCH_PAGE_SIZE).map((v) => ({
			name: variationLabel(v, titleOf(v)),
			value: String(v.id),
			url: `${adminBase}/products/${String(v.post_id)}`,
		})),
		paginationToken: start + SEARCH_PAGE_SIZE < matching.length ? String(page + 1) : undefined,
	};
}
