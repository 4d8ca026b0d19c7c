/**
 * Variation → Update: FluentCart's `POST products/variants/{id}` replaces the whole variation
 * (stock fields left out are overwritten, images left out deleted) and reads the id from the body.
 * One changed field must leave every other field as it was.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Row } from '../fake/store';
import { createVariation, variationParams } from '../helpers/catalog';
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
	runFluentCart({ credentials: ctx.credentials, parameters: variationParams('update', { simplify: false, ...extra }) });

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const without = (row: Row | undefined, keys: string[]) => {
	const copy = clone(row ?? {});
	for (const key of keys) delete copy[key];
	return copy;
};

/** A variation with every field set: prices, cost, SKU, managed stock held by orders, images… */
async function richVariation(): Promise<number> {
	const created = await createVariation(ctx, {
		post_id: 4,
		variation_title: 'Lab T-Shirt L',
		sku: 'TSHIRT-L',
		item_price: 21.5,
		compare_price: 25,
		item_cost: 7.3,
		manage_cost: 'true',
		fulfillment_type: 'physical',
		manage_stock: 1,
		stock_status: 'in-stock',
		total_stock: 12,
		available: 9,
		committed: 2,
		on_hold: 1,
		other_info: { payment_type: 'onetime', description: 'Large, cotton', weight: 0.3, weight_unit: 'kg' },
	});
	const id = Number(created.id);
	const media = await ctx.api.post(`products/variants/${id}/setMedia`, {
		media: [{ id: 71, title: 'front', url: 'https://shop.example.com/uploads/tshirt-l.png' }],
	});
	expect(media.status).toBe(200);
	return id;
}

describe('Variation → Update keeps the whole record', () => {
	it('changes the title and leaves every other column, the images and the stock as they were', async () => {
		const id = await richVariation();
		const before = clone(ctx.fake.store.variations.get(id)!);
		const mediaBefore = clone(ctx.fake.store.variationMedia.get(id));
		const others = clone([1, 2, 3].map((n) => ctx.fake.store.variations.get(n)));
		ctx.fake.resetLog();

		const result = await run({ variationId: rl(id), updateFields: { title: 'Lab T-Shirt Large' } });
		expect(result.error).toBeUndefined();
		// The prices go back in the site's unit: the version is read once, before anything else. The
		// variation is read again just before the whole-record write (nothing moved).
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET plugins/fluent-cart/fluent-cart',
			'GET variants',
			'GET variants',
			`POST products/variants/${id}`,
		]);

		const after = ctx.fake.store.variations.get(id)!;
		expect(after.variation_title).toBe('Lab T-Shirt Large');
		expect(without(after, ['variation_title', 'updated_at', 'other_info'])).toEqual(
			without(before, ['variation_title', 'updated_at', 'other_info']),
		);
		// FluentCart adds its two bundle keys to other_info on every update; nothing else changes.
		expect(after.other_info).toEqual({ ...(before.other_info as Row), is_bundle_product: 'no', bundle_child_ids: [] });
		expect(ctx.fake.store.variationMedia.get(id)).toEqual(mediaBefore);
		expect([1, 2, 3].map((n) => ctx.fake.store.variations.get(n))).toEqual(others);
		expect(result.json[0]).toMatchObject({ id, variation_title: 'Lab T-Shirt Large', thumbnail: 'https://shop.example.com/uploads/tshirt-l.png' });
	});

	it('sends the id in the body too: FluentCart ignores the one in the URL', async () => {
		const id = await richVariation();
		await run({ variationId: rl(id), updateFields: { sku: 'TSHIRT-LG' } });
		const sent = ctx.fake.requestsTo('POST', /products\/variants\/\d+$/)[0];
		expect(sent.path).toBe(`products/variants/${id}`);
		expect((sent.body as { variants: IDataObject }).variants.id).toBe(id);
		// On the fake as on FluentCart, the body id wins over the URL's.
		const other = await ctx.api.post('products/variants/999', {
			variants: { ...(sent.body as { variants: IDataObject }).variants, sku: 'TSHIRT-XXL' },
		});
		expect(other.status).toBe(200);
		expect(ctx.fake.store.variations.get(id)?.sku).toBe('TSHIRT-XXL');
	});

	it('shows why: a bare update wipes SKU, price, stock, description and images', async () => {
		const id = await richVariation();
		const bare = await ctx.api.post(`products/variants/${id}`, {
			variants: { id, post_id: 4, variation_title: 'Lab T-Shirt L', total_stock: 0, available: 0, committed: 0, on_hold: 0 },
		});
		expect(bare.status).toBe(200);
		expect(ctx.fake.store.variations.get(id)).toMatchObject({ sku: null, item_price: 0, compare_price: 0, total_stock: 0, manage_stock: '0' });
		expect(ctx.fake.store.variationMedia.has(id)).toBe(false);
	});

	it('keeps a subscription’s terms and setup fee (cents in FluentCart, sent back as a decimal)', async () => {
		const membership = ctx.fake.store.variations.get(3)!;
		membership.other_info = { ...(membership.other_info as Row), manage_setup_fee: 'yes', signup_fee: 500, signup_fee_name: 'Joining fee' };
		const result = await run({ variationId: rl(3), updateFields: { price: '12' } });
		expect(result.error).toBeUndefined();
		const sent = (ctx.fake.requestsTo('POST', /variants/)[0].body as { variants: IDataObject }).variants;
		expect(sent).toMatchObject({ item_price: wireMoney(ctx, 12), other_info: { signup_fee: wireMoney(ctx, 5), repeat_interval: 'monthly' } });
		expect(ctx.fake.store.variations.get(3)).toMatchObject({
			item_price: 1200,
			payment_type: 'subscription',
			other_info: { repeat_interval: 'monthly', manage_setup_fee: 'yes', signup_fee: 500, signup_fee_name: 'Joining fee' },
		});
	});
});

