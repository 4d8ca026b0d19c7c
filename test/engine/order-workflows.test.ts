/**
 * End to end through n8n-core's WorkflowExecute: several FluentCart nodes in one workflow,
 * data passed between them by expressions, against the fake FluentCart over HTTP.
 */
import { addBulkOrders } from '../fake/bulk';
import { runChain } from '../helpers/engine';
import { startFake, suiteAtLeast } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

it('create order → mark as paid → refund, for two customers’ carts in one run', async () => {
	const result = await runChain({
		credentials: ctx.credentials,
		input: [
			{ variation: 1, quantity: 2, reference: 'cash-1' },
			{ variation: 2, quantity: 1, reference: 'cash-2' },
		],
		steps: [
			{
				name: 'Create Order',
				parameters: orderParams('create', {
					customerId: rl(1),
					lineItems: { item: [{ variationId: '={{ $json.variation }}', quantity: '={{ $json.quantity }}' }] },
				}),
			},
			{
				name: 'Mark Paid',
				parameters: orderParams('markPaid', {
					orderId: rl('={{ $json.id }}'),
					markPaidOptions: { vendorChargeId: "={{ $('Items').item.json.reference }}" },
				}),
			},
			{
				name: 'Refund',
				parameters: orderParams('refund', { orderId: rl('={{ $json.id }}'), amount: '5.00' }),
			},
		],
	});
	expect(result.errors).toEqual({});
	expect(result.output['Create Order'].map((o) => [o.id, o.total_amount, o.status])).toEqual([
		[1, 3998, 'on-hold'],
		[2, 2200, 'on-hold'],
	]);
	expect(result.output['Mark Paid'].map((o) => [o.id, o.payment_status, o.total_paid])).toEqual([
		[1, 'paid', 3998],
		[2, 'paid', 2200],
	]);
	expect(result.output.Refund.map((r) => [r.order_id, r.amount, r.order_payment_status])).toEqual([
		[1, 500, 'partially_refunded'],
		[2, 500, 'partially_refunded'],
	]);
	// The paired item lets a later node reach back to the input that started each order.
	expect(ctx.fake.store.transactions.get(1)!.vendor_charge_id).toBe('cash-1');
	expect(ctx.fake.store.transactions.get(2)!.vendor_charge_id).toBe('cash-2');
	expect(ctx.fake.events.map((e) => e.event)).toEqual([
		'order_created',
		'order_created',
		'order_paid_done',
		'order_paid_done',
		'order_refunded',
		'order_refunded',
	]);
});

it('Get Many with Return All reads every page of a 1,000-order shop', async () => {
	addBulkOrders(ctx.fake.store, 1000);
	const result = await runChain({
		credentials: ctx.credentials,
		steps: [{ name: 'All Orders', parameters: orderParams('getAll', { returnAll: true, filters: { paymentStatuses: ['paid'] } }) }],
	});
	const orders = result.output['All Orders'];
	// addBulkOrders makes every second order of four "paid".
	expect(orders).toHaveLength(500);
	expect(orders.every((o) => o.payment_status === 'paid')).toBe(true);
	expect(orders.map((o) => o.id)).toEqual([...orders.map((o) => o.id)].sort((a, b) => Number(b) - Number(a)));
	// ceil(500 / 199) pages where FluentCart filters (before 1.6); ceil(1000 / 199) read and
	// filtered by the node on 1.6, whose list filter drops the status scope.
	const reads = ctx.fake.requests.filter((r) => r.namespace === 'fluent-cart/v2');
	expect(reads).toHaveLength(suiteAtLeast('1.6.0') ? 6 : 3);
});
