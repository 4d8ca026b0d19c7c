/**
 * Contract: for each Order operation, the request the node sends has the method, path and
 * body of the request recorded against a real FluentCart 1.3.25.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { expectLikeBothRecorded, expectLikeRecorded, lastSent } from '../helpers/contract';
import { fixture } from '../helpers/fixtures';
import { orderParams, rl } from '../helpers/params';
import { shapeDiff } from '../helpers/shape';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

/** The one write (or the last request) the node made for the operation. */
const sentBy = (method: string) => lastSent(ctx.fake, method);
const expectLike = expectLikeRecorded;

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: orderParams(operation, extra) });

describe('Order requests match the recorded ones', () => {
	it('Create → order-create.json', async () => {
		await run('create', { customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 2 }] } });
		expectLikeBothRecorded({ '1.3.25': 'order-create', '1.5.2': 'extra-order-create-adapted' }, sentBy('POST'), { shipping_total: 0 });
	});

	it('Create with a price override → order-create-to-cancel.json', async () => {
		await run('create', { customerId: rl(1), lineItems: { item: [{ variationId: 2, quantity: 1, unitPrice: '22.00' }] } });
		expectLikeBothRecorded({ '1.3.25': 'order-create-to-cancel', '1.5.2': 'extra-order-create-to-cancel-adapted' }, sentBy('POST'), {
			shipping_total: 0,
		});
	});

	it('Get → order-get.json', async () => {
		await createOrder(ctx);
		ctx.fake.resetLog();
		await run('get', { orderId: rl(1) });
		await expectLike('order-get', sentBy('GET'));
	});

	it('Get Many → orders-list.json', async () => {
		await run('getAll', { returnAll: false, limit: 10 });
		await expectLike('orders-list', sentBy('GET'));
	});

	it('Get Many with a search → orders-search.json', async () => {
		await run('getAll', { returnAll: false, limit: 10, filters: { search: 'ada' } });
		await expectLike('orders-search', sentBy('GET'));
	});

	it('Mark as Paid → order-mark-paid.json', async () => {
		await createOrder(ctx);
		await run('markPaid', { orderId: rl(1), markPaidOptions: { vendorChargeId: 'lab-cash-001', note: 'paid at lab' } });
		await expectLike('order-mark-paid', sentBy('POST'));
	});

	it('Mark as Paid with no options → order-mark-paid-for-webhook.json (shape)', async () => {
		await createOrder(ctx);
		await run('markPaid', { orderId: rl(1) });
		const sent = sentBy('POST');
		expect(sent.body).toEqual(fixture('order-mark-paid-for-webhook').request.body);
	});

	it('Refund → order-refund-partial.json', async () => {
		await createOrder(ctx);
		await markPaid(ctx, 1);
		await run('refund', { orderId: rl(1), amount: '10', refundOptions: { reason: 'lab partial refund' } });
		await expectLike('order-refund-partial', sentBy('POST'));
	});

	it('Refund of everything → order-refund-full.json (shape)', async () => {
		await createOrder(ctx, [{ variation: 1, quantity: 3 }]);
		await markPaid(ctx, 1);
		await run('refund', { orderId: rl(1), refundOptions: { reason: 'lab full refund' } });
		const sent = sentBy('POST');
		expect(shapeDiff(fixture('order-refund-full').request.body, sent.body)).toEqual([]);
		expect(sent.body).toEqual({ refund_info: { transaction_id: 1, amount: 59.97, reason: 'lab full refund' } });
	});

	it('Update Status → order-status-processing.json', async () => {
		await createOrder(ctx);
		await run('updateStatus', { orderId: rl(1), statusType: 'order', orderStatus: 'processing' });
		await expectLike('order-status-processing', sentBy('PUT'));
	});

	it('Update Status (shipping) → order-shipping-status-shipped.json', async () => {
		await createOrder(ctx);
		await run('updateStatus', { orderId: rl(1), statusType: 'shipping', shippingStatus: 'shipped' });
		await expectLike('order-shipping-status-shipped', sentBy('PUT'));
	});

	it('Update Status (cancel) → order-status-canceled.json', async () => {
		await createOrder(ctx);
		await createOrder(ctx);
		await run('updateStatus', { orderId: rl(2), statusType: 'order', orderStatus: 'canceled' });
		await expectLike('order-status-canceled', sentBy('PUT'));
	});

	it('Delete → order-delete.json', async () => {
		await createOrder(ctx);
		await createOrder(ctx);
		await run('delete', { orderId: rl(2) });
		await expectLike('order-delete', sentBy('DELETE'));
	});
});
