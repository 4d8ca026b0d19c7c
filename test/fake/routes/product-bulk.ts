/**
 * `POST products/do-bulk-action` (ProductController::handleBulkActions →
 * ProductResource::manageBulkActions, the same in FluentCart 1.3.25 and 1.5.2, route unchanged in
 * 1.6.3), and the product delete and copy it shares with `DELETE products/{id}` and
 * `POST products/{id}/duplicate`. Recorded on 1.3.25 and 1.5.2 (live-bulk-products-*):
 * - ids are cast to whole numbers and zeros dropped; none left → 500 `{code: 403}`;
 * - `delete_products` deletes the products found (`whereIn`, unknown ids silently dropped) one by one
 *   and answers a message only (`data: ""`); a product in a processing or on-hold order is kept and
 *   named in the message (500 `{code: 400}` when none was deleted); nothing found at all falls
 *   through to the invalid-action error;
 * - `duplicate_products` copies every id sent, in the order sent (an id sent twice is copied twice)
 *   and answers the new ids; a missing id is named in the message (500 `{code: 400}` when none was
 *   copied);
 * - any other action → 500 `{code: 400, message: "Selected action is invalid"}`.
 */
import { ok, resourceError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore } from '../store';
import { detailRow, nextPostId, num, openOrderItems, productRow, sanitizeTitle, variationRow } from './catalog-shapes';

/** ProductResource::delete's refusal: the product is in a processing or on-hold order. */
export const PENDING_ORDERS_REFUSAL =
	'This product cannot be deleted at the moment. There are pending orders associated with it. Deleting the product will disrupt the order processing and might cause inconvenience to our customers.';

export const hasPendingOrders = (store: FakeStore, id: number) => openOrderItems(store, (item) => num(item.post_id) === id).length > 0;

/** Removes a product with its detail, variations and their media, and logs it as FluentCart does. */
export function dropProduct(store: FakeStore, id: number) {
	const product = store.products.get(id);
	if (!product) return;
	for (const variation of store.variationsOf(id)) {
		store.variationMedia.delete(num(variation.id));
		store.variations.delete(num(variation.id));
	}
	store.details.delete(id);
	store.products.delete(id);
	store.log('Product', 0, 'Product deleted', `Product ${String(product.post_title)} is deleted`);
}

export interface CopyOptions {
	importStockManagement: boolean;
	importDownloadableFiles: boolean;
}

/** FILTER_VALIDATE_BOOLEAN, as FluentCart reads the import flags. */
export const flag = (value: unknown) => ['1', 'true', 'on', 'yes'].includes(String(value).toLowerCase());

/**
 * Product::duplicateProduct: a draft titled "<title> (Copy)" with the detail and every variation
 * (without SKUs; stock reset unless imported). Undefined when the product does not exist.
 */
export function copyProduct(store: FakeStore, originalId: number, options: CopyOptions): number | undefined {
	const original = store.products.get(originalId);
	if (!original) return undefined;
	const id = nextPostId(store);
	store.products.set(
		id,
		productRow(store, id, {
			post_title: `${String(original.post_title)} (Copy)`,
			post_name: sanitizeTitle(`${String(original.post_title)}-copy-${Math.floor(store.now().getTime() / 1000)}`),
			post_content: original.post_content,
			post_excerpt: original.post_excerpt,
			post_status: 'draft',
		}),
	);
	const detail = store.details.get(originalId);
	if (detail) {
		const copy = detailRow(store, id, {});
		for (const key of Object.keys(copy)) {
			if (['id', 'post_id', 'created_at', 'updated_at'].includes(key)) continue;
			copy[key] = detail[key];
		}
		// Empty JSON columns are written as [] so MySQL accepts them.
		if (copy.other_info === null || copy.other_info === '') copy.other_info = [];
		if (!options.importStockManagement) copy.manage_stock = '0';
		if (!options.importDownloadableFiles) copy.manage_downloadable = '0';
		store.details.set(id, copy);
	}
	const now = store.isoNow();
	for (const variation of store.variationsOf(originalId)) {
		const variationId = store.nextId('variations', store.variations.keys());
		const copy = variationRow({ ...variation, id: variationId, post_id: id, sku: null, created_at: now, updated_at: now, thumbnail: null });
		if (!options.importStockManagement) {
			Object.assign(copy, { manage_stock: '0', stock_status: 'in-stock', total_stock: 0, available: 0, on_hold: 0, committed: 0 });
		}
		store.variations.set(variationId, copy);
	}
	return id;
}

function deleteProducts(store: FakeStore, ids: number[]): FakeResponse {
	// Product::whereIn(...)->get(): the products found, in ID order.
	const found = [...new Set(ids)].filter((id) => store.products.has(id)).sort((a, b) => a - b);
	const deleted: number[] = [];
	const failed: number[] = [];
	for (const id of found) {
		if (hasPendingOrders(store, id)) {
			failed.push(id);
			continue;
		}
		dropProduct(store, id);
		deleted.push(id);
	}
	const named = failed.join(' , ');
	if (failed.length) {
		return deleted.length
			? ok({
					message: `The Product ID - ${named} cannot be deleted at the moment as there are pending orders associated with it. And remaining product and its associated data have been deleted.`,
					data: '',
				})
			: resourceError(400, `The Product ID - ${named} cannot be deleted at the moment as there are pending orders associated with it.`);
	}
	if (deleted.length) return ok({ message: 'Selected product and associated data have been deleted', data: '' });
	// No product found: the action's branch returns nothing and the last line answers (recorded:
	// live-bulk-products-delete-only-bad-id).
	return resourceError(400, 'Selected action is invalid');
}

function duplicateProducts(store: FakeStore, ids: number[], body: Record<string, unknown>): FakeResponse {
	const options = { importStockManagement: flag(body.import_stock_management), importDownloadableFiles: flag(body.import_downloadable_files) };
	const created: number[] = [];
	const failed: number[] = [];
	for (const id of ids) {
		const copy = copyProduct(store, id, options);
		if (copy === undefined) failed.push(id);
		else created.push(copy);
	}
	const named = failed.join(' , ');
	if (failed.length && !created.length) return resourceError(400, `Selected products could not be duplicated (Product ID: ${named}).`);
	const message = failed.length
		? `Some products could not be duplicated (Product ID: ${named}). Remaining selected products have been duplicated as drafts.`
		: 'Selected products have been duplicated as drafts';
	return ok({ message, data: { new_product_ids: created } });
}

function bulkAction(store: FakeStore, req: FakeRequest): FakeResponse {
	const action = req.body.action;
	const raw = Array.isArray(req.body.product_ids) ? (req.body.product_ids as unknown[]) : [];
	const ids = raw.map((id) => Math.trunc(num(id))).filter((id) => id !== 0);
	if (!ids.length) return resourceError(403, 'Products selection is required');
	if (action === 'delete_products') return deleteProducts(store, ids);
	if (action === 'duplicate_products') return duplicateProducts(store, ids, req.body);
	return resourceError(400, 'Selected action is invalid');
}

export function registerProductBulkRoutes(fake: FakeFluentCart) {
	fake.route('POST', FLUENTCART_NS, 'products/do-bulk-action', (req) => bulkAction(fake.store, req));
}
