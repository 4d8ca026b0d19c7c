/**
 * Product → Update: FluentCart's `POST products/{id}/pricing` rewrites the post, the detail and the
 * first variation of simple products from what it is sent, so one changed field must leave every
 * other field of the product, its detail and every variation as it was.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Row } from '../fake/store';
import { createProduct, productParams } from '../helpers/catalog';
import { runFluentCart } from '../helpers/engine';
import { startFake, wireMoney } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: productParams('update', { simplify: false, ...extra }) });

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const without = (row: Row | undefined, keys: string[]) => {
	const copy = clone(row ?? {});
	for (const key of keys) delete copy[key];
	return copy;
};
const POST_DATES = ['post_date', 'post_date_gmt', 'post_modified', 'post_modified_gmt'];

/** Everything the fake holds about the catalog. */
function catalog() {
	const store = ctx.fake.store;
	return {
		products: clone(Object.fromEntries(store.products)),
		details: clone(Object.fromEntries(store.details)),
		variations: clone(Object.fromEntries(store.variations)),
		media: clone(Object.fromEntries(store.variationMedia)),
	};
}

/** A published simple product with everything set: prices, SKU, stock held by orders, texts, slug… */
async function richProduct(): Promise<{ productId: number; variationId: number }> {
	const { productId, variationId } = await createProduct(ctx, 'Lab Mug', 'physical', 'publish');
	const detail = ctx.fake.store.details.get(productId)!;
	const setup = await ctx.api.post(`products/${productId}/pricing`, {
		post_title: 'Lab Mug',
		post_status: 'publish',
		post_name: 'the-lab-mug',
		comment_status: 'open',
		post_excerpt: 'A mug for the lab.',
		post_content: '<p>Holds 350 ml.</p>',
		detail: { id: detail.id, post_id: productId, fulfillment_type: 'physical', variation_type: 'simple', default_variation_id: variationId },
		variants: [
			{
				id: variationId,
				post_id: productId,
				variation_title: 'Lab Mug',
				sku: 'MUG-1',
				item_price: wireMoney(ctx, 12.5),
				compare_price: wireMoney(ctx, 15),
				item_cost: wireMoney(ctx, 4.25),
				manage_cost: 'true',
				fulfillment_type: 'physical',
				other_info: { payment_type: 'onetime', description: 'White, 350 ml', weight: 0.4, weight_unit: 'kg' },
			},
		],
	});
	expect(setup.status).toBe(200);
	await ctx.api.put(`products/${productId}/update-inventory/${variationId}`, { total_stock: 20, available: 17 });
	// Three units held by orders.
	Object.assign(ctx.fake.store.variations.get(variationId)!, { committed: 2, on_hold: 1 });
	return { productId, variationId };
}

