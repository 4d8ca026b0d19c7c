/**
 * Variations ("pricing") in FluentCart 1.3.25: ProductVariationController, VariantController and
 * ProductVariationRequest. Create and update take every field under `variants`; FluentCart's
 * request whitelist turns every field left out into null, and update replaces the whole row.
 */
import { writtenMoneyToCents } from '../version';
import { modelNotFound, ok, pluginException, resourceError, validationError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import {
	isBlank,
	num,
	openOrderItems,
	phpEmpty,
	readOtherInfo,
	storedForm,
	touchDetailAfterVariantChange,
	variationRow,
} from './catalog-shapes';

type Sanitizer = (value: unknown) => unknown;

const intval: Sanitizer = (value) => {
	const n = Number.parseFloat(String(value ?? ''));
	return Number.isFinite(n) ? Math.trunc(n) : 0;
};
const floatval: Sanitizer = (value) => {
	const n = Number.parseFloat(String(value ?? ''));
	return Number.isFinite(n) ? n : 0;
};
const text: Sanitizer = (value) =>
	value === null || value === undefined || typeof value === 'object' ? '' : String(value).trim();

/** ProductVariationRequest::sanitize, in its order (top level). */
const TOP_SANITIZERS: Array<[string, Sanitizer]> = [
	['id', intval],
	['rowId', intval],
	['post_id', intval],
	['variation_title', text],
	['sku', text],
	['item_price', floatval],
	['compare_price', floatval],
	['manage_cost', text],
	['fulfillment_type', text],
	['item_cost', floatval],
	['total_stock', intval],
	['available', intval],
	['committed', intval],
	['on_hold', intval],
	['manage_stock', intval],
	['shipping_class', (value) => (value ? intval(value) : null)],
	['stock_status', (value) => String(text(value)).toLowerCase().replace(/[^a-z0-9_-]/g, '')],
	['serial_index', intval],
	['downloadable', text],
];

const OTHER_INFO_SANITIZERS: Array<[string, Sanitizer]> = [
	['description', text],
	['payment_type', text],
	['times', text],
	['trial_days', text],
	['repeat_interval', text],
	['billing_summary', text],
	['manage_setup_fee', text],
	['signup_fee', floatval],
	['signup_fee_name', text],
	['package_slug', text],
	['weight', floatval],
	['weight_unit', text],
	['length', floatval],
	['width', floatval],
	['height', floatval],
];

const ONETIME_KEYS = ['payment_type', 'description', 'package_slug', 'weight', 'weight_unit', 'length', 'width', 'height'];
const PHYSICAL = ['weight', 'length', 'width', 'height'];

const obj = (value: unknown): Row | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : undefined;
const isNumeric = (value: unknown) =>
	(typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
const missing = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Arr::only: keeps the array's own key order. */
function only(row: Row, keys: string[]): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) if (keys.includes(key)) out[key] = value;
	return out;
}

/** ProductVariationRequest::beforeValidation. */
function beforeValidation(body: Row): Row {
	const v: Row = { ...(obj(body.variants) ?? {}) };
	v.fulfillment_type = 'fulfillment_type' in v ? v.fulfillment_type : 'physical';
	if (phpEmpty(v.manage_cost)) v.manage_cost = 'false';
	const info = obj(v.other_info);
	v.other_info =
		info && Object.keys(info).length
			? info
			: {
					payment_type: v.payment_type ?? 'onetime',
					times: '',
					trial_days: '',
					repeat_interval: 'yearly',
					billing_summary: '',
					manage_setup_fee: 'no',
					signup_fee_name: '',
					signup_fee: '',
					setup_fee_per_item: 'no',
				};
	return v;
}

