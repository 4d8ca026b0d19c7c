/**
 * Products (ProductController in FluentCart 1.3.25): list, find, editor payload, create, full
 * update (product-update.ts), delete, duplicate, inventory. Variations are in variations.ts.
 */
import type { PhpValue } from '../php-query';
import {
	entityNotFound,
	ok,
	permissionCallbackError,
	pluginException,
	resourceError,
	sendError,
	validationError,
} from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import {
	DEFAULT_VARIATION_TEMPLATE,
	detailRow,
	editUrl,
	isBlank,
	nextPostId,
	num,
	permalink,
	placeholderThumbnail,
	pricingPayload,
	productRow,
	sanitizeTitle,
	variationRow,
} from './catalog-shapes';
import { compare, paginate, parseOperatorSearch, sortRows } from './paginate';
import { copyProduct, dropProduct, flag, hasPendingOrders, PENDING_ORDERS_REFUSAL, registerProductBulkRoutes } from './product-bulk';
import { updateProductPricing } from './product-update';
import { registerVariationRoutes } from './variations';

const SORTABLE = ['post_title', 'post_status', 'post_date', 'post_modified', 'post_name', 'post_excerpt', 'post_content'];
const OPERATOR_FIELDS = { id: 'ID', sku: 'sku', description: 'post_content' };

const obj = (value: unknown): Row | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : undefined;

/** `with[]` entries: real relations are loaded, `variants:col,col` limits the columns, others throw. */
function relationsOf(query: Record<string, PhpValue>): Array<{ name: string; columns?: string[] }> | string {
	const raw = query.with;
	const list = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' && raw ? [raw] : [];
	const out: Array<{ name: string; columns?: string[] }> = [];
	for (const entry of list) {
		const [name, cols] = entry.split(':');
		if (name !== 'detail' && name !== 'variants') return name;
		out.push({ name, columns: cols ? cols.split(',') : undefined });
	}
	return out;
}

function withRelations(store: FakeStore, product: Row, view: Row, relations: Array<{ name: string; columns?: string[] }>) {
	const id = num(product.ID);
	for (const relation of relations) {
		if (relation.name === 'detail') view.detail = store.detailView(id);
		if (relation.name === 'variants') {
			view.variants = store.variationsOf(id).map((v) => {
				const full = store.variationView(v);
				if (!relation.columns) return full;
				const picked: Row = {};
				for (const column of relation.columns) picked[column] = full[column] ?? null;
				return { ...picked, thumbnail: full.thumbnail, formatted_total: full.formatted_total, media: full.media };
			});
		}
	}
	return view;
}

function undefinedRelation(name: string): FakeResponse {
	return pluginException(`Call to undefined relationship [${name}] on model [FluentCart\\App\\Models\\Product].`);
}

/** ProductFilter: plain search, `field op value` search, and the list's tabs (active_view). */
function filterProducts(store: FakeStore, rows: Row[], query: Record<string, PhpValue>): Row[] {
	const search = typeof query.search === 'string' ? query.search.trim() : '';
	const operator = search ? parseOperatorSearch(search, OPERATOR_FIELDS) : undefined;
	if (operator) {
		rows = rows.filter((p) => {
			if (operator.column === 'sku') {
				if (operator.operator !== '=' && operator.operator !== '!=') return true;
				return store.variationsOf(num(p.ID)).some((v) => compare(v.sku, operator.operator, operator.value));
			}
			return compare(p[operator.column], operator.operator, operator.value);
		});
	} else if (search) {
		const text = search.toLowerCase();
		rows = rows.filter(
			(p) =>
				String(p.post_title).toLowerCase().includes(text) ||
				String(p.ID).includes(text) ||
				store.variationsOf(num(p.ID)).some((v) => String(v.variation_title).toLowerCase().includes(text)),
		);
	}
	const view = typeof query.active_view === 'string' ? query.active_view : '';
	const detailOf = (p: Row) => store.details.get(num(p.ID));
	const variantsOf = (p: Row) => store.variationsOf(num(p.ID));
	const isBundle = (p: Row) => (obj(detailOf(p)?.other_info)?.is_bundle_product ?? 'no') === 'yes';
	const tabs: Record<string, (p: Row) => boolean> = {
		publish: (p) => p.post_status === 'publish',
		draft: (p) => p.post_status === 'draft' || p.post_status === 'future',
		physical: (p) => detailOf(p)?.fulfillment_type === 'physical',
		digital: (p) => detailOf(p)?.fulfillment_type === 'digital',
		subscribable: (p) => variantsOf(p).some((v) => v.payment_type === 'subscription'),
		not_subscribable: (p) => variantsOf(p).some((v) => v.payment_type !== 'subscription'),
		bundle: isBundle,
		non_bundle: (p) => !isBundle(p),
	};
	return tabs[view] ? rows.filter(tabs[view]) : rows;
}

