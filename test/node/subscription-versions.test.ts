/**
 * The subscription actions that depend on the FluentCart version: pause, resume, reactivate,
 * skip renewal and charge now exist from 1.6.0. An older site is refused before anything is
 * sent; a site whose version cannot be told gets FluentCart's own answer explained.
 */
import type { IDataObject } from 'n8n-workflow';

import { addSubscriptionScenario } from '../fake/routes/subscriptions';
import { addRenewalInvoice } from '../fake/routes/subscriptions-16';
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
const has16 = suiteAtLeast('1.6.0');
const run = (operation: string, extra: IDataObject = {}, continueOnFail = false) =>
	runFluentCart({ credentials: ctx.credentials, continueOnFail, parameters: { resource: 'subscription', operation, ...extra } });
const row = (id: number) => ctx.fake.store.table('subscriptions').get(id)!;
const fluentCartRequests = () => ctx.fake.requests.filter((r) => r.namespace === 'fluent-cart/v2');
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET');

const ACTIONS = [
	['pause', 'Pausing a subscription'],
	['resume', 'Resuming a subscription'],
	['reactivate', 'Reactivating a subscription'],
	['skipRenewal', 'Skipping a renewal'],
	['chargeNow', 'Charging a renewal now'],
] as const;

(has16 ? describe.skip : describe)(`before 1.6.0 (FluentCart ${version})`, () => {
	it.each(ACTIONS)('%s is refused before anything is sent, naming the version needed', async (operation, label) => {
		addSubscriptionScenario(ctx.fake, { status: 'active' });
		ctx.fake.resetLog();
		const result = await run(operation, { subscriptionId: rl(1) });
		expect(result.error?.message).toBe(`${label} needs FluentCart 1.6.0 or later; this site runs ${version} [item 0]`);
		expect(result.error?.description).toMatch(/Nothing was sent/);
		expect(fluentCartRequests()).toHaveLength(0);
		expect(row(1).status).toBe('active');
	});

	it('with Continue On Fail, reports it per item', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'active' });
		const result = await run('pause', { subscriptionId: rl(1) }, true);
		expect(result.json[0].error).toMatch(/Pausing a subscription needs FluentCart 1\.6\.0 or later/);
	});

	describe('when the version cannot be told, FluentCart’s answer is explained instead', () => {
		beforeEach(() => {
			ctx.fake.pluginsEndpoint = 'blocked';
			ctx.fake.routeIndexBlocked = true;
		});

		it.each([
			['pause', 'pause subscriptions'],
			['resume', 'resume subscriptions'],
			['reactivate', 'reactivate subscriptions'],
		])('%s: "Not available yet" becomes one error naming the version needed', async (operation, label) => {
			addSubscriptionScenario(ctx.fake, { status: 'active' });
			const result = await run(operation, { subscriptionId: rl(1) });
			expect(result.error?.message).toBe(`This FluentCart version cannot ${label} yet`);
			expect(result.error?.description).toMatch(/FluentCart before 1\.6\.0 only has a placeholder.*"Not available yet"/);
			expect(result.error?.description).toMatch(/FluentCart answered: Not available yet, HTTP 422/);
			expect(writes().map((r) => r.path)).toEqual([`orders/1/subscriptions/1/${operation}`]);
		});

		it.each([
			['skipRenewal', 'skip subscription renewals'],
			['chargeNow', 'charge subscriptions on demand'],
		])('%s: rest_no_route becomes one error naming the version needed', async (operation, label) => {
			addSubscriptionScenario(ctx.fake, { status: 'active' });
			const result = await run(operation, { subscriptionId: rl(1) });
			expect(result.error?.message).toBe(`This FluentCart version cannot ${label}: the feature needs a newer FluentCart`);
			expect(result.error?.description).toMatch(/added it in version 1\.6\.0/);
			expect(result.error?.httpCode).toBe('404');
		});
	});
});

(has16 ? describe : describe.skip)(`from 1.6.0 (FluentCart ${version})`, () => {
	it('pauses and resumes a store-billed subscription, with the reason sent', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'manual' });
		const paused = await run('pause', { subscriptionId: rl(1), actionReason: 'customer away' });
		expect(paused.error).toBeUndefined();
		expect(paused.json[0]).toMatchObject({ id: 1, status: 'paused', message: 'Subscription has been paused successfully!' });
		expect(writes()[0].body).toEqual({ reason: 'customer away' });
		expect(row(1).status).toBe('paused');

		const resumed = await run('resume', { subscriptionId: rl(1) });
		expect(resumed.json[0]).toMatchObject({ id: 1, status: 'active', message: 'Subscription has been resumed successfully!' });
		expect(row(1).status).toBe('active');
	});

	it('passes on FluentCart’s refusal for a gateway-billed subscription whose gateway cannot pause', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'active' });
		const result = await run('pause', { subscriptionId: rl(1) });
		expect(result.error?.message).toBe('This subscription cannot be paused.');
		expect(row(1).status).toBe('active');
	});

	it('reactivates a canceled store-billed subscription with FluentCart Pro, and says why not without it', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'canceled', collectionMethod: 'manual' });
		const free = await run('reactivate', { subscriptionId: rl(1) });
		expect(free.error?.message).toBe('This subscription cannot be reactivated.');
		ctx.fake.pro = true;
		const result = await run('reactivate', { subscriptionId: rl(1) });
		expect(result.json[0]).toMatchObject({ id: 1, status: 'active' });
	});

	it('skips the next period and returns both dates; a second skip is FluentCart’s business error', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'manual', nextBillingDate: '2026-09-01 00:00:00' });
		const result = await run('skipRenewal', { subscriptionId: rl(1), skipReason: 'holiday' });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toEqual({
			subscription_id: 1,
			message: 'Billing period has been skipped successfully.',
			old_next_billing_date: '2026-09-01 00:00:00',
			new_next_billing_date: '2026-10-01 00:00:00',
		});
		expect(writes()[0].body).toEqual({ reason: 'holiday' });
		const again = await run('skipRenewal', { subscriptionId: rl(1) });
		expect(again.error?.message).toMatch(/could not be skipped/);
	});

	it('charges the open renewal invoice and passes on a declined charge as charge_status', async () => {
		addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'system' });
		const none = await run('chargeNow', { subscriptionId: rl(1) });
		expect(none.error?.message).toBe('There is no open renewal order to charge for this subscription.');
		addRenewalInvoice(ctx.fake, 1, 'payment_scheduled');
		const charged = await run('chargeNow', { subscriptionId: rl(1) });
		expect(charged.json[0]).toMatchObject({ charge_status: 'failed', subscription: { id: 1, status: 'active' } });
	});
});
