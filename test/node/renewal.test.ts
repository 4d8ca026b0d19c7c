/**
 * Renewal Invoice → Get Many, Get, Void: FluentCart 1.6's renewal invoices, through n8n-core
 * against the fake; refused before anything is sent on older versions.
 */
import type { IDataObject } from 'n8n-workflow';

import { addSubscriptionScenario } from '../fake/routes/subscriptions';
import { addRenewalInvoice, payRenewalInvoice } from '../fake/routes/subscriptions-16';
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteAtLeast, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const version = suiteVersion();
const run = (operation: string, extra: IDataObject = {}) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'renewal', operation, ...extra } });

(suiteAtLeast('1.6.0') ? describe.skip : describe)(`Renewal Invoice before 1.6.0 (FluentCart ${version})`, () => {
	it.each([
		['getAll', {}],
		['get', { renewalId: rl(5) }],
		['void', { renewalId: rl(5) }],
	])('%s is refused before anything is sent', async (operation, extra) => {
		const result = await run(operation, { returnAll: true, ...extra });
		expect(result.error?.message).toBe(`Working with renewal invoices needs FluentCart 1.6.0 or later; this site runs ${version} [item 0]`);
		expect(ctx.fake.requests.filter((r) => r.namespace === 'fluent-cart/v2')).toHaveLength(0);
	});
});

(suiteAtLeast('1.6.0') ? describe : describe.skip)(`Renewal Invoice (FluentCart ${version})`, () => {
	let pending: number;
	let scheduled: number;
	let paid: number;
	beforeEach(() => {
		const { orderId } = addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'manual', nextBillingDate: '2026-12-10 00:00:00' });
		pending = addRenewalInvoice(ctx.fake, 1, 'pending');
		scheduled = addRenewalInvoice(ctx.fake, 1, 'payment_scheduled');
		paid = addRenewalInvoice(ctx.fake, 1, 'pending');
		payRenewalInvoice(ctx.fake, paid);
		expect(orderId).toBe(1);
	});

	it('lists the invoices newest first, simplified, and filters by payment status', async () => {
		const all = await run('getAll', { returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json.map((r) => [r.id, r.type, r.parent_id, r.payment_status])).toEqual([
			[paid, 'renewal', 1, 'paid'],
			[scheduled, 'renewal', 1, 'payment_scheduled'],
			[pending, 'renewal', 1, 'pending'],
		]);
		const due = await run('getAll', { returnAll: true, renewalFilters: { paymentStatus: 'payment_scheduled', parentId: 1 } });
		expect(due.json.map((r) => r.id)).toEqual([scheduled]);
		expect(ctx.fake.requestsTo('GET', /renewals$/).pop()?.query).toMatchObject({ payment_status: 'payment_scheduled', parent_id: '1' });
	});

	it('gets one invoice, and reports an order that is not a renewal as not found', async () => {
		const one = await run('get', { renewalId: rl(pending) });
		expect(one.json[0]).toMatchObject({ id: pending, type: 'renewal', status: 'pending', payment_status: 'pending' });
		const notRenewal = await run('get', { renewalId: rl(1) });
		expect(notRenewal.error?.message).toBe('Renewal order not found');
	});

	it('voids a pending invoice and says so; a paid one is FluentCart’s refusal', async () => {
		const voided = await run('void', { renewalId: rl(pending) });
		expect(voided.error).toBeUndefined();
		expect(voided.json[0]).toMatchObject({ id: pending, status: 'canceled', payment_status: 'failed', voided: true, message: 'Renewal order has been voided successfully' });
		// The subscription's next billing date moved one period on.
		expect(ctx.fake.store.table('subscriptions').get(1)?.next_billing_date).toBe('2027-01-10 00:00:00');
		const refused = await run('void', { renewalId: rl(paid) });
		expect(refused.error?.message).toBe('Only pending or scheduled invoices can be voided');
		expect(refused.error?.httpCode).toBe('400');
	});
});
