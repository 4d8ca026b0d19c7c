/**
 * Return All against thousands of orders: page 1, then the other pages a few at a time, at
 * FluentCart's largest page size, in FluentCart's order; fewer pages at once after a 429; no
 * duplicate when a new order shifts the pages; no new page after a failure.
 */
import type { IDataObject } from 'n8n-workflow';

import { addBulkOrders } from '../fake/bulk';
import { runFluentCart } from '../helpers/engine';
import { recordFigure } from '../helpers/capture';
import { holdUntil, laterOrderPages } from '../helpers/gate';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams } from '../helpers/params';
import { useTransportSettings } from '../helpers/suite';

let ctx: StartedFake;
useTransportSettings({ baseDelayMs: 10, maxDelayMs: 20 });
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const listOrders = (extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: orderParams('getAll', { simplify: false, ...extra }) });
const pageRequests = () => ctx.fake.requests.filter((r) => r.method === 'GET' && r.path === 'orders');
const ids = (rows: IDataObject[]) => rows.map((r) => Number(r.id));
const descending = (count: number) => Array.from({ length: count }, (_, n) => count - n);

describe('Return All', () => {
	it('reads 1,000 orders in ceil(1000 / 199) = 6 requests, 4 pages at once, in FluentCart’s order', async () => {
		addBulkOrders(ctx.fake.store, 1000);
		// Pages 2–5 are held until all four have arrived: the node must ask for them together.
		holdUntil(ctx.fake, laterOrderPages, 4);
		ctx.fake.resetLog();
		const result = await listOrders({ returnAll: true });
		expect(result.error).toBeUndefined();
		expect(ids(result.json)).toEqual(descending(1000));
		const pages = pageRequests();
		expect(pages).toHaveLength(6);
		expect(pages.map((r) => Number(r.query.per_page))).toEqual([199, 199, 199, 199, 199, 199]);
		expect(ctx.fake.maxInFlight).toBe(4);
		// Page 1 alone first: it says how many pages there are.
		const first = pages.find((r) => Number(r.query.page) === 1)!;
		expect(pages.filter((r) => r !== first).every((r) => r.arrivedAt > first.answeredAt!)).toBe(true);
	});

	it('reads one page at a time with Pages in Parallel = 1, with the same result', async () => {
		addBulkOrders(ctx.fake.store, 450);
		ctx.fake.resetLog();
		const result = await listOrders({ returnAll: true, pagesInParallel: 1 });
		expect(ids(result.json)).toEqual(descending(450));
		expect(pageRequests()).toHaveLength(3);
		expect(ctx.fake.maxInFlight).toBe(1);
	});

	it('halves the pages read at once after a 429, and still returns everything', async () => {
		addBulkOrders(ctx.fake.store, 3000); // 16 pages
		ctx.fake.resetLog();
		// Pages 2–9 are held until all eight have arrived; then the second of them meets a 429.
		const wave = holdUntil(ctx.fake, laterOrderPages, 8);
		let later = 0;
		ctx.fake.faultHook = (method, path, query) => {
			if (!laterOrderPages(method, path, query)) return undefined;
			later += 1;
			return later === 2 ? { kind: 'status', status: 429 } : undefined;
		};
		const result = await listOrders({ returnAll: true, pagesInParallel: 8 });
		ctx.fake.faultHook = undefined;
		expect(wave.released()).toBe(true);
		expect(ids(result.json)).toEqual(descending(3000));
		const pages = pageRequests();
		expect(pages.filter((r) => r.status === 429)).toHaveLength(1);
		expect(pages.filter((r) => r.status === 200)).toHaveLength(16);
		// The first wave: eight at once.
		expect(Math.max(...pages.slice(0, 9).map((r) => r.inFlight))).toBe(8);
		// Every request after the wave finds at most 4 in flight (8 halved), itself included.
		const afterWave = pages.slice(9);
		expect(afterWave.length).toBeGreaterThan(0);
		expect(Math.max(...afterWave.map((r) => r.inFlight))).toBeLessThanOrEqual(4);
	});

	it('loses and repeats nothing while orders arrive and go during the read (10,000 orders, 100 in, 100 out)', async () => {
		addBulkOrders(ctx.fake.store, 10000);
		const atStart = new Set(ctx.fake.store.orders.keys());
		// Every 37th order, from the newest down, is deleted during the read (100 of them).
		const doomed = [...atStart].sort((a, b) => b - a).filter((_, n) => n % 37 === 5).slice(0, 100);
		const deleted = new Set<number>();
		let inserted = 0;
		ctx.fake.resetLog();
		ctx.fake.faultHook = (method, path, query) => {
			// Before each read after page 1: first four orders arrive each time, then four go.
			if (!laterOrderPages(method, path, query)) return undefined;
			if (inserted < 100) {
				for (let n = 0; n < 4 && inserted < 100; n++, inserted++) addBulkOrders(ctx.fake.store, 1);
			} else {
				for (let n = 0; n < 4 && deleted.size < doomed.length; n++) {
					const id = doomed[deleted.size];
					ctx.fake.store.orders.delete(id);
					deleted.add(id);
				}
			}
			return undefined;
		};
		const result = await listOrders({ returnAll: true });
		ctx.fake.faultHook = undefined;
		expect(result.error).toBeUndefined();
		const seen = ids(result.json);
		const lost = [...atStart].filter((id) => !deleted.has(id) && !seen.includes(id));
		const duplicated = seen.length - new Set(seen).size;
		const requests = pageRequests().length;
		recordFigure(
			'Return All under churn',
			`${lost.length} lost, ${duplicated} duplicated (10,000 orders; ${inserted} inserted and ${deleted.size} deleted during the read; ${requests} requests, ceil(10000 / 199) = 51)`,
		);
		expect(inserted).toBe(100);
		expect(deleted.size).toBe(100);
		expect(lost).toEqual([]);
		expect(duplicated).toBe(0);
		// Newest first, as FluentCart lists them.
		expect(seen).toEqual([...seen].sort((a, b) => b - a));
	});

	it('reads a quiet shop of 10,000 orders in ceil(10000 / 199) = 51 requests', async () => {
		addBulkOrders(ctx.fake.store, 10000);
		ctx.fake.resetLog();
		const result = await listOrders({ returnAll: true });
		expect(ids(result.json)).toEqual(descending(10000));
		expect(pageRequests()).toHaveLength(51);
	});

	it('starts no new window after one fails, and reports the failure', async () => {
		addBulkOrders(ctx.fake.store, 3000); // 16 pages
		ctx.fake.resetLog();
		// The first two windows are answered together, and the second fails: whichever answer the
		// node sees first, at most one more window can have been started before it knows.
		holdUntil(ctx.fake, laterOrderPages, 2);
		let later = 0;
		ctx.fake.faultHook = (method, path, query) => {
			if (!laterOrderPages(method, path, query)) return undefined;
			later += 1;
			return later === 2 ? { kind: 'status', status: 500, body: { code: 'db_error', message: 'Database went away', data: { status: 500 } } } : undefined;
		};
		const result = await listOrders({ returnAll: true, pagesInParallel: 2 });
		ctx.fake.faultHook = undefined;
		expect(result.error?.message).toBe('FluentCart failed: Database went away (HTTP 500)');
		expect(pageRequests().length).toBeLessThanOrEqual(4);
	});
});

describe('Limit', () => {
	it('reads only the pages the limit needs', async () => {
		addBulkOrders(ctx.fake.store, 1000);
		ctx.fake.resetLog();
		const result = await listOrders({ returnAll: false, limit: 450 });
		expect(ids(result.json)).toEqual(descending(1000).slice(0, 450));
		expect(pageRequests()).toHaveLength(3);
	});

	it('refuses Pages in Parallel outside 1–8 before any request', async () => {
		ctx.fake.resetLog();
		const result = await listOrders({ returnAll: true, pagesInParallel: 20 });
		expect(result.error?.message).toBe('Pages in Parallel must be at most 8, got 20 [item 0]');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
