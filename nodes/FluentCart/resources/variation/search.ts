import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { loadVariations } from '../../../shared/catalog';
import { adminBaseUrl, SEARCH_PAGE_SIZE } from '../../../shared/search';
import { fetchAllVariations } from './helpers';

function label(v: IDataObject): string {
	const sku = v.sku ? `, SKU ${String(v.sku)}` : '';
	const subscription = v.payment_type === 'subscription' ? ' – subscription' : '';
	return `${String(v.variation_title)} (#${String(v.id)}${sku}) – ${centsToDecimal(Number(v.item_price)).toFixed(2)}${subscription}`;
}

/** Every variation for option lists (FluentCart returns them all in one call). */
export async function getVariations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const variations = await loadVariations(this);
	return variations
		.map((v) => ({
			name: label(v),
			value: Number(v.id),
			description: `Product #${String(v.post_id)}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * "From List" for the variation locator: FluentCart has no variation search, so the full list
 * (`GET variants`) is filtered by the typed text (title, SKU, variation ID or product ID) and
 * paged here.
 */
export async function searchVariations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim().toLowerCase();
	const all = await fetchAllVariations(this);
	const matching = all
		.filter(
			(v) =>
				!text ||
				String(v.variation_title ?? '').toLowerCase().includes(text) ||
				String(v.sku ?? '').toLowerCase().includes(text) ||
				String(v.id) === text ||
				String(v.post_id) === text,
		)
		.sort((a, b) => Number(b.id) - Number(a.id));
	const page = Number(paginationToken) || 1;
	const start = (page - 1) * SEARCH_PAGE_SIZE;
	const adminBase = await adminBaseUrl(this);
	return {
		results: matching.slice(start, start + SEARCH_PAGE_SIZE).map((v) => ({
			name: `${label(v)} · product #${String(v.post_id)}`,
			value: String(v.id),
			url: `${adminBase}/products/${String(v.post_id)}`,
		})),
		paginationToken: start + SEARCH_PAGE_SIZE < matching.length ? String(page + 1) : undefined,
	};
}