describe('Product → Update keeps the whole record', () => {
	it('changes the title and leaves every other field, the detail and every variation as they were', async () => {
		const { productId } = await richProduct();
		const before = catalog();
		ctx.fake.resetLog();

		const result = await run({ productId: rl(productId), updateFields: { title: 'Lab Mug Deluxe' } });
		expect(result.error).toBeUndefined();
		// The price goes back in the site's unit: the version is read once, before anything else.
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET plugins/fluent-cart/fluent-cart',
			`GET products/${productId}/pricing`,
			`POST products/${productId}/pricing`,
			`GET products/${productId}/pricing`,
		]);

		const after = catalog();
		expect(after.products[productId].post_title).toBe('Lab Mug Deluxe');
		// FluentCart itself sets every post date to "now" on this update.
		expect(without(after.products[productId], ['post_title', ...POST_DATES])).toEqual(
			without(before.products[productId], ['post_title', ...POST_DATES]),
		);
		expect(without(after.details[productId], ['updated_at'])).toEqual(without(before.details[productId], ['updated_at']));
		for (const id of Object.keys(before.variations)) {
			expect({ id, row: without(after.variations[id], ['updated_at']) }).toEqual({
				id,
				row: without(before.variations[id], ['updated_at']),
			});
		}
		expect(after.media).toEqual(before.media);
		for (const other of [4, 6]) expect(after.products[other]).toEqual(before.products[other]);
		expect(result.json[0]).toMatchObject({ post_title: 'Lab Mug Deluxe', post_name: 'the-lab-mug', comment_status: 'open' });
	});

	it('keeps the first variation of a simple product that holds FluentCart’s nulls and empty strings', async () => {
		// Product 4's first variation (by serial_index) is 2, with null other_info keys, "" and "0" columns.
		const before = catalog();
		const result = await run({ productId: rl(4), updateFields: { slug: 'lab-tee' } });
		expect(result.error).toBeUndefined();
		const sent = ctx.fake.requestsTo('POST', /pricing/)[0].body as { variants: IDataObject[] };
		expect(sent.variants.map((v) => v.id)).toEqual([2]);
		const after = catalog();
		for (const id of Object.keys(before.variations)) {
			expect(without(after.variations[id], ['updated_at'])).toEqual(without(before.variations[id], ['updated_at']));
		}
		expect(without(after.details[4], ['updated_at'])).toEqual(without(before.details[4], ['updated_at']));
		expect(after.products[4].post_name).toBe('lab-tee');
	});

	it('shows why: a bare update resets the slug, comment status, default variation and price', async () => {
		const { productId, variationId } = await richProduct();
		const detail = ctx.fake.store.details.get(productId)!;
		const bare = await ctx.api.post(`products/${productId}/pricing`, {
			post_title: 'Lab Mug',
			post_status: 'publish',
			detail: { id: detail.id, post_id: productId, fulfillment_type: 'physical', variation_type: 'simple' },
			variants: [{ id: variationId, post_id: productId, variation_title: 'Lab Mug', other_info: { payment_type: 'onetime' } }],
		});
		expect(bare.status).toBe(200);
		expect(ctx.fake.store.products.get(productId)).toMatchObject({ post_name: 'lab-mug', comment_status: 'closed' });
		expect(ctx.fake.store.details.get(productId)?.default_variation_id).toBeNull();
		expect(ctx.fake.store.variations.get(variationId)).toMatchObject({ item_price: 0, other_info: { payment_type: 'onetime' } });
	});

	it('keeps a subscription’s setup fee (cents in FluentCart, sent back as a decimal)', async () => {
		const membership = ctx.fake.store.variations.get(3)!;
		membership.other_info = { ...(membership.other_info as Row), manage_setup_fee: 'yes', signup_fee: 500, signup_fee_name: 'Joining fee' };
		const before = clone(membership);
		const result = await run({ productId: rl(6), updateFields: { excerpt: 'Monthly lab access.' } });
		expect(result.error).toBeUndefined();
		const sent = ctx.fake.requestsTo('POST', /pricing/)[0].body as { variants: IDataObject[] };
		expect(sent.variants[0]).toMatchObject({ item_price: wireMoney(ctx, 9), other_info: { signup_fee: wireMoney(ctx, 5), manage_setup_fee: 'yes' } });
		expect(without(ctx.fake.store.variations.get(3), ['updated_at'])).toEqual(without(before, ['updated_at']));
		expect(ctx.fake.store.products.get(6)?.post_excerpt).toBe('Monthly lab access.');
	});

	it('leaves the variations of a product with several variations untouched (none are sent)', async () => {
		ctx.fake.store.details.get(4)!.variation_type = 'simple_variations';
		const before = catalog();
		const result = await run({ productId: rl(4), updateFields: { status: 'private' } });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requestsTo('POST', /pricing/)[0].body).not.toHaveProperty('variants');
		expect(catalog().variations).toEqual(before.variations);
		expect(ctx.fake.store.products.get(4)).toMatchObject({ post_status: 'private', post_name: 'lab-t-shirt' });
	});
});

