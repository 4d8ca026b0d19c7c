/** Reads and shapes products for the product operations. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { simplifyVariation } from '../variation/helpers';

export const PRODUCT_STATUSES = ['draft', 'private', 'publish'] as const;

/**
 * `GET products/{id}/pricing`, FluentCart's product editor payload: the product with its detail
 * (fulfillment, variation type, price range) and every variation. A missing product is FluentCart's
 * 404 "Product not found".
 */
export async function fetchPricing(
	ctx: IExecuteFunctions,
	productId: number,
	itemIndex: number,
	raw = false,
): Promise<IDataObject> {
	const response = await fluentCartRequest(ctx, {
		method: 'GET',
		path: `products/${productId}/pricing`,
		itemIndex,
		raw,
	});
	return response.product as IDataObject;
}

/** The fields a workflow usually needs; prices stay in cents like FluentCart's. */
export function simplifyProduct(product: IDataObject): IDataObject {
	const out: IDataObject = {
		id: product.ID,
		title: product.post_title,
		slug: product.post_name,
		status: product.post_status,
		excerpt: product.post_excerpt,
	};
	const detail = product.detail as IDataObject | null | undefined;
	if (detail) {
		out.fulfillment_type = detail.fulfillment_type;
		out.variation_type = detail.variation_type;
		out.min_price = detail.min_price;
		out.max_price = detail.max_price;
		out.stock_availability = detail.stock_availability;
		out.manage_stock = Number(detail.manage_stock) === 1;
	}
	out.view_url = product.view_url ?? product.viewUrl ?? null;
	out.edit_url = product.edit_url ?? null;
	out.created_at = product.post_date;
	out.updated_at = product.post_modified;
	const variants = product.variants as IDataObject[] | undefined;
	if (Array.isArray(variants)) out.variations = variants.map((v) => simplifyVariation(v));
	return out;
}

/** Applies the node's Simplify switch. */
export function productOutput(ctx: IExecuteFunctions, product: IDataObject, itemIndex: number): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifyProduct(product) : product;
}
