/**
 * The transport, exercised through real node runs against the fake: URL forms, headers,
 * GET-only retries, and how each kind of failure reaches the user.
 */
import type { IDataObject } from 'n8n-workflow';
import { transportSettings } from '../../nodes/shared/transport';
import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
const saved = { ...transportSettings };
beforeAll(() => {
	transportSettings.baseDelayMs = 20;
});
afterAll(() => Object.assign(transportSettings, saved));
beforeEach(async () => {
	ctx = await startFake();
	await createOrder(ctx);
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const getOrder = (credentials: IDataObject = {}) =>
	runFluentCart({
		credentials: { ...ctx.credentials, ...credentials },
		parameters: orderParams('get', { orderId: rl(1) }),
	});

const createAnOrder = () =>
	runFluentCart({
		credentials: ctx.credentials,
		parameters: orderParams('create', { customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 1 }] } }),
	});

describe('URL forms and headers', () => {
	it('accepts a Site URL pasted with the REST suffix', async () => {
		const result = await getOrder({ url: `  ${ctx.url}/wp-json/fluent-cart/v2/ ` });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests[0].urlForm).toBe('pretty');
	});

	it('uses /?rest_route= when the site has plain permalinks', async () => {
		const result = await getOrder({ plainPermalinks: true });
		expect(result.json[0].id).toBe(1);
		expect(ctx.fake.requests.map((r) => r.urlForm)).toEqual(['rest_route']);
	});

	it('sends Cache-Control: no-cache on writes only', async () => {
		await createAnOrder();
		const byMethod = ctx.fake.requests.map((r) => [r.method, r.headers['cache-control']]);
		expect(byMethod).toEqual([
			['GET', undefined],
			['POST', 'no-cache'],
			['GET', undefined],
		]);
	});

	it('can send PUT as POST with X-HTTP-Method-Override for hosts that block PUT', async () => {
		await runFluentCart({
			credentials: { ...ctx.credentials, methodOverride: true },
			parameters: orderParams('updateStatus', { orderId: rl(1), statusType: 'order', orderStatus: 'processing' }),
		});
		const put = ctx.fake.requests[0];
		expect(put.method).toBe('PUT');
		expect(put.headers['x-http-method-override']).toBe('PUT');
		expect(ctx.fake.store.orders.get(1)!.status).toBe('processing');
	});

	it('refuses a Site URL that is not a URL before any request', async () => {
		const result = await getOrder({ url: 'not a url at all' });
		expect(result.error?.message).toMatch(/is not a valid web address/);
		expect(result.error?.description).toMatch(/correct the Site URL/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('retries: GET only', () => {
	it.each([502, 503, 504, 429])('retries a GET after HTTP %d and succeeds', async (status) => {
		ctx.fake.injectFault({ method: 'GET', path: /orders\/1$/, times: 1, fault: { kind: 'status', status } });
		const result = await getOrder();
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests).toHaveLength(2);
	});

	it('retries a GET after a connection reset', async () => {
		ctx.fake.injectFault({ method: 'GET', times: 2, fault: { kind: 'reset' } });
		const result = await getOrder();
		expect(result.json[0].id).toBe(1);
		expect(ctx.fake.requests).toHaveLength(3);
	});

	it('waits as long as Retry-After asks', async () => {
		ctx.fake.injectFault({
			method: 'GET',
			times: 1,
			fault: { kind: 'status', status: 429, headers: { 'Retry-After': '1' } },
		});
		const started = Date.now();
		const result = await getOrder();
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	it('retries a GET that times out, then reports the timeout', async () => {
		transportSettings.timeoutMs = 150;
		try {
			ctx.fake.injectFault({ method: 'GET', times: 1, fault: { kind: 'delay', ms: 400 } });
			const recovered = await getOrder();
			expect(recovered.json[0].id).toBe(1);
			ctx.fake.injectFault({ method: 'GET', fault: { kind: 'delay', ms: 400 } });
			const failed = await getOrder();
			expect(failed.error?.message).toBe('The site did not answer in time after 3 tries');
			expect(failed.error?.description).toMatch(/timed out/);
		} finally {
			transportSettings.timeoutMs = saved.timeoutMs;
		}
	});

	it('gives up after 3 tries and says so', async () => {
		ctx.fake.injectFault({ method: 'GET', fault: { kind: 'status', status: 503 } });
		const result = await getOrder();
		expect(ctx.fake.requests).toHaveLength(3);
		expect(result.error?.message).toMatch(/HTTP 503\) after 3 tries/);
		expect(result.error?.httpCode).toBe('503');
	});

	it('never sends a write twice, even on a retryable status', async () => {
		ctx.fake.injectFault({ method: 'POST', fault: { kind: 'status', status: 503 } });
		const result = await createAnOrder();
		expect(ctx.fake.requestsTo('POST', /orders$/)).toHaveLength(1);
		expect(result.error?.httpCode).toBe('503');
	});

	it('never resends a write whose answer was lost, and tells the user to check', async () => {
		ctx.fake.injectFault({ method: 'POST', fault: { kind: 'reset-after' } });
		const result = await createAnOrder();
		expect(ctx.fake.appliedWrites.filter((w) => w.method === 'POST')).toHaveLength(1);
		expect(ctx.fake.requestsTo('POST', /orders$/)).toHaveLength(1);
		expect(result.error?.message).toMatch(/connection to the site was reset/);
		expect(result.error?.description).toMatch(/not repeated automatically/);
	});
});

describe('answers that are not FluentCart JSON', () => {
	it('explains an HTML maintenance page', async () => {
		ctx.fake.injectFault({ method: 'GET', fault: { kind: 'html', status: 200 } });
		const result = await getOrder();
		expect(result.error?.message).toMatch(/maintenance page instead of FluentCart JSON/);
		expect(ctx.fake.requests).toHaveLength(1);
	});

	it('explains broken JSON', async () => {
		ctx.fake.injectFault({ method: 'GET', fault: { kind: 'invalid-json' } });
		const result = await getOrder();
		expect(result.error?.message).toMatch(/not valid JSON/);
		expect(result.error?.description).toMatch(/PHP notices/);
	});
});

describe('authentication and permissions', () => {
	it('reports a wrong Application Password', async () => {
		const result = await getOrder({ password: 'wrong wrong wrong' });
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.message).toMatch(/did not accept the credentials/);
		expect(result.error?.description).toMatch(/Application Password/);
	});

	it('reports a user who is not an Administrator', async () => {
		const worker = ctx.fake.store.users.find((u) => !u.isAdmin)!;
		const result = await getOrder({ username: worker.username, password: worker.appPassword });
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.description).toMatch(/Administrator/);
	});

	it('reports FluentCart missing from the site', async () => {
		ctx.fake.disabledNamespaces.add('fluent-cart/v2');
		const result = await getOrder();
		expect(result.error?.message).toMatch(/route does not exist/);
		expect(result.error?.description).toMatch(/FluentCart may be deactivated/);
	});
});
