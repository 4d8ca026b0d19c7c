/**
 * The fake FluentCart must answer like the recorded FluentCart 1.3.25: same status, same keys,
 * same JSON types (numeric strings included), and for errors the same body. This replays the
 * recorded order session, in the order it was recorded, against a fresh fake.
 */
import axios from 'axios';

import { fixture, fluentCartPath } from '../helpers/fixtures';
import { asRecorded, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { at, shapeDiff } from '../helpers/shape';

let ctx: StartedFake;

beforeAll(async () => {
	ctx = await startFake();
});
afterAll(async () => ctx.fake.stop());

async function replay(name: string, mode: 'shape' | 'exact' = 'shape') {
	const f = fixture(name);
	const res = await ctx.api.request({
		method: f.request.method,
		url: fluentCartPath(f),
		data: f.request.body ?? undefined,
	});
	expect({ name, status: res.status }).toEqual({ name, status: f.status });
	const body = asRecorded(res.data, ctx.url);
	if (mode === 'exact') {
		expect(body).toEqual(f.response);
	} else {
		expect({ name, diff: shapeDiff(f.response, body) }).toEqual({ name, diff: [] });
	}
	return body as unknown;
}

describe('fake FluentCart replays the recorded order session', () => {
	it('creates an order and answers only {message, order_id, uuid}', async () => {
		const body = await replay('order-create');
		expect(at(body, 'order_id')).toBe(1);
		expect(at(body, 'message')).toBe('Order created successfully!');
	});

	it('returns order details, lists and searches like FluentCart', async () => {
		const details = await replay('order-get');
		expect(at(details, 'order.total_paid')).toBe('0');
		expect(at(details, 'order.total_amount')).toBe(3998);
		await replay('orders-list');
		await replay('orders-search');
		await replay('customer-orders');
	});

	it('marks as paid, refuses a second time with 423, and shows the paid order', async () => {
		await replay('order-mark-paid', 'exact');
		await replay('error-423-order-already-paid', 'exact');
		const paid = await replay('order-get-paid');
		expect(at(paid, 'order.status')).toBe('completed');
		expect(at(paid, 'order.invoice_no')).toBe('INV-1');
	});

	it('validates and processes refunds', async () => {
		await replay('error-422-refund-validation', 'exact');
		await replay('order-refund-partial', 'exact');
		const refunded = await replay('order-get-partially-refunded');
		expect(at(refunded, 'order.payment_status')).toBe('partially_refunded');
		expect(at(refunded, 'order.total_refund')).toBe('1000');
	});

	it('changes statuses and answers the 500-with-numeric-code error', async () => {
		await replay('order-status-processing');
		await replay('error-500-order-status-invalid', 'exact');
		await replay('order-shipping-status-shipped');
	});

	it('cancels and deletes a second order', async () => {
		await replay('order-create-to-cancel');
		await replay('order-status-canceled');
		await replay('order-delete', 'exact');
	});

	it('answers the recorded error shapes', async () => {
		await replay('error-404-order-not-found', 'exact');
		await replay('error-400-subscription-in-manual-order', 'exact');
		await replay('error-404-customer-not-found', 'exact');
	});

	it('serves the ?rest_route= URL form', async () => {
		const f = fixture('rest-route-query-form');
		const res = await ctx.api.get(`${ctx.url}/?rest_route=/fluent-cart/v2/products`);
		expect(res.status).toBe(200);
		expect(shapeDiff(f.response, asRecorded(res.data, ctx.url))).toEqual([]);
		expect(at(asRecorded(res.data, ctx.url), 'products.path')).toBe('http://127.0.0.1:8080');
	});

	it('answers 401 rest_forbidden without or with a wrong Application Password', async () => {
		const noAuth = fixture('error-401-no-auth');
		const res = await axios.get(`${ctx.url}/wp-json/fluent-cart/v2/products`, { validateStatus: () => true });
		expect(res.status).toBe(401);
		expect(res.data).toEqual(noAuth.response);
		const bad = await ctx.api.get('products', { auth: { username: 'admin', password: 'nope nope nope' } });
		expect(bad.status).toBe(401);
		expect(bad.data).toEqual(fixture('error-401-bad-app-password').response);
	});
});
