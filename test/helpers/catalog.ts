/** Helpers for the product and variation tests: comparing with fixtures, seeding catalog rows. */
import type { IDataObject } from 'n8n-workflow';

import { detailRow, nextPostId, productRow, variationRow } from '../fake/routes/catalog-shapes';
import { wireMoney } from './fake-client';
import type { StartedFake } from './fake-client';

const DATE = /^(?!0000)\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\+00:00)?$/;

/** Replaces real timestamps by "<date>" (the empty "0000-00-00 00:00:00" of drafts is kept). */
export function maskDates<T>(value: T): T {
	return JSON.parse(
		JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && DATE.test(v) ? '<date>' : v)),
	) as T;
}

/**
 * The keys of a JSON value in order, with each value's JSON type: equal skeletons mean the same
 * keys, in the same order, with the same types (numeric strings stay strings). Arrays keep
 * every element.
 */
export function skeleton(value: unknown): unknown {
	if (value === null) return 'null';
	if (Array.isArray(value)) return value.map((v) => skeleton(v));
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, skeleton(v)]);
	}
	return typeof value;
}

export const productParams = (operation: string, extra: IDataObject = {}): IDataObject => ({
	resource: 'product',
	operation,
	...extra,
});

export const variationParams = (operation: string, extra: IDataObject = {}): IDataObject => ({
	resource: 'variation',
	operation,
	...extra,
});

/** Creates a product on the fake through its API; returns the product id and default variation id. */
export async function createProduct(
	ctx: StartedFake,
	title: string,
	fulfillment: 'physical' | 'digital' = 'physical',
	status?: string,
): Promise<{ productId: number; variationId: number }> {
	const res = await ctx.api.post('products', {
		post_title: title,
		...(status ? { post_status: status } : {}),
		// FluentCart 1.5+ creates the product's variation only for a simple product.
		detail: { fulfillment_type: fulfillment, variation_type: 'simple' },
	});
	if (res.status !== 200) throw new Error(`fake refused the product: ${JSON.stringify(res.data)}`);
	return { productId: Number(res.data.data.ID), variationId: Number(res.data.data.variant.id) };
}

/** Creates a variation on the fake through its API (body as FluentCart's admin sends it). */
export async function createVariation(ctx: StartedFake, variant: IDataObject): Promise<IDataObject> {
	const money: IDataObject = {};
	for (const key of ['item_price', 'compare_price', 'item_cost']) {
		if (typeof variant[key] === 'number') money[key] = wireMoney(ctx, variant[key] as number);
	}
	const res = await ctx.api.post('products/variants', {
		variants: { total_stock: 0, available: 0, committed: 0, on_hold: 0, other_info: { payment_type: 'onetime' }, ...variant, ...money },
	});
	if (res.status !== 200) throw new Error(`fake refused the variation: ${JSON.stringify(res.data)}`);
	return res.data.data as IDataObject;
}

/** An order on the fake that holds this variation, left on hold (what blocks deletes). */
export async function holdInOrder(ctx: StartedFake, variationId: number): Promise<number> {
	const variation = ctx.fake.store.variations.get(variationId)!;
	const res = await ctx.api.post('orders', {
		customer_id: 1,
		order_items: [
			{
				post_id: Number(variation.post_id),
				object_id: variationId,
				quantity: 1,
				unit_price: Number(variation.item_price),
				other_info: { payment_type: 'onetime' },
			},
		],
		shipping_total: 0,
	});
	if (res.status !== 200) throw new Error(`fake refused the order: ${JSON.stringify(res.data)}`);
	return Number(res.data.order_id);
}

/** Adds `count` published products (each with one variation) straight into the fake's store. */
export function addBulkProducts(ctx: StartedFake, count: number): number[] {
	const store = ctx.fake.store;
	const ids: number[] = [];
	for (let n = 1; n <= count; n++) {
		const id = nextPostId(store);
		const title = `Bulk Product ${n}`;
		store.products.set(id, productRow(store, id, { post_title: title, post_status: 'publish', post_name: `bulk-product-${n}` }));
		store.details.set(id, detailRow(store, id, { fulfillment_type: 'digital' }));
		const variationId = store.nextId('variations', store.variations.keys());
		store.variations.set(
			variationId,
			variationRow({ id: variationId, post_id: id, serial_index: 1, variation_title: title, item_price: 100 * n, other_info: { payment_type: 'onetime' } }),
		);
		ids.push(id);
	}
	return ids;
}
