/**
 * The fake's `POST products/do-bulk-action` answers like the recordings of FluentCart 1.3.25 and
 * 1.5.2 (rec-17: live-bulk-products-*). Each recorded product id stands for a product made in the
 * fake, 999999 stays unknown; the ids are swapped for the fake's, and status and body must be
 * equal once the fake's new ids are swapped back. What no recording shows (products held by
 * pending orders, a duplicate where no id exists) follows ProductResource::manageBulkActions, the
 * same in both versions' source.
 */
import { addBulkProducts, holdInOrder } from '../helpers/catalog';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

const VERSIONS: RecordedVersion[] = ['1.3.25', '1.5.2'];
const UNKNOWN = 999999;

describe.each(VERSIONS)('the fake answers products/do-bulk-action like FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeEach(async () => {
		ctx = await startFake({ version });
	});
	afterEach(async () => ctx.fake.stop());

	interface Answer {
		message?: string;
		data?: { new_product_ids?: number[] } | string | null;
	}

	/** Replays a recording with fake products for its ids; returns the fake ids, in the order sent. */
	async function replay(name: string): Promise<{ sent: number[]; created: number[] }> {
		const f = fixture(`live-${name}`, version);
		const body = { ...(f.request.body as Record<string, unknown>) };
		const recordedIds = (body.product_ids as number[]).map(Number);
		const distinct = [...new Set(recordedIds.filter((id) => id !== UNKNOWN))];
		const made = addBulkProducts(ctx, distinct.length);
		const to = new Map(distinct.map((recorded, n) => [recorded, made[n]]));
		const sent = recordedIds.map((id) => to.get(id) ?? id);
		const res = await ctx.api.post('products/do-bulk-action', { ...body, product_ids: sent });
		const answer = res.data as Answer;
		const recordedAnswer = f.response as Answer;
		let created: number[] = [];
		// The fake's new ids stand for the recorded ones, in the same order.
		if (answer.data && typeof answer.data === 'object' && recordedAnswer.data && typeof recordedAnswer.data === 'object') {
			const fakeNew = answer.data.new_product_ids ?? [];
			created = fakeNew;
			expect(fakeNew.length).toBe(recordedAnswer.data.new_product_ids?.length);
			expect(fakeNew.every((id) => ctx.fake.store.products.has(id))).toBe(true);
			answer.data = { ...answer.data, new_product_ids: recordedAnswer.data.new_product_ids };
		}
		expect({ name, status: res.status, body: answer as unknown }).toEqual({ name, status: f.status, body: f.response });
		return { sent, created };
	}

	it('duplicates every id sent, in order, as drafts titled "… (Copy)"; an id sent three times is copied three times', async () => {
		const { sent, created } = await replay('bulk-products-duplicate-3');
		expect(new Set(created).size).toBe(3);
		const copies = created.map((id) => ctx.fake.store.products.get(id)!);
		const title = String(ctx.fake.store.products.get(sent[0])!.post_title);
		expect(copies.map((p) => [p.post_title, p.post_status])).toEqual(Array(3).fill([`${title} (Copy)`, 'draft']));
	});

	it('duplicates the others and names a missing id in a 200 message', async () => {
		await replay('bulk-products-duplicate-bad-id');
	});

	it('deletes the products found and answers a message only; an unknown id beside them is dropped without a word', async () => {
		const { sent } = await replay('bulk-products-delete-3');
		expect(sent.some((id) => ctx.fake.store.products.has(id))).toBe(false);
		const mixed = await replay('bulk-products-delete-with-bad-id');
		expect(ctx.fake.store.products.has(mixed.sent[0])).toBe(false);
	});

	it('answers only unknown ids, no ids and an unknown action with HTTP 500 and the intended status as code', async () => {
		for (const name of ['delete-only-bad-id', 'no-ids', 'bad-action']) await replay(`bulk-products-${name}`);
	});

	it('keeps a product held by a pending order and names it (source: 200 when others were deleted, 500 code 400 when none)', async () => {
		const [held, free] = addBulkProducts(ctx, 2);
		await holdInOrder(ctx, Number(ctx.fake.store.variationsOf(held)[0].id));
		const mixed = await ctx.api.post('products/do-bulk-action', { action: 'delete_products', product_ids: [free, held] });
		expect({ status: mixed.status, body: mixed.data as unknown }).toEqual({
			status: 200,
			body: {
				message: `The Product ID - ${held} cannot be deleted at the moment as there are pending orders associated with it. And remaining product and its associated data have been deleted.`,
				data: '',
			},
		});
		const none = await ctx.api.post('products/do-bulk-action', { action: 'delete_products', product_ids: [held] });
		expect({ status: none.status, body: none.data as unknown }).toEqual({
			status: 500,
			body: { code: 400, message: `The Product ID - ${held} cannot be deleted at the moment as there are pending orders associated with it.`, data: null },
		});
		expect([ctx.fake.store.products.has(held), ctx.fake.store.products.has(free)]).toEqual([true, false]);
	});

	it('answers 500 code 400 when no id could be duplicated (source), and passes the import flags on', async () => {
		const none = await ctx.api.post('products/do-bulk-action', { action: 'duplicate_products', product_ids: [UNKNOWN] });
		expect({ status: none.status, body: none.data as unknown }).toEqual({
			status: 500,
			body: { code: 400, message: `Selected products could not be duplicated (Product ID: ${UNKNOWN}).`, data: null },
		});
		const [id] = addBulkProducts(ctx, 1);
		const variation = ctx.fake.store.variationsOf(id)[0];
		Object.assign(variation, { manage_stock: '1', total_stock: 7, available: 7 });
		const res = await ctx.api.post('products/do-bulk-action', { action: 'duplicate_products', product_ids: [id], import_stock_management: true });
		const [copy] = (res.data as { data: { new_product_ids: number[] } }).data.new_product_ids;
		expect(ctx.fake.store.variationsOf(copy)[0]).toMatchObject({ manage_stock: '1', total_stock: 7, available: 7, sku: null });
	});
});