function validate(store: FakeStore, v: Row): Record<string, Record<string, string>> {
	const errors: Record<string, Record<string, string>> = {};
	const add = (field: string, rule: string, message: string) => {
		errors[`variants.${field}`] ??= {};
		errors[`variants.${field}`][rule] = message;
	};
	const numericField = (field: string, value: unknown) => {
		if (!missing(value) && !isNumeric(value)) add(field, 'numeric', `The variants.${field} must be a number.`);
	};
	if (missing(v.variation_title)) add('variation_title', 'required', 'Title is required.');
	else if (String(v.variation_title).length > 200) add('variation_title', 'maxLength', 'Title may not be greater than 200 characters.');
	if (!missing(v.sku)) {
		const sku = String(v.sku).trim();
		if (sku.length > 30) add('sku', 'maxLength', 'SKU may not be greater than 30 characters.');
		const taken = [...store.variations.values()].some((row) => row.sku === sku && num(row.id) !== num(v.id));
		if (taken) add('sku', 'unique', 'The SKU must be unique.');
	}
	if (!missing(v.item_price)) {
		if (!isNumeric(v.item_price)) add('item_price', 'numeric', 'Price must be a number.');
		else if (Number(v.item_price) < 0) add('item_price', 'min', 'Price must be a positive number greater than 0.');
	}
	if (!missing(v.compare_price)) {
		const price = missing(v.item_price) ? 0 : Number(v.item_price);
		if (!isNumeric(v.compare_price)) add('compare_price', 'numeric', 'The variants.compare_price must be a number.');
		else if (Number(v.compare_price) < price) add('compare_price', '2', 'Compare price must be greater than or equal to item price.');
	}
	if (v.manage_cost === 'true' && missing(v.item_cost)) add('item_cost', 'required_if', 'Item cost is required.');
	if (missing(v.fulfillment_type)) add('fulfillment_type', 'required', 'Fulfilment Type is required.');
	// The fake store has no shipping classes.
	if (!phpEmpty(v.shipping_class)) add('shipping_class', '0', 'The selected shipping class does not exist.');
	numericField('manage_stock', v.manage_stock);
	if (num(v.manage_stock) === 1 && missing(v.stock_status)) add('stock_status', 'required_if', 'Stock status is required.');
	for (const field of ['total_stock', 'available', 'committed', 'on_hold']) {
		if (missing(v[field])) add(field, 'required', `The variants.${field} field is required.`);
		else numericField(field, v[field]);
	}
	numericField('serial_index', v.serial_index);
	const info = obj(v.other_info) ?? {};
	if (missing(info.payment_type)) add('other_info.payment_type', 'required', 'Payment Type is required.');
	else if (!['onetime', 'subscription'].includes(String(info.payment_type))) {
		add('other_info.payment_type', 'in', 'The selected variants.other_info.payment_type is invalid.');
	}
	numericField('other_info.times', info.times);
	if (!missing(info.trial_days)) {
		if (!isNumeric(info.trial_days)) add('other_info.trial_days', 'numeric', 'Trial days must be a number.');
		else if (Number(info.trial_days) > 365) add('other_info.trial_days', 'max', 'Trial period cannot exceed 365 days.');
	}
	if (info.payment_type === 'subscription') {
		if (missing(info.repeat_interval)) add('other_info.repeat_interval', 'required_if', 'Interval is required.');
		if (missing(info.manage_setup_fee)) {
			add(
				'other_info.manage_setup_fee',
				'required_if',
				'The variants.other_info.manage_setup_fee field is required when variants.other_info.payment_type is subscription.',
			);
		}
	}
	if (info.manage_setup_fee === 'yes') {
		if (missing(info.signup_fee)) add('other_info.signup_fee', 'required_if', 'Setup Fee Amount is required.');
		if (missing(info.signup_fee_name)) add('other_info.signup_fee_name', 'required_if', 'Setup Fee Name is required.');
	}
	for (const field of PHYSICAL) numericField(`other_info.${field}`, info[field]);
	return errors;
}

/** `$request->getSafe($request->sanitize())`: whitelisted keys only; absent ones become null. */
function getSafe(v: Row): Row {
	const data: Row = {};
	for (const [key, sanitize] of TOP_SANITIZERS) data[key] = key in v && v[key] !== undefined ? sanitize(v[key]) : null;
	data.media = Array.isArray(v.media)
		? (v.media as Row[]).map((m) => ({ id: intval(m?.id), title: text(m?.title), url: m?.url ? String(m.url) : '' }))
		: null;
	const info: Row = { ...(obj(v.other_info) ?? {}) };
	for (const [key, sanitize] of OTHER_INFO_SANITIZERS) info[key] = key in info && info[key] !== undefined ? sanitize(info[key]) : null;
	data.other_info = info;
	// afterValidation: an empty price is 0.
	if (phpEmpty(data.item_price)) data.item_price = 0;
	return data;
}

