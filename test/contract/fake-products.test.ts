/**
 * The fake FluentCart answers the product and variation routes like the recorded FluentCart
 * 1.3.25: the recorded catalog session is replayed, in the order it was recorded, against a fake
 * whose catalog starts empty. Bodies are compared whole (timestamps masked), and their
 * skeletons (keys, key order, JSON types) separately.
 */
import { fixture, fluentCartPath } from '../helpers/fixtures';
import { asRecorded, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { maskDates, skeleton } from '../helpers/catalog';

let ctx: StartedFake;

beforeAll(async () => {
	ctx = await startFake();
	// The recorded session started on a shop without products.
	ctx.fake.store.products.clear();
	ctx.fake.store.details.clear();
	ctx.fake.store.variations.clear();
});
afterAll(async () => ctx.fake.stop());

async function replay(name: string): Promise<unknown> {
	const f = fixture(name);
	const url = f.request.path.startsWith('/?rest_route=') ? `${ctx.url}${f.request.path}` : fluentCartPath(f);
	const res = await ctx.api.request({ method: f.request.method, url, data: f.request.body ?? undefined });
	const body = asRecorded(res.data, ctx.url) as unknown;
	expect({ name, status: res.status }).toEqual({ name, status: f.status });
	expect({ name, skeleton: skeleton(body) }).toEqual({ name, skeleton: skeleton(f.response) });
	expect({ name, body: maskDates(body) }).toEqual({ name, body: maskDates(f.response) });
	return body;
}

describe('fake FluentCart replays the recorded catalog session', () => {
	it('lists no products on an empty shop and validates a product without title', async () => {
		await replay('products-list-empty');
		await replay('error-422-product-validation');
	});

	it('creates a physical product with its price-0 default variation and product_details null', async () => {
		await replay('product-create-physical');
		expect(ctx.fake.store.variations.get(1)).toMatchObject({ post_id: 4, item_price: 0, total_stock: 1 });
	});

	it('shows the new draft product and its editor payload', async () => {
		await replay('product-get');
		await replay('product-pricing-get');
	});

	it('publishes and prices the product through the full update', async () => {
		await replay('product-pricing-update');
	});

	it('creates, refuses without stock fields, and updates a variation', async () => {
		await replay('variant-create');
		await replay('error-422-variant-missing-stock-fields');
		await replay('variant-update');
	});

	it('lists every variation, with MySQL’s zero values for the nulls written by the update', async () => {
		await replay('variants-list');
	});

	it('creates a digital product and turns its variation into a subscription', async () => {
		await replay('product-create-digital');
		await replay('product-get-digital');
		await replay('product-pricing-subscription');
	});

	it('lists, pages with detail and variants, searches, and serves the ?rest_route= form', async () => {
		await replay('products-list');
		await replay('products-list-with-detail-variants');
		await replay('products-search');
		await replay('rest-route-query-form');
	});

	it('creates and deletes a throwaway product, then answers 403 for a missing one', async () => {
		await replay('product-create-throwaway');
		await replay('product-delete');
		await replay('error-403-product-not-found');
		expect(ctx.fake.store.variations.has(4)).toBe(false);
	});
});

describe('fake FluentCart follows the plugin’s code where nothing was recorded', () => {
	let fresh: StartedFake;
	beforeEach(async () => {
		fresh = await startFake();
	});
	afterEach(async () => fresh.fake.stop());

	it('answers a missing product’s editor payload with the 404 entity-not-found body', async () => {
		const res = await fresh.api.get('products/999/pricing');
		expect(res.status).toBe(404);
		expect(res.data).toMatchObject({
			code: 'fluent_cart_entity_not_found',
			data: { message: 'Product not found', buttonText: 'Back to Product List', route: '/products' },
		});
	});

	it('answers resource errors as HTTP 500 with the intended code', async () => {
		const missing = await fresh.api.delete('products/variants/999');
		expect([missing.status, missing.data]).toEqual([500, { code: 404, message: 'Pricing not found in database.', data: null }]);
		const noId = await fresh.api.post('products/variants/2', {
			variants: { post_id: 4, variation_title: 'X', total_stock: 0, available: 0, committed: 0, on_hold: 0 },
		});
		expect(noId.status).toBe(500);
		expect(noId.data).toMatchObject({ code: 'plugin_exception', message: 'Call to a member function update() on null' });
	});

	it('validates variations like ProductVariationRequest and finds the product with findOrFail', async () => {
		const base = { post_id: 4, variation_title: 'X', total_stock: 0, available: 0, committed: 0, on_hold: 0 };
		const compare = await fresh.api.post('products/variants', { variants: { ...base, item_price: 10, compare_price: 5 } });
		expect([compare.status, compare.data]).toEqual([
			422,
			{ 'variants.compare_price': { '2': 'Compare price must be greater than or equal to item price.' } },
		]);
		const managed = await fresh.api.post('products/variants', { variants: { ...base, manage_stock: 1 } });
		expect(managed.data).toEqual({ 'variants.stock_status': { required_if: 'Stock status is required.' } });
		const noProduct = await fresh.api.post('products/variants', { variants: { ...base, post_id: 999 } });
		expect([noProduct.status, noProduct.data]).toEqual([
			404,
			{ message: 'No query results for model [FluentCart\\App\\Models\\Product].' },
		]);
	});

	it('refuses a simple product update without variations, and answers plain 422s elsewhere', async () => {
		const update = await fresh.api.post('products/4/pricing', {
			post_title: 'Lab T-Shirt',
			post_status: 'publish',
			detail: { id: 1, post_id: 4, fulfillment_type: 'physical', variation_type: 'simple' },
		});
		expect([update.status, update.data]).toEqual([422, { message: 'Variation info is not present' }]);
		const inventory = await fresh.api.put('products/4/update-inventory/999', { total_stock: 1, available: 1 });
		expect([inventory.status, inventory.data]).toEqual([422, { message: 'Variant not found' }]);
		const duplicate = await fresh.api.post('products/999/duplicate', {});
		expect([duplicate.status, duplicate.data]).toEqual([422, { message: 'Product not found' }]);
	});

	it('loads only real relations, and always the detail on products/{id}', async () => {
		const bad = await fresh.api.get('products?with[]=product_menu');
		expect(bad.status).toBe(500);
		expect(bad.data.code).toBe('plugin_exception');
		const one = await fresh.api.get('products/4?with[]=variants');
		expect(Object.keys(one.data.product).slice(-3)).toEqual(['thumbnail', 'variants', 'detail']);
		expect(one.data.product.variants.map((v: { id: number }) => v.id)).toEqual([2, 1]);
	});

	it('filters the list by view and by "sku =" search with wildcards', async () => {
		fresh.fake.store.products.get(6)!.post_status = 'future';
		const drafts = await fresh.api.get('products?active_view=draft');
		expect(drafts.data.products.data.map((p: { ID: number }) => p.ID)).toEqual([6]);
		const sku = await fresh.api.get(`products?search=${encodeURIComponent('sku = TSHIRT*')}`);
		expect(sku.data.products.data.map((p: { ID: number }) => p.ID)).toEqual([4]);
	});
});
