/** Pickers for the GT Extensions node: FluentCart products and variations, enabled currencies. */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { loadProductTitles, loadVariations, variationLabel, variationMatches } from '../shared/catalog';
import { adminBaseUrl, searchPage } from '../shared/search';
import { readCurrencies } from './operations';

export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'products', 'products', filter, paginationToken);
	return {
		results: rows.map((product) => ({
			name: `${String(product.post_title)} (#${String(product.ID)}, ${String(product.post_status)})`,
			value: String(product.ID),
			url: `${adminBase}/products/${String(product.ID)}`,
		})),
		paginationToken: next,
	};
}

/** Variations named with their product ("Lab Mug – Large (#6) – 24.50"), filtered by the typed text. */
export async function searchVariations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const [variations, titles] = await Promise.all([loadVariations(this), loadProductTitles(this)]);
	const adminBase = await adminBaseUrl(this);
	return {
		results: variations
			.filter((v) => variationMatches(v, titles.get(Number(v.post_id)), filter ?? ''))
			.map((v) => ({
				name: variationLabel(v, titles.get(Number(v.post_id))),
				value: String(v.id),
				url: `${adminBase}/products/${String(v.post_id)}`,
			})),
	};
}

export async function getEnabledCurrencies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { currencies, defaultCurrency } = await readCurrencies(this);
	return Object.entries(currencies)
		.map(([code, info]) => ({
			name: `${code} (${String(info.sign ?? '')})${code === defaultCurrency ? ' – store default' : ''}`,
			value: code,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