describe('Product → Update fields', () => {
	it('sets the price of a single-variation product as a decimal; FluentCart stores cents', async () => {
		const { productId, variationId } = await richProduct();
		const result = await run({ productId: rl(productId), updateFields: { price: '13.99' }, simplify: true });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.store.variations.get(variationId)).toMatchObject({ item_price: 1399, compare_price: 1500, total_stock: 20 });
		expect(result.json[0]).toMatchObject({ min_price: 1399, max_price: 1399, variations: [{ item_price: 1399, compare_price: 1500 }] });
	});

	it('removes the compare-at price with 0', async () => {
		const { productId, variationId } = await richProduct();
		await run({ productId: rl(productId), updateFields: { compareAtPrice: '0' } });
		expect(ctx.fake.store.variations.get(variationId)).toMatchObject({ item_price: 1250, compare_price: 0 });
	});

	it('refuses a price above the compare-at price before writing', async () => {
		const { productId } = await richProduct();
		ctx.fake.resetLog();
		const result = await run({ productId: rl(productId), updateFields: { price: '16' } });
		expect(result.error?.message).toMatch(/Compare-at Price \(15\) is lower than the Price \(16\)/);
		expect(ctx.fake.requestsTo('POST', /pricing/)).toHaveLength(0);
	});

	it('refuses a price for a product with several variations, pointing to Variation → Update', async () => {
		const result = await run({ productId: rl(4), updateFields: { price: '10' } });
		expect(result.error?.message).toMatch(/Product 4 has 2 variations, so it has no single price/);
		expect(result.error?.description).toBe('Change the price of each variation with Variation → Update.');
		expect(ctx.fake.requestsTo('POST', /pricing/)).toHaveLength(0);
	});

	it('turns a product and its variation digital', async () => {
		const { productId, variationId } = await richProduct();
		await run({ productId: rl(productId), updateFields: { fulfillmentType: 'digital' } });
		expect(ctx.fake.store.details.get(productId)?.fulfillment_type).toBe('digital');
		expect(ctx.fake.store.variations.get(variationId)?.fulfillment_type).toBe('digital');
	});

	it('moves every variation of a multi-variation product to the new fulfillment type', async () => {
		ctx.fake.store.details.get(4)!.variation_type = 'simple_variations';
		await run({ productId: rl(4), updateFields: { fulfillmentType: 'digital' } });
		expect([1, 2].map((id) => ctx.fake.store.variations.get(id)?.fulfillment_type)).toEqual(['digital', 'digital']);
		expect([1, 2].map((id) => ctx.fake.store.variations.get(id)?.item_price)).toEqual([1999, 2200]);
	});

	it('keeps a draft’s slug, which FluentCart would empty', async () => {
		const { productId } = await richProduct();
		await run({ productId: rl(productId), updateFields: { status: 'draft', description: '<p>New</p>' } });
		expect(ctx.fake.store.products.get(productId)).toMatchObject({
			post_status: 'draft',
			post_name: 'the-lab-mug',
			post_content: '<p>New</p>',
			post_excerpt: 'A mug for the lab.',
		});
	});

	it.each([
		[{}, /Update Fields is empty/],
		[{ price: '12,50' }, /Price must be a plain decimal number such as 19.99 \(got "12,50"\)/],
		[{ excerpt: Array(56).fill('word').join(' ') }, /Short Description has 56 words; FluentCart allows at most 55/],
		[{ title: '={{ "" }}' }, /Title is empty/],
		[{ status: '={{ "future" }}' }, /Status "future" is not one FluentCart knows/],
	])('rejects %j before any request', async (updateFields, message) => {
		const result = await run({ productId: rl(4), updateFields });
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('reports a missing product before writing', async () => {
		const result = await run({ productId: rl(999), updateFields: { title: 'X' } });
		expect(result.error?.message).toBe('Product not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requestsTo('POST', /pricing/)).toHaveLength(0);
	});
});
