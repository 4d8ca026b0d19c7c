/**
 * Variation → Create, Get, Get Many, Delete against the fake FluentCart through n8n's engine.
 * (Update is in variation-update.test.ts.)
 */
import type { IDataObject } from 'n8n-workflow';

import { holdInOrder, variationParams } from '../helpers/catalog';
import { runFluentCart } from '../helpers/engine';
import { startFake, wireMoney } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: variationParams(operation, extra) });

const sentVariant = () => (ctx.fake.requestsTo('POST', /products\/variants$/)[0].body as { variants: IDataObject }).variants;

describe('Variation → Create', () => {
	it('adds a one-time variation with the product’s fulfillment type and no stock held', async () => {
		const result = await run('create', { productId: rl(6), variationTitle: 'Lifetime', price: '99.50' });
		expect(result.error).toBeUndefined();
		expect(sentVariant()).toEqual({
			post_id: 6,
			variation_title: 'Lifetime',
			item_price: wireMoney(ctx, 99.5),
			fulfillment_type: 'digital',
			total_stock: 0,
			available: 0,
			committed: 0,
			on_hold: 0,
			other_info: { payment_type: 'onetime' },
		});
		expect(result.json[0]).toMatchObject({
			id: 4,
			product_id: 6,
			title: 'Lifetime',
			item_price: 9950,
			compare_price: 0,
			payment_type: 'onetime',
			fulfillment_type: 'digital',
			stock_status: 'in-stock',
		});
		expect(ctx.fake.store.variations.get(4)).toMatchObject({ item_price: 9950, post_id: 6 });
	});

	it('creates a subscription with interval, installments, trial and a decimal setup fee', async () => {
		const result = await run('create', {
			productId: rl(6),
			variationTitle: 'Yearly',
			price: '90',
			paymentType: 'subscription',
			billingInterval: 'yearly',
			additionalFields: { installments: 3, trialDays: 14, setupFee: '5.00', setupFeeName: 'Joining fee', compareAtPrice: '108' },
		});
		expect(result.error).toBeUndefined();
		expect(sentVariant()).toMatchObject({
			item_price: wireMoney(ctx, 90),
			compare_price: wireMoney(ctx, 108),
			other_info: {
				payment_type: 'subscription',
				repeat_interval: 'yearly',
				times: 3,
				trial_days: 14,
				manage_setup_fee: 'yes',
				signup_fee: wireMoney(ctx, 5),
				signup_fee_name: 'Joining fee',
			},
		});
		expect(result.json[0]).toMatchObject({
			payment_type: 'subscription',
			billing_interval: 'yearly',
			installments: '3',
			trial_days: 14,
			signup_fee: 500,
			signup_fee_name: 'Joining fee',
			item_price: 9000,
			compare_price: 10800,
		});
	});

	it('manages stock when asked, sending the stock status FluentCart requires with it', async () => {
		const result = await run('create', {
			productId: rl(4),
			variationTitle: 'Lab T-Shirt S',
			price: '19.99',
			additionalFields: { manageStock: true, totalStock: 5, availableStock: 4, sku: 'TSHIRT-S', description: 'Small' },
		});
		expect(sentVariant()).toMatchObject({ manage_stock: 1, stock_status: 'in-stock', total_stock: 5, available: 4, sku: 'TSHIRT-S' });
		expect(result.json[0]).toMatchObject({ manage_stock: true, total_stock: 5, available: 4, sku: 'TSHIRT-S', description: 'Small' });
		// Product 4 is a simple product: its storefront shows one variation only.
		expect(result.hints.map((h) => h.message)).toEqual([expect.stringMatching(/^Product 4 is a simple product/)]);
	});

	it('passes on FluentCart’s validation, e.g. a SKU already in use', async () => {
		const result = await run('create', {
			productId: rl(4),
			variationTitle: 'Another XL',
			price: '1',
			additionalFields: { sku: 'TSHIRT-XL' },
		});
		expect(result.error?.message).toBe('FluentCart rejected the data: variants.sku: The SKU must be unique.');
		expect(result.error?.httpCode).toBe('422');
	});

	it('reports a missing product before creating anything', async () => {
		const result = await run('create', { productId: rl(999), variationTitle: 'X', price: '1' });
		expect(result.error?.message).toBe('Product not found');
		expect(ctx.fake.requestsTo('POST', /variants/)).toHaveLength(0);
	});

	it.each([
		[{ price: '={{ "" }}' }, /Price is empty/],
		[{ price: '-1' }, /Price cannot be negative/],
		[{ price: '10', additionalFields: { compareAtPrice: '9.99' } }, /Compare-at Price \(9.99\) is lower than the Price \(10\)/],
		[{ price: '10', additionalFields: { sku: 'S'.repeat(31) } }, /SKU is 31 characters long; FluentCart allows at most 30/],
		[{ price: '10', additionalFields: { totalStock: 2, availableStock: 3 } }, /Available Stock \(3\) is more than Total Stock \(2\)/],
		[{ price: '10', additionalFields: { trialDays: 400 } }, /Trial Days must be at most 365, got 400/],
		[{ price: '10', paymentType: 'subscription', billingInterval: '={{ "" }}' }, /Billing Interval is required for a subscription/],
		[{ price: '10', additionalFields: { fulfillmentType: '={{ "box" }}' } }, /Fulfillment Type "box" is not one FluentCart knows/],
	])('rejects %j before any request', async (fields, message) => {
		const result = await run('create', { productId: rl(4), variationTitle: 'Lab T-Shirt S', ...fields });
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Variation → Get', () => {
	it('finds a variation by ID, simplified or raw', async () => {
		const simple = await run('get', { variationId: rl(2) });
		expect(simple.json[0]).toMatchObject({ id: 2, product_id: 4, title: 'Lab T-Shirt XL', item_price: 2200, sku: 'TSHIRT-XL' });
		const raw = await run('get', { variationId: rl(2), simplify: false });
		expect(raw.json[0]).toMatchObject({ id: 2, formatted_total: '&#36;22.00', other_info: { is_bundle_product: 'no' } });
	});

	it('reports a missing variation as not found', async () => {
		const result = await run('get', { variationId: rl(999) });
		expect(result.error?.message).toBe('The variation was not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('rejects a variation ID that is not a number before any request', async () => {
		const result = await run('get', { variationId: rl('={{ "abc" }}') });
		expect(result.error?.message).toMatch(/Variation ID must be a whole number of 1 or more, got "abc"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Variation → Get Many', () => {
	it('lists every variation of the shop from FluentCart’s single list', async () => {
		const result = await run('getAll', { returnAll: true });
		expect(result.json.map((v) => v.id)).toEqual([1, 2, 3]);
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET variants']);
	});

	it.each([
		[{ productId: 4 }, [1, 2]],
		[{ paymentType: 'subscription' }, [3]],
		[{ search: 'xl' }, [2]],
		[{ search: 'tshirt-m' }, [1]],
		[{ productId: 6, paymentType: 'onetime' }, []],
	])('filters by %j', async (filters, ids) => {
		const result = await run('getAll', { returnAll: true, filters });
		expect(result.json.map((v) => v.id)).toEqual(ids);
	});

	it('stops at the limit and gives raw rows without Simplify', async () => {
		const result = await run('getAll', { returnAll: false, limit: 2, simplify: false });
		expect(result.json.map((v) => v.id)).toEqual([1, 2]);
		expect(result.json[0]).toHaveProperty('formatted_total', '&#36;19.99');
	});

	it('rejects a product filter that is not an ID before any request', async () => {
		const result = await run('getAll', { returnAll: true, filters: { productId: -4 } });
		expect(result.error?.message).toMatch(/Product ID must be a whole number of 1 or more, got -4/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Variation → Delete', () => {
	it('deletes a variation and answers {deleted: true}', async () => {
		const result = await run('delete', { variationId: rl(2) });
		expect(result.json[0]).toEqual({
			deleted: true,
			id: 2,
			product_id: 4,
			message: 'Selected pricing and associated data has been deleted',
		});
		expect(ctx.fake.store.variations.has(2)).toBe(false);
	});

	it('refuses to delete the only variation of a product before sending anything', async () => {
		const result = await run('delete', { variationId: rl(3) });
		expect(result.error?.message).toMatch(/Variation 3 is the only variation of product 6/);
		expect(ctx.fake.requestsTo('DELETE', /variants/)).toHaveLength(0);
	});

	it('reports a missing variation as not found', async () => {
		const result = await run('delete', { variationId: rl(999) });
		expect(result.error?.message).toBe('The variation was not found');
		expect(ctx.fake.requestsTo('DELETE', /variants/)).toHaveLength(0);
	});

	it('passes on FluentCart’s refusal while an on-hold order holds it (HTTP 500, code 400)', async () => {
		await holdInOrder(ctx, 2);
		const result = await run('delete', { variationId: rl(2) });
		expect(result.error?.message).toMatch(/^This pricing cannot be deleted at the moment/);
		expect(result.error?.httpCode).toBe('400');
		expect(ctx.fake.store.variations.has(2)).toBe(true);
	});
});