/** Shared by create and update: the columns ProductVariationResource writes. */
function columnsFrom(data: Row, otherInfo: Row, toCent: (value: unknown) => number): Row {
	const itemPrice = data.item_price === null ? 1 : num(data.item_price);
	const compare = data.compare_price;
	const manageStock = data.manage_stock;
	let stockStatus = data.stock_status;
	if (manageStock === 1) stockStatus = num(data.available) > 0 ? 'in-stock' : 'out-of-stock';
	else if (manageStock === null || manageStock === 0) stockStatus = 'in-stock';
	for (const attr of PHYSICAL) if (otherInfo[attr] !== null && otherInfo[attr] !== undefined) otherInfo[attr] = num(otherInfo[attr]);
	return {
		post_id: data.post_id,
		serial_index: data.serial_index,
		manage_stock: manageStock,
		total_stock: data.total_stock,
		available: data.available,
		committed: data.committed,
		on_hold: data.on_hold,
		stock_status: stockStatus,
		item_price: toCent(itemPrice),
		compare_price: compare !== null && num(compare) >= itemPrice ? toCent(compare) : 0,
		item_cost: toCent(data.item_cost ?? 0),
		manage_cost: data.manage_cost,
		fulfillment_type: data.fulfillment_type ?? 'physical',
		shipping_class: data.shipping_class || null,
		variation_title: data.variation_title ?? '',
		other_info: otherInfo,
		downloadable: data.downloadable,
		payment_type: otherInfo.payment_type === 'subscription' ? 'subscription' : 'onetime',
	};
}

function subscriptionFees(otherInfo: Row, toCent: (value: unknown) => number) {
	if (otherInfo.payment_type !== 'subscription') return;
	if (otherInfo.manage_setup_fee === 'no') {
		delete otherInfo.signup_fee_name;
		delete otherInfo.signup_fee;
		delete otherInfo.setup_fee_per_item;
	}
	if (otherInfo.manage_setup_fee === 'yes') otherInfo.signup_fee = toCent(otherInfo.signup_fee ?? 0);
}

function stored(columns: Row): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(columns)) out[key] = storedForm(key, value);
	out.other_info = readOtherInfo(columns.payment_type, columns.other_info);
	return out;
}

function setMedia(store: FakeStore, variationId: number, items: Row[]) {
	const existing = store.variationMedia.get(variationId);
	store.variationMedia.set(variationId, { id: existing?.id ?? store.nextId('product_meta'), items });
}

function prepare(store: FakeStore, req: FakeRequest): { data?: Row; error?: FakeResponse } {
	const raw = beforeValidation(req.body);
	const errors = validate(store, raw);
	if (Object.keys(errors).length) return { error: validationError(errors) };
	const data = getSafe(raw);
	if (!store.products.get(num(data.post_id))) return { error: modelNotFound('Product') };
	return { data };
}

function createVariation(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const store = fake.store;
	const toCent = (value: unknown) => writtenMoneyToCents(fake, value);
	const { data, error } = prepare(store, req);
	if (!data) return error!;
	const productId = num(data.post_id);
	const bundle = (obj(store.details.get(productId)?.other_info)?.is_bundle_product ?? 'no') === 'yes';
	let otherInfo: Row = { ...(data.other_info as Row), is_bundle_product: bundle ? 'yes' : 'no' };
	if (otherInfo.payment_type === 'onetime') otherInfo = only(otherInfo, ONETIME_KEYS);
	subscriptionFees(otherInfo, toCent);
	const columns = columnsFrom(data, otherInfo, toCent);
	if (!isBlank(data.sku)) columns.sku = data.sku;
	const id = store.nextId('variations', store.variations.keys());
	const now = store.isoNow();
	store.variations.set(id, variationRow({ ...stored(columns), id, created_at: now, updated_at: now, thumbnail: null }));
	const media = data.media as Row[] | null;
	if (media && media.length) setMedia(store, id, media);
	touchDetailAfterVariantChange(store, productId);
	const view = store.variationView(store.variations.get(id)!);
	return ok({
		message: 'Pricing has been created',
		data: { ...columns, other_info: view.other_info, updated_at: now, created_at: now, id, thumbnail: view.thumbnail, media: view.media },
	});
}

