/**
 * GT Extensions for FluentCart node against the fake GT Extensions on the fake WordPress.
 */
import type { IDataObject } from 'n8n-workflow';

import { GT_NS } from '../fake/routes/gt';
import { runGt } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const gt = (parameters: IDataObject, credentials: IDataObject = {}) =>
	runGt({ credentials: { ...ctx.credentials, ...credentials }, parameters });

const limits = (variation: string | number, min: number, max: number, step: number) =>
	gt({
		resource: 'variation',
		operation: 'setQuantityLimits',
		variationId: rl(variation),
		minQuantity: min,
		maxQuantity: max,
		quantityStep: step,
	});

describe('Product → Get Sold Count', () => {
	it('counts completed and processing orders (not units) that contain the product', async () => {
		const paid = await createOrder(ctx, [{ variation: 1, quantity: 3 }]);
		await markPaid(ctx, paid);
		const second = await createOrder(ctx, [{ variation: 2, quantity: 1 }]);
		await markPaid(ctx, second);
		await createOrder(ctx, [{ variation: 1, quantity: 5 }]); // on hold: not counted
		const result = await gt({ resource: 'product', operation: 'getSoldCount', productId: rl(4) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toEqual({
			product_id: 4,
			sold_count: 2,
			counts: 'orders',
			badge_html: '<span class="gtfc-sold-count">🔥 2 sold</span>',
		});
	});

	it('tells an unknown product apart from one that never sold', async () => {
		const unsold = await gt({ resource: 'product', operation: 'getSoldCount', productId: rl(6) });
		expect(unsold.json[0].sold_count).toBe(0);
		const unknown = await gt({ resource: 'product', operation: 'getSoldCount', productId: rl(999) });
		expect(unknown.error?.message).toBe('The product was not found');
	});
});

describe('Currency → Get Many', () => {
	it('returns one item per enabled currency with the store default marked', async () => {
		const result = await gt({ resource: 'currency', operation: 'getAll' });
		expect(result.json).toEqual([
			{ code: 'USD', sign: '$', is_default: true },
			{ code: 'EUR', sign: '€', is_default: false },
			{ code: 'GBP', sign: '£', is_default: false },
		]);
	});
});

describe('Variation → Set Currency', () => {
	it('normalises the code and stores it on the variation', async () => {
		const result = await gt({ resource: 'variation', operation: 'setCurrency', variationId: rl(2), currency: ' eur ' });
		expect(result.json[0]).toEqual({ variation_id: 2, success: true, currency: 'EUR' });
		expect((ctx.fake.store.variations.get(2)!.other_info as IDataObject).currency).toBe('EUR');
		expect(ctx.fake.requestsTo('POST', /currency$/)[0].body).toEqual({ currency: 'EUR' });
	});

	it('refuses a currency the site has not enabled, before sending', async () => {
		const result = await gt({ resource: 'variation', operation: 'setCurrency', variationId: rl(2), currency: 'JPY' });
		expect(result.error?.message).toMatch(/Currency "JPY" is not enabled in GT Extensions \[item 0\]/);
		expect(result.error?.description).toMatch(/Enabled currencies: USD, EUR, GBP/);
		expect(ctx.fake.requestsTo('POST', /./)).toHaveLength(0);
	});

	it('passes on the plugin’s own refusal (rest_invalid_param) when the check is off', async () => {
		const result = await gt({
			resource: 'variation',
			operation: 'setCurrency',
			variationId: rl(2),
			currency: 'JPY',
			checkEnabled: false,
		});
		expect(result.error?.message).toBe('GT Extensions rejected currency: currency: currency is not one of USD, EUR, GBP.');
		expect(result.error?.httpCode).toBe('400');
	});
});

describe('Variation → Set Quantity Limits', () => {
	it('sends integers and stores them on the variation', async () => {
		const result = await limits(1, 2, 10, 2);
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toEqual({ variation_id: 1, success: true, min_quantity: 2, max_quantity: 10, quantity_step: 2 });
		expect(result.hints).toEqual([]);
		expect(ctx.fake.requestsTo('POST', /quantity-limits/)[0].body).toEqual({
			min_quantity: 2,
			max_quantity: 10,
			quantity_step: 2,
		});
	});

	it('accepts 0 as "no maximum"', async () => {
		const result = await limits(1, 1, 0, 1);
		expect(result.json[0].max_quantity).toBe(0);
	});

	it('warns, without failing, when the step cannot reach the maximum', async () => {
		const result = await limits(1, 1, 12, 5);
		expect(result.error).toBeUndefined();
		expect(result.json[0].hint).toMatch(/never reaches the Maximum Quantity 12 .* at most 11/);
		expect(result.hints[0].message).toMatch(/^Variation 1: Quantity Step 5 never reaches/);
	});

	it('refuses a variation FluentCart does not have, before writing', async () => {
		const result = await limits(99, 1, 0, 1);
		expect(result.error?.message).toMatch(/Variation 99 does not exist in FluentCart/);
		expect(ctx.fake.requestsTo('POST', /./)).toHaveLength(0);
	});
});

describe('Variation → Set Button Text', () => {
	it('sets one or both texts, trimmed', async () => {
		const result = await gt({
			resource: 'variation',
			operation: 'setButtonText',
			variationId: rl(1),
			addToCartText: '  Add to basket ',
			buyNowText: '',
		});
		expect(ctx.fake.requestsTo('POST', /button-text/)[0].body).toEqual({ add_to_cart_text: 'Add to basket' });
		expect(result.json[0]).toMatchObject({ variation_id: 1, success: true, add_to_cart_text: 'Add to basket' });
	});
});

describe('errors from the site, in GT Extensions’ terms', () => {
	it('GT Extensions missing or its module off (rest_no_route)', async () => {
		ctx.fake.disabledNamespaces.add(GT_NS);
		const result = await gt({ resource: 'currency', operation: 'getAll' });
		expect(result.error?.message).toBe('GT Extensions is not active on this site (or the module is switched off)');
		expect(result.error?.description).toMatch(/switch on the module/);
	});

	it('a user without the Administrator role (rest_forbidden)', async () => {
		const worker = ctx.fake.store.users.find((u) => !u.isAdmin)!;
		const result = await gt(
			{ resource: 'currency', operation: 'getAll' },
			{ username: worker.username, password: worker.appPassword },
		);
		expect(result.error?.message).toBe('The WordPress user needs the Administrator role for GT Extensions');
		expect(result.error?.httpCode).toBe('403');
	});
});
