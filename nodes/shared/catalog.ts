/**
 * Store-wide lookups the operations need, fetched at most once per node execution: every
 * variation (FluentCart's `GET variants` returns them all in one bare array) and the store
 * currency.
 */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { fluentCartRequest } from './transport';

type Ctx = IExecuteFunctions | ILoadOptionsFunctions;

const variationCache = new WeakMap<object, Promise<IDataObject[]>>();
const currencyCache = new WeakMap<object, Promise<string>>();

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
