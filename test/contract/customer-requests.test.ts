/**
 * Contract: for each Customer operation with a recorded request, the request the node sends has
 * the method, path, query and body recorded against a real FluentCart 1.3.25.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { expectLikeRecorded, lastSent } from '../helpers/contract';
import { fixture } from '../helpers/fixtures';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const sent = (method: string, path: RegExp) => lastSent(ctx.fake, method, path);
const expectLike = expectLikeRecorded;

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
