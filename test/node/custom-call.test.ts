/**
 * Custom API Call → any fluent-cart/v2 route through the node's transport: auth, errors,
 * GET-only retries, numeric strings; and the path and body checks that run before any request.
 */
import type { IDataObject } from 'n8n-workflow';

import { transportSettings } from '../../nodes/shared/transport';
import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
const saved = { ...transportSettings };
beforeAll(() => {
	transportSettings.baseDelayMs = 10;
});
afterAll(() => Object.assign(transportSettings, saved));
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'customApiCall', operation: 'call', ...extra } });

describe('Custom API Call', () => {
	it('GET with query parameters (name[] collects a list); numeric strings become numbers unless kept', async () => {
		await createOrder(ctx);
		ctx.fake.resetLog();
		const result = await run({
			method: 'GET',
			path: 'orders',
			queryParameters: {
				parameter: [
					{ name: 'per_page', value: '5' },
					{ name: 'with[]', value: 'customer' },
					{ name: 'with[]', value: 'order_items' },
					{ name: 'params[startDate]', value: '2026-01-01' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests[0].query).toEqual({
			per_page: '5',
			with: ['customer', 'order_items'],
			params: { startDate: '2026-01-01' },
		});
		const orders = result.json[0].orders as { data: IDataObject[] };
		expect(orders.data[0]).toMatchObject({ id: 1, total_paid: 0 });
		expect((orders.data[0].customer as IDataObject).email).toBe('ada@example.test');

		const raw = await run({ method: 'GET', path: 'orders', customOptions: { raw: true } });
		expect((raw.json[0].orders as { data: IDataObject[] }).data[0].total_paid).toBe('0');
	});

	it('POST sends the JSON body as given, once, with no-cache', async () => {
		const result = await run({
			method: 'POST',
			path: '/wp-json/fluent-cart/v2/orders',
			body: JSON.stringify({ customer_id: 1, order_items: [{ post_id: 4, object_id: 1, quantity: 1, unit_price: 1999 }], shipping_total: 0 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ message: 'Order created successfully!', order_id: 1 });
		expect(ctx.fake.requests).toHaveLength(1);
		expect(ctx.fake.requests[0]).toMatchObject({ method: 'POST', path: 'orders' });
		expect(ctx.fake.requests[0].body).toEqual({ customer_id: 1, order_items: [{ post_id: 4, object_id: 1, quantity: 1, unit_price: 1999 }], shipping_total: 0 });
		expect(ctx.fake.requests[0].headers['cache-control']).toBe('no-cache');
	});

	it('splits an array answer into items (or keeps it whole)', async () => {
		const split = await run({ method: 'GET', path: 'variants' });
		expect(split.json.length).toBeGreaterThan(1);
		expect(split.json[0]).toHaveProperty('variation_title');
		const whole = await run({ method: 'GET', path: 'variants', customOptions: { split: false } });
		expect(whole.json).toHaveLength(1);
		expect(Array.isArray(whole.json[0].data)).toBe(true);
	});

	it('reports FluentCart’s errors like every other operation', async () => {
		const missing = await run({ method: 'GET', path: 'orders/999' });
		expect(missing.error?.message).toBe('Order not found');
		expect(missing.error?.httpCode).toBe('404');
		const validation = await run({ method: 'POST', path: 'orders', body: '{}' });
		expect(validation.error?.message).toMatch(/^FluentCart rejected the data: customer_id: Customer selection is required/);
		expect(validation.error?.httpCode).toBe('422');
		const noRoute = await run({ method: 'GET', path: 'no-such-thing' });
		expect(noRoute.error?.message).toBe('This FluentCart API route does not exist on the site');
	});

	it('retries a GET on 503 but sends a write exactly once', async () => {
		ctx.fake.injectFault({ method: 'GET', path: /orders$/, times: 1, fault: { kind: 'status', status: 503 } });
		const read = await run({ method: 'GET', path: 'orders' });
		expect(read.error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([503, 200]);

		ctx.fake.resetLog();
		ctx.fake.injectFault({ method: 'POST', path: /orders$/, times: 1, fault: { kind: 'status', status: 503 } });
		const write = await run({ method: 'POST', path: 'orders', body: '{"customer_id": 1}' });
		expect(write.error?.httpCode).toBe('503');
		expect(ctx.fake.requests).toHaveLength(1);
	});

	it.each([
		['https://evil.example.com/wp-json/x', 'must not contain a scheme or host'],
		['//evil.example.com/x', 'must not contain a scheme or host'],
		['orders/../../wp/v2/users', 'must not contain "." or ".." segments'],
		['orders/%2e%2e/secret', 'must not contain "." or ".." segments'],
		['orders?per_page=5', 'must not contain a query string'],
		['orders/ 1', 'contains spaces'],
		['fluent-cart/v2/', 'Path names no route'],
		['={{ "" }}', 'Path is empty'],
	])('refuses the path %s before any request', async (path, message) => {
		const result = await run({ method: 'GET', path });
		expect(result.error?.message).toContain(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('refuses a body that is not a JSON object before any request', async () => {
		const broken = await run({ method: 'POST', path: 'orders', body: '={{ "{\\"customer_id\\": " }}' });
		expect(broken.error?.message).toMatch(/^Body \(JSON\) is not valid JSON/);
		const list = await run({ method: 'PUT', path: 'orders/1/statuses', body: '={{ "[1, 2]" }}' });
		expect(list.error?.message).toMatch(/^Body \(JSON\) must be a JSON object/);
		const nameless = await run({ method: 'GET', path: 'orders', queryParameters: { parameter: [{ name: ' ', value: 'x' }] } });
		expect(nameless.error?.message).toMatch(/^A query parameter has no name/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