function updateVariation(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const store = fake.store;
	const toCent = (value: unknown) => writtenMoneyToCents(fake, value);
	const { data, error } = prepare(store, req);
	if (!data) return error!;
	// The URL id is ignored: FluentCart reads `variants.id` from the body.
	const id = num(data.id);
	const existing = store.variations.get(id);
	if (!existing) return pluginException('Call to a member function update() on null');
	const before = obj(existing.other_info) ?? {};
	let otherInfo: Row = { ...(data.other_info as Row) };
	if (otherInfo.payment_type === 'onetime') otherInfo = only(otherInfo, [...ONETIME_KEYS, 'bundle_child_ids']);
	subscriptionFees(otherInfo, toCent);
	otherInfo.is_bundle_product = before.is_bundle_product ?? 'no';
	otherInfo.bundle_child_ids = before.bundle_child_ids ?? [];
	for (const attr of PHYSICAL) {
		if ((otherInfo[attr] === null || otherInfo[attr] === undefined) && before[attr] !== null && before[attr] !== undefined) {
			otherInfo[attr] = before[attr];
		}
	}
	const columns = { ...columnsFrom(data, otherInfo, toCent), sku: data.sku || null };
	Object.assign(existing, stored(columns), { updated_at: store.isoNow() });
	const media = data.media as Row[] | null;
	if (media && media.length) setMedia(store, id, media);
	else store.variationMedia.delete(id);
	touchDetailAfterVariantChange(store, num(existing.post_id));
	const view = store.variationView(existing);
	// The answer is the model in memory: the columns as written, before MySQL's coercions.
	for (const key of ['serial_index', 'manage_stock', 'downloadable', 'shipping_class']) view[key] = columns[key as keyof typeof columns];
	return ok({ message: 'Pricing has been updated', data: view });
}

function deleteVariation(store: FakeStore, req: FakeRequest): FakeResponse {
	const id = num(req.params.variantId);
	const variation = store.variations.get(id);
	if (!variation) return resourceError(404, 'Pricing not found in database.');
	if (openOrderItems(store, (item) => num(item.object_id) === id).length) {
		return resourceError(
			400,
			'This pricing cannot be deleted at the moment. There are pending orders associated with it. Deleting the pricing will disrupt the order processing and might cause inconvenience to our customers.',
		);
	}
	store.variationMedia.delete(id);
	store.variations.delete(id);
	store.log('Product', 0, 'Pricing deleted', `Pricing ${String(variation.variation_title)} is deleted`);
	return ok({ message: 'Selected pricing and associated data has been deleted', data: '' });
}

export function registerVariationRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	// Every variation, as a bare array, no pagination.
	fake.route('GET', ns, 'variants', () =>
		ok([...store.variations.values()].sort((a, b) => num(a.id) - num(b.id)).map((v) => store.variationView(v))),
	);

	// `params[variant_ids][]=…`: the listed variations only.
	fake.route('GET', ns, 'products/variants', (req) => {
		const params = obj(req.query.params) ?? {};
		const ids = (Array.isArray(params.variant_ids) ? params.variant_ids : []).map((id) => num(id));
		const variants = [...store.variations.values()]
			.filter((v) => ids.includes(num(v.id)))
			.sort((a, b) => num(a.id) - num(b.id))
			.map((v) => store.variationView(v));
		return ok({ variants });
	});

	fake.route('POST', ns, 'products/variants', (req) => createVariation(fake, req));
	fake.route('POST', ns, 'products/variants/:variantId', (req) => updateVariation(fake, req));
	fake.route('DELETE', ns, 'products/variants/:variantId', (req) => deleteVariation(store, req));

	// No check of the variation or the attachments (recorded: live-media-set-unknown-*): an
	// unknown variation gets an orphan row. The first call creates the row and answers it, later
	// ones answer `true`. The URL id is a string in 1.3.25's answer, an integer (absint) in 1.5.2's.
	fake.route('POST', ns, 'products/variants/:variantId/setMedia', (req) => {
		const id = num(req.params.variantId);
		const items = (Array.isArray(req.body.media) ? (req.body.media as Row[]) : []).map((m) => ({
			id: intval(m?.id),
			title: text(m?.title),
			url: m?.url ? String(m.url) : '',
		}));
		const existed = store.variationMedia.has(id);
		setMedia(store, id, items);
		if (existed) return ok({ message: 'Thumbnail set successfully!', data: true });
		const now = store.isoNow();
		return ok({
			message: 'Thumbnail set successfully',
			data: {
				object_id: fake.atLeast('1.4.0') ? id : String(id),
				object_type: 'product_variant_info',
				meta_value: items,
				meta_key: 'product_thumbnail',
				updated_at: now,
				created_at: now,
				id: store.variationMedia.get(id)!.id,
			},
		});
	});
}
