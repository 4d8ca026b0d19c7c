/**
 * Contract: for each Product and Variation operation, the request the node sends has the method,
 * path, query and body of the request recorded against a real FluentCart 1.3.25. Whole-record
 * updates send more than the recorded request (every field FluentCart would otherwise reset),
 * so for those the recorded body must be contained in ours.
 */
import type { IDataObject } from 'n8n-workflow';

import { createProduct, productParams, variationParams } from '../helpers/catalog';
import { expectLikeBothRecorded, expectLikeRecorded, lastSent } from '../helpers/contract';
import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

/** The last request with this method (the operation's write, or its list read). */
const sentBy = (method: string) => lastSent(ctx.fake, method);
const expectLike = expectLikeRecorded;

const product = (operation: string, extra: IDataObject, credentials = ctx.credentials) =>
	runFluentCart({ credentials, parameters: productParams(operation, extra) });
const variation = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: variationParams(operation, extra) });

describe('Product requests match the recorded ones', () => {
	it.each([
		['product-create-physical', 'extra-product-create-physical-variation-type-simple', 'Lab T-Shirt', 'physical'],
		['product-create-digital', 'extra-product-create-digital-variation-type-simple', 'Lab Pro Membership', 'digital'],
		['product-create-throwaway', undefined, 'Throwaway', 'digital'],
	])('Create → %s.json (and %s.json of 1.5.2)', async (name, adapted, title, fulfillmentType) => {
		const result = await product('create', { title, fulfillmentType });
		expect(result.error).toBeUndefined();
		expectLikeBothRecorded({ '1.3.25': name, '1.5.2': adapted }, sentBy('POST'), {
			detail: { fulfillment_type: fulfillmentType, variation_type: 'simple' },
		});
	});

	it('Create never sends the invalid body of error-422-product-validation.json', async () => {
		const result = await product('create', { title: '={{ "" }}', fulfillmentType: 'box' });
		expect(result.error?.message).toMatch(/Title is empty/);
		const typo = await product('create', { title: 'Box', fulfillmentType: '={{ "box" }}' });
		expect(typo.error?.message).toMatch(/Fulfillment Type "box" is not one FluentCart knows/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('Get → product-pricing-get.json (the editor payload, not products/{id})', async () => {
		await product('get', { productId: rl(4) });
		await expectLike('product-pricing-get', sentBy('GET'));
		expect(ctx.fake.requests.map((r) => r.path)).not.toContain('products/4');
	});

	it('Get Many → products-list.json', async () => {
		await product('getAll', { returnAll: false, limit: 10 });
		await expectLike('products-list', sentBy('GET'));
	});

	it('Get Many on an empty shop → products-list-empty.json', async () => {
		ctx.fake.store.products.clear();
		const result = await product('getAll', { returnAll: true });
		expect(result.json).toEqual([]);
		await expectLike('products-list-empty', sentBy('GET'));
	});

	it('Get Many with details and variations → products-list-with-detail-variants.json', async () => {
		await product('getAll', { returnAll: false, limit: 1, listOptions: { includeVariations: true } });
		await expectLike('products-list-with-detail-variants', sentBy('GET'));
	});

	it('Get Many with a search → products-search.json', async () => {
		await product('getAll', { returnAll: false, limit: 10, filters: { search: 'shirt' } });
		await expectLike('products-search', sentBy('GET'));
	});

	it('Get Many with Plain Permalinks → rest-route-query-form.json', async () => {
		await product('getAll', { returnAll: false, limit: 10 }, { ...ctx.credentials, plainPermalinks: true } as never);
		const sent = sentBy('GET');
		expect(sent.urlForm).toBe('rest_route');
		await expectLike('rest-route-query-form', sent);
	});

	it('Update → product-pricing-update.json (recorded body contained in the whole record)', async () => {
		// The recorded state: product 4 a draft whose only variation (SKU TSHIRT-M) costs 0.
		ctx.fake.store.variations.delete(2);
		Object.assign(ctx.fake.store.products.get(4)!, { post_status: 'draft' });
		Object.assign(ctx.fake.store.variations.get(1)!, { item_price: 0, compare_price: 0 });
		const result = await product('update', {
			productId: rl(4),
			updateFields: { status: 'publish', price: '19.99', compareAtPrice: '24.99' },
		});
		expect(result.error).toBeUndefined();
		await expectLike('product-pricing-update', sentBy('POST'), 'contains');
	});

	it('Update of a subscription product → product-pricing-subscription.json (contained)', async () => {
		Object.assign(ctx.fake.store.variations.get(3)!, { item_price: 0 });
		const result = await product('update', { productId: rl(6), updateFields: { status: 'publish', price: '9' } });
		expect(result.error).toBeUndefined();
		await expectLike('product-pricing-subscription', sentBy('POST'), 'contains');
	});

	it('Delete → product-delete.json', async () => {
		// Products 4 and 6 are seeded, so the throwaway gets id 8 as on the recorded site.
		const { productId } = await createProduct(ctx, 'Throwaway', 'digital');
		expect(productId).toBe(8);
		ctx.fake.resetLog();
		await product('delete', { productId: rl(8) });
		await expectLike('product-delete', sentBy('DELETE'));
	});
});

describe('Variation requests match the recorded ones', () => {
	it('Create → variant-create.json', async () => {
		// The recorded state: product 4 with its first variation only (TSHIRT-XL not taken yet).
		ctx.fake.store.variations.delete(2);
		const result = await variation('create', {
			productId: rl(4),
			variationTitle: 'Lab T-Shirt XL',
			price: '21.50',
			additionalFields: { sku: 'TSHIRT-XL', totalStock: 10 },
		});
		expect(result.error).toBeUndefined();
		await expectLike('variant-create', sentBy('POST'));
	});

	it('Create always sends the stock fields error-422-variant-missing-stock-fields.json lacks', async () => {
		await variation('create', { productId: rl(4), variationTitle: 'Lab T-Shirt XL', price: '21.50' });
		const sent = sentBy('POST').body as { variants: IDataObject };
		const missing = Object.keys(fixture('error-422-variant-missing-stock-fields').response as IDataObject).map((k) =>
			k.replace('variants.', ''),
		);
		expect(missing).toEqual(['total_stock', 'available', 'committed', 'on_hold']);
		for (const field of missing) expect(sent.variants[field]).toBe(0);
	});

	it('Update → variant-update.json (recorded body contained in the whole record)', async () => {
		// The recorded state: variation 2 at 21.50 with 10 in stock.
		Object.assign(ctx.fake.store.variations.get(2)!, { item_price: 2150, total_stock: 10, available: 10 });
		const result = await variation('update', {
			variationId: rl(2),
			updateFields: { price: '22', totalStock: 8, availableStock: 8 },
		});
		expect(result.error).toBeUndefined();
		await expectLike('variant-update', sentBy('POST'), 'contains');
	});

	it('Get Many → variants-list.json', async () => {
		await variation('getAll', { returnAll: true });
		await expectLike('variants-list', sentBy('GET'));
	});
});
