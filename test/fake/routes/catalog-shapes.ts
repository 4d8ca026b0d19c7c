/**
 * Shapes of FluentCart 1.3.25 products and variations, as the recorded fixtures show them:
 * product posts (wp_posts columns), product detail rows, variation rows (read back through the
 * model: casts applied, uncast columns as strings) and the editor ("pricing") payload.
 */
import productPricingGet from '../../fixtures/fluentcart-1.3.25/product-pricing-get.json';
import type { FakeStore, Row } from '../store';
import { productTermIds } from './terms';

export const PRODUCT_TYPE = 'fluent-products';

/** The statuses FluentCart's product screens know. */
export const PRODUCT_STATUSES = ['publish', 'draft', 'private', 'future', 'pending'];

export const num = (value: unknown): number => {
	const n = Number(value);
	return Number.isFinite(n) ? n : 0;
};

export const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** PHP's `empty()`. */
export const phpEmpty = (value: unknown) =>
	isBlank(value) || value === 0 || value === '0' || value === false || (Array.isArray(value) && value.length === 0);

/** Helper::toCent: floatval × 100, rounded. Non-numeric → 0. */
export function toCent(value: unknown): number {
	if (value === null || value === undefined || value === '' || !Number.isFinite(Number(value))) return 0;
	return Math.round(Number(value) * 100);
}

/** WordPress sanitize_title, near enough for titles typed in tests. */
export function sanitizeTitle(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9\s-]/g, '')
		.trim()
		.replace(/[\s-]+/g, '-');
}

/**
 * WordPress post ids are shared by every post type; on the recorded site each product took two
 * (products got 4, 6, 8), so the fake does the same.
 */
export function nextPostId(store: FakeStore): number {
	store.nextId('posts', [2, ...store.products.keys()]);
	return store.nextId('posts');
}

/** A product post as FluentCart lists it (hidden columns left out). */
export function productRow(store: FakeStore, id: number, fields: Row): Row {
	const now = store.gmtNow();
	const status = String(fields.post_status ?? 'draft');
	// WordPress keeps the GMT dates empty until a post leaves draft.
	const gmt = status === 'draft' || status === 'pending' ? '0000-00-00 00:00:00' : now;
	return {
		ID: id,
		post_date: now,
		post_date_gmt: gmt,
		post_content: fields.post_content ?? '',
		post_title: fields.post_title ?? '',
		post_excerpt: fields.post_excerpt ?? '',
		post_status: status,
		comment_status: fields.comment_status ?? 'closed',
		ping_status: 'closed',
		post_name: fields.post_name ?? '',
		post_modified: now,
		post_modified_gmt: gmt,
		guid: `${store.siteUrl}/?post_type=${PRODUCT_TYPE}&p=${id}`,
		post_type: PRODUCT_TYPE,
	};
}

/** get_permalink(): the pretty URL once published, the query form before. */
export function permalink(store: FakeStore, product: Row): string {
	return product.post_status === 'publish' && product.post_name
		? `${store.siteUrl}/item/${String(product.post_name)}/`
		: `${store.siteUrl}/?post_type=${PRODUCT_TYPE}&p=${String(product.ID)}`;
}

export const editUrl = (store: FakeStore, id: unknown) =>
	`${store.siteUrl}/wp-admin/post.php?post=${String(id)}&action=edit`;

export const placeholderThumbnail = (store: FakeStore) =>
	`${store.siteUrl}/wp-content/plugins/fluent-cart/assets/images/placeholder.svg`;

/** A product detail row with the database defaults of `fct_product_details`. */
export function detailRow(store: FakeStore, productId: number, fields: Row): Row {
	const now = store.isoNow();
	return {
		id: store.nextId('details', [...store.details.values()].map((d) => num(d.id))),
		post_id: productId,
		fulfillment_type: fields.fulfillment_type ?? 'physical',
		min_price: '0',
		max_price: '0',
		default_variation_id: null,
		default_media: null,
		manage_stock: fields.manage_stock ?? '0',
		stock_availability: fields.stock_availability ?? 'in-stock',
		variation_type: fields.variation_type ?? 'simple',
		manage_downloadable: fields.manage_downloadable ?? '0',
		other_info: fields.other_info ?? null,
		created_at: now,
		updated_at: now,
	};
}

/** The default variation ProductController::create makes (price 0, stock 1), as stored. */
export const DEFAULT_VARIATION_TEMPLATE = productPricingGet.response.product.variants[0] as Row;

