/** Reads and shapes variations ("pricing" in FluentCart) for the variation and product operations. */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { centsToUnit } from '../../../shared/money';
import type { MoneyUnit } from '../../../shared/money';
import { fluentCartRequest } from '../../../shared/transport';

/**
 * Every variation of the shop, read fresh (FluentCart's `GET variants` returns them all in one
 * bare array, without pagination). `raw` keeps FluentCart's numeric strings, for sending back.
 */
export async function fetchAllVariations(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	itemIndex?: number,
	raw = false,
): Promise<IDataObject[]> {
	const body = await fluentCartRequest<unknown>(ctx, { method: 'GET', path: 'variants', itemIndex, raw });
	return Array.isArray(body) ? (body as IDataObject[]) : [];
}

/** A "not found" error shaped like the ones FluentCart's own 404s turn into. */
export function notFound(ctx: IExecuteFunctions, itemIndex: number, what: 'product' | 'variation', id: number): NodeApiError {
	return new NodeApiError(ctx.getNode(), { httpCode: 404, kind: 'not_found' } as JsonObject, {
		message: `The ${what} was not found`,
		description: `FluentCart has no ${what} with ID ${id}. Check the ID, or pick the ${what} from the list.`,
		httpCode: '404',
		itemIndex,
	});
}

/** One variation by id, from the full list; a missing one is a 404-style error. */
export async function fetchVariation(
	ctx: IExecuteFunctions,
	variationId: number,
	itemIndex: number,
	raw = false,
): Promise<IDataObject> {
	const all = await fetchAllVariations(ctx, itemIndex, raw);
	const found = all.find((v) => Number(v.id) === variationId);
	if (!found) throw notFound(ctx, itemIndex, 'variation', variationId);
	return found;
}

const asObject = (value: unknown): IDataObject =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};

/** About 20 fields a workflow usually needs; amounts stay in cents like FluentCart's. */
export function simplifyVariation(variation: IDataObject): IDataObject {
	const info = asObject(variation.other_info);
	const out: IDataObject = {
		id: variation.id,
		product_id: variation.post_id,
		title: variation.variation_title,
		sku: variation.sku ?? null,
		item_price: variation.item_price,
		compare_price: variation.compare_price,
		payment_type: variation.payment_type ?? info.payment_type ?? 'onetime',
		fulfillment_type: variation.fulfillment_type,
		manage_stock: Number(variation.manage_stock) === 1,
		stock_status: variation.stock_status,
		total_stock: variation.total_stock,
		available: variation.available,
		committed: variation.committed,
		on_hold: variation.on_hold,
		serial_index: variation.serial_index,
		description: info.description ?? '',
	};
	if (out.payment_type === 'subscription') {
		out.billing_interval = info.repeat_interval ?? null;
		out.installments = info.times ?? null;
		out.trial_days = info.trial_days ?? null;
		out.signup_fee = info.manage_setup_fee === 'yes' ? Number(info.signup_fee ?? 0) : 0;
		out.signup_fee_name = info.manage_setup_fee === 'yes' ? (info.signup_fee_name ?? '') : '';
	}
	out.thumbnail = variation.thumbnail ?? null;
	out.created_at = variation.created_at;
	out.updated_at = variation.updated_at;
	return out;
}

/** Applies the node's Simplify switch. */
export function variationOutput(ctx: IExecuteFunctions, variation: IDataObject, itemIndex: number): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifyVariation(variation) : variation;
}

/**
 * A copy without null values (or without those of the `only` keys). FluentCart's sanitizers turn
 * a null they are sent into 0 or "", while a field left out stays as it is: so nulls are left out.
 */
export function withoutNulls(row: IDataObject, only?: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(row)) {
		const drop = (value === null || value === undefined) && (!only || only.includes(key));
		if (!drop) out[key] = value;
	}
	return out;
}

const KEEP_AS_IS = [
	'variation_title',
	'sku',
	'manage_cost',
	'fulfillment_type',
	'shipping_class',
	'manage_stock',
	'stock_status',
	'total_stock',
	'available',
	'committed',
	'on_hold',
	'serial_index',
	'downloadable',
] as const;

/**
 * The body that keeps a variation exactly as it is when sent to `POST products/variants/{id}`.
 * FluentCart replaces the whole row there: every field left out becomes null (stock fields
 * included) and the images are deleted when `media` is missing. Prices go back in the unit the
 * site's FluentCart takes (decimals it multiplies by 100 before 1.6.2, cents from 1.6.2).
 */
export function wholeVariationBody(variation: IDataObject, unit: MoneyUnit): IDataObject {
	const body: IDataObject = { id: Number(variation.id), post_id: Number(variation.post_id) };
	for (const field of KEEP_AS_IS) {
		// A null is what FluentCart writes for a missing field anyway; leaving it out keeps it null
		// instead of letting the sanitizer turn it into 0 or "".
		if (variation[field] !== null && variation[field] !== undefined) body[field] = variation[field];
	}
	body.item_price = centsToUnit(Number(variation.item_price ?? 0), unit);
	// FluentCart refuses a compare-at price below the price; 0 (none) is left out, which keeps 0.
	if (Number(variation.compare_price) > 0) body.compare_price = centsToUnit(Number(variation.compare_price), unit);
	body.item_cost = centsToUnit(Number(variation.item_cost ?? 0), unit);
	const info = withoutNulls(asObject(variation.other_info));
	if (info.manage_setup_fee === 'yes' && info.signup_fee !== undefined && info.signup_fee !== null && info.signup_fee !== '') {
		// Stored in cents, sent in the site's unit.
		info.signup_fee = centsToUnit(Number(info.signup_fee), unit);
	}
	if (!info.payment_type) info.payment_type = variation.payment_type === 'subscription' ? 'subscription' : 'onetime';
	body.other_info = info;
	const media = asObject(variation.media).meta_value;
	if (Array.isArray(media) && media.length > 0) {
		body.media = (media as IDataObject[]).map((m) => ({ id: m.id, url: m.url, title: m.title }));
	}
	return body;
}
