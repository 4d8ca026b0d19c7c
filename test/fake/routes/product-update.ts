/**
 * `POST products/{postId}/pricing`: FluentCart 1.3.25's full product update (ProductController::update,
 * ProductUpdateRequest, ProductResource::update, ProductDetailResource::update, updateWpPost).
 *
 * What it does to a record, as modelled here:
 * - the post: title, status, comment status and slug are always written (an absent slug is
 *   regenerated from the title, or emptied for drafts; an absent comment status becomes "closed");
 *   excerpt and content only when sent; every date becomes "now" unless the status is future;
 * - the detail: the fields sent are written, `default_variation_id` is nulled when absent, the
 *   price range and stock availability are recomputed;
 * - simple products: only `variants[0]` is written, and only the columns sent (prices are decimals,
 *   multiplied by 100; an absent price becomes 0); other variation types: every variant sent is
 *   written and `serial_index` renumbered.
 */
import { ok, sendError, validationError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import type { FakeStore, Row } from '../store';
import { num, permalink, phpEmpty, placeholderThumbnail, readOtherInfo, sanitizeTitle, toCent as toCentDecimal } from './catalog-shapes';

const obj = (value: unknown): Row | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : undefined;
const isNumeric = (value: unknown) =>
	(typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
const missing = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A decimal price × 100 as PHP writes it into the double column (14 significant digits). */
const timesHundred = (value: unknown) => Number((num(value) * 100).toPrecision(14));

/** The variant columns ProductUpdateRequest sanitizes (others are dropped). */
const VARIANT_KEYS = [
	'id',
	'rowId',
	'post_id',
	'variation_title',
	'item_price',
	'compare_price',
	'item_cost',
	'manage_cost',
	'total_stock',
	'available',
	'shipping_class',
	'committed',
	'on_hold',
	'manage_stock',
	'stock_status',
	'serial_index',
	'downloadable',
	'fulfillment_type',
	'sku',
	'media',
	'other_info',
];
const INT_KEYS = ['id', 'rowId', 'post_id', 'total_stock', 'available', 'committed', 'on_hold', 'manage_stock', 'serial_index'];
const FLOAT_KEYS = ['item_price', 'compare_price', 'item_cost'];
const DETAIL_KEYS = ['id', 'post_id', 'fulfillment_type', 'variation_type', 'stock_availability', 'manage_stock', 'manage_downloadable', 'default_variation_id'];
const DETAIL_OTHER_INFO_KEYS = ['group_pricing_by', 'sold_individually', 'use_pricing_table', 'shipping_class', 'tax_class', 'active_editor'];

function validate(body: Row): Record<string, Record<string, string>> {
	const errors: Record<string, Record<string, string>> = {};
	const add = (field: string, rule: string, message: string) => {
		errors[field] ??= {};
		errors[field][rule] = message;
	};
	const detail = obj(body.detail) ?? {};
	const simple = (detail.variation_type ?? 'simple') === 'simple';
	if (missing(body.post_title)) add('post_title', 'required', 'Title is required.');
	else if (String(body.post_title).length > 200) add('post_title', 'maxLength', 'Title may not be greater than 200 characters.');
	if (!missing(body.post_excerpt) && String(body.post_excerpt).split(' ').length > 55) {
		add('post_excerpt', 'validate_excerpt', 'The excerpt field cannot contain more than 55 words.');
	}
	if (missing(body.post_status)) add('post_status', 'required', 'The post_status field is required.');
	if (body.post_status === 'future') {
		const date = Date.parse(String(body.post_date ?? '').replace(' ', 'T') + 'Z');
		if (missing(body.post_date)) add('post_date', '0', 'The post date is required when status is scheduled.');
		else if (Number.isNaN(date)) add('post_date', '0', 'The post date is invalid.');
		else if (date < Date.now()) add('post_date', '0', 'The post date must be in the future.');
	}
	if (missing(detail.fulfillment_type)) add('detail.fulfillment_type', 'required', 'Fulfilment Type is required.');
	if (missing(detail.variation_type)) add('detail.variation_type', 'required', 'Variation Type is required.');
	const variants = Array.isArray(body.variants) ? (body.variants as unknown[]) : [];
	variants.forEach((entry, i) => {
		const v = obj(entry) ?? {};
		const f = (name: string) => `variants.${i}.${name}`;
		if (missing(v.variation_title)) add(f('variation_title'), 'required', 'Title is required.');
		if (v.fulfillment_type !== undefined && !['physical', 'digital'].includes(String(v.fulfillment_type))) {
			add(f('fulfillment_type'), '1', 'Invalid fulfillment type.');
		}
		if (missing(v.post_id)) add(f('post_id'), 'required', `The ${f('post_id')} field is required.`);
		if (!missing(v.item_price)) {
			if (!isNumeric(v.item_price)) add(f('item_price'), 'numeric', 'Price must be a number.');
			else if (Number(v.item_price) < 0) add(f('item_price'), 'min', 'Price must be a positive number greater than 0.');
		}
		if (v.compare_price !== undefined && v.compare_price !== null) {
			const price = phpEmpty(v.item_price) ? 0 : num(v.item_price);
			if (num(v.compare_price) < price) add(f('compare_price'), '2', 'Compare price must be greater than or equal to item price.');
		}
		if (!simple) return;
		const info = obj(v.other_info);
		if (!info) {
			add(f('other_info'), 'required', `The ${f('other_info')} field is required.`);
			return;
		}
		if (missing(info.payment_type)) add(f('other_info.payment_type'), 'required', 'Payment Type is required.');
		else if (!['onetime', 'subscription'].includes(String(info.payment_type))) {
			add(f('other_info.payment_type'), 'in', `The selected ${f('other_info.payment_type')} is invalid.`);
		}
		if (info.payment_type === 'subscription') {
			if (missing(info.repeat_interval)) add(f('other_info.repeat_interval'), 'required_if', 'Interval is required.');
			if (missing(info.manage_setup_fee)) {
				add(f('other_info.manage_setup_fee'), 'required_if', `The ${f('other_info.manage_setup_fee')} field is required.`);
			}
		}
		if (info.manage_setup_fee === 'yes') {
			if (missing(info.signup_fee)) add(f('other_info.signup_fee'), 'required_if', 'Setup Fee Amount is required.');
			if (missing(info.signup_fee_name)) add(f('other_info.signup_fee_name'), 'required_if', 'Setup Fee Name is required.');
		}
	});
	return errors;
}

/** Sanitizers of `variants.*.other_info.*`, applied to the keys that were sent (null included). */
function sanitizeOtherInfo(value: unknown): Row {
	const info: Row = obj(value) ? { ...(value as Row) } : {};
	for (const key of ['payment_type', 'times', 'repeat_interval', 'billing_summary', 'manage_setup_fee', 'signup_fee_name', 'installment']) {
		if (key in info) info[key] = info[key] === null || typeof info[key] === 'object' ? '' : String(info[key]).trim();
	}
	if ('signup_fee' in info) info.signup_fee = num(info.signup_fee);
	return info;
}

/** The sanitized variant: only the keys that were sent and are whitelisted. */
function safeVariant(entry: unknown): Row {
	const v = obj(entry) ?? {};
	const out: Row = {};
	for (const key of VARIANT_KEYS) {
		if (!(key in v) || v[key] === undefined) continue;
		const value = v[key];
		if (INT_KEYS.includes(key)) out[key] = Math.trunc(num(value));
		else if (FLOAT_KEYS.includes(key)) out[key] = num(value);
		else if (key === 'shipping_class') out[key] = value ? Math.trunc(num(value)) : null;
		else if (key === 'sku') out[key] = phpEmpty(value) ? null : String(value).trim();
		else if (key === 'other_info') out[key] = sanitizeOtherInfo(value);
		else if (key === 'media') out[key] = value;
		else out[key] = value === null ? '' : String(value);
	}
	// afterValidation: an empty price is 0.
	if (phpEmpty(out.item_price)) out.item_price = 0;
	return out;
}

/** The columns written for one variant (prices × 100 before 1.6.2, cents as sent from 1.6.2; stock status recomputed). */
function variantColumns(v: Row, simple: boolean, centsGiven: boolean): Row {
	const columns: Row = { ...v };
	const money = (value: unknown) => (centsGiven ? Math.round(num(value)) : timesHundred(value));
	const toCent = (value: unknown) => (centsGiven ? Math.round(num(value)) : toCentDecimal(value));
	for (const key of ['item_price', 'compare_price', 'item_cost']) if (key in columns) columns[key] = money(columns[key]);
	delete columns.rowId;
	// Simple products drop the media; batch updates have no such column (the SPA never sends it).
	delete columns.media;
	if (columns.manage_stock !== undefined && columns.manage_stock !== null) {
		if (columns.manage_stock) {
			const available = Math.trunc(num(columns.available));
			columns.stock_status = available > 0 ? 'in-stock' : 'out-of-stock';
			columns.total_stock = available;
		} else {
			columns.stock_status = 'in-stock';
		}
	}
	if ('sku' in columns && phpEmpty(columns.sku)) delete columns.sku;
	if ('shipping_class' in columns && phpEmpty(columns.shipping_class)) delete columns.shipping_class;
	const info = columns.other_info as Row | undefined;
	delete columns.other_info;
	if (info && Object.keys(info).length) {
		if (info.payment_type === 'subscription' && info.manage_setup_fee === 'yes') info.signup_fee = toCent(info.signup_fee ?? 0);
		if (simple) columns.payment_type = info.payment_type === 'subscription' ? 'subscription' : 'onetime';
		columns.other_info = info;
	}
	return columns;
}

function writeVariant(store: FakeStore, columns: Row) {
	const row = store.variations.get(num(columns.id));
	if (!row) return;
	for (const [key, value] of Object.entries(columns)) {
		if (key === 'manage_stock' || key === 'shipping_class') row[key] = value === null ? null : String(value);
		else row[key] = value;
	}
	row.other_info = readOtherInfo(row.payment_type, row.other_info);
	row.updated_at = store.isoNow();
}

function updateDetail(store: FakeStore, postId: number, input: Row) {
	const detail = [...store.details.values()].find((d) => num(d.id) === num(input.id));
	if (!detail) return;
	const data: Row = {};
	for (const key of DETAIL_KEYS) if (key in input && input[key] !== undefined) data[key] = input[key];
	for (const key of ['manage_stock', 'manage_downloadable']) if (key in data) data[key] = String(Math.trunc(num(data[key])));
	// An empty default variation is stored as NULL, also when it was not sent.
	data.default_variation_id = phpEmpty(data.default_variation_id) ? null : String(Math.trunc(num(data.default_variation_id)));
	const prices = store.variationsOf(postId).map((v) => num(v.item_price));
	const min = prices.length ? Math.min(...prices) : 0;
	const max = prices.length ? Math.max(...prices) : 0;
	// `$data['min_price'] ?: $detail->min_price`: a range starting at 0 keeps the old minimum.
	data.min_price = min ? String(min) : detail.min_price;
	data.max_price = max ? String(max) : detail.max_price;
	const manageStock = 'manage_stock' in data ? num(data.manage_stock) : num(detail.manage_stock);
	data.stock_availability = !manageStock || store.variationsOf(postId).some((v) => v.stock_status === 'in-stock') ? 'in-stock' : 'out-of-stock';
	const info = obj(input.other_info);
	if (info) {
		const kept: Row = {};
		for (const key of DETAIL_OTHER_INFO_KEYS) if (key in info) kept[key] = info[key];
		data.other_info = { ...(obj(detail.other_info) ?? {}), ...kept };
	}
	Object.assign(detail, data, { updated_at: store.isoNow() });
}

function updatePost(store: FakeStore, product: Row, body: Row) {
	const status = String(body.post_status);
	const title = String(body.post_title).trim();
	const now = store.gmtNow();
	const date = status === 'future' && !missing(body.post_date) ? String(body.post_date) : now;
	let slug: string;
	if (!missing(body.post_name)) slug = sanitizeTitle(String(body.post_name));
	else slug = ['draft', 'pending', 'auto-draft'].includes(status) ? '' : sanitizeTitle(title);
	Object.assign(product, {
		post_title: title,
		post_status: status,
		comment_status: missing(body.comment_status) ? 'closed' : String(body.comment_status),
		post_name: slug,
		post_date: date,
		post_date_gmt: date,
		post_modified: date,
		post_modified_gmt: date,
		// wp_update_post runs the guid through esc_url.
		guid: String(product.guid).replace('&p=', '&#038;p='),
	});
	if (body.post_excerpt !== undefined && body.post_excerpt !== null) product.post_excerpt = String(body.post_excerpt);
	if (body.post_content !== undefined && body.post_content !== null) product.post_content = String(body.post_content);
}

/**
 * `gallery` (sanitized: intval id, url, title) becomes the gallery meta as sent; its first image
 * the WordPress thumbnail (set_post_thumbnail fails, and changes nothing, for an id that is not an
 * attachment); an empty list deletes the thumbnail (recorded: live-media-product-gallery-*).
 */
function setGallery(store: FakeStore, postId: number, list: unknown[]) {
	const items = list.map((entry) => {
		const image = obj(entry) ?? {};
		return { id: Math.trunc(num(image.id)), url: image.url ? String(image.url) : '', title: missing(image.title) ? '' : String(image.title).trim() };
	});
	const existing = store.productGallery.get(postId);
	store.productGallery.set(postId, { metaId: existing?.metaId ?? store.nextId('postmeta', [7]), items });
	if (!items.length) store.featuredImage.delete(postId);
	else if (store.attachments.has(items[0].id)) store.featuredImage.set(postId, items[0].id);
}

export function updateProductPricing(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const store = fake.store;
	const body = req.body;
	const errors = validate(body);
	if (Object.keys(errors).length) return validationError(errors);
	const detail = obj(body.detail) ?? {};
	const simple = (detail.variation_type ?? 'simple') === 'simple';
	const variants = (Array.isArray(body.variants) ? (body.variants as unknown[]) : []).map((v) => safeVariant(v));
	if (detail.variation_type === 'simple' && !variants[0]) return sendError('Variation info is not present');

	const postId = num(req.params.postId);
	if (variants.length) {
		const cents = fake.atLeast('1.6.2');
		if (simple) writeVariant(store, variantColumns(variants[0], true, cents));
		else variants.forEach((v, index) => writeVariant(store, { ...variantColumns(v, false, cents), serial_index: index + 1 }));
	}
	updateDetail(store, postId, detail);
	const product = store.products.get(postId);
	if (!product) return ok({ message: 'Product has been updated', data: null });
	updatePost(store, product, body);
	if (Array.isArray(body.gallery)) setGallery(store, postId, body.gallery as unknown[]);
	return ok({
		message: 'Product has been updated',
		data: {
			...product,
			thumbnail: placeholderThumbnail(store),
			viewUrl: permalink(store, product),
			variants: [...store.variationsOf(postId)].sort((a, b) => num(a.id) - num(b.id)).map((v) => store.variationView(v)),
			detail: store.detailView(postId),
		},
	});
}
