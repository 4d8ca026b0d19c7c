/**
 * Contract: for each Customer operation with a recorded request, the request the node sends has
 * the method, path, query and body recorded against a real FluentCart 1.3.25.
 */
import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../fake/server';
import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { Fixture } from '../helpers/fixtures';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

function split(f: Fixture) {
	const url = new URL(f.request.path, 'http://x');
	const query: Record<string, string> = {};
	url.searchParams.forEach((value, key) => (query[key] = value));
	return { path: url.pathname.replace('/wp-json/fluent-cart/v2/', ''), query };
}

function sent(method: string, path: RegExp): LoggedRequest {
	const matching = ctx.fake.requestsTo(method, path);
	expect(matching.length).toBeGreaterThan(0);
	return matching[matching.length - 1];
}

/** Same method, path and query; the body equals the recorded one (or contains it, for `contains`). */
function expectLike(name: string, request: LoggedRequest, body: 'exact' | 'contains' = 'exact') {
	const f = fixture(name);
	const { path, query } = split(f);
	expect(request.method).toBe(f.request.method);
	expect(request.path).toBe(path);
	expect(request.query).toMatchObject(query);
	if (f.request.body === null || f.request.body === undefined) expect(request.body).toBeNull();
	else if (body === 'exact') expect(request.body).toEqual(f.request.body);
	else expect(request.body).toMatchObject(f.request.body as IDataObject);
}

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'customer', operation, ...extra } });

describe('Customer requests match the recorded ones', () => {
	it('Create → customer-create.json, plus first_name/last_name for stores with separate name fields', async () => {
		ctx.fake.store.customers.clear();
		const result = await run('create', {
			email: 'ada@example.test',
			firstName: 'Ada',
			lastName: 'Lovelace',
			additionalFields: { country: 'GB', city: 'London' },
		});
		expect(result.error).toBeUndefined();
		const request = sent('POST', /customers$/);
		expectLike('customer-create', request, 'contains');
		const extra = Object.keys(request.body as IDataObject).filter((k) => !(k in (fixture('customer-create').request.body as IDataObject)));
		expect(extra.sort()).toEqual(['first_name', 'last_name']);
	});

	it('Create with a used email → error-422-customer-duplicate-email.json', async () => {
		const result = await run('create', { email: 'ada@example.test', firstName: 'Ada', lastName: 'Again' });
		expectLike('error-422-customer-duplicate-email', sent('POST', /customers$/), 'contains');
		expect(result.error?.httpCode).toBe('422');
	});

	it('Get → customer-get.json; a missing one → error-404-customer-not-found.json', async () => {
		await run('get', { customerId: rl(1) });
		expectLike('customer-get', sent('GET', /customers\/1$/));
		await run('get', { customerId: rl(999999) });
		expectLike('error-404-customer-not-found', sent('GET', /customers\/999999$/));
	});

	it('Get Many → customers-list.json', async () => {
		await run('getAll', { returnAll: false, limit: 10 });
		expectLike('customers-list', sent('GET', /customers$/));
	});

	it('Get Orders → customer-orders.json', async () => {
		await createOrder(ctx);
		await run('getOrders', { customerId: rl(1), returnAll: true });
		expectLike('customer-orders', sent('GET', /customers\/1\/orders$/));
	});

	it('Update → customer-update.json (the whole record, with the id error-422-customer-update-without-id.json lacks)', async () => {
		await run('update', { customerId: rl(1), updateFields: { firstName: 'Ada King', city: 'Marylebone', notes: 'VIP' } });
		const request = sent('PUT', /customers\/1$/);
		expectLike('customer-update', request, 'contains');
		const withoutId = fixture('error-422-customer-update-without-id').request.body as IDataObject;
		expect(Object.keys(withoutId)).not.toContain('id');
		expect(request.body).toMatchObject({ ...withoutId, id: 1 });
		// The recorded answer, field for field (timestamps aside).
		const recorded = (fixture('customer-update').response as { data: IDataObject }).data;
		const row = ctx.fake.store.customers.get(1)!;
		for (const key of ['first_name', 'last_name', 'city', 'notes', 'user_id', 'status', 'state', 'postcode', 'aov']) {
			expect({ key, value: row[key] }).toEqual({ key, value: recorded[key] });
		}
	});
});
