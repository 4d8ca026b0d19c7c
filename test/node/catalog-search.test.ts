/**
 * The "From List" searches of the Product and Variation locators and the variation option list
 * (used by Order → Create line items), run in n8n-core's real LoadOptionsContext against the fake.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { addBulkProducts, createVariation } from '../helpers/catalog';
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

describe('Variation locator → From List', () => {
	it('lists every variation with SKU, price (decimal for display) and product', async () => {
		const result = await search('searchVariations');
		expect(result.results).toEqual([
			{
				name: 'Monthly (#3) – 9.00 – subscription · product #6',
				value: '3',
				url: `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/products/6`,
			},
			expect.objectContaining({ name: 'Lab T-Shirt XL (#2, SKU TSHIRT-XL) – 22.00 · product #4', value: '2' }),
			expect.objectContaining({ name: 'Lab T-Shirt (#1, SKU TSHIRT-M) – 19.99 · product #4', value: '1' }),
		]);
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['variants']);
	});

	it.each([
		['xl', ['2']],
		['tshirt-m', ['1']],
		['3', ['3']],
		['4', ['2', '1']],
		['nothing like this', []],
	])('filters the list by "%s" (title, SKU, variation ID or product ID)', async (text, ids) => {
		const result = await search('searchVariations', text);
		expect(result.results.map((r) => r.value)).toEqual(ids);
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
	it('still lists every variation by name, with its product', async () => {
		const options = await methods.loadOptions.getVariations.call(loadOptionsContext());
		expect(options).toEqual([
			{ name: 'Lab T-Shirt (#1, SKU TSHIRT-M) – 19.99', value: 1, description: 'Product #4' },
			{ name: 'Lab T-Shirt XL (#2, SKU TSHIRT-XL) – 22.00', value: 2, description: 'Product #4' },
			{ name: 'Monthly (#3) – 9.00 – subscription', value: 3, description: 'Product #6' },
		]);
	});
});
