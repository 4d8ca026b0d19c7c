/**
 * Product → Create, Get, Get Many, Delete, Update Inventory, Duplicate, against the fake
 * FluentCart through n8n's engine. (Update is in product-update.test.ts.)
 */
import type { IDataObject } from 'n8n-workflow';

import { addBulkProducts, createProduct, holdInOrder, productParams } from '../helpers/catalog';
import { runChain, runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';
import { at } from '../helpers/shape';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject, input?: IDataObject[]) =>
	runFluentCart({ credentials: ctx.credentials, parameters: productParams(operation, extra), input });

const calls = () => ctx.fake.requests.map((r) => `${r.method} ${r.path}`);

describe('Product → Create', () => {
	it('creates a draft and returns it read back, with its price-0 default variation', async () => {
		const result = await run('create', { title: 'Lab Hoodie', fulfillmentType: 'physical' });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({
			id: 8,
			title: 'Lab Hoodie',
			slug: 'lab-hoodie',
			status: 'draft',
			fulfillment_type: 'physical',
			variation_type: 'simple',
			min_price: 0,
			variations: [{ id: 4, title: 'Lab Hoodie', item_price: 0, total_stock: 1, available: 1, payment_type: 'onetime' }],
		});
		// FluentCart answers {ID, variant, product_details: null}: the node reads the product back.
		expect(calls()).toEqual(['POST products', 'GET products/8/pricing']);
		expect(ctx.fake.store.products.get(8)?.post_status).toBe('draft');
	});

	it('publishes a digital product when asked, and gives the raw editor payload without Simplify', async () => {
		const result = await run('create', {
			title: 'Lab E-Book',
			fulfillmentType: 'digital',
			additionalFields: { status: 'publish' },
			simplify: false,
		});
		expect(ctx.fake.requests[0].body).toEqual({
			post_title: 'Lab E-Book',
			post_status: 'publish',
			detail: { fulfillment_type: 'digital', variation_type: 'simple' },
		});
		expect(result.json[0]).toMatchObject({
			ID: 8,
			post_status: 'publish',
			view_url: `${ctx.url}/item/lab-e-book/`,
			detail: { fulfillment_type: 'digital', min_price: 0 },
			featured_image_id: 0,
		});
		expect(at(result.json[0], 'variants.0.formatted_total')).toBe('&#36;0.00');
	});

	it('rejects an empty or too long title and an unknown status before any request', async () => {
		const empty = await run('create', { title: '={{ "  " }}' });
		expect(empty.error?.message).toBe('Title is empty [item 0]');
		const long = await run('create', { title: 'x'.repeat(201) });
		expect(long.error?.message).toMatch(/Title is 201 characters long; FluentCart allows at most 200/);
		const status = await run('create', { title: 'A', additionalFields: { status: '={{ "trash" }}' } });
		expect(status.error?.message).toMatch(/Status "trash" is not one FluentCart knows/);
		expect(status.error?.description).toBe('Use one of: draft, private, publish.');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Product → Get', () => {
	it.each([
		['id', rl(4)],
		['list', rl(4, 'list')],
		['url', rl('https://shop.example.com/wp-admin/admin.php?page=fluent-cart#/products/4/pricing', 'url')],
	])('reads the editor payload of a product picked by %s', async (_mode, productId) => {
		const result = await run('get', { productId });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({
			id: 4,
			title: 'Lab T-Shirt',
			status: 'publish',
			min_price: 1999,
			max_price: 2200,
			manage_stock: false,
			view_url: `${ctx.url}/item/lab-t-shirt/`,
		});
		// Ordered as FluentCart's editor shows them (serial_index).
		expect((result.json[0].variations as IDataObject[]).map((v) => [v.id, v.sku, v.item_price])).toEqual([
			[2, 'TSHIRT-XL', 2200],
			[1, 'TSHIRT-M', 1999],
		]);
		expect(calls()).toEqual(['GET products/4/pricing']);
	});

	it('shows subscription terms of a subscription product', async () => {
		const result = await run('get', { productId: rl(6) });
		expect(at(result.json[0], 'variations.0')).toMatchObject({
			id: 3,
			payment_type: 'subscription',
			billing_interval: 'monthly',
			item_price: 900,
			signup_fee: 0,
		});
	});

	it('reports a missing product with FluentCart’s 404 message', async () => {
		const result = await run('get', { productId: rl(999) });
		expect(result.error?.message).toBe('Product not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('rejects a product ID that is not a number before any request', async () => {
		const result = await run('get', { productId: rl('={{ "abc" }}') });
		expect(result.error?.message).toMatch(/Product ID must be a whole number of 1 or more, got "abc"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Product → Get Many', () => {
	it('lists products newest first, simplified, at the page size of the limit', async () => {
		const result = await run('getAll', { returnAll: false, limit: 50 });
		expect(result.json.map((p) => [p.id, p.title, p.status])).toEqual([
			[6, 'Lab Pro Membership', 'publish'],
			[4, 'Lab T-Shirt', 'publish'],
		]);
		expect(result.json[0]).not.toHaveProperty('variations');
		expect(ctx.fake.requests[0].query).toEqual({ page: '1', per_page: '50' });
	});

	it('sends search, view and sort the way FluentCart reads them', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { search: 'shirt', activeView: 'physical' },
			sort: { sortBy: 'post_title', sortType: 'asc' },
		});
		expect(result.json.map((p) => p.id)).toEqual([4]);
		expect(ctx.fake.requests[0].query).toMatchObject({
			search: 'shirt',
			active_view: 'physical',
			sort_by: 'post_title',
			sort_type: 'asc',
			per_page: '199',
		});
	});

	it('finds subscription products through the Subscribable view', async () => {
		const result = await run('getAll', { returnAll: true, filters: { activeView: 'subscribable' } });
		expect(result.json.map((p) => p.id)).toEqual([6]);
	});

	it('includes each product’s detail and variations on request', async () => {
		const result = await run('getAll', { returnAll: true, listOptions: { includeVariations: true } });
		expect(ctx.fake.requests[0].query.with).toEqual(['detail', 'variants']);
		expect(result.json[1]).toMatchObject({ id: 4, fulfillment_type: 'physical', min_price: 1999 });
		expect((result.json[1].variations as IDataObject[]).map((v) => v.id)).toEqual([2, 1]);
	});

	it('returns all of 420 products with pages of 199, and stops at a limit', async () => {
		addBulkProducts(ctx, 418);
		const all = await run('getAll', { returnAll: true });
		expect(all.json).toHaveLength(420);
		expect(new Set(all.json.map((p) => p.id)).size).toBe(420);
		expect(ctx.fake.requests.map((r) => r.query.per_page)).toEqual(['199', '199', '199']);
		ctx.fake.resetLog();
		const some = await run('getAll', { returnAll: false, limit: 250 });
		expect(some.json).toHaveLength(250);
		expect(ctx.fake.requests).toHaveLength(2);
	});
});

describe('Product → Delete', () => {
	it('deletes a product with its variations and answers {deleted: true}', async () => {
		const { productId, variationId } = await createProduct(ctx, 'Throwaway', 'digital');
		ctx.fake.resetLog();
		const result = await run('delete', { productId: rl(productId) });
		expect(result.json[0]).toEqual({
			deleted: true,
			id: productId,
			message: 'Selected product and associated data has been deleted',
		});
		expect(ctx.fake.store.products.has(productId)).toBe(false);
		expect(ctx.fake.store.variations.has(variationId)).toBe(false);
		expect(calls()).toEqual([`DELETE products/${productId}`]);
	});

	it('reports a missing product as not found (FluentCart answers 403 Permission Callback Error)', async () => {
		const result = await run('delete', { productId: rl(999) });
		expect(result.error?.message).toBe('The product was not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requests[0].status).toBe(403);
	});

	it('passes on FluentCart’s refusal while an on-hold order holds the product (HTTP 500, code 400)', async () => {
		await holdInOrder(ctx, 1);
		const result = await run('delete', { productId: rl(4) });
		expect(result.error?.message).toMatch(/^This product cannot be deleted at the moment/);
		expect(result.error?.httpCode).toBe('400');
		expect(ctx.fake.store.products.has(4)).toBe(true);
	});
});

describe('Product → Update Inventory', () => {
	it('sets total and available stock of one variation; FluentCart manages stock for all of them', async () => {
		const result = await run('updateInventory', { productId: rl(4), variationId: rl(1), totalStock: 12, availableStock: 9 });
		expect(result.error).toBeUndefined();
		expect(calls()).toEqual(['GET products/4/pricing', 'PUT products/4/update-inventory/1', 'GET products/4/pricing']);
		expect(ctx.fake.requests[1].body).toEqual({ total_stock: 12, available: 9 });
		expect(result.json[0]).toMatchObject({
			id: 1,
			product_id: 4,
			total_stock: 12,
			available: 9,
			manage_stock: true,
			stock_status: 'in-stock',
			message: 'Inventory updated successfully',
		});
		expect(ctx.fake.store.variations.get(2)?.manage_stock).toBe('1');
	});

	it('marks a variation with nothing available out of stock', async () => {
		const result = await run('updateInventory', { productId: rl(4), variationId: rl(2), totalStock: 0, availableStock: 0 });
		expect(result.json[0]).toMatchObject({ id: 2, available: 0, stock_status: 'out-of-stock' });
	});

	it.each([
		[{ totalStock: -1, availableStock: 0 }, /Total Stock must be at least 0, got -1/],
		[{ totalStock: 2.5, availableStock: 0 }, /Total Stock must be a whole number, got 2.5/],
		[{ totalStock: 3, availableStock: '={{ "lots" }}' }, /Available Stock must be a whole number, got "lots"/],
		[{ totalStock: 3, availableStock: 5 }, /Available Stock \(5\) is more than Total Stock \(3\)/],
	])('rejects %j before any request', async (stock, message) => {
		const result = await run('updateInventory', { productId: rl(4), variationId: rl(1), ...stock });
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('refuses a variation of another product (FluentCart would not check)', async () => {
		const result = await run('updateInventory', { productId: rl(4), variationId: rl(3), totalStock: 1, availableStock: 1 });
		expect(result.error?.message).toMatch(/Variation 3 is not a variation of product 4/);
		expect(result.error?.description).toBe('Variations of this product: 2 (Lab T-Shirt XL), 1 (Lab T-Shirt).');
		expect(ctx.fake.requestsTo('PUT', /update-inventory/)).toHaveLength(0);
	});

	it('reports a missing product', async () => {
		const result = await run('updateInventory', { productId: rl(999), variationId: rl(1), totalStock: 1, availableStock: 1 });
		expect(result.error?.message).toBe('Product not found');
	});
});

describe('Product → Duplicate', () => {
	it('copies a product into a draft without SKUs or stock, and returns the copy', async () => {
		const result = await run('duplicate', { productId: rl(4) });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests[0].body).toEqual({
			import_stock_management: false,
			import_license_settings: false,
			import_downloadable_files: false,
		});
		expect(result.json[0]).toMatchObject({ id: 8, title: 'Lab T-Shirt (Copy)', status: 'draft', duplicated_from: 4 });
		const copies = result.json[0].variations as IDataObject[];
		expect(copies.map((v) => [v.title, v.sku, v.item_price, v.total_stock])).toEqual([
			['Lab T-Shirt XL', null, 2200, 0],
			['Lab T-Shirt', null, 1999, 0],
		]);
		expect(calls()).toEqual(['POST products/4/duplicate', 'GET products/8/pricing']);
	});

	it('keeps stock management when asked', async () => {
		await run('updateInventory', { productId: rl(4), variationId: rl(1), totalStock: 7, availableStock: 7 });
		const result = await run('duplicate', { productId: rl(4), duplicateOptions: { importStockManagement: true } });
		expect(ctx.fake.requestsTo('POST', /duplicate/)[0].body).toMatchObject({ import_stock_management: true });
		expect((result.json[0].variations as IDataObject[]).find((v) => v.title === 'Lab T-Shirt')).toMatchObject({
			total_stock: 7,
			manage_stock: true,
		});
	});

	it('reports a missing product as not found (FluentCart answers 422 "Product not found")', async () => {
		const result = await run('duplicate', { productId: rl(999) });
		expect(result.error?.message).toBe('The product was not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requests[0].status).toBe(422);
	});
});

describe('Products in a workflow', () => {
	it('creates a product, prices it and sells it in an order, passing IDs by expression', async () => {
		const { output, errors } = await runChain({
			credentials: ctx.credentials,
			steps: [
				{
					name: 'Create',
					parameters: productParams('create', { title: 'Lab Poster', fulfillmentType: 'physical', additionalFields: { status: 'publish' } }),
				},
				{ name: 'Price', parameters: productParams('update', { productId: rl('={{ $json.id }}'), updateFields: { price: '7.50' } }) },
				{
					name: 'Sell',
					parameters: {
						resource: 'order',
						operation: 'create',
						customerId: rl(1),
						lineItems: { item: [{ variationId: '={{ $json.variations[0].id }}', quantity: 2 }] },
					},
				},
			],
		});
		expect(errors).toEqual({});
		expect(output.Price[0]).toMatchObject({ id: 8, min_price: 750, variations: [{ id: 4, item_price: 750 }] });
		expect(output.Sell[0]).toMatchObject({ total_amount: 1500, items: [{ variation_id: 4, product_id: 8, unit_price: 750 }] });
	});
});
