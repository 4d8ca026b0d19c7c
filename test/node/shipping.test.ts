/**
 * Shipping → Get Shipping Methods / Get Shipping Quote through n8n-core against the fake, with the
 * lab's set-up (a US zone with a flat 4.99 per order and a free method for California) plus a
 * per_price (percent) method in a German zone. Money: the method's amount is a decimal, its charge
 * cents; node version 1 outputs them as FluentCart answers, version 2 both as decimals.
 */
import type { IDataObject } from 'n8n-workflow';

import { addShippingMethod, addShippingZone } from '../fake/routes/shipping';
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	const us = Number(addShippingZone(ctx.fake, 'US Zone', 'US').id);
	addShippingMethod(ctx.fake, us, { title: 'Flat US', type: 'flat_rate', amount: '4.99' });
	addShippingMethod(ctx.fake, us, { title: 'Free in California', type: 'free_shipping', states: ['CA'] });
	const de = Number(addShippingZone(ctx.fake, 'Germany', 'DE').id);
	addShippingMethod(ctx.fake, de, { title: 'Ten percent', type: 'flat_rate', amount: '10', configureRate: 'per_price' });
	Object.assign(ctx.fake.store.variations.get(2)!, { fulfillment_type: 'physical', item_price: 2575 });
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const items = { item: [{ variationId: 2, quantity: 2 }] };
const run = (parameters: IDataObject, typeVersion?: number) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'shipping', ...parameters }, typeVersion });

describe(`Shipping (FluentCart ${suiteVersion()})`, () => {
	it('Get Shipping Methods: the methods for a US address in California, charged for the items (version 1: as FluentCart answers)', async () => {
		const result = await run({ operation: 'getMethods', countryCode: 'us', state: 'ca', items });
		expect(result.error).toBeUndefined();
		expect(result.json).toEqual([
			{
				country_code: 'US',
				state: 'CA',
				methods: [
					{ id: 1, title: 'Flat US', type: 'flat_rate', zone_id: 1, configure_rate: 'per_order', amount: 4.99, states: [], available: true, shipping_charge: 499 },
					{ id: 2, title: 'Free in California', type: 'free_shipping', zone_id: 1, configure_rate: null, amount: 0, states: ['CA'], available: true, shipping_charge: 0 },
				],
			},
		]);
		// One indexed entry per item, as PHP reads it.
		expect(ctx.fake.requests[0].rawQuery).toBe('?country_code=US&state=CA&order_items[0][id]=2&order_items[0][quantity]=2');
	});

	it('version 2: the rate and the charge both as decimals; a percent rate stays a percent', async () => {
		const us = await run({ operation: 'getMethods', countryCode: 'US', items }, 2);
		expect((us.json[0].methods as IDataObject[])[0]).toMatchObject({ amount: 4.99, shipping_charge: 4.99 });
		const de = await run({ operation: 'getMethods', countryCode: 'DE', items }, 2);
		// 10 % of 2 × 25.75
		expect(de.json[0].methods).toEqual([expect.objectContaining({ title: 'Ten percent', configure_rate: 'per_price', amount: 10, shipping_charge: 5.15 })]);
	});

	it('without a state, state-limited methods are unavailable; listed only when asked for', async () => {
		const result = await run({ operation: 'getMethods', countryCode: 'US', items, includeUnavailable: true });
		expect((result.json[0].methods as IDataObject[]).map((m) => m.title)).toEqual(['Flat US']);
		expect((result.json[0].unavailable_methods as IDataObject[]).map((m) => [m.title, m.available])).toEqual([
			['Free in California', false],
			['Ten percent', false],
		]);
		const plain = await run({ operation: 'getMethods', countryCode: 'US', items });
		expect(plain.json[0]).not.toHaveProperty('unavailable_methods');
	});

	it('refuses a country that is not a two-letter code before asking', async () => {
		const result = await run({ operation: 'getMethods', countryCode: 'USA' });
		expect(result.error?.message).toBe('Country Code must be a two-letter country code, got "USA" [item 0]');
		expect(ctx.fake.requests).toEqual([]);
	});

	it('Get Shipping Quote: the charge of one method for the items, in total and per item', async () => {
		const result = await run({ operation: 'getQuote', shippingMethodId: '1', items });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toEqual({
			shipping_method_id: 1,
			shipping_method: 'Flat US',
			shipping_charge: 499,
			items: [{ variation_id: 2, quantity: 2, unit_price: 2575, shipping_charge: 0, fulfillment_type: 'physical' }],
		});
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET orders/shipping_methods', 'POST orders/calculate-shipping']);
		expect(ctx.fake.requests[1].body).toEqual({ shipping_id: 1, order_items: [{ id: 2, quantity: 2 }] });
		const decimal = await run({ operation: 'getQuote', shippingMethodId: '1', items }, 2);
		expect(decimal.json[0]).toMatchObject({ shipping_charge: 4.99, items: [expect.objectContaining({ unit_price: 25.75 })] });
	});

	it('Get Shipping Quote refuses an unknown method (FluentCart fails with a PHP error) and an empty basket, without posting', async () => {
		const unknown = await run({ operation: 'getQuote', shippingMethodId: '99', items });
		expect(unknown.error?.message).toBe('Shipping Method ID 99 is not an enabled shipping method [item 0]');
		const empty = await run({ operation: 'getQuote', shippingMethodId: '1' });
		expect(empty.error?.message).toBe('Items is empty [item 0]');
		const zero = await run({ operation: 'getQuote', shippingMethodId: '1', items: { item: [{ variationId: 2, quantity: 0 }] } });
		expect(zero.error?.message).toBe('Item 1: Quantity must be at least 1, got 0 [item 0]');
		const twice = await run({ operation: 'getQuote', shippingMethodId: '1', items: { item: [{ variationId: 2, quantity: 1 }, { variationId: 2, quantity: 3 }] } });
		expect(twice.error?.message).toBe('Item 2: Variation 2 is already in Items [item 0]');
		expect(ctx.fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
	});

	it('Get Shipping Quote fails on a variation FluentCart left out of the quote (it does not know it)', async () => {
		const result = await run({ operation: 'getQuote', shippingMethodId: '1', items: { item: [{ variationId: 2, quantity: 1 }, { variationId: 999, quantity: 1 }] } });
		expect(result.error?.message).toBe('Variation 999 does not exist in FluentCart [item 0]');
	});
});
