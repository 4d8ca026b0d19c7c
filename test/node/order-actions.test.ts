/**
 * Order → Update, Mark as Paid, Refund, Update Status, Change Customer.
 */
import type { IDataObject } from 'n8n-workflow';
import { orderRow } from '../fake/routes/order-shapes';
import { runFluentCart } from '../helpers/engine';
import { completeOrder, createOrder, markPaid, paidStatus, startFake, wireMoney } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';
import { at } from '../helpers/shape';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: orderParams(operation, { simplify: false, ...extra }) });

describe('Order → Update', () => {
	it('changes one field and keeps every other field of the record (FluentCart nulls omitted ones)', async () => {
		const id = await createOrder(ctx, [{ variation: 1, quantity: 2 }, { variation: 2, quantity: 1 }], {
			note: 'leave at the door',
			shipping_total: 495,
		});
		const before = orderRow(ctx.fake.store.orders.get(id)!);
		const withoutStamp = (rows: Record<string, unknown>[]) => rows.map((row) => ({ ...row, updated_at: '' }));
		const itemsBefore = withoutStamp(ctx.fake.store.itemsOf(id));
		ctx.fake.resetLog();

		const result = await run('update', { orderId: rl(id), updateFields: { invoiceNo: 'MANUAL-7' } });
		expect(result.error).toBeUndefined();

		const after = orderRow(ctx.fake.store.orders.get(id)!);
		expect(after.invoice_no).toBe('MANUAL-7');
		expect({ ...after, invoice_no: '', updated_at: '' }).toEqual({ ...before, invoice_no: '', updated_at: '' });
		expect(withoutStamp(ctx.fake.store.itemsOf(id))).toEqual(itemsBefore);
		expect(result.json[0]).toMatchObject({ invoice_no: 'MANUAL-7', note: 'leave at the door', total_amount: 6693 });
		// Read, read again just before the whole-record write (nothing moved), write, read back.
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET orders/${id}`,
			`GET orders/${id}`,
			`POST orders/${id}`,
			`GET orders/${id}`,
		]);
	});

	it('shows why merging matters: a bare update would have wiped the order', async () => {
		const id = await createOrder(ctx, undefined, { note: 'keep me' });
		const bare = await ctx.api.post(`orders/${id}`, { customer_id: 1, order_items: [] , invoice_no: 'X' });
		expect(bare.status).toBe(422);
		await ctx.api.post(`orders/${id}`, { customer_id: 1, order_items: [{ id: 1 }], invoice_no: 'X' });
		const wiped = ctx.fake.store.orders.get(id)!;
		expect([wiped.note, wiped.status, wiped.payment_status]).toEqual([null, null, null]);
	});

	it('moves the total with a new shipping charge (decimal in, cents stored)', async () => {
		const id = await createOrder(ctx);
		const result = await run('update', { orderId: rl(id), updateFields: { shippingTotal: '4.95' } });
		expect(result.json[0]).toMatchObject({ shipping_total: 495, total_amount: 3998 + 495, note: '' });
	});

	it('refuses to edit a completed order before sending anything', async () => {
		const id = await createOrder(ctx);
		await completeOrder(ctx, id);
		ctx.fake.resetLog();
		const result = await run('update', { orderId: rl(id), updateFields: { note: 'x', invoiceNo: 'INV-X' } });
		expect(result.error?.message).toMatch(/is completed, and FluentCart does not allow editing completed orders/);
		expect(result.error?.description).toMatch(/Only its Note can be changed/);
		expect(ctx.fake.requestsTo('POST', /./)).toHaveLength(0);
	});

	it('changes only the note through notes/attach, which writes that one column (completed orders too)', async () => {
		const id = await createOrder(ctx, undefined, { note: 'old' });
		await completeOrder(ctx, id);
		const before = orderRow(ctx.fake.store.orders.get(id)!);
		ctx.fake.resetLog();
		const result = await run('update', { orderId: rl(id), updateFields: { note: 'Gift wrap please' } });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST notes/attach', `GET orders/${id}`]);
		expect(ctx.fake.requests[0].body).toEqual({ order_id: id, note: 'Gift wrap please' });
		const after = orderRow(ctx.fake.store.orders.get(id)!);
		expect({ ...after, note: '', updated_at: '' }).toEqual({ ...before, note: '', updated_at: '' });
		expect(result.json[0]).toMatchObject({ id, note: 'Gift wrap please', status: 'completed' });
	});

	it('asks for at least one field', async () => {
		const result = await run('update', { orderId: rl(1), updateFields: {} });
		expect(result.error?.message).toMatch(/Update Fields is empty/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Order → Mark as Paid', () => {
	it('pays the order, keeps its note, and returns the updated order', async () => {
		const id = await createOrder(ctx, undefined, { note: 'call before delivery' });
		ctx.fake.resetLog();
		const result = await run('markPaid', { orderId: rl(id), markPaidOptions: { vendorChargeId: 'bank-2291' } });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({
			// Physical goods: completed on 1.3 (stored as digital), processing from 1.4.
			status: paidStatus(ctx, id),
			payment_status: 'paid',
			total_paid: 3998,
			invoice_no: 'INV-1',
			note: 'call before delivery',
		});
		const sent = ctx.fake.requestsTo('POST', /mark-as-paid/)[0].body;
		expect(sent).toEqual({
			payment_method: 'offline_payment',
			transaction_type: 'charge',
			vendor_charge_id: 'bank-2291',
			mark_paid_note: 'call before delivery',
		});
		expect(at(result.json[0], 'transactions.0.vendor_charge_id')).toBe('bank-2291');
		expect(ctx.fake.events.map((e) => e.event)).toContain('order_paid_done');
	});

	it('says so when the order is already paid, without sending anything', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		ctx.fake.resetLog();
		const result = await run('markPaid', { orderId: rl(id) });
		expect(result.error?.message).toMatch(/has already been paid: nothing is due/);
		expect(result.error?.description).toMatch(/Skip If Already Paid/);
		expect(ctx.fake.requestsTo('POST', /mark-as-paid/)).toHaveLength(0);
	});

	it('passes paid orders through with Skip If Already Paid', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		ctx.fake.resetLog();
		const result = await run('markPaid', { orderId: rl(id), markPaidOptions: { skipIfPaid: true } });
		expect(result.json[0]).toMatchObject({ id, alreadyPaid: true, payment_status: 'paid' });
		expect(ctx.fake.requestsTo('POST', /mark-as-paid/)).toHaveLength(0);
	});

	it('treats FluentCart’s 423 “already paid” (paid in the meantime) like an already paid order', async () => {
		const id = await createOrder(ctx);
		const paidMeanwhile = fixture('error-423-order-already-paid');
		ctx.fake.injectFault({ method: 'POST', path: /mark-as-paid/, fault: { kind: 'status', status: 423, body: paidMeanwhile.response } });
		const skipped = await run('markPaid', { orderId: rl(id), markPaidOptions: { skipIfPaid: true } });
		expect(skipped.json[0]).toMatchObject({ id, alreadyPaid: true });
		const failed = await run('markPaid', { orderId: rl(id) });
		expect(failed.error?.message).toBe('Order has already been paid');
		expect(failed.error?.httpCode).toBe('423');
	});

	it('refuses canceled orders', async () => {
		const id = await createOrder(ctx);
		await ctx.api.put(`orders/${id}/statuses`, { action: 'change_order_status', statuses: { order_status: 'canceled' } });
		const result = await run('markPaid', { orderId: rl(id) });
		expect(result.error?.message).toMatch(/is canceled/);
	});
});

describe('Order → Refund', () => {
	it('refunds everything still refundable by default and flags the offline gateway', async () => {
		const id = await createOrder(ctx, [{ variation: 1, quantity: 3 }]);
		await markPaid(ctx, id);
		ctx.fake.resetLog();
		const result = await run('refund', { orderId: rl(id), refundOptions: { reason: 'damaged' } });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requestsTo('POST', /refund/)[0].body).toEqual({
			refund_info: { transaction_id: 1, amount: wireMoney(ctx, 59.97), reason: 'damaged' },
		});
		expect(result.json[0]).toMatchObject({
			order_id: id,
			transaction_id: 1,
			amount: 5997,
			currency: 'USD',
			gateway_refunded: false,
			order_payment_status: 'refunded',
			order_total_refund: 5997,
		});
		expect(result.json[0].warning).toMatch(/payment gateway did not return the money/);
		expect(result.hints[0].message).toMatch(/FluentCart recorded the refund of 59.97 USD, but the payment gateway did not return the money/);
		expect(ctx.fake.events.map((e) => e.event)).toContain('order_fully_refunded');
	});

	it('refunds part of an order, then only the rest remains refundable', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const first = await run('refund', { orderId: rl(id), amount: '10' });
		expect(first.json[0]).toMatchObject({ amount: 1000, order_payment_status: 'partially_refunded' });
		ctx.fake.resetLog();
		const tooMuch = await run('refund', { orderId: rl(id), amount: '30.00' });
		expect(tooMuch.error?.message).toMatch(/Amount 30 is more than the refundable 29.98 USD/);
		expect(ctx.fake.requestsTo('POST', /refund/)).toHaveLength(0);
		const rest = await run('refund', { orderId: rl(id) });
		expect(rest.json[0]).toMatchObject({ amount: 2998, order_payment_status: 'refunded' });
	});

	it.each([
		['abc', /plain decimal number/],
		['-5', /cannot be negative/],
		['0', /greater than 0/],
		['1.234', /more than 2 decimals/],
	])('rejects the amount %j before any request', async (amount, message) => {
		const result = await run('refund', { orderId: rl(1), amount });
		expect(result.error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('passes on FluentCart’s 422 validation map with every field named', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const invalid = fixture('error-422-refund-validation');
		ctx.fake.injectFault({ method: 'POST', path: /refund/, fault: { kind: 'status', status: 422, body: invalid.response } });
		const result = await run('refund', { orderId: rl(id) });
		expect(result.error?.message).toBe('FluentCart rejected the data: transaction_id: Transaction ID is required');
		expect(result.error?.description).toMatch(/Fields with problems: transaction_id, amount/);
		expect(result.error?.httpCode).toBe('422');
	});

	it('refuses unpaid orders', async () => {
		const id = await createOrder(ctx);
		const result = await run('refund', { orderId: rl(id) });
		expect(result.error?.message).toMatch(/has no succeeded payment to refund \(payment status: pending\)/);
	});

	it('refuses a transaction that is not a payment of the order', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const result = await run('refund', { orderId: rl(id), refundOptions: { transactionId: 42 } });
		expect(result.error?.message).toMatch(/Transaction ID 42 is not a succeeded payment/);
		expect(result.error?.description).toMatch(/Refundable payments of this order: 1/);
	});

	it('sends the subscription and restock switches the way FluentCart reads them', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		ctx.fake.resetLog();
		await run('refund', { orderId: rl(id), amount: '1', refundOptions: { cancelSubscription: true, manageStock: true } });
		expect(at(ctx.fake.requestsTo('POST', /refund/)[0].body, 'refund_info')).toEqual({
			transaction_id: 1,
			amount: wireMoney(ctx, 1),
			manageStock: true,
			cancelSubscription: 'true',
		});
	});
});

describe('Order → Update Status', () => {
	it('changes the order status', async () => {
		const id = await createOrder(ctx);
		const result = await run('updateStatus', { orderId: rl(id), statusType: 'order', orderStatus: 'processing' });
		expect(result.json[0]).toMatchObject({ id, status: 'processing' });
		expect(ctx.fake.store.orders.get(id)!.status).toBe('processing');
	});

	it('changes the shipping status and fires Order Shipped', async () => {
		const id = await createOrder(ctx);
		const result = await run('updateStatus', { orderId: rl(id), statusType: 'shipping', shippingStatus: 'shipped' });
		expect(result.json[0]).toMatchObject({ shipping_status: 'shipped' });
		expect(ctx.fake.events.map((e) => e.event)).toContain('shipping_status_changed_to_shipped');
	});

	it('sends the restock choice when canceling', async () => {
		const id = await createOrder(ctx);
		ctx.fake.resetLog();
		await run('updateStatus', { orderId: rl(id), statusType: 'order', orderStatus: 'canceled', manageStock: false });
		expect(ctx.fake.requests[0].body).toEqual({
			action: 'change_order_status',
			statuses: { order_status: 'canceled' },
			manage_stock: false,
		});
	});

	it('rejects an unknown status from an expression before any request', async () => {
		const result = await run('updateStatus', { orderId: rl(1), statusType: 'shipping', shippingStatus: '={{ "lost" }}' });
		expect(result.error?.message).toMatch(/Shipping Status "lost" is not one FluentCart knows/);
		expect(result.error?.description).toMatch(/unshipped, shipped, delivered, unshippable/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('treats the status the order already has as done: FluentCart’s HTTP 500 {code: 400} “same status”', async () => {
		const id = await createOrder(ctx);
		ctx.fake.resetLog();
		const result = await run('updateStatus', { orderId: rl(id), statusType: 'order', orderStatus: 'on-hold' });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ id, status: 'on-hold', changed: false });
		expect(result.json[0].message).toMatch(/already has this status/);
		// FluentCart was asked once and refused; nothing else was written.
		expect(ctx.fake.requestsTo('PUT', /statuses$/).map((r) => r.status)).toEqual([500]);
		expect(ctx.fake.appliedWrites).toHaveLength(0);
	});

	it('says a real change happened with changed: true', async () => {
		const id = await createOrder(ctx);
		const result = await run('updateStatus', { orderId: rl(id), statusType: 'order', orderStatus: 'processing' });
		expect(result.json[0]).toMatchObject({ id, status: 'processing', changed: true });
	});

	it('reports a missing order (FluentCart answers 403 for it)', async () => {
		const result = await run('updateStatus', { orderId: rl(404), statusType: 'order', orderStatus: 'processing' });
		expect(result.error?.message).toBe('The order was not found');
		expect(result.error?.httpCode).toBe('404');
	});
});

describe('Order → Change Customer', () => {
	beforeEach(() => {
		const ada = ctx.fake.store.customers.get(1)!;
		ctx.fake.store.customers.set(2, { ...ada, id: 2, email: 'grace@example.test', first_name: 'Grace', last_name: 'Hopper' });
	});

	it('moves the order to another customer', async () => {
		const id = await createOrder(ctx);
		const result = await run('changeCustomer', { orderId: rl(id), customerId: rl(2) });
		expect(result.json[0]).toMatchObject({ id, customer_id: 2, message: 'Customer changed successfully' });
		expect(at(result.json[0], 'customer.email')).toBe('grace@example.test');
	});

	it('reports an unknown customer', async () => {
		const id = await createOrder(ctx);
		const result = await run('changeCustomer', { orderId: rl(id), customerId: rl(99) });
		expect(result.error?.message).toBe('The customer was not found');
	});
});
