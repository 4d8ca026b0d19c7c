/**
 * Order → Create, against the fake FluentCart through n8n's real engine.
 */
import type { IDataObject } from 'n8n-workflow';
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteAtLeast } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';
import { at } from '../helpers/shape';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const create = (extra: IDataObject, simplify = false) =>
	runFluentCart({
		credentials: ctx.credentials,
		parameters: orderParams('create', { customerId: rl(1), simplify, ...extra }),
	});

describe('Order → Create', () => {
	it('creates an order at the variation’s current price and returns the whole order', async () => {
		const result = await create({ lineItems: { item: [{ variationId: 1, quantity: 2 }] } });
		expect(result.error).toBeUndefined();
		const order = result.json[0];
		expect(order).toMatchObject({
			id: 1,
			status: 'on-hold',
			payment_status: 'pending',
			customer_id: 1,
			subtotal: 3998,
			total_amount: 3998,
			total_paid: 0,
		});
		expect(at(order, 'order_items.0.unit_price')).toBe(1999);
		expect(at(order, 'customer.email')).toBe('ada@example.test');
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(ctx.fake.requests.filter((r) => r.namespace === 'fluent-cart/v2').map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET variants',
			'POST orders',
			'GET orders/1',
		]);
	});

	it('keeps the note FluentCart’s create ignores: attached afterwards and read back', async () => {
		const result = await create({ lineItems: { item: [{ variationId: 1, quantity: 1 }] }, additionalFields: { note: 'Gift <b>wrap</b>\nplease' } });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ note: 'Gift wrap please', note_saved: true });
		expect(result.json[0].note_warning).toBeUndefined();
		const created = ctx.fake.requestsTo('POST', /orders$/)[0].body as Record<string, unknown>;
		expect(created.note).toBeUndefined();
		expect(ctx.fake.requestsTo('POST', /notes\/attach$/).map((r) => r.body)).toEqual([{ order_id: 1, note: 'Gift <b>wrap</b>\nplease' }]);
	});

	it('reports a note that could not be stored, without failing the created order', async () => {
		ctx.fake.injectFault({ method: 'POST', path: /notes\/attach$/, fault: { kind: 'status', status: 500 } });
		const result = await create({ lineItems: { item: [{ variationId: 1, quantity: 1 }] }, additionalFields: { note: 'Gift wrap' } });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ id: 1, note_saved: false });
		expect(String(result.json[0].note_warning)).toMatch(/^FluentCart created the order but did not store the note: .*Add it with Order → Update/);
	});

	it('an order of a physical product: kept physical from 1.4.0, and said so where FluentCart makes it digital', async () => {
		const physical = [...ctx.fake.store.variations.values()].find((v) => v.fulfillment_type === 'physical')!;
		const result = await create({ lineItems: { item: [{ variationId: Number(physical.id), quantity: 1 }] } });
		expect(result.error).toBeUndefined();
		const order = result.json[0];
		if (suiteAtLeast('1.4.0')) {
			expect(order).toMatchObject({ fulfillment_type: 'physical', shipping_status: 'unshipped' });
			expect(order.fulfillment_warning).toBeUndefined();
		} else {
			expect(order).toMatchObject({ fulfillment_type: 'digital', shipping_status: '' });
			expect(order.fulfillment_warning).toBe(
				`FluentCart stored this order as digital although it has physical products (${String(physical.variation_title)}): it has no shipping status, and Mark as Paid will set it to completed instead of processing. FluentCart before 1.4.0 does this with every order created through its API; 1.4.0 and later keep the physical type.`,
			);
		}
	});

	it('converts decimal prices, shipping and discounts into what FluentCart wants', async () => {
		const result = await create({
			lineItems: { item: [{ variationId: 1, quantity: 1, unitPrice: '15.50' }, { variationId: 2, quantity: 2 }] },
			additionalFields: { shippingTotal: '4.95', discountValue: '5', discountReason: 'loyal', note: 'gift wrap' },
		});
		expect(result.error).toBeUndefined();
		const sent = ctx.fake.requestsTo('POST', /orders$/)[0].body as Record<string, unknown>;
		// Line items and shipping in cents; the manual discount as a decimal.
		expect(at(sent, 'order_items.0.unit_price')).toBe(1550);
		expect(at(sent, 'order_items.1.unit_price')).toBe(2200);
		expect(sent.shipping_total).toBe(495);
		expect(at(sent, 'discount.value')).toBe(5);
		expect(sent.note).toBeUndefined();
		// 1550 + 2 × 2200 − 500 + 495
		expect(result.json[0].total_amount).toBe(5945);
		expect(result.json[0].manual_discount_total).toBe(500);
	});

	it('turns a percentage discount into the decimal amount', async () => {
		await create({
			lineItems: { item: [{ variationId: 2, quantity: 2 }] },
			additionalFields: { discountType: 'percentage', discountValue: '10' },
		});
		const sent = ctx.fake.requestsTo('POST', /orders$/)[0].body;
		expect(at(sent, 'discount.value')).toBe(4.4);
	});

	it('returns a simplified order by default', async () => {
		const result = await runFluentCart({
			credentials: ctx.credentials,
			parameters: orderParams('create', {
				customerId: rl(1),
				lineItems: { item: [{ variationId: 1, quantity: 1 }] },
			}),
		});
		const order = result.json[0];
		expect(Object.keys(order).length).toBeLessThanOrEqual(25);
		expect(order).toMatchObject({ id: 1, total_amount: 1999, customer: { id: 1, email: 'ada@example.test' } });
		expect(at(order, 'items.0')).toEqual({
			id: 1,
			product_id: 4,
			variation_id: 1,
			title: 'Lab T-Shirt',
			product_title: 'Lab T-Shirt',
			quantity: 1,
			unit_price: 1999,
			line_total: 1999,
		});
	});

	it.each([
		['no line items', { lineItems: { item: [] } }, /Line Items is empty/],
		['a variation ID that is not a number', { lineItems: { item: [{ variationId: 'abc', quantity: 1 }] } }, /Line item 1 Variation ID must be a whole number/],
		['a zero quantity', { lineItems: { item: [{ variationId: 1, quantity: 0 }] } }, /Line item 1 Quantity must be at least 1/],
		['a price with three decimals', { lineItems: { item: [{ variationId: 1, quantity: 1, unitPrice: '19.999' }] } }, /Unit Price has more than 2 decimals/],
		['a negative price', { lineItems: { item: [{ variationId: 1, quantity: 1, unitPrice: '-3' }] } }, /Unit Price cannot be negative/],
		['a negative shipping total', { lineItems: { item: [{ variationId: 1 }] }, additionalFields: { shippingTotal: '-1' } }, /Shipping Total cannot be negative/],
		['a percentage above 100', { lineItems: { item: [{ variationId: 1 }] }, additionalFields: { discountType: 'percentage', discountValue: '120' } }, /100 % or less/],
	])('rejects %s before any request', async (_label, extra, message) => {
		const result = await create(extra);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('rejects a customer ID from an expression that is not a positive number, before any request', async () => {
		const result = await create({ customerId: rl('={{ "-4" }}'), lineItems: { item: [{ variationId: 1 }] } });
		expect(result.error?.message).toMatch(/Customer ID must be a whole number of 1 or more, got "-4"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('refuses an unknown variation after looking it up, without creating anything', async () => {
		const result = await create({ lineItems: { item: [{ variationId: 99, quantity: 1 }] } });
		expect(result.error?.message).toMatch(/variation 99 does not exist/);
		expect(ctx.fake.requestsTo('POST', /orders/)).toHaveLength(0);
	});

	it('refuses subscription variations, which FluentCart does not take in manual orders', async () => {
		const result = await create({ lineItems: { item: [{ variationId: 3, quantity: 1 }] } });
		expect(result.error?.message).toMatch(/"Monthly" is a subscription variation/);
		expect(ctx.fake.requestsTo('POST', /orders/)).toHaveLength(0);
	});

	it('checks fractions against a zero-decimal store currency', async () => {
		ctx.fake.store.settings.currency = 'JPY';
		const result = await create({ lineItems: { item: [{ variationId: 1, quantity: 1, unitPrice: '500.5' }] } });
		expect(result.error?.message).toMatch(/whole number: JPY has no minor unit/);
		expect(ctx.fake.requestsTo('POST', /orders/)).toHaveLength(0);
		// Whole amounts need no currency lookup and are stored ×100 like every FluentCart amount.
		const ok = await create({ lineItems: { item: [{ variationId: 1, quantity: 1, unitPrice: '500' }] } });
		expect(ok.json[0].total_amount).toBe(50000);
	});

	it('surfaces FluentCart’s own refusal (unpublished product) with its message', async () => {
		ctx.fake.store.products.get(4)!.post_status = 'draft';
		const result = await create({ lineItems: { item: [{ variationId: 1, quantity: 1 }] } });
		expect(result.error?.message).toMatch(/is not available/);
		expect(result.error?.httpCode).toBe('500');
	});
});
