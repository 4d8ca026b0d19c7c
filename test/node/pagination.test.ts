/**
 * Return All against thousands of orders: page 1, then the other pages a few at a time, at
 * FluentCart's largest page size, in FluentCart's order; fewer pages at once after a 429; no
 * duplicate when a new order shifts the pages; no new page after a failure.
 */
import type { IDataObject } from 'n8n-workflow';

import { transportSettings } from '../../nodes/shared/transport';
import { addBulkOrders } from '../fake/bulk';
import { runFluentCart } from '../helpers/engine';
import { holdUntil, laterOrderPages } from '../helpers/gate';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams } from '../helpers/params';

let ctx: StartedFake;
const saved = { ...transportSettings };
beforeAll(() => Object.assign(transportSettings, { baseDelayMs: 10, maxDelayMs: 20 }));
afterAll(() => Object.assign(transportSettings, saved));
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

	it('keeps an order once when a new order shifts the pages while they are read', async () => {
		addBulkOrders(ctx.fake.store, 600);
		ctx.fake.resetLog();
		ctx.fake.faultHook = (method, path, query) => {
			// Just before page 2 is served, a customer places an order: everything moves down one.
			if (method === 'GET' && /orders$/.test(path) && Number(query.page) === 2 && ctx.fake.store.orders.size === 600) {
				addBulkOrders(ctx.fake.store, 1);
			}
			return undefined;
		};
		const result = await listOrders({ returnAll: true });
		ctx.fake.faultHook = undefined;
		const seen = ids(result.json);
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen).toEqual(descending(600));
	});

	it('starts no new page after one fails, and reports the failure', async () => {
		addBulkOrders(ctx.fake.store, 3000); // 16 pages
		ctx.fake.resetLog();
		// Pages 2 and 3 are answered together: whichever answer the node sees first, at most one
		// more page (4) can have been started before it knows page 3 failed.
		holdUntil(ctx.fake, laterOrderPages, 2);
		ctx.fake.faultHook = (method, path, query) =>
			method === 'GET' && /orders$/.test(path) && Number(query.page) === 3
				? { kind: 'status', status: 500, body: { code: 'db_error', message: 'Database went away', data: { status: 500 } } }
				: undefined;
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
