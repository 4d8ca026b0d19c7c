/**
 * Product → Duplicate Many and Delete Many, through n8n-core against the fake: ids from the input
 * items, batches of 100, each id sent once, unknown ids never sent, one result per item (read
 * back), Continue On Fail per product.
 */
import type { IDataObject } from 'n8n-workflow';

import { PRODUCT_BULK_BATCH_SIZE } from '../../nodes/FluentCart/resources/product/bulk';
import { addBulkProducts, holdInOrder, productParams } from '../helpers/catalog';
import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const byExpression = { __rl: true, mode: 'id', value: '={{ $json.id }}' };
const bulkWrites = () => ctx.fake.requests.filter((r) => r.method === 'POST' && r.path === 'products/do-bulk-action');
const sentIds = () => bulkWrites().flatMap((r) => (r.body as { product_ids: number[] }).product_ids);
const reads = () => ctx.fake.requests.filter((r) => r.method === 'GET' && r.path === 'products');

const run = (operation: string, input: IDataObject[], continueOnFail: boolean, extra: IDataObject = {}, typeVersion?: number) =>
	runFluentCart({
		credentials: ctx.credentials,
		parameters: productParams(operation, { productId: byExpression, ...extra }),
		input,
		continueOnFail,
		typeVersion,
	});

/** `count` published products titled "Bulk Product n", each with one variation priced n dollars (in cents). */
function products(count: number): number[] {
	const ids = addBulkProducts(ctx, count);
	ctx.fake.resetLog();
	return ids;
}

const heldVariation = (productId: number) => Number(ctx.fake.store.variationsOf(productId)[0].id);

