/** Pickers for the GT Extensions node: FluentCart products and variations, enabled currencies. */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { centsToDecimal } from '../shared/money';
import { loadVariations } from '../shared/catalog';
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

export async function searchVariations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const variations = await loadVariations(this);
	const adminBase = await adminBaseUrl(this);
	return {
		results: variations
			.filter(
				(v) =>
					!needle ||
					String(v.variation_title).toLowerCase().includes(needle) ||
					String(v.sku ?? '').toLowerCase().includes(needle) ||
					String(v.id) === needle,
			)
			.map((v) => ({
				name: `${String(v.variation_title)} (#${String(v.id)}${v.sku ? `, SKU ${String(v.sku)}` : ''}) – ${centsToDecimal(Number(v.item_price)).toFixed(2)}`,
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
