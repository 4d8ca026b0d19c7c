/**
 * Product → Update through FluentCart's full product update, `POST products/{id}/pricing`.
 *
 * What FluentCart does with that request decides what we send:
 * - the post's title, status, slug and comment status are always written (a missing slug is
 *   regenerated, a missing comment status becomes "closed"); excerpt and content when sent;
 * - the detail is written with what is sent (`detail.id` is needed to find it), and a missing
 *   `default_variation_id` is nulled;
 * - for a simple product, `variants[0]` is required and written column by column (an absent
 *   price becomes 0, prices are decimals); columns left out are not touched, so the stock is never
 *   sent and a sale between our read and the write stands. Other products' variations are left
 *   alone unless sent.
 * So we read the editor payload raw, change the user's fields and send the other fields back.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { centsToUnit, decimalToUnit, unitToDecimal } from '../../../shared/money';
import type { MoneyUnit } from '../../../shared/money';
import { moneyUnit } from '../../../shared/profile';
import { fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { inputError, requireDecimal, requireOneOf } from '../../../shared/validation';
import { userDecimal } from '../../../shared/amounts';
import { readId } from '../../../shared/locators';
import { withoutNulls } from '../variation/helpers';
import { checkComparePrice } from '../variation/input';
import { fetchPricing, PRODUCT_STATUSES, productOutput } from './helpers';

export interface ProductChanges {
	title?: string;
	status?: string;
	slug?: string;
	excerpt?: string;
	description?: string;
	fulfillmentType?: string;
	price?: number;
	/** null: remove the compare-at price. */
	compareAtPrice?: number | null;
	/** The product's image list (`[{id,url,title}]`, the first is the main image); [] removes them all. */
	gallery?: IDataObject[];
}

const given = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';

function checkChanges(ctx: IExecuteFunctions, i: number, fields: IDataObject): ProductChanges {
	const out: ProductChanges = {};
	if (fields.title !== undefined) {
		out.title = String(fields.title).trim();
		if (!out.title) throw inputError(ctx, i, 'Title is empty', 'Every FluentCart product needs a title.');
		if (out.title.length > 200) throw inputError(ctx, i, `Title is ${out.title.length} characters long; FluentCart allows at most 200`);
	}
	if (fields.status !== undefined) out.status = requireOneOf(ctx, i, 'Status', fields.status, PRODUCT_STATUSES);
	if (fields.slug !== undefined) out.slug = String(fields.slug).trim();
	if (fields.excerpt !== undefined) {
		out.excerpt = String(fields.excerpt);
		const words = out.excerpt.split(' ').length;
		if (words > 55) throw inputError(ctx, i, `Short Description has ${words} words; FluentCart allows at most 55`);
	}
	if (fields.description !== undefined) out.description = String(fields.description);
	if (fields.fulfillmentType !== undefined) {
		out.fulfillmentType = requireOneOf(ctx, i, 'Fulfillment Type', fields.fulfillmentType, ['physical', 'digital']);
	}
	if (given(fields.price)) requireDecimal(ctx, i, fields.price, { field: 'Price', currency: 'USD' });
	if (given(fields.compareAtPrice)) requireDecimal(ctx, i, fields.compareAtPrice, { field: 'Compare-at Price', currency: 'USD' });
	return out;
}

const notNull = (value: unknown) => value !== null && value !== undefined;

/** The `other_info` keys ProductUpdateRequest sanitizes (a null sent there becomes "" or 0). */
const SANITIZED_INFO_KEYS = [
	'payment_type',
	'times',
	'repeat_interval',
	'billing_summary',
	'manage_setup_fee',
	'signup_fee',
	'signup_fee_name',
	'installment',
] as const;

/** The one variation of a simple product, as FluentCart needs it back (prices in `unit`). */
function simpleVariant(variant: IDataObject, changes: ProductChanges, fulfillment: IDataObject[string], unit: MoneyUnit): IDataObject {
	const out: IDataObject = {
		id: Number(variant.id),
		post_id: Number(variant.post_id),
		variation_title: variant.variation_title,
	};
	if (notNull(variant.sku) && variant.sku !== '') out.sku = variant.sku;
	out.item_price = changes.price !== undefined ? decimalToUnit(changes.price, unit) : centsToUnit(Number(variant.item_price ?? 0), unit);
	if (changes.compareAtPrice === null) out.compare_price = null;
	else if (changes.compareAtPrice !== undefined) out.compare_price = decimalToUnit(changes.compareAtPrice, unit);
	else if (Number(variant.compare_price) > 0) out.compare_price = centsToUnit(Number(variant.compare_price), unit);
	out.item_cost = centsToUnit(Number(variant.item_cost ?? 0), unit);
	// Stock is left out: FluentCart writes only the columns sent (recorded: a title change without
	// them keeps a sale made after the node's read; sending the stock as read undoes it). With
	// manage_stock sent, FluentCart would also overwrite total_stock with the available count.
	for (const field of ['manage_cost', 'serial_index', 'downloadable'] as const) {
		if (notNull(variant[field])) out[field] = variant[field];
	}
	if (variant.shipping_class && variant.shipping_class !== '0') out.shipping_class = variant.shipping_class;
	out.fulfillment_type = fulfillment;
	const info = withoutNulls((variant.other_info ?? {}) as IDataObject, SANITIZED_INFO_KEYS);
	if (info.manage_setup_fee === 'yes' && notNull(info.signup_fee) && info.signup_fee !== '') {
		// Stored in cents; before 1.6.2 FluentCart multiplies what it is sent by 100.
		info.signup_fee = centsToUnit(Number(info.signup_fee), unit);
	}
	info.payment_type ??= variant.payment_type === 'subscription' ? 'subscription' : 'onetime';
	out.other_info = info;
	return out;
}

