/** Variation reads and delete: Get, Get Many, Delete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireInteger } from '../../../shared/validation';
import { readId, readOptionalId } from '../../../shared/locators';
import { fetchAllVariations, fetchVariation, notFound, simplifyVariation, variationOutput } from './helpers';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	return variationOutput(this, await fetchVariation(this, variationId, i), i);
}

/**
 * FluentCart lists every variation of the shop in one answer (no pagination, no filters), so
 * filtering, Return All and Limit happen here.
 */
export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? Infinity : requireInteger(this, i, 'Limit', this.getNodeParameter('limit', i), { min: 1 });
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;
	const productId = readOptionalId(this, 'filters.productId', i, 'Product ID');
	const search = typeof filters.search === 'string' ? filters.search.trim().toLowerCase() : '';
	const paymentType = typeof filters.paymentType === 'string' ? filters.paymentType : '';

	let variations = await fetchAllVariations(this, i);
	if (productId !== undefined) variations = variations.filter((v) => Number(v.post_id) === productId);
	if (paymentType) variations = variations.filter((v) => (v.payment_type ?? 'onetime') === paymentType);
	if (search) {
		variations = variations.filter(
			(v) =>
				String(v.variation_title ?? '').toLowerCase().includes(search) ||
				String(v.sku ?? '').toLowerCase().includes(search),
		);
	}
	const page = variations.slice(0, limit);
	return simplify ? page.map((v) => simplifyVariation(v)) : page;
}

export async function remove(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const all = await fetchAllVariations(this, i);
	const variation = all.find((v) => Number(v.id) === variationId);
	if (!variation) throw notFound(this, i, 'variation', variationId);
	const siblings = all.filter((v) => Number(v.post_id) === Number(variation.post_id));
	if (siblings.length === 1) {
		throw inputError(
			this,
			i,
			`Variation ${variationId} is the only variation of product ${String(variation.post_id)}`,
			'Every FluentCart product needs at least one variation. Delete the product instead, or add another variation first.',
		);
	}
	const response = await fluentCartRequest(this, {
		method: 'DELETE',
		path: `products/variants/${variationId}`,
		itemIndex: i,
	});
	return { deleted: true, id: variationId, product_id: Number(variation.post_id), message: response.message };
}
