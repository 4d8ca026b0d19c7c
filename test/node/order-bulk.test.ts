/**
 * Order → Change Status (Bulk) and Delete (Bulk), through n8n-core against the fake: ids from the
 * input items, batches of 100, one result per item (read back), Continue On Fail per order.
 */
import type { IDataObject } from 'n8n-workflow';

import { BULK_BATCH_SIZE } from '../../nodes/FluentCart/resources/order/bulk';
import { addBulkOrders } from '../fake/bulk';
import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const byExpression = { __rl: true, mode: 'id', value: '={{ $json.id }}' };
const bulkWrites = () => ctx.fake.requests.filter((r) => r.method === 'POST' && r.path === 'orders/do-bulk-action');
const sentIds = () => bulkWrites().flatMap((r) => (r.body as { order_ids: number[] }).order_ids);

const run = (operation: string, input: IDataObject[], continueOnFail: boolean, extra: IDataObject = {}) =>
	runFluentCart({
		credentials: ctx.credentials,
		parameters: orderParams(operation, { orderId: byExpression, ...extra }),
		input,
		continueOnFail,
	});

/** 500 orders, statuses on-hold, processing, completed, canceled in turn (test/fake/bulk.ts). */
function fiveHundred(): number[] {
	const existing = new Set(ctx.fake.store.orders.keys());
	addBulkOrders(ctx.fake.store, 500);
	ctx.fake.resetLog();
	return [...ctx.fake.store.orders.keys()].filter((id) => !existing.has(id)).sort((a, b) => a - b);
}

describe('Order → Change Status (Bulk)', () => {
	it('changes 500 orders in batches of 100 and gives every item its own result (Continue On Fail)', async () => {
		const ids = fiveHundred();
		const before = new Map(ids.map((id) => [id, String(ctx.fake.store.orders.get(id)!.status)]));
		const input = [...ids.map((id) => ({ id })), { id: 999999 }];

		const result = await run('changeStatusBulk', input, true, { bulkOrderStatus: 'completed' });
		expect(result.error).toBeUndefined();

		expect(BULK_BATCH_SIZE).toBe(100);
		expect(bulkWrites().map((r) => (r.body as { order_ids: unknown[] }).order_ids.length)).toEqual([100, 100, 100, 100, 100]);
		// The unknown id is never sent; every known one once.
		expect(sentIds().sort((a, b) => a - b)).toEqual(ids);
		expect(result.items).toHaveLength(501);
		result.items.forEach((item, n) => expect(item.pairedItem).toEqual({ item: n }));
		result.json.slice(0, 500).forEach((json, n) => {
			const id = ids[n];
			const was = before.get(id)!;
			if (was === 'canceled') {
				expect(json.error).toBe(`The status of order ${id} was not changed to completed [item ${n}]`);
				expect(String(json.description)).toContain('does not change the status of a canceled order');
				expect(ctx.fake.store.orders.get(id)!.status).toBe('canceled');
			} else {
				expect(json).toMatchObject({ id, status: 'completed', previous_status: was, changed: was !== 'completed' });
				expect(ctx.fake.store.orders.get(id)!.status).toBe('completed');
			}
		});
		expect(result.json[500]).toMatchObject({ error: 'Order 999999 was not found [item 500]' });
		expect(result.json.filter((json) => json.error)).toHaveLength(126);
	});

	it('fails naming the first failing item without Continue On Fail', async () => {
		const ids = fiveHundred();
		const result = await run('changeStatusBulk', ids.map((id) => ({ id })), false, { bulkOrderStatus: 'processing' });
		// Item 3 is the first canceled order.
		expect(result.error?.message).toBe(`The status of order ${ids[3]} was not changed to processing [item 3]`);
		expect(result.error?.context?.itemIndex).toBe(3);
		expect(result.error?.description).toContain('The other items were processed: 375 of 500 succeeded');
		expect(bulkWrites()).toHaveLength(5);
	});

	it('rejects a bad ID before anything is sent', async () => {
		const ids = fiveHundred();
		const result = await run('changeStatusBulk', [{ id: ids[0] }, { id: ids[1] }, { id: 'abc' }], false, { bulkOrderStatus: 'completed' });
		expect(result.error?.message).toBe('Order ID must be a whole number of 1 or more, got "abc" [item 2]');
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('reports every order as not changed when FluentCart answers 423 (none changed)', async () => {
		const a = await createOrder(ctx);
		const b = await createOrder(ctx);
		ctx.fake.store.orders.get(a)!.status = 'canceled';
		ctx.fake.store.orders.get(b)!.status = 'canceled';
		ctx.fake.resetLog();
		const result = await run('changeStatusBulk', [{ id: a }, { id: b }], true, { bulkOrderStatus: 'processing' });
		expect(ctx.fake.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['orders/do-bulk-action']);
		expect(result.json.map((json) => json.error)).toEqual([
			`The status of order ${a} was not changed to processing [item 0]`,
			`The status of order ${b} was not changed to processing [item 1]`,
		]);
		expect(String(result.json[0].description)).toContain('cannot be updated because they are either already cancelled');
	});

	it('sends an id given by several items once, and answers each of those items', async () => {
		const id = await createOrder(ctx);
		ctx.fake.resetLog();
		const result = await run('changeStatusBulk', [{ id }, { id }], false, { bulkOrderStatus: 'processing' });
		expect(sentIds()).toEqual([id]);
		expect(result.json).toEqual([
			expect.objectContaining({ id, status: 'processing', changed: true }),
			expect.objectContaining({ id, status: 'processing', changed: true }),
		]);
	});
});

describe('Order → Delete (Bulk)', () => {
	it('deletes 500 orders in 5 requests; a live order FluentCart keeps and an unknown id fail alone', async () => {
		const ids = fiveHundred();
		const kept = ids[1];
		Object.assign(ctx.fake.store.orders.get(kept)!, { mode: 'live', status: 'processing' });
		const result = await run('deleteBulk', [...ids.map((id) => ({ id })), { id: 999999 }], true);
		expect(bulkWrites()).toHaveLength(5);
		expect(result.json.filter((json) => json.error).map((json) => json.error)).toEqual([
			`Order ${kept} was not deleted [item 1]`,
			'Order 999999 was not found [item 500]',
		]);
		expect(result.json[0]).toMatchObject({ id: ids[0], deleted: true, previous_status: 'on-hold' });
		expect([...ctx.fake.store.orders.keys()].filter((id) => ids.includes(id))).toEqual([kept]);
	});

	it('fails the item of the order FluentCart keeps, naming it, without Continue On Fail', async () => {
		const id = await createOrder(ctx);
		Object.assign(ctx.fake.store.orders.get(id)!, { mode: 'live', status: 'completed' });
		const result = await run('deleteBulk', [{ id }], false);
		expect(result.error?.message).toBe(`Order ${id} was not deleted [item 0]`);
		expect(result.error?.description).toContain('still there, completed');
		expect(ctx.fake.store.orders.has(id)).toBe(true);
	});
});
