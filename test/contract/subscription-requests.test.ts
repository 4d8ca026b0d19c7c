/**
 * Contract: for each Subscription operation with a recording, the request the node sends has
 * the method, path and body of the request recorded against FluentCart 1.3.25.
 */
import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../fake/server';
import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import { rl } from '../helpers/params';
import { recordedSubscriptionLab } from '../helpers/subscription-lab';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	await recordedSubscriptionLab(ctx);
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, extra: IDataObject = {}) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'subscription', operation, ...extra } });

function expectLike(name: string, sent: LoggedRequest | undefined) {
	const f = fixture(name);
	const url = new URL(f.request.path, 'http://x');
	expect(sent).toBeDefined();
	expect(sent!.method).toBe(f.request.method);
	expect(sent!.path).toBe(url.pathname.replace('/wp-json/fluent-cart/v2/', ''));
	// n8n drops an empty JSON body (removeEmptyBody): `{}` arrives as no body, the same to WordPress.
	const body = f.request.body as IDataObject | null | undefined;
	expect(sent!.body).toEqual(body && Object.keys(body).length ? body : null);
}

const last = (method: string) => ctx.fake.requests.filter((r) => r.method === method).pop();

describe('Subscription requests match the recorded ones', () => {
	it('Get → subscription-get.json', async () => {
		const result = await run('get', { subscriptionId: rl(1) });
		expect(result.error).toBeUndefined();
		expectLike('subscription-get', last('GET'));
	});

	it('Get Many → subscriptions-list.json (same route; FluentCart’s paging and sort added)', async () => {
		const result = await run('getAll', { returnAll: true });
		expect(result.error).toBeUndefined();
		expectLike('subscriptions-list', last('GET'));
	});

	it('Cancel → subscription-cancel.json (the parent order is looked up first)', async () => {
		const result = await run('cancel', { subscriptionId: rl(1), cancelReason: 'customer_request' });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET subscriptions/1',
			'PUT orders/3/subscriptions/1/cancel',
		]);
		expectLike('subscription-cancel', last('PUT'));
	});

	it('Pause → error-422-subscription-pause-not-available.json (a site whose version cannot be told)', async () => {
		// A site known to run 1.3.25 is refused before sending; only an unknown version reaches the route.
		ctx.fake.pluginsEndpoint = 'blocked';
		ctx.fake.routeIndexBlocked = true;
		await run('pause', { subscriptionId: rl(1) });
		expectLike('error-422-subscription-pause-not-available', last('PUT'));
	});

	it('never sends error-422-subscription-cancel-no-reason.json’s request: an empty reason stops before any request', async () => {
		const result = await run('cancel', { subscriptionId: rl(1), cancelReason: 'other', otherReason: '  ' });
		expect(result.error?.message).toMatch(/Other Reason is empty/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
