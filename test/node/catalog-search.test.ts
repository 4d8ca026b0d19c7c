/**
 * The "From List" searches of the Product and Variation locators, the variation option list
 * (used by Order → Create line items) and GT Extensions' variation locator, run in n8n-core's
 * real LoadOptionsContext against the fake. Variations are named "Product – Variation (#id) – price".
 */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { searchVariations as gtSearchVariations } from '../../nodes/GtExtensions/search';
import { variationRow } from '../fake/routes/catalog-shapes';
import { addBulkProducts, createProduct, createVariation } from '../helpers/catalog';
import { loadOptionsContextFor } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const loadOptionsContext = (): ILoadOptionsFunctions =>
	loadOptionsContextFor(ctx.credentials, { resource: 'variation', operation: 'get' }, 'parameters.variationId');

const methods = new FluentCart().methods;
const search = (method: 'searchProducts' | 'searchVariations', filter?: string, token?: string) =>
	methods.listSearch[method].call(loadOptionsContext(), filter, token) as Promise<INodeListSearchResult>;

describe('Product locator → From List', () => {
	it('lists title, ID and status, newest first, with the product’s admin page', async () => {
		const result = await search('searchProducts');
		expect(result.results).toEqual([
			{
				name: 'Lab Pro Membership (#6, publish)',
				value: '6',
				url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/products/6`,
			},
			expect.objectContaining({ name: 'Lab T-Shirt (#4, publish)', value: '4' }),
		]);
		expect(ctx.fake.requests[0].query).toMatchObject({ per_page: '25', page: '1', sort_by: 'ID', sort_type: 'desc' });
	});

	it('passes the typed text to FluentCart’s search and pages with a token', async () => {
		const found = await search('searchProducts', 'shirt');
		expect(found.results.map((r) => r.value)).toEqual(['4']);
		expect(ctx.fake.requests[0].query.search).toBe('shirt');
		addBulkProducts(ctx, 30);
		const first = await search('searchProducts');
		expect(first.results).toHaveLength(25);
		expect(first.paginationToken).toBe('2');
		const second = await search('searchProducts', undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(7);
		expect(second.paginationToken).toBeUndefined();
	});
});

/**
 * Two products with a variation called "Large" (one of them the multi-variation T-shirt), and
 * "Lab Mug", a single-variation product whose variation carries the product's title.
 */
async function addLargeVariations(): Promise<{ shirtLarge: number; mug: number; mugLarge: number }> {
	const shirtLarge = Number((await createVariation(ctx, { post_id: 4, variation_title: 'Large', item_price: 24.5 })).id);
	const { productId, variationId: mug } = await createProduct(ctx, 'Lab Mug', 'physical', 'publish');
	const mugLarge = Number((await createVariation(ctx, { post_id: productId, variation_title: 'Large', item_price: 12 })).id);
	return { shirtLarge, mug, mugLarge };
}

describe('Variation locator → From List', () => {
	it('names every variation with its product, SKU and price (decimal for display)', async () => {
		const result = await search('searchVariations');
		expect(result.results).toEqual([
			{
				name: 'Lab Pro Membership – Monthly (#3) – 9.00 – subscription',
				value: '3',
				url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/products/6`,
			},
			// The T-shirt's variations already carry the product's title: it is not repeated.
			expect.objectContaining({ name: 'Lab T-Shirt XL (#2, SKU TSHIRT-XL) – 22.00', value: '2' }),
			expect.objectContaining({ name: 'Lab T-Shirt (#1, SKU TSHIRT-M) – 19.99', value: '1' }),
		]);
		// The product titles come from the product list, read at the largest page size.
		expect(ctx.fake.requests.map((r) => r.path).sort()).toEqual(['products', 'variants']);
		expect(ctx.fake.requests.find((r) => r.path === 'products')?.query).toMatchObject({ page: '1', per_page: '199' });
	});

	it('tells apart same-named variations of different products, and shows a single variation once', async () => {
		const { shirtLarge, mug, mugLarge } = await addLargeVariations();
		const names = new Map((await search('searchVariations')).results.map((r) => [r.value, r.name]));
		expect(names.get(String(shirtLarge))).toBe(`Lab T-Shirt – Large (#${shirtLarge}) – 24.50`);
		expect(names.get(String(mugLarge))).toBe(`Lab Mug – Large (#${mugLarge}) – 12.00`);
		// Lab Mug's first variation is named like the product (FluentCart's starter variation).
		expect(names.get(String(mug))).toBe(`Lab Mug (#${mug}) – 0.00`);
	});

	it('names a variation whose product is not in the product list by the product ID', async () => {
		const store = ctx.fake.store;
		const id = store.nextId('variations', store.variations.keys());
		store.variations.set(
			id,
			variationRow({ id, post_id: 999, serial_index: 1, variation_title: 'Orphan', item_price: 500, other_info: { payment_type: 'onetime' } }),
		);
		const result = await search('searchVariations', 'orphan');
		expect(result.results.map((r) => r.name)).toEqual([`Product #999 – Orphan (#${id}) – 5.00`]);
	});

	it.each([
		['xl', ['2']],
		['tshirt-m', ['1']],
		['3', ['3']],
		['4', ['2', '1']],
		['membership', ['3']],
		['nothing like this', []],
	])('filters the list by "%s" (variation or product title, SKU, variation ID or product ID)', async (text, ids) => {
		const result = await search('searchVariations', text);
		expect(result.results.map((r) => r.value)).toEqual(ids);
	});

	it('finds every variation of a product by the product’s name', async () => {
		const { mug, mugLarge } = await addLargeVariations();
		const result = await search('searchVariations', 'lab mug');
		expect(result.results.map((r) => r.value)).toEqual([String(mugLarge), String(mug)]);
	});

	it('pages 25 at a time', async () => {
		for (let n = 0; n < 30; n++) await createVariation(ctx, { post_id: 6, variation_title: `Plan ${n}` });
		const first = await search('searchVariations');
		expect(first.results).toHaveLength(25);
		const second = await search('searchVariations', undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(8);
		expect(second.paginationToken).toBeUndefined();
	});
});

describe('Variation option list (Order → Create line items)', () => {
	it('lists every variation by product and name, with the product ID', async () => {
		const options = await methods.loadOptions.getVariations.call(loadOptionsContext());
		expect(options).toEqual([
			{ name: 'Lab Pro Membership – Monthly (#3) – 9.00 – subscription', value: 3, description: 'Product #6' },
			{ name: 'Lab T-Shirt (#1, SKU TSHIRT-M) – 19.99', value: 1, description: 'Product #4' },
			{ name: 'Lab T-Shirt XL (#2, SKU TSHIRT-XL) – 22.00', value: 2, description: 'Product #4' },
		]);
	});

	it('names same-named variations by their products', async () => {
		const { shirtLarge, mug, mugLarge } = await addLargeVariations();
		const options = await methods.loadOptions.getVariations.call(loadOptionsContext());
		expect(options.map((o) => o.name)).toEqual(
			expect.arrayContaining([
				`Lab Mug (#${mug}) – 0.00`,
				`Lab Mug – Large (#${mugLarge}) – 12.00`,
				`Lab T-Shirt – Large (#${shirtLarge}) – 24.50`,
			]),
		);
	});
});

describe('GT Extensions → Variation locator', () => {
	const gtSearch = (filter?: string) => gtSearchVariations.call(loadOptionsContext(), filter);

	it('names variations like the FluentCart node does', async () => {
		const { shirtLarge, mug, mugLarge } = await addLargeVariations();
		const result = await gtSearch();
		expect(result.results).toEqual(
			expect.arrayContaining([
				{
					name: 'Lab Pro Membership – Monthly (#3) – 9.00 – subscription',
					value: '3',
					url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/products/6`,
				},
				expect.objectContaining({ name: 'Lab T-Shirt (#1, SKU TSHIRT-M) – 19.99', value: '1' }),
				expect.objectContaining({ name: `Lab T-Shirt – Large (#${shirtLarge}) – 24.50`, value: String(shirtLarge) }),
				expect.objectContaining({ name: `Lab Mug – Large (#${mugLarge}) – 12.00`, value: String(mugLarge) }),
				expect.objectContaining({ name: `Lab Mug (#${mug}) – 0.00`, value: String(mug) }),
			]),
		);
	});

	it('finds a product’s variations by the product’s name', async () => {
		const result = await gtSearch('membership');
		expect(result.results.map((r) => r.value)).toEqual(['3']);
	});
});
