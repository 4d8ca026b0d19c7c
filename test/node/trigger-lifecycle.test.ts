/**
 * FluentCart Trigger webhook lifecycle against the fake FluentCart (with and without Pro):
 * one feed per event on activation, check / repair / orphan clean-up, removal on deactivation.
 */
import type { IDataObject } from 'n8n-workflow';

import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { TriggerHost } from '../helpers/trigger-host';

let ctx: StartedFake;
let host: TriggerHost;
const feeds = () => [...ctx.fake.store.table('integration_feeds').values()];
const feedData = (f: Record<string, unknown>) => f.feed as IDataObject;

async function startHost(parameters: IDataObject = { events: ['order_paid_done', 'order_fully_refunded'] }) {
	host = new TriggerHost(ctx.credentials, parameters);
	await host.start();
}

beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
});
afterEach(async () => {
	await host?.stop();
	await ctx.fake.stop();
});

describe('activation', () => {
	it('registers one Pro webhook feed per event, with the secret and event in headers and URL', async () => {
		await startHost();
		expect(await host.activate()).toEqual({ existed: false });
		const url = host.webhookUrl();
		expect(url).toBe(`${host.baseUrl}/webhook/wh-fluentcart-1/webhook`);
		const state = host.staticData();
		expect(typeof state.secret).toBe('string');
		expect(String(state.secret)).toHaveLength(64);
		expect(feeds().map((f) => [f.provider, feedData(f).request_url, feedData(f).event_trigger])).toEqual([
			['webhook', `${url}?event=order_paid_done`, ['order_paid_done']],
			['webhook', `${url}?event=order_fully_refunded`, ['order_fully_refunded']],
		]);
		const first = feedData(feeds()[0]);
		expect(first).toMatchObject({
			enabled: 'yes',
			request_method: 'post',
			request_format: 'json',
			request_body: { type: 'all_data', data: [] },
			request_headers: {
				type: 'custom_headers',
				data: [
					{ name: 'X-N8N-FluentCart-Secret', value: state.secret },
					{ name: 'X-FluentCart-Event', value: 'order_paid_done' },
				],
			},
		});
		expect(String(first.name)).toMatch(/^n8n workflow wf-1 Paid orders: Order Paid$/);
		// `integration` travels as a JSON string, as FluentCart json_decode()s it.
		const posts = ctx.fake.requestsTo('POST', /integration\/global-feeds\/settings$/);
		expect(posts).toHaveLength(2);
		expect(typeof (posts[0].body as IDataObject).integration).toBe('string');
		expect(state.feeds).toEqual({ order_paid_done: feeds()[0].id, order_fully_refunded: feeds()[1].id });
	});

	it('finds everything in place on the next activation and writes nothing', async () => {
		await startHost();
		await host.activate();
		ctx.fake.resetLog();
		expect(await host.activate()).toEqual({ existed: true });
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET integration/global-feeds']);
	});

	it('recreates a feed deleted in FluentCart, and only that one', async () => {
		await startHost();
		await host.activate();
		const [paid, refunded] = feeds();
		ctx.fake.store.table('integration_feeds').delete(Number(refunded.id));
		expect(await host.activate()).toEqual({ existed: false });
		expect(feeds().map((f) => feedData(f).event_trigger)).toEqual([['order_paid_done'], ['order_fully_refunded']]);
		expect(feeds()[0].id).toBe(paid.id);
		expect(host.staticData().feeds).toEqual({ order_paid_done: paid.id, order_fully_refunded: feeds()[1].id });
	});

	it('switches a disabled feed back on', async () => {
		await startHost();
		await host.activate();
		feedData(feeds()[0]).enabled = 'no';
		expect(await host.activate()).toEqual({ existed: true });
		expect(feedData(feeds()[0]).enabled).toBe('yes');
	});

	it('deletes orphans: feeds for this URL whose secret the workflow no longer holds', async () => {
		await startHost();
		await host.activate();
		const oldIds = feeds().map((f) => f.id);
		// n8n lost the node's static data (the WooCommerce Trigger's crash history).
		const state = host.staticData();
		delete state.secret;
		delete state.feeds;
		await host.activate();
		const now = feeds();
		expect(now).toHaveLength(2);
		expect(now.some((f) => oldIds.includes(f.id))).toBe(false);
		expect(ctx.fake.requestsTo('DELETE', /integration\/global-feeds\/\d+$/)).toHaveLength(2);
	});

	it('removes feeds of events that are no longer selected', async () => {
		await startHost();
		await host.activate();
		host.node.parameters.events = ['order_paid_done'];
		await host.activate();
		expect(feeds().map((f) => feedData(f).event_trigger)).toEqual([['order_paid_done']]);
	});

	it('fails activation clearly without FluentCart Pro, creating nothing', async () => {
		ctx.fake.pro = false;
		await startHost();
		const error = (await host.activate().catch((e: unknown) => e)) as { message: string; description: string };
		expect(error.message).toBe('FluentCart Pro’s Webhook integration is not available on this site');
		expect(error.description).toMatch(/use the FluentCart Polling Trigger instead/);
		expect(ctx.fake.requestsTo('POST', /./)).toHaveLength(0);
	});

	it('registers Subscription Reactivated only where FluentCart sends it (1.3.27 and later)', async () => {
		await startHost({ events: ['subscription_canceled', 'subscription_reactivated'] });
		if (ctx.fake.atLeast('1.3.27')) {
			expect(await host.activate()).toEqual({ existed: false });
			expect(feeds().map((f) => feedData(f).event_trigger)).toEqual([['subscription_canceled'], ['subscription_reactivated']]);
			return;
		}
		const error = (await host.activate().catch((e: unknown) => e)) as { message: string; description: string };
		expect(error.message).toBe(`The Subscription Reactivated event needs FluentCart 1.3.27 or later; this site runs ${ctx.fake.version}`);
		expect(error.description).toMatch(/Nothing was sent/);
		expect(ctx.fake.requestsTo('POST', /./)).toHaveLength(0);
	});

	it('touches nothing in Manual registration', async () => {
		await startHost({ events: ['order_paid_done'], registration: 'manual', secret: 'a'.repeat(32) });
		expect(await host.activate()).toEqual({ existed: true });
		expect(await host.deactivate()).toBe(true);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('deactivation', () => {
	it('removes our feeds and forgets the secret', async () => {
		await startHost();
		await host.activate();
		expect(await host.deactivate()).toBe(true);
		expect(feeds()).toHaveLength(0);
		expect(host.staticData().secret).toBeUndefined();
		expect(host.staticData().feeds).toBeUndefined();
	});

	it('is fine with a feed that is already gone', async () => {
		await startHost();
		await host.activate();
		const gone = Number(feeds()[0].id);
		ctx.fake.store.table('integration_feeds').delete(gone);
		expect(await host.deactivate()).toBe(true);
		expect(feeds()).toHaveLength(0);
		expect(ctx.fake.requestsTo('DELETE', new RegExp(`global-feeds/${gone}$`))[0].status).toBe(404);
	});

	it('leaves other feeds alone', async () => {
		await ctx.api.post('integration/global-feeds/settings', {
			integration_name: 'webhook',
			integration: JSON.stringify({
				enabled: 'yes',
				name: 'Zapier',
				request_url: 'https://hooks.zapier.com/x',
				request_method: 'post',
				request_format: 'json',
				request_headers: { type: 'no_headers', data: [] },
				request_body: { type: 'all_data', data: [] },
				event_trigger: ['order_paid_done'],
			}),
		});
		await startHost();
		await host.activate();
		await host.deactivate();
		expect(feeds().map((f) => feedData(f).name)).toEqual(['Zapier']);
	});
});
