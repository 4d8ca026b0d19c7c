/**
 * Order → Add Note (one note field: append or replace, read back) and Get Activity (the log
 * embedded in GET orders/{id}), through n8n-core against the fake.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject, continueOnFail = false) =>
	runFluentCart({ credentials: ctx.credentials, parameters: orderParams(operation, extra), continueOnFail });
const calls = () => ctx.fake.requests.map((r) => `${r.method} ${r.path}`);

describe('Order → Add Note', () => {
	it('appends a line to the note: reads it, writes it back with the line, reads back', async () => {
		const id = await createOrder(ctx, undefined, { note: 'Leave at the door' });
		ctx.fake.resetLog();
		const result = await run('addNote', { orderId: rl(id), noteText: 'Customer <b>called</b>\nat 10:00' });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.store.orders.get(id)!.note).toBe('Leave at the door | Customer called at 10:00');
		expect(result.json[0]).toMatchObject({
			id,
			mode: 'append',
			previous_note: 'Leave at the door',
			note: 'Leave at the door | Customer called at 10:00',
			noteApplied: 'applied',
			fluentCartMessage: 'Order Note Updated successfully.',
		});
		expect(calls()).toEqual([`GET orders/${id}`, 'POST notes/attach', `GET orders/${id}`]);
	});

	it('writes the text alone when the order has no note, and replaces the note in Replace mode', async () => {
		const id = await createOrder(ctx);
		await run('addNote', { orderId: rl(id), noteText: 'First' });
		expect(ctx.fake.store.orders.get(id)!.note).toBe('First');
		ctx.fake.resetLog();
		const result = await run('addNote', { orderId: rl(id), noteText: 'Second', noteMode: 'replace' });
		expect(ctx.fake.store.orders.get(id)!.note).toBe('Second');
		expect(result.json[0]).toMatchObject({ mode: 'replace', note: 'Second', noteApplied: 'applied' });
		expect(calls()).toEqual(['POST notes/attach', `GET orders/${id}`]);
	});

	it('refuses an empty note before anything is sent', async () => {
		const id = await createOrder(ctx);
		ctx.fake.resetLog();
		const result = await run('addNote', { orderId: rl(id), noteText: ' <br> ' });
		expect(result.error?.message).toBe('Note is empty [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Order → Get Activity', () => {
	it('returns one item per entry of the order’s log, newest first', async () => {
		const id = await createOrder(ctx);
		await ctx.api.post('orders/do-bulk-action', { action: 'change_order_status', order_ids: [id], new_status: 'processing' });
		ctx.fake.resetLog();
		const result = await run('getActivity', { orderId: rl(id) });
		expect(result.error).toBeUndefined();
		expect(result.json.map((a) => [a.title, a.order_id])).toEqual([
			['Order status updated', id],
			['Order Created', id],
		]);
		expect(result.json[0]).toMatchObject({ module_id: id, content: 'Order status has been updated from on-hold to processing' });
		expect(calls()).toEqual([`GET orders/${id}`]);
	});

	it('fails naming the order when it does not exist', async () => {
		const result = await run('getActivity', { orderId: rl(999999) }, true);
		expect(String(result.json[0].error)).toMatch(/not found/i);
	});
});
