/**
 * Updates while the shop moves. Another client pays an order, sells stock or edits a record exactly
 * between two of the node's requests (the fake is gated, no timer), and the node's update must not
 * undo it:
 * - Product → Update never sends the stock, so a sale at any moment stands;
 * - the whole-record updates (order, variation, customer, coupon) read the record again just
 *   before the write and refuse, sending nothing, when anything moved since the first read;
 * - the one round trip left between that re-read and the write is reported on orders when a
 *   payment lands there.
 */
import type { IDataObject } from 'n8n-workflow';

import { createProduct, createVariation, productParams, variationParams } from '../helpers/catalog';
import { runFluentCart } from '../helpers/engine';
import { createOrder, paidStatus, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { changeBefore } from '../helpers/gate';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const is = (method: string, path: string) => (m: string, p: string) => m === method && p === `fluent-cart/v2/${path}`;

async function payElsewhere(orderId: number): Promise<void> {
	const paid = await ctx.api.post(`orders/${orderId}/mark-as-paid`, {
		payment_method: 'offline_payment',
		vendor_charge_id: `elsewhere-${orderId}`,
		transaction_type: 'charge',
	});
	expect(paid.status).toBe(200);
}

async function sellElsewhere(productId: number, variationId: number, available: number): Promise<void> {
	const sold = await ctx.api.put(`products/${productId}/update-inventory/${variationId}`, { total_stock: 20, available });
	expect(sold.status).toBe(200);
}

const order = (id: number) => ctx.fake.store.orders.get(id)!;

/**
 * An order that stays editable once paid: physical, so payment leaves it processing. FluentCart 1.3
 * stores REST orders as digital (completed once paid); the lab made them physical with a
 * whole-record update (live-order-update-fulfillment-physical), done here on the store.
 */
async function physicalOrder(): Promise<number> {
	const id = await createOrder(ctx);
	order(id).fulfillment_type = 'physical';
	return id;
}

describe('Order → Update while the order is paid', () => {
	const update = (id: number, updateFields: IDataObject) =>
		runFluentCart({ credentials: ctx.credentials, parameters: orderParams('update', { simplify: false, orderId: rl(id), updateFields }) });

	it('refuses, sending nothing, when a payment lands between its read and its re-read: the payment stands', async () => {
		const id = await createOrder(ctx);
		ctx.fake.resetLog();
		const gate = changeBefore(ctx.fake, is('GET', `orders/${id}`), 2, async () => await payElsewhere(id));

		const result = await update(id, { invoiceNo: 'MANUAL-9' });
		expect(gate.done()).toBe(true);
		expect(result.error?.message).toMatch(new RegExp(`^Order ${id} changed in FluentCart while this update was being prepared \\(.*payment_status: "pending" → "paid".*\\)\\. Nothing was sent \\[item 0\\]$`));
		expect(result.error?.description).toMatch(/Run the node again/);
		expect(ctx.fake.requestsTo('POST', new RegExp(`^orders/${id}$`))).toHaveLength(0);
		expect(order(id)).toMatchObject({ payment_status: 'paid', status: paidStatus(ctx, id), invoice_no: 'INV-1' });
	});

	it('applies the change on top once run again', async () => {
		const id = await physicalOrder();
		changeBefore(ctx.fake, is('GET', `orders/${id}`), 2, async () => await payElsewhere(id));
		expect((await update(id, { invoiceNo: 'MANUAL-9' })).error).toBeDefined();
		const again = await update(id, { invoiceNo: 'MANUAL-9' });
		expect(again.error).toBeUndefined();
		expect(order(id)).toMatchObject({ payment_status: 'paid', status: paidStatus(ctx, id), invoice_no: 'MANUAL-9' });
		expect(again.json[0].concurrent_change_warning).toBeUndefined();
	});

	it('says so when a payment lands in the one round trip between the re-read and the write', async () => {
		const id = await physicalOrder();
		changeBefore(ctx.fake, is('POST', `orders/${id}`), 1, async () => await payElsewhere(id));

		const result = await update(id, { invoiceNo: 'MANUAL-9' });
		expect(result.error).toBeUndefined();
		// What FluentCart does with such a write (recorded: live-order-update-stale-after-payment).
		expect(order(id)).toMatchObject({ payment_status: 'pending', invoice_no: 'MANUAL-9' });
		expect(Number(order(id).total_paid)).toBe(3998);
		expect(result.json[0].concurrent_change_warning).toBe(
			`A payment or refund was recorded on order ${id} while this update was being written (total_paid 0 → 3998). The update wrote back the status and payment status read just before it (on-hold, pending): check both in FluentCart.`,
		);
		expect(result.hints.map((h) => h.message)).toContain(`Item 0: ${String(result.json[0].concurrent_change_warning)}`);
	});

	it('changes only the note without sending the payment fields at all', async () => {
		const id = await createOrder(ctx);
		changeBefore(ctx.fake, is('POST', 'notes/attach'), 1, async () => await payElsewhere(id));
		const result = await update(id, { note: 'Ring twice' });
		expect(result.error).toBeUndefined();
		expect(order(id)).toMatchObject({ payment_status: 'paid', status: paidStatus(ctx, id), note: 'Ring twice' });
		expect(result.json[0].concurrent_change_warning).toBeUndefined();
	});
});

describe('Product → Update while stock sells', () => {
	it('never sends the stock, so a sale between its read and its write stands', async () => {
		const { productId, variationId } = await createProduct(ctx, 'Lab Lamp', 'physical', 'publish');
		await sellElsewhere(productId, variationId, 18);
		ctx.fake.resetLog();
		changeBefore(ctx.fake, is('POST', `products/${productId}/pricing`), 1, async () => await sellElsewhere(productId, variationId, 17));

		const result = await runFluentCart({
			credentials: ctx.credentials,
			parameters: productParams('update', { simplify: false, productId: rl(productId), updateFields: { title: 'Lab Lamp Deluxe' } }),
		});
		expect(result.error).toBeUndefined();
		const sent = ctx.fake.requestsTo('POST', /pricing$/)[0].body as { variants: IDataObject[] };
		for (const column of ['total_stock', 'available', 'committed', 'on_hold', 'manage_stock', 'stock_status']) {
			expect(sent.variants[0]).not.toHaveProperty(column);
		}
		expect(ctx.fake.store.variations.get(variationId)).toMatchObject({ available: 17, total_stock: 20 });
		expect(ctx.fake.store.products.get(productId)?.post_title).toBe('Lab Lamp Deluxe');
	});
});

describe('Variation → Update while stock sells', () => {
	const update = (id: number, updateFields: IDataObject) =>
		runFluentCart({ credentials: ctx.credentials, parameters: variationParams('update', { simplify: false, variationId: rl(id), updateFields }) });

	it('refuses, sending nothing, when a sale lands between its read and its re-read: the sale stands', async () => {
		const created = await createVariation(ctx, {
			post_id: 4,
			variation_title: 'Lab T-Shirt L',
			item_price: 21.5,
			fulfillment_type: 'physical',
			manage_stock: 1,
			stock_status: 'in-stock',
			total_stock: 20,
			available: 18,
			committed: 0,
			on_hold: 0,
			other_info: { payment_type: 'onetime' },
		});
		const id = Number(created.id);
		ctx.fake.resetLog();
		changeBefore(ctx.fake, is('GET', 'variants'), 2, async () => await sellElsewhere(4, id, 17));

		const result = await update(id, { title: 'Lab T-Shirt Large' });
		expect(result.error?.message).toMatch(new RegExp(`^Variation ${id} changed in FluentCart .*available: 18 → 17.*Nothing was sent`));
		expect(ctx.fake.requestsTo('POST', /^products\/variants\//)).toHaveLength(0);
		expect(ctx.fake.store.variations.get(id)).toMatchObject({ available: 17, variation_title: 'Lab T-Shirt L' });
	});
});

describe('Customer and Coupon → Update while another edit lands', () => {
	it('refuses a customer update, sending nothing, when the customer changed since its read', async () => {
		const other = async () => {
			const current = (await ctx.api.get('customers/1')).data as { customer: IDataObject };
			const put = await ctx.api.put('customers/1', { ...current.customer, id: 1, notes: 'VIP since today' });
			expect(put.status).toBe(200);
		};
		changeBefore(ctx.fake, is('GET', 'customers/1'), 2, other);
		const result = await runFluentCart({
			credentials: ctx.credentials,
			parameters: { resource: 'customer', operation: 'update', customerId: rl(1), updateFields: { city: 'Marylebone' } },
		});
		expect(result.error?.message).toMatch(/^Customer 1 changed in FluentCart .*notes: .* → "VIP since today".*Nothing was sent/);
		expect(ctx.fake.store.customers.get(1)).toMatchObject({ notes: 'VIP since today', city: 'London' });
	});

	it('refuses a coupon update, sending nothing, when the coupon changed since its read', async () => {
		const created = await ctx.api.post('coupons', {
			title: 'Spring',
			code: 'SPRING10',
			type: 'percentage',
			amount: 10,
			status: 'active',
			stackable: 'no',
			show_on_checkout: 'no',
			notes: '',
		});
		expect(created.status).toBe(200);
		const id = Number((created.data as { data: IDataObject }).data.id);
		const other = async () => {
			const current = await ctx.api.get(`coupons/${id}`);
			expect(current.status).toBe(200);
			const edited = await ctx.api.put(`coupons/${id}`, { title: 'Spring', code: 'SPRING10', type: 'percentage', amount: 15, status: 'active', stackable: 'no', show_on_checkout: 'no', notes: '' });
			expect(edited.status).toBe(200);
		};
		changeBefore(ctx.fake, is('GET', `coupons/${id}`), 2, other);
		const result = await runFluentCart({
			credentials: ctx.credentials,
			parameters: { resource: 'coupon', operation: 'update', couponId: rl(id), updateFields: { title: 'Spring Sale' } },
		});
		expect(result.error?.message).toMatch(new RegExp(`^Coupon ${id} changed in FluentCart .*amount: 10 → 15.*Nothing was sent`));
		expect(ctx.fake.store.table('coupons').get(id)).toMatchObject({ title: 'Spring' });
	});
});