function createProduct(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	const store = fake.store;
	const body = req.body;
	const detailInput = obj(body.detail) ?? {};
	const errors: Record<string, Record<string, string>> = {};
	const title = typeof body.post_title === 'string' ? body.post_title.trim() : body.post_title;
	if (isBlank(title)) errors.post_title = { required: 'Title is required.' };
	else if (String(title).length > 200) errors.post_title = { maxLength: 'Title may not be greater than 200 characters.' };
	if (!isBlank(body.post_status) && typeof body.post_status !== 'string') {
		errors.post_status = { string: 'The post_status must be a string.' };
	}
	const fulfillment = detailInput.fulfillment_type;
	if (fulfillment !== undefined && fulfillment !== null && !['physical', 'digital'].includes(String(fulfillment))) {
		errors['detail.fulfillment_type'] = { '1': 'Invalid fulfillment type.' };
	}
	if (Object.keys(errors).length) return validationError(errors);

	const id = nextPostId(store);
	const postTitle = String(title);
	store.products.set(
		id,
		productRow(store, id, {
			post_title: postTitle,
			post_status: isBlank(body.post_status) ? 'draft' : String(body.post_status),
			post_name: sanitizeTitle(postTitle),
		}),
	);
	const fulfillmentType = isBlank(fulfillment) ? 'digital' : String(fulfillment);
	const bundleInput = obj(detailInput.other_info)?.is_bundle_product;
	const bundle = bundleInput === undefined ? undefined : bundleInput === 'yes' ? 'yes' : 'no';
	store.details.set(
		id,
		detailRow(store, id, {
			fulfillment_type: fulfillmentType,
			other_info: bundle === undefined ? null : { is_bundle_product: bundle },
		}),
	);

	// 1.5.0+ creates the starter variation only for `detail.variation_type: "simple"` (recorded on 1.5.2).
	if (fake.atLeast('1.5.0') && detailInput.variation_type !== 'simple') {
		return ok({ data: { ID: id, variant: null, product_details: null }, message: 'Product has been created successfully' });
	}
	const now = store.isoNow();
	const otherInfo = { ...(DEFAULT_VARIATION_TEMPLATE.other_info as Row), is_bundle_product: bundle ?? 'no' };
	const variationId = store.nextId('variations', store.variations.keys());
	store.variations.set(
		variationId,
		variationRow({
			...DEFAULT_VARIATION_TEMPLATE,
			id: variationId,
			post_id: id,
			variation_title: postTitle,
			fulfillment_type: fulfillmentType,
			other_info: otherInfo,
			created_at: now,
			updated_at: now,
		}),
	);
	// The freshly created model, as ProductController::create answers it.
	const variant = {
		post_id: id,
		serial_index: 1,
		variation_title: postTitle,
		stock_status: 'in-stock',
		payment_type: 'onetime',
		total_stock: 1,
		available: 1,
		fulfillment_type: fulfillmentType,
		other_info: otherInfo,
		updated_at: now,
		created_at: now,
		id: variationId,
		thumbnail: null,
		media: null,
	};
	// `product_details` is always null: the controller reads a `data` key the detail does not have.
	return ok({
		data: { ID: id, variant, product_details: null },
		message: 'Product has been created successfully',
	});
}

function deleteProduct(store: FakeStore, req: FakeRequest): FakeResponse {
	const id = num(req.params.product);
	const product = /^\d+$/.test(req.params.product) ? store.products.get(id) : undefined;
	if (!product) return permissionCallbackError('Product');
	if (hasPendingOrders(store, id)) return resourceError(400, PENDING_ORDERS_REFUSAL);
	dropProduct(store, id);
	return ok({ message: 'Selected product and associated data has been deleted', data: '' });
}

