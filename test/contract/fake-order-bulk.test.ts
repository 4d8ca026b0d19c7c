/**
 * The fake's `POST orders/do-bulk-action`, `POST notes/attach` and the activity log in
 * `GET orders/{id}` answer like the recordings of FluentCart 1.3.25 and 1.5.2 (rec-17:
 * live-bulk-orders-*, live-activity-*). The recorded shop's orders are rebuilt in the fake (same
 * statuses), the recorded ids are swapped for the fake's, and status and body must be equal (the
 * messages name the ids, so those are swapped back).
 */
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';
import { shapeDiff } from '../helpers/shape';

const VERSIONS: RecordedVersion[] = ['1.3.25', '1.5.2'];

describe.each(VERSIONS)('the fake answers orders/do-bulk-action like FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeEach(async () => {
		ctx = await startFake({ version });
	});
	afterEach(async () => ctx.fake.stop());

	/**
	 * Replays a recording: the recorded ids, in the order sent, stand for fake orders with the given
	 * statuses ('gone': an id the fake does not have); 999999 stays unknown. Returns the fake ids.
	 */
	async function replay(name: string, statuses: string[] = []): Promise<number[]> {
		const f = fixture(`live-${name}`, version);
		const body = { ...(f.request.body as Record<string, unknown>) };
		const recordedIds = ((body.order_ids ?? []) as unknown[]).map(Number).filter((id) => id !== 999999);
		const back = new Map<number, number>();
		const created: number[] = [];
		for (const [n, recorded] of recordedIds.entries()) {
			const status = statuses[n] ?? 'on-hold';
			const id = status === 'gone' ? 900000 + n : await createOrder(ctx);
			if (status !== 'gone') ctx.fake.store.orders.get(id)!.status = status;
			back.set(id, recorded);
			created.push(id);
		}
		const to = new Map([...back].map(([id, recorded]) => [recorded, id]));
		if (Array.isArray(body.order_ids)) body.order_ids = body.order_ids.map((id) => (to.has(Number(id)) ? to.get(Number(id)) : id));
		const res = await ctx.api.post('orders/do-bulk-action', body);
		const swap = (id: number) => back.get(id) ?? id;
		const answer = res.data as { message?: string; data?: Record<string, unknown> };
		if (answer.message) answer.message = answer.message.replace(/ID - ([0-9 ,]+) cannot/, (_, list: string) => `ID - ${list.split(' , ').map((id) => swap(Number(id))).join(' , ')} cannot`);
		for (const key of ['deleted_order_ids', 'failed_order_ids']) {
			if (Array.isArray(answer.data?.[key])) answer.data[key] = (answer.data[key] as number[]).map(swap);
		}
		expect({ name, status: res.status, body: answer as unknown }).toEqual({ name, status: f.status, body: f.response });
		return created;
	}

	const statusOf = (id: number) => ctx.fake.store.orders.get(id)?.status;

	it('changes the status of every order, and answers only a message', async () => {
		const ids = await replay('bulk-orders-status-3', ['on-hold', 'on-hold', 'completed']);
		expect(ids.map(statusOf)).toEqual(['processing', 'processing', 'processing']);
	});

	it('names the failed ids in the message, skips unknown ids, and answers 423 when none changed', async () => {
		const partial = await replay('bulk-orders-status-same-and-bad-id', ['processing', 'on-hold']);
		expect(partial.map(statusOf)).toEqual(['processing', 'processing']);
		const none = await replay('bulk-orders-status-all-fail', ['processing', 'canceled']);
		expect(none.map(statusOf)).toEqual(['processing', 'canceled']);
	});

	it('cancels orders', async () => {
		const ids = await replay('bulk-orders-cancel-3', ['on-hold', 'processing', 'completed']);
		expect(ids.map(statusOf)).toEqual(['canceled', 'canceled', 'canceled']);
	});

	it('refuses an unknown status, no ids, an unknown action, and paid as payment status; shipping status changes nothing', async () => {
		for (const name of ['status-invalid', 'no-ids', 'bad-action', 'payment-status']) await replay(`bulk-orders-${name}`);
		const [shipping] = await replay('bulk-orders-shipping-status');
		expect(ctx.fake.store.orders.get(shipping)!.shipping_status).not.toBe('shipped');
	});

	it('deletes test-mode orders whatever their status, and lists deleted and failed ids', async () => {
		const [processing] = await replay('bulk-orders-delete-not-canceled', ['processing']);
		expect(statusOf(processing)).toBeUndefined();
		await replay('bulk-orders-delete-1', ['canceled']);
		// The third id was already deleted in the recorded shop.
		const mixed = await replay('bulk-orders-delete-mixed', ['canceled', 'canceled', 'gone']);
		expect(mixed.map(statusOf)).toEqual([undefined, undefined, undefined]);
	});

	it('answers 500 with code 400 when no order could be deleted (1.6.3 source: makeErrorResponse)', async () => {
		const res = await ctx.api.post('orders/do-bulk-action', { action: 'delete_orders', order_ids: [999999] });
		expect({ status: res.status, body: res.data as unknown }).toEqual({
			status: 500,
			body: { code: 400, message: 'The order ID - 999999 cannot be deleted at the moment as these orders status is not canceled.', data: null },
		});
	});

	it('overwrites the single note with notes/attach and logs no activity', async () => {
		const id = await createOrder(ctx);
		const activities = ctx.fake.store.activities.length;
		for (const name of ['activity-note-attach', 'activity-note-attach-second']) {
			const f = fixture(`live-${name}`, version);
			const res = await ctx.api.post('notes/attach', { ...(f.request.body as object), order_id: id });
			expect({ status: res.status, body: res.data as unknown }).toEqual({ status: f.status, body: f.response });
		}
		expect(ctx.fake.store.orders.get(id)!.note).toBe('Second note');
		expect(ctx.fake.store.activities.length).toBe(activities);
	});

	it('embeds the activity log in GET orders/{id}, entries shaped like the recorded ones', async () => {
		const id = await createOrder(ctx);
		await ctx.api.post('orders/do-bulk-action', { action: 'change_order_status', order_ids: [id], new_status: 'processing' });
		const recorded = fixture('live-activity-order-get-embedded', version).response as { order: { activities: unknown[] } };
		const res = await ctx.api.get(`orders/${id}`);
		const activities = (res.data as { order: { activities: Array<{ title: string }> } }).order.activities;
		expect(activities.map((a) => a.title)).toEqual(['Order status updated', 'Order Created']);
		expect(shapeDiff(recorded.order.activities[0], activities[0])).toEqual([]);
	});
	it('creates a customer and moves the order to it (create-and-change-customer), refusing what FluentCart refuses', async () => {
		const id = await createOrder(ctx);
		const customers = ctx.fake.store.customers.size;
		for (const name of ['first-name-rejected', 'missing', '', 'dup-email', 'bad-order']) {
			const f = fixture(`live-order-customer-create-and-change${name ? `-${name}` : ''}`, version);
			const orderId = name === 'bad-order' ? 999999 : id;
			const res = await ctx.api.post(`orders/${orderId}/create-and-change-customer`, f.request.body);
			const body = res.data as { message?: string; data?: unknown };
			const expected = f.response as { message?: string; data?: unknown };
			// The 404's debug data names the recorded site; the status and message must agree.
			if (name === 'bad-order') expect({ status: res.status, message: body.message }).toEqual({ status: f.status, message: expected.message });
			else expect({ name, status: res.status, body: body as unknown }).toEqual({ name, status: f.status, body: expected });
		}
		// One customer for the success, one for the unknown order (not atomic).
		expect(ctx.fake.store.customers.size).toBe(customers + 2);
		const moved = ctx.fake.store.customers.get(Number(ctx.fake.store.orders.get(id)!.customer_id))!;
		expect([moved.first_name, moved.last_name]).toEqual(['Grace', 'Hopper']);
	});
});