describe('Product → Duplicate Many', () => {
	it('copies 500 products in 5 requests of 100 and pairs every copy with its item; an unknown id fails alone', async () => {
		const ids = products(500);
		const result = await run('duplicateBulk', [...ids.map((id) => ({ id })), { id: 999999 }], true);
		expect(result.error).toBeUndefined();

		expect(PRODUCT_BULK_BATCH_SIZE).toBe(100);
		expect(bulkWrites().map((r) => (r.body as { product_ids: unknown[] }).product_ids.length)).toEqual([100, 100, 100, 100, 100]);
		// The unknown id is never sent; every known one once. One read before and one after each
		// batch; the unknown id, alone in a sixth batch, costs one read.
		expect([...sentIds()].sort((a, b) => a - b)).toEqual(ids);
		expect(reads()).toHaveLength(11);
		expect(bulkWrites()[0].body).toEqual({
			action: 'duplicate_products',
			product_ids: ids.slice(0, 100),
			import_stock_management: false,
			import_license_settings: false,
			import_downloadable_files: false,
		});

		expect(result.items).toHaveLength(501);
		result.items.forEach((item, n) => expect(item.pairedItem).toEqual({ item: n }));
		const copies = new Set<number>();
		result.json.slice(0, 500).forEach((json, n) => {
			expect(json).toMatchObject({ title: `Bulk Product ${n + 1} (Copy)`, status: 'draft', duplicated_from: ids[n] });
			expect(json.fluentCartMessage).toBe('Selected products have been duplicated as drafts');
			const copy = ctx.fake.store.products.get(Number(json.id))!;
			expect(copy.post_title).toBe(`Bulk Product ${n + 1} (Copy)`);
			copies.add(Number(json.id));
		});
		expect(copies.size).toBe(500);
		expect(result.json[500]).toMatchObject({ error: 'Product 999999 was not found [item 500]' });
	});

	it('passes the duplicate options on, and the copy keeps its stock', async () => {
		const [id] = products(1);
		Object.assign(ctx.fake.store.variationsOf(id)[0], { manage_stock: '1', total_stock: 7, available: 7 });
		const options = { importStockManagement: true, importLicenseSettings: true, importDownloadableFiles: true };
		const result = await run('duplicateBulk', [{ id }], false, { duplicateOptions: options });
		expect(bulkWrites()[0].body).toMatchObject({ import_stock_management: true, import_license_settings: true, import_downloadable_files: true });
		expect((result.json[0].variations as IDataObject[])[0]).toMatchObject({ total_stock: 7, available: 7, sku: null });
	});

	it('gives prices as decimals with Money Output (node version 2), in cents on version 1', async () => {
		const [id] = products(3).slice(2);
		const cents = await run('duplicateBulk', [{ id }], false);
		expect((cents.json[0].variations as IDataObject[])[0].item_price).toBe(300);
		const decimal = await run('duplicateBulk', [{ id }], false, {}, 2);
		expect((decimal.json[0].variations as IDataObject[])[0].item_price).toBe(3);
	});

	it('pairs products that share a title in the order sent, and sends an id given by several items once', async () => {
		const [a, b] = products(2);
		ctx.fake.store.products.get(b)!.post_title = 'Bulk Product 1';
		const result = await run('duplicateBulk', [{ id: b }, { id: a }, { id: b }], false);
		expect(sentIds()).toEqual([b, a]);
		const [first, second, third] = result.json;
		expect([first.duplicated_from, second.duplicated_from, third.duplicated_from]).toEqual([b, a, b]);
		// FluentCart copies in the order sent: b's copy first.
		expect(Number(first.id)).toBeLessThan(Number(second.id));
		expect(third.id).toBe(first.id);
	});

	it('reports a product FluentCart did not copy, and says the pairing is unknown when copies cannot be told apart', async () => {
		const [a, b, c, d] = products(4);
		ctx.fake.store.products.get(b)!.post_title = 'Bulk Product 1';
		// Between the node's read and the write, b and d disappear: FluentCart copies a and c only.
		ctx.fake.faultHook = (method, path) => {
			if (method === 'POST' && path.endsWith('products/do-bulk-action')) {
				ctx.fake.store.products.delete(b);
				ctx.fake.store.products.delete(d);
			}
			return undefined;
		};
		const result = await run('duplicateBulk', [a, b, c, d].map((id) => ({ id })), true);
		ctx.fake.faultHook = undefined;
		const message = `Some products could not be duplicated (Product ID: ${b} , ${d}). Remaining selected products have been duplicated as drafts.`;
		const copyOfA = [...ctx.fake.store.products.values()].filter((p) => p.post_title === 'Bulk Product 1 (Copy)').map((p) => Number(p.ID))[0];
		// a and b share a title and only one copy was made: which one it belongs to is unknown.
		for (const [n, id] of [[0, a], [1, b]]) {
			expect(result.json[n]).toEqual({ duplicated_from: id, written: true, copy: 'unknown', possible_copy_ids: [copyOfA], fluentCartMessage: message });
		}
		expect(result.json[2]).toMatchObject({ title: 'Bulk Product 3 (Copy)', duplicated_from: c });
		expect(result.json[3]).toMatchObject({ error: `Product ${d} was not duplicated [item 3]` });
		expect(String(result.json[3].description)).toContain(message);
		expect(result.hints.map((h) => h.message).join(' ')).toContain('Items 0, 1: FluentCart did not copy every product');
	});

	it('says the copies are unknown when FluentCart answers success without the new ids', async () => {
		const [a] = products(1);
		const body = { message: 'Selected products have been duplicated as drafts', data: '' };
		ctx.fake.injectFault({ method: 'POST', path: /products\/do-bulk-action$/, fault: { kind: 'status', status: 200, body, apply: true } });
		const result = await run('duplicateBulk', [{ id: a }, { id: 999999 }], true);
		expect(result.json[0]).toEqual({ duplicated_from: a, written: true, copy: 'unknown', possible_copy_ids: [], fluentCartMessage: body.message });
		expect(result.json[1]).toMatchObject({ error: 'Product 999999 was not found [item 1]' });
		expect(result.hints.map((h) => h.message).join(' ')).toContain('FluentCart did not say which products it copied');
	});

	it('fails naming the item without Continue On Fail, after the others were copied', async () => {
		const [a, b] = products(2);
		const result = await run('duplicateBulk', [{ id: a }, { id: 999999 }, { id: b }], false);
		expect(result.error?.message).toBe('Product 999999 was not found [item 1]');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.error?.description).toContain('The other items were processed: 2 of 3 succeeded');
		expect(sentIds()).toEqual([a, b]);
	});

	it('rejects a bad ID before anything is sent', async () => {
		const [a] = products(1);
		const result = await run('duplicateBulk', [{ id: a }, { id: 'abc' }], false);
		expect(result.error?.message).toBe('Product ID must be a whole number of 1 or more, got "abc" [item 1]');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Product → Delete Many', () => {
	it('deletes 500 products in 5 requests of 100; one in a pending order and an unknown id fail alone', async () => {
		const ids = products(500);
		const held = ids[1];
		await holdInOrder(ctx, heldVariation(held));
		ctx.fake.resetLog();
		const result = await run('deleteBulk', [...ids.map((id) => ({ id })), { id: 999999 }], true);
		expect(result.error).toBeUndefined();
		expect(bulkWrites().map((r) => (r.body as { product_ids: unknown[] }).product_ids.length)).toEqual([100, 100, 100, 100, 100]);
		expect(bulkWrites()[0].body).toEqual({ action: 'delete_products', product_ids: ids.slice(0, 100) });
		expect([...sentIds()].sort((a, b) => a - b)).toEqual(ids);
		expect(reads()).toHaveLength(11);
		expect(result.items).toHaveLength(501);
		result.items.forEach((item, n) => expect(item.pairedItem).toEqual({ item: n }));
		expect(result.json.filter((json) => json.error).map((json) => json.error)).toEqual([
			`Product ${held} was not deleted [item 1]`,
			'Product 999999 was not found [item 500]',
		]);
		expect(String(result.json[1].description)).toContain(`The Product ID - ${held} cannot be deleted at the moment as there are pending orders`);
		expect(result.json[0]).toEqual({
			id: ids[0],
			deleted: true,
			title: 'Bulk Product 1',
			previous_status: 'publish',
			fluentCartMessage: `The Product ID - ${held} cannot be deleted at the moment as there are pending orders associated with it. And remaining product and its associated data have been deleted.`,
		});
		expect(result.json[100]).toMatchObject({ id: ids[100], deleted: true, fluentCartMessage: 'Selected product and associated data have been deleted' });
		expect(ids.filter((id) => ctx.fake.store.products.has(id))).toEqual([held]);
	});

	it('reports every product as not deleted when FluentCart deletes none (HTTP 500, code 400), and names the item without Continue On Fail', async () => {
		const [a, b] = products(2);
		await holdInOrder(ctx, heldVariation(a));
		await holdInOrder(ctx, heldVariation(b));
		ctx.fake.resetLog();
		const result = await run('deleteBulk', [{ id: a }, { id: b }], false);
		expect(bulkWrites()[0].status).toBe(500);
		expect(result.error?.message).toBe(`Product ${a} was not deleted [item 0]`);
		expect(result.error?.description).toContain('still there (publish)');
		expect(result.error?.description).toContain('The other items were processed: 0 of 2 succeeded');
		expect([ctx.fake.store.products.has(a), ctx.fake.store.products.has(b)]).toEqual([true, true]);
	});

	it('sends nothing for a batch of unknown ids (FluentCart would answer "Selected action is invalid")', async () => {
		const result = await run('deleteBulk', [{ id: 999998 }, { id: 999999 }], true);
		expect(bulkWrites()).toHaveLength(0);
		expect(result.json.map((json) => json.error)).toEqual(['Product 999998 was not found [item 0]', 'Product 999999 was not found [item 1]']);
	});

	it('says the outcome is unknown when the read-back fails, without failing the items', async () => {
		const [a] = products(1);
		let written = false;
		ctx.fake.faultHook = (method, path) => {
			if (method === 'POST' && path.endsWith('products/do-bulk-action')) written = true;
			else if (written && method === 'GET' && path.endsWith('/products')) return { kind: 'status', status: 500 };
			return undefined;
		};
		const result = await run('deleteBulk', [{ id: a }], false);
		ctx.fake.faultHook = undefined;
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ id: a, written: true, readBack: 'failed' });
		expect(result.hints[0].message).toContain('the bulk action was sent, but reading the products back failed');
		expect(ctx.fake.store.products.has(a)).toBe(false);
	});

	it('stops after a batch the site failed on: the later batches are not sent', async () => {
		const ids = products(150);
		ctx.fake.injectFault({ method: 'POST', path: /products\/do-bulk-action$/, times: 1, fault: { kind: 'status', status: 503 } });
		const result = await run('deleteBulk', ids.map((id) => ({ id })), true);
		expect(bulkWrites()).toHaveLength(1);
		expect(result.json).toHaveLength(150);
		expect(result.json[0].error).toBeDefined();
		expect(result.json[100]).toMatchObject({ error: `Product ${ids[100]} was not sent: an earlier batch failed [item 100]` });
		expect(ids.every((id) => ctx.fake.store.products.has(id))).toBe(true);
	});
});