describe('Variation → Update fields', () => {
	it('sets price and compare-at price as decimals; FluentCart stores cents', async () => {
		const result = await run({ variationId: rl(1), updateFields: { price: '17.5', compareAtPrice: '30' }, simplify: true });
		expect(result.json[0]).toMatchObject({ id: 1, item_price: 1750, compare_price: 3000, sku: 'TSHIRT-M' });
	});

	it('removes the compare-at price with 0, and refuses one below the price before writing', async () => {
		await run({ variationId: rl(1), updateFields: { compareAtPrice: '0' } });
		expect(ctx.fake.store.variations.get(1)).toMatchObject({ item_price: 1999, compare_price: 0 });
		ctx.fake.resetLog();
		const low = await run({ variationId: rl(1), updateFields: { compareAtPrice: '10' } });
		expect(low.error?.message).toMatch(/Compare-at Price \(10\) is lower than the Price \(19.99\)/);
		expect(ctx.fake.requestsTo('POST', /variants/)).toHaveLength(0);
	});

	it('sets stock, and with Manage Stock the stock status follows the available count', async () => {
		await run({ variationId: rl(1), updateFields: { manageStock: true, totalStock: 3, availableStock: 0 } });
		expect(ctx.fake.store.variations.get(1)).toMatchObject({
			manage_stock: '1',
			total_stock: 3,
			available: 0,
			stock_status: 'out-of-stock',
		});
	});

	it('refuses more available than total stock, counting the stock already there', async () => {
		const result = await run({ variationId: rl(2), updateFields: { totalStock: 5 } });
		expect(result.error?.message).toMatch(/Available Stock \(8\) is more than Total Stock \(5\)/);
		expect(ctx.fake.requestsTo('POST', /variants/)).toHaveLength(0);
	});

	it('turns a one-time variation into a subscription, which needs a billing interval', async () => {
		const missing = await run({ variationId: rl(1), updateFields: { paymentType: 'subscription' } });
		expect(missing.error?.message).toMatch(/Billing Interval is required for a subscription/);
		const result = await run({
			variationId: rl(1),
			updateFields: { paymentType: 'subscription', billingInterval: 'quarterly', trialDays: 7 },
			simplify: true,
		});
		expect(result.json[0]).toMatchObject({ payment_type: 'subscription', billing_interval: 'quarterly', trial_days: 7 });
		expect(ctx.fake.store.variations.get(1)?.payment_type).toBe('subscription');
	});

	it('reports a missing variation before writing', async () => {
		const result = await run({ variationId: rl(999), updateFields: { title: 'X' } });
		expect(result.error?.message).toBe('The variation was not found');
		expect(result.error?.httpCode).toBe('404');
		expect(ctx.fake.requestsTo('POST', /variants/)).toHaveLength(0);
	});

	it.each([
		[{}, /Update Fields is empty/],
		[{ price: 'ten' }, /Price must be a plain decimal number such as 19.99/],
		[{ title: '={{ "" }}' }, /Title is empty/],
		[{ description: 'd'.repeat(256) }, /Description is 256 characters long; FluentCart allows at most 255/],
		[{ availableStock: -2 }, /Available Stock must be at least 0, got -2/],
	])('rejects %j before any request', async (updateFields, message) => {
		const result = await run({ variationId: rl(1), updateFields });
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