export async function update(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0) {
		throw inputError(this, i, 'Update Fields is empty', 'Add at least one field to change.');
	}
	const changes = checkChanges(this, i, fields);
	// The unit before anything is sent (prices always go back): an unknown version refuses here.
	const unit = await moneyUnit(this, 'productPricing', i);
	if (given(fields.price)) changes.price = await userDecimal(this, i, fields.price, 'Price');
	if (given(fields.compareAtPrice)) {
		const compare = await userDecimal(this, i, fields.compareAtPrice, 'Compare-at Price');
		changes.compareAtPrice = compare === 0 ? null : compare;
	}
	await writeProduct(this, i, productId, changes, unit);
	const build = (product: IDataObject) => productOutput(this, product, i);
	return await outputAfterWrite(this, i, `Product ${productId} was updated`, async () => await fetchPricing(this, productId, i), build, {
		id: productId,
	});
}

/**
 * Writes the changes through `POST products/{id}/pricing`, sending every other field back as
 * FluentCart has it. Prices go in `unit`, the one this site's FluentCart takes (callers ask the
 * site profile before any request).
 */
export async function writeProduct(
	ctx: IExecuteFunctions,
	i: number,
	productId: number,
	changes: ProductChanges,
	unit: MoneyUnit,
): Promise<void> {
	// Raw: send back exactly what FluentCart returned (its numeric strings included).
	const product = await fetchPricing(ctx, productId, i, true);
	const detail = (product.detail ?? {}) as IDataObject;
	const variants = (Array.isArray(product.variants) ? product.variants : []) as IDataObject[];
	const simple = (detail.variation_type ?? 'simple') === 'simple';
	const pricing = changes.price !== undefined || changes.compareAtPrice !== undefined;
	if (pricing && !(simple && variants.length === 1)) {
		throw inputError(
			ctx,
			i,
			`Product ${productId} has ${variants.length} variations, so it has no single price`,
			'Change the price of each variation with Variation → Update.',
		);
	}
	if (simple && variants.length === 0) {
		throw inputError(ctx, i, `Product ${productId} has no variation`, 'Add one with Variation → Create first.');
	}
	const fulfillment = changes.fulfillmentType ?? detail.fulfillment_type;

	const body: IDataObject = {
		post_title: changes.title ?? product.post_title,
		post_status: changes.status ?? product.post_status,
		post_name: changes.slug ?? product.post_name,
		comment_status: product.comment_status,
		post_excerpt: changes.excerpt ?? product.post_excerpt ?? '',
		post_content: changes.description ?? product.post_content ?? '',
	};
	// Scheduled products keep their date; any other status gets "now" from FluentCart.
	if (body.post_status === 'future') body.post_date = product.post_date;
	const detailBody: IDataObject = {
		id: Number(detail.id),
		post_id: productId,
		fulfillment_type: fulfillment,
		variation_type: detail.variation_type ?? 'simple',
	};
	for (const field of ['manage_stock', 'manage_downloadable', 'default_variation_id'] as const) {
		if (notNull(detail[field])) detailBody[field] = detail[field];
	}
	body.detail = detailBody;
	if (simple) {
		const variant = simpleVariant(variants[0], changes, fulfillment, unit);
		const compare = variant.compare_price;
		checkComparePrice(ctx, i, unitToDecimal(variant.item_price, unit), compare === null || compare === undefined ? undefined : unitToDecimal(compare, unit));
		body.variants = [variant];
	} else if (changes.fulfillmentType !== undefined && changes.fulfillmentType !== detail.fulfillment_type) {
		// Every variation follows the product's fulfillment type (FluentCart renumbers their order).
		body.variants = variants.map((v) => ({
			id: Number(v.id),
			post_id: Number(v.post_id),
			variation_title: v.variation_title,
			item_price: centsToUnit(Number(v.item_price ?? 0), unit),
			fulfillment_type: fulfillment,
		}));
	}

	// Only when changed: FluentCart leaves the images alone when `gallery` is left out.
	if (changes.gallery) body.gallery = changes.gallery;

	await fluentCartRequest(ctx, { method: 'POST', path: `products/${productId}/pricing`, body, itemIndex: i });
}