const VARIATION_COLUMNS = [
	'id',
	'post_id',
	'media_id',
	'serial_index',
	'sold_individually',
	'variation_title',
	'variation_identifier',
	'sku',
	'manage_stock',
	'payment_type',
	'stock_status',
	'backorders',
	'total_stock',
	'on_hold',
	'committed',
	'available',
	'fulfillment_type',
	'item_status',
	'manage_cost',
	'item_price',
	'item_cost',
	'compare_price',
	'shipping_class',
	'other_info',
	'downloadable',
	'created_at',
	'updated_at',
	'thumbnail',
] as const;

/** A variation row as FluentCart reads it back (every column, in table order). */
export function variationRow(fields: Row): Row {
	const defaults: Row = {
		media_id: null,
		serial_index: 0,
		sold_individually: 0,
		variation_identifier: null,
		sku: null,
		manage_stock: '0',
		payment_type: 'onetime',
		stock_status: 'in-stock',
		backorders: 0,
		total_stock: 0,
		on_hold: 0,
		committed: 0,
		available: 0,
		fulfillment_type: 'physical',
		item_status: 'active',
		manage_cost: 'false',
		item_price: 0,
		item_cost: 0,
		compare_price: 0,
		shipping_class: null,
		other_info: {},
		downloadable: 'false',
		thumbnail: null,
	};
	const row: Row = {};
	for (const column of VARIATION_COLUMNS) row[column] = column in fields ? fields[column] : defaults[column];
	return row;
}

/**
 * What a column written explicitly reads back as. FluentCart writes PHP nulls into NOT NULL
 * columns, which MySQL stores as the column's zero value (variants-list.json shows variation 2
 * with serial_index 0, manage_stock "0", downloadable "" and shipping_class "0" after its update
 * answered null for all four); uncast columns come back as strings.
 */
export function storedForm(column: string, value: unknown): unknown {
	switch (column) {
		case 'serial_index':
			return value === null || value === undefined ? 0 : num(value);
		case 'manage_stock':
		case 'shipping_class':
			return value === null || value === undefined ? '0' : String(value);
		case 'downloadable':
			return value === null || value === undefined ? '' : String(value);
		default:
			return value;
	}
}

/** ProductVariation::getOtherInfoAttribute: subscription variations get their defaults on read. */
export function readOtherInfo(paymentType: unknown, otherInfo: unknown): Row {
	const value: Row = otherInfo && typeof otherInfo === 'object' && !Array.isArray(otherInfo) ? { ...(otherInfo as Row) } : {};
	if (paymentType === 'subscription') {
		value.payment_type = 'subscription';
		value.installment = 'no'; // "yes" needs FluentCart Pro
		value.repeat_interval = value.repeat_interval ?? 'yearly';
		value.times = value.times ?? 0;
		value.trial_days = value.trial_days ?? 0;
		value.manage_setup_fee = value.manage_setup_fee ?? 'no';
	}
	return value;
}

/** `ProductDetailResource::update(..., ['action' => 'variant_modified'])` without new prices. */
export function touchDetailAfterVariantChange(store: FakeStore, productId: number) {
	const detail = store.details.get(productId);
	if (!detail) return;
	if (num(detail.manage_stock)) {
		const inStock = store.variationsOf(productId).some((v) => v.stock_status === 'in-stock');
		detail.stock_availability = inStock ? 'in-stock' : 'out-of-stock';
	} else {
		detail.stock_availability = 'in-stock';
	}
	detail.updated_at = store.isoNow();
}

/** Order items of processing or on-hold orders matching `pick` (deletes refuse those records). */
export function openOrderItems(store: FakeStore, pick: (item: Row) => boolean): Row[] {
	return [...store.orderItems.values()].filter((item) => {
		if (!pick(item)) return false;
		const order = store.orders.get(num(item.order_id));
		return !!order && (order.status === 'processing' || order.status === 'on-hold');
	});
}

/** `GET products/{id}/pricing`: the product editor payload. */
export function pricingPayload(store: FakeStore, product: Row): Row {
	const id = num(product.ID);
	return {
		product: {
			...product,
			'product-categories': productTermIds(store, id, 'product-categories').map(String),
			'product-brands': productTermIds(store, id, 'product-brands').map(String),
			view_url: permalink(store, product),
			edit_url: editUrl(store, id),
			detail: store.detailView(id),
			variants: store.variationsOf(id).map((v) => store.variationView(v)),
			downloadable_files: [],
			featured_image_id: store.featuredImage.get(id) ?? 0,
		},
		product_menu: '',
		taxonomies: productPricingGet.response.taxonomies,
	};
}
