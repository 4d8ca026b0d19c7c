/**
 * Money on every FluentCart version: the same decimals typed into the node are stored as the same
 * cents, whichever unit the site's version takes. Each amount is read back from the fake through
 * FluentCart's own API, not from what the node returned.
 */
import type { IDataObject } from 'n8n-workflow';

import { productParams, variationParams } from '../helpers/catalog';
import { recordFigure } from '../helpers/capture';
import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (parameters: IDataObject) => runFluentCart({ credentials: ctx.credentials, parameters });
const get = async (path: string) => (await ctx.api.get(path)).data as IDataObject;
const storedVariation = async (productId: number, variationId: number) => {
	const pricing = await get(`products/${productId}/pricing`);
	const variants = ((pricing.product as IDataObject).variants ?? []) as IDataObject[];
	return variants.find((v) => Number(v.id) === variationId)!;
};

const stored: Record<string, number> = {};
afterAll(() =>
	recordFigure(
		`money on FluentCart ${suiteVersion()}`,
		`refund 5.50 → ${stored.refund} cents, variation 24.50 → ${stored.variation} cents, product 24.50 → ${stored.product} cents (read back)`,
	),
);

describe(`typed decimals are stored as the same cents on FluentCart ${suiteVersion()}`, () => {
	it('Refund 5.50 (partial), then the rest (full)', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const partial = await run(orderParams('refund', { orderId: rl(id), amount: '5.50' }));
		expect(partial.error).toBeUndefined();
		const afterPartial = (await get(`orders/${id}`)).order as IDataObject;
		stored.refund = Number(afterPartial.total_refund);
		expect(stored.refund).toBe(550);
		expect(partial.json[0]).toMatchObject({ amount: 550, refund_read_back: 'as asked', refunded_cents_read_back: 550 });

		const full = await run(orderParams('refund', { orderId: rl(id) }));
		expect(full.error).toBeUndefined();
		const afterFull = (await get(`orders/${id}`)).order as IDataObject;
		expect(Number(afterFull.total_refund)).toBe(3998);
		expect(afterFull.payment_status).toBe('refunded');
	});

	it('Variation Create at 24.50 and Update to 25.75', async () => {
		const created = await run(variationParams('create', { productId: rl(6), variationTitle: 'XXL', price: '24.50', additionalFields: { compareAtPrice: '29.99' } }));
		expect(created.error).toBeUndefined();
		const id = Number(created.json[0].id);
		const afterCreate = await storedVariation(6, id);
		stored.variation = Number(afterCreate.item_price);
		expect([stored.variation, Number(afterCreate.compare_price)]).toEqual([2450, 2999]);

		const updated = await run(variationParams('update', { variationId: rl(id), updateFields: { price: '25.75' } }));
		expect(updated.error).toBeUndefined();
		const afterUpdate = await storedVariation(6, id);
		// The compare-at price the node sent back unchanged is unchanged.
		expect([Number(afterUpdate.item_price), Number(afterUpdate.compare_price)]).toEqual([2575, 2999]);
	});

	it('Product Create with a price, then a pricing update', async () => {
		const created = await run(productParams('create', { title: 'Lab Poster', fulfillmentType: 'physical', price: '24.50' }));
		expect(created.error).toBeUndefined();
		const productId = Number(created.json[0].id);
		const pricing = (await get(`products/${productId}/pricing`)).product as IDataObject;
		const variant = (pricing.variants as IDataObject[])[0];
		stored.product = Number(variant.item_price);
		expect(stored.product).toBe(2450);

		const updated = await run(productParams('update', { productId: rl(productId), updateFields: { price: '19.99', compareAtPrice: '24.99' } }));
		expect(updated.error).toBeUndefined();
		const after = await storedVariation(productId, Number(variant.id));
		expect([Number(after.item_price), Number(after.compare_price)]).toEqual([1999, 2499]);
	});

	it('Order Create with and without a shipping total', async () => {
		const withShipping = await run(
			orderParams('create', { customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 1 }] }, additionalFields: { shippingTotal: '4.99' } }),
		);
		expect(withShipping.error).toBeUndefined();
		const a = (await get(`orders/${Number(withShipping.json[0].id)}`)).order as IDataObject;
		expect([Number(a.shipping_total), Number(a.total_amount)]).toEqual([499, 1999 + 499]);

		const without = await run(orderParams('create', { customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 1 }] } }));
		expect(without.error).toBeUndefined();
		const b = (await get(`orders/${Number(without.json[0].id)}`)).order as IDataObject;
		expect([Number(b.shipping_total), Number(b.total_amount)]).toEqual([0, 1999]);
	});

	it('Coupon Create with a fixed 5.50 off', async () => {
		const result = await run({
			resource: 'coupon',
			operation: 'create',
			title: 'Five fifty',
			code: 'FIVE50',
			type: 'fixed',
			amount: '5.50',
			status: 'active',
		});
		expect(result.error).toBeUndefined();
		const coupon = (await get(`coupons/${Number(result.json[0].id)}`)).coupon as IDataObject;
		expect(Number(coupon.amount)).toBe(550);
	});
});
