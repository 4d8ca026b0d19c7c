/**
 * Store-wide lookups the operations need, fetched at most once per node execution: every
 * variation (FluentCart's `GET variants` returns them all in one bare array), the product titles
 * that label them, and the store currency.
 */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { centsToDecimal } from './money';
import { fluentCartList, fluentCartRequest } from './transport';

type Ctx = IExecuteFunctions | ILoadOptionsFunctions;

const variationCache = new WeakMap<object, Promise<IDataObject[]>>();
const currencyCache = new WeakMap<object, Promise<string>>();
const productTitleCache = new WeakMap<object, Promise<Map<number, string>>>();

export function loadVariations(ctx: Ctx, itemIndex?: number): Promise<IDataObject[]> {
	let cached = variationCache.get(ctx);
	if (!cached) {
		cached = fluentCartRequest<unknown>(ctx, {
				method: 'GET',
				path: 'variants',
				itemIndex,
			})
			.then((body) => (Array.isArray(body) ? (body as IDataObject[]) : []));
		// A failed lookup must not poison the next item.
		cached.catch(() => variationCache.delete(ctx));
		variationCache.set(ctx, cached);
	}
	return cached;
}

export async function findVariation(
	ctx: Ctx,
	variationId: number,
	itemIndex?: number,
): Promise<IDataObject | undefined> {
	const variations = await loadVariations(ctx, itemIndex);
	return variations.find((v) => Number(v.id) === variationId);
}

/**
 * Every product's title by product ID. FluentCart's `GET variants` names only the product ID
 * (`post_id`), so the titles come from the product list (199 products per request).
 */
export function loadProductTitles(ctx: Ctx, itemIndex?: number): Promise<Map<number, string>> {
	let cached = productTitleCache.get(ctx);
	if (!cached) {
		cached = fluentCartList(ctx, { path: 'products', key: 'products', returnAll: true, itemIndex }).then(
			(products) =>
				new Map(
					products
						.filter((p) => typeof p.post_title === 'string' && p.post_title.trim() !== '')
						.map((p) => [Number(p.ID), String(p.post_title).trim()]),
				),
		);
		cached.catch(() => productTitleCache.delete(ctx));
		productTitleCache.set(ctx, cached);
	}
	return cached;
}

/**
 * "Product – Variation" for option lists. A variation named like its product (the one variation
 * of a simple product, or "Mug XL" of "Mug") is shown by its own title only, so nothing repeats;
 * a product missing from the list (e.g. in the trash) is named by its ID.
 */
export function variationDisplayName(variation: IDataObject, productTitle: string | undefined): string {
	const title = String(variation.variation_title ?? '').trim();
	const product = productTitle?.trim() || `Product #${String(variation.post_id)}`;
	if (!title) return product;
	const lowerTitle = title.toLowerCase();
	const lowerProduct = product.toLowerCase();
	if (lowerTitle === lowerProduct) return title;
	if (lowerTitle.startsWith(lowerProduct) && !/[\p{L}\p{N}]/u.test(title.charAt(product.length))) return title;
	return `${product} – ${title}`;
}

/** "Lab Mug – Large (#6, SKU MUG-L) – 24.50", with " – subscription" for subscription variations. */
export function variationLabel(variation: IDataObject, productTitle: string | undefined): string {
	const sku = variation.sku ? `, SKU ${String(variation.sku)}` : '';
	const subscription = variation.payment_type === 'subscription' ? ' – subscription' : '';
	const price = centsToDecimal(Number(variation.item_price)).toFixed(2);
	return `${variationDisplayName(variation, productTitle)} (#${String(variation.id)}${sku}) – ${price}${subscription}`;
}

/** Whether a variation matches a picker's search text: its or its product's title, SKU, ID or product ID. */
export function variationMatches(variation: IDataObject, productTitle: string | undefined, text: string): boolean {
	const needle = text.trim().toLowerCase();
	return (
		!needle ||
		String(variation.variation_title ?? '').toLowerCase().includes(needle) ||
		(productTitle ?? '').toLowerCase().includes(needle) ||
		String(variation.sku ?? '').toLowerCase().includes(needle) ||
		String(variation.id) === needle ||
		String(variation.post_id) === needle
	);
}

/** The store currency (FluentCart has one), from the store settings. */
export function loadStoreCurrency(ctx: Ctx, itemIndex?: number): Promise<string> {
	let cached = currencyCache.get(ctx);
	if (!cached) {
		cached = fluentCartRequest(ctx, {
				method: 'GET',
				path: 'settings/store',
				qs: { settings_name: 'store_setup' },
				itemIndex,
			})
			.then((body) => String((body.settings as IDataObject | undefined)?.currency ?? 'USD').toUpperCase());
		cached.catch(() => currencyCache.delete(ctx));
		currencyCache.set(ctx, cached);
	}
	return cached;
}
