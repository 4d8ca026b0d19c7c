/**
 * Product Category / Brand through n8n-core against the fake: the flat term list, Create (one
 * name, nested under `term`, commas refused), Set Product Terms and Remove From Product (the
 * product and the terms checked first, since FluentCart answers 200 for a missing product and
 * drops unknown terms), Delete through WordPress core, and the Term locator's list.
 */
import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { addTerm, productTermIds, termState } from '../fake/routes/terms';
import { loadOptionsContextFor, runFluentCart } from '../helpers/engine';
import { startFake, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
let mugs: number;
let kitchen: number;
let espresso: number;
let brand: number;
beforeEach(async () => {
	ctx = await startFake();
	mugs = addTerm(ctx.fake.store, 'Mugs', 'product-categories').id;
	kitchen = addTerm(ctx.fake.store, 'Kitchen', 'product-categories').id;
	espresso = addTerm(ctx.fake.store, 'Espresso Cups', 'product-categories', mugs).id;
	brand = addTerm(ctx.fake.store, 'LabBrand', 'product-brands').id;
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const run = (parameters: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'productTerm', ...parameters } });
const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });
const sent = () => ctx.fake.requests.map((r) => `${r.method} ${r.namespace}/${r.path}`);
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET');

describe(`Product Category / Brand (FluentCart ${suiteVersion()})`, () => {
	it('Get Many: one item per term, parents first, with depth and path', async () => {
		const result = await run({ operation: 'getAll', taxonomies: 'all' });
		expect(result.error).toBeUndefined();
		expect(result.json).toEqual([
			{ id: kitchen, name: 'Kitchen', parent: 0, taxonomy: 'product-categories', depth: 0, path: 'Kitchen' },
			{ id: mugs, name: 'Mugs', parent: 0, taxonomy: 'product-categories', depth: 0, path: 'Mugs' },
			{ id: espresso, name: 'Espresso Cups', parent: mugs, taxonomy: 'product-categories', depth: 1, path: 'Mugs > Espresso Cups' },
			{ id: brand, name: 'LabBrand', parent: 0, taxonomy: 'product-brands', depth: 0, path: 'LabBrand' },
		]);
		const brands = await run({ operation: 'getAll', taxonomies: 'product-brands' });
		expect(brands.json.map((t) => t.name)).toEqual(['LabBrand']);
	});

	it('Create: a child category, sent nested under `term`', async () => {
		const result = await run({ operation: 'create', taxonomy: 'product-categories', name: ' Tea Cups ', parentId: String(mugs) });
		expect(result.error).toBeUndefined();
		const created = result.json[0];
		expect(created).toMatchObject({ name: 'Tea Cups', parent: mugs, taxonomy: 'product-categories', depth: 1, path: 'Mugs > Tea Cups', created: true });
		expect(termState(ctx.fake.store).terms.get(Number(created.id))).toMatchObject({ name: 'Tea Cups', parent: mugs });
		expect(writes().map((r) => r.body)).toEqual([{ term: { name: 'Tea Cups', taxonomy: 'product-categories', parent: String(mugs) } }]);
	});

	it('Create: an existing name gives that term, created false, and no second term', async () => {
		const result = await run({ operation: 'create', taxonomy: 'product-brands', name: 'LabBrand' });
		expect(result.json[0]).toMatchObject({ id: brand, name: 'LabBrand', created: false });
		expect(termState(ctx.fake.store).terms.size).toBe(4);
	});

	it.each([
		[{ name: 'Mugs,Kitchen' }, 'Name "Mugs,Kitchen" contains a comma [item 0]'],
		[{ name: '  ' }, 'Name is empty [item 0]'],
		[{ name: 'Tea', parentId: 'x' }, 'Parent Category ID must be a whole number of 1 or more, got "x" [item 0]'],
	])('Create refuses %j before sending anything', async (params, message) => {
		const result = await run({ operation: 'create', taxonomy: 'product-categories', ...params });
		expect(result.error?.message).toBe(message);
		expect(ctx.fake.requests).toEqual([]);
	});

	it('Create refuses a parent that is not a category (a brand id) before writing', async () => {
		const result = await run({ operation: 'create', taxonomy: 'product-categories', name: 'Tea', parentId: String(brand) });
		expect(result.error?.message).toBe(`Parent Category ID ${brand} is not a product category [item 0]`);
		expect(writes()).toEqual([]);
	});

	it('Set Product Terms replaces the set, says what it was, and an empty list clears it', async () => {
		await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-categories', termIds: String(mugs) });
		const result = await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-categories', termIds: `${kitchen}, ${espresso}` });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toEqual({
			product_id: 4,
			taxonomy: 'product-categories',
			terms: [
				{ id: kitchen, name: 'Kitchen', path: 'Kitchen' },
				{ id: espresso, name: 'Espresso Cups', path: 'Mugs > Espresso Cups' },
			],
			previous_term_ids: [mugs],
			message: 'Product has been updated',
		});
		expect(productTermIds(ctx.fake.store, 4, 'product-categories').sort()).toEqual([kitchen, espresso].sort());
		const cleared = await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-categories', termIds: '' });
		expect(cleared.json[0].terms).toEqual([]);
		expect(productTermIds(ctx.fake.store, 4, 'product-categories')).toEqual([]);
	});

	it('Set Product Terms refuses a missing product (FluentCart would answer 200) without writing', async () => {
		const result = await run({ operation: 'setProductTerms', productId: byId(999999), taxonomy: 'product-categories', termIds: String(mugs) });
		expect(result.error?.message).toMatch(/Product not found/);
		expect(writes()).toEqual([]);
	});

	it('Set Product Terms refuses an unknown term or one of the other taxonomy (FluentCart drops them silently)', async () => {
		for (const id of [777, brand]) {
			const result = await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-categories', termIds: `${mugs}, ${id}` });
			expect(result.error?.message).toBe(`Term ID ${id} is not a product category [item 0]`);
		}
		const bad = await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-categories', termIds: 'mugs' });
		expect(bad.error?.message).toBe('Term IDs must be a whole number of 1 or more, got "mugs" [item 0]');
		expect(writes()).toEqual([]);
	});

	it('Remove From Product unlinks one term and keeps it; a term not attached is reported, not an error', async () => {
		await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-brands', termIds: String(brand) });
		const first = await run({ operation: 'removeFromProduct', productId: byId(4), taxonomy: 'product-brands', termId: byId(brand) });
		expect(first.json[0]).toEqual({
			product_id: 4,
			taxonomy: 'product-brands',
			term: { id: brand, name: 'LabBrand', path: 'LabBrand' },
			removed: true,
			message: 'Removed product brand "LabBrand" from product 4',
		});
		expect(productTermIds(ctx.fake.store, 4, 'product-brands')).toEqual([]);
		expect(termState(ctx.fake.store).terms.has(brand)).toBe(true);
		const again = await run({ operation: 'removeFromProduct', productId: byId(4), taxonomy: 'product-brands', termId: byId(brand) });
		expect(again.json[0]).toMatchObject({ removed: false, message: 'product brand "LabBrand" was not attached to product 4; nothing changed' });
	});

	it('Delete removes the term through WordPress core (force), moving its children up', async () => {
		await run({ operation: 'setProductTerms', productId: byId(4), taxonomy: 'product-categories', termIds: String(mugs) });
		ctx.fake.resetLog();
		const result = await run({ operation: 'delete', taxonomy: 'product-categories', termId: byId(mugs) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toEqual({
			deleted: true,
			id: mugs,
			name: 'Mugs',
			parent: 0,
			taxonomy: 'product-categories',
			depth: 0,
			path: 'Mugs',
			products_count: 1,
			children_moved_up: [espresso],
		});
		expect(sent()).toEqual(['GET fluent-cart/v2/products/fetch-term', `DELETE wp/v2/product-categories/${mugs}`]);
		expect(ctx.fake.requests[1].query).toEqual({ force: 'true' });
		expect(termState(ctx.fake.store).terms.get(espresso)?.parent).toBe(0);
		expect(productTermIds(ctx.fake.store, 4, 'product-categories')).toEqual([]);
	});

	it('Delete refuses a term that is not of the chosen taxonomy, before deleting', async () => {
		const result = await run({ operation: 'delete', taxonomy: 'product-brands', termId: byId(mugs) });
		expect(result.error?.message).toBe(`Term ${mugs} is not a product brand [item 0]`);
		expect(writes()).toEqual([]);
	});

	it('Term → From List: the terms of the chosen taxonomy, searched by path', async () => {
		const methods = new FluentCart().methods;
		const context = loadOptionsContextFor(
			ctx.credentials,
			{ resource: 'productTerm', operation: 'delete', taxonomy: 'product-categories' },
			'parameters.termId',
		);
		const all = (await methods.listSearch.searchProductTerms.call(context)) as INodeListSearchResult;
		expect(all.results.map((r) => r.name)).toEqual([`#${kitchen} Kitchen`, `#${mugs} Mugs`, `#${espresso} Mugs > Espresso Cups`]);
		const found = (await methods.listSearch.searchProductTerms.call(context, 'espresso')) as INodeListSearchResult;
		expect(found.results).toEqual([{ name: `#${espresso} Mugs > Espresso Cups`, value: String(espresso) }]);
	});
});