function duplicateProduct(store: FakeStore, req: FakeRequest): FakeResponse {
	const id = copyProduct(store, num(req.params.productId), {
		importStockManagement: flag(req.body.import_stock_management),
		importDownloadableFiles: flag(req.body.import_downloadable_files),
	});
	if (id === undefined) return sendError('Product not found');
	return ok({
		product_id: id,
		message: 'Product duplicated successfully. The new product has been saved as a draft.',
	});
}

function updateInventory(store: FakeStore, req: FakeRequest): FakeResponse {
	const variantId = num(req.params.variantId);
	const variant = store.variations.get(variantId);
	if (!variant) return sendError('Variant not found');
	const postId = num(req.params.postId);
	// Every other variation of the product is switched to managed stock too.
	for (const other of store.variationsOf(postId)) {
		if (num(other.id) !== variantId) other.manage_stock = '1';
	}
	// sanitize_text_field: a missing value is written as '' (0 in an integer column).
	const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());
	variant.total_stock = num(text(req.body.total_stock));
	variant.available = num(text(req.body.available));
	variant.manage_stock = '1';
	variant.stock_status = num(req.body.available) > 0 ? 'in-stock' : 'out-of-stock';
	const detail = store.details.get(postId);
	if (detail) {
		detail.stock_availability = store.variationsOf(postId).some((v) => num(v.available) > 0) ? 'in-stock' : 'out-of-stock';
		detail.manage_stock = '1';
		detail.updated_at = store.isoNow();
	}
	return ok({ message: 'Inventory updated successfully' });
}

export function registerProductRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	// Registered before `products/{product}`, as in FluentCart's route file.
	registerVariationRoutes(fake);
	registerProductBulkRoutes(fake);

	fake.route('GET', ns, 'products', (req) => {
		const relations = relationsOf(req.query);
		if (typeof relations === 'string') return undefinedRelation(relations);
		let rows = filterProducts(store, [...store.products.values()], req.query);
		rows = sortRows(rows, req.query, SORTABLE, 'ID');
		// The path FluentCart reports follows the URL form the request used.
		const pathUrl = req.urlForm === 'rest_route' ? store.siteUrl : `${store.siteUrl}/wp-json/${ns}/products`;
		const page = paginate(rows, req.query, pathUrl);
		// 1.4+ lists every product with its detail, asked for or not (recorded on 1.5.2: products-list).
		const listed = fake.atLeast('1.4.0') && !relations.some((r) => r.name === 'detail') ? [...relations, { name: 'detail' }] : relations;
		page.data = page.data.map((p) =>
			withRelations(store, p, { ...p, view_url: permalink(store, p), edit_url: editUrl(store, p.ID) }, listed),
		);
		return ok({ products: page });
	});

	fake.route('POST', ns, 'products', (req) => createProduct(fake, req));

	fake.route('GET', ns, 'products/:product', (req) => {
		const product = /^\d+$/.test(req.params.product) ? store.products.get(num(req.params.product)) : undefined;
		if (!product) return permissionCallbackError('Product');
		const relations = relationsOf(req.query);
		if (typeof relations === 'string') return undefinedRelation(relations);
		const view = withRelations(store, product, { ...product, thumbnail: placeholderThumbnail(store) }, relations);
		// The thumbnail accessor loads the detail relation, so it is always there.
		if (!('detail' in view)) view.detail = store.detailView(num(product.ID));
		return ok({ product: view });
	});

	fake.route('GET', ns, 'products/:productId/pricing', (req) => {
		const product = store.products.get(num(req.params.productId));
		if (!product) {
			return entityNotFound('Product not found', 'Back to Product List', '/products', {
				method: req.method,
				request_url: `${store.siteUrl}/wp-json/${ns}/${req.path}`,
				route_params: { productId: req.params.productId },
				query_params: [],
				body_params: [],
			});
		}
		return ok(pricingPayload(store, product));
	});

	fake.route('POST', ns, 'products/:productId/duplicate', (req) => duplicateProduct(store, req));

	fake.route('POST', ns, 'products/:postId/pricing', (req) => updateProductPricing(fake, req));

	fake.route('PUT', ns, 'products/:postId/update-inventory/:variantId', (req) => updateInventory(store, req));

	fake.route('DELETE', ns, 'products/:product', (req) => deleteProduct(store, req));
}
