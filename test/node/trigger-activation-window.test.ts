/**
 * The first events after an activation. n8n 2.x can run a webhook with the static data it loaded
 * before the activation saved the new secret (and a queue-mode webhook processor has its own copy);
 * FluentCart does not send a refused event again. The trigger then checks the delivery's secret
 * against its feeds in FluentCart, at most once per few seconds per webhook.
 */
import { FEED_LOOKUP_INTERVAL_MS } from '../../nodes/FluentCartTrigger/feed-secrets';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { TriggerHost } from '../helpers/trigger-host';

let ctx: StartedFake;
let host: TriggerHost;

beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
	host = new TriggerHost(ctx.credentials, { events: ['order_paid_done'] }, 'wh-activation-window', 3);
	await host.start();
});
afterEach(async () => {
	await host.stop();
	await ctx.fake.stop();
});

const feedLookups = () => ctx.fake.requestsTo('GET', /integration\/global-feeds/).length;

async function payOrder() {
	const id = await createOrder(ctx);
	await markPaid(ctx, id);
	await ctx.fake.settle();
	return id;
}

it('runs the first event after activation when the webhook still holds the static data from before (no secret)', async () => {
	host.freezeStaticData();
	await host.activate();
	expect(host.staticData().secret).toEqual(expect.any(String));
	ctx.fake.resetLog();
	const id = await payOrder();
	expect(ctx.fake.deliveries.map((d) => [d.event, d.status])).toEqual([['order_paid_done', 200]]);
	expect(host.executions).toHaveLength(1);
	expect(host.executions[0][0]).toMatchObject({ order: { id } });
	expect(feedLookups()).toBe(1);
});

it('runs events after a re-activation when the webhook still holds the earlier secret', async () => {
	await host.activate();
	host.freezeStaticData();
	const earlier = String(host.staticData().secret);
	await host.deactivate();
	await host.activate();
	// The activation saved a new secret; deliveries still run against the frozen earlier one.
	expect(String(host.staticData().secret)).not.toBe(earlier);
	await payOrder();
	expect(ctx.fake.deliveries.map((d) => d.status)).toEqual([200]);
	expect(host.executions).toHaveLength(1);
});

it('runs a burst of events while the webhook keeps the static data from before: one look-up for all of them', async () => {
	host.freezeStaticData();
	await host.activate();
	ctx.fake.resetLog();
	const ids: number[] = [];
	for (let n = 0; n < 8; n++) ids.push(await payOrder());
	expect(ctx.fake.deliveries.map((d) => d.status)).toEqual(Array(8).fill(200));
	expect(host.executions.map((items) => (items[0].order as { id: number }).id)).toEqual(ids);
	expect(feedLookups()).toBe(1);
});

it('refuses forged secrets (401, nothing runs) and looks FluentCart up at most once per interval for them', async () => {
	host.freezeStaticData();
	await host.activate();
	ctx.fake.resetLog();
	const started = Date.now();
	const statuses: number[] = [];
	for (let n = 0; n < 20; n++) {
		const res = await fetch(host.webhookUrl(), {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-N8N-FluentCart-Secret': `forged-${n}-${'x'.repeat(40)}`, 'X-FluentCart-Event': 'order_paid_done' },
			body: JSON.stringify({ order: { id: 1 }, customer: {}, order_items: [] }),
		});
		statuses.push(res.status);
	}
	const intervals = Math.floor((Date.now() - started) / FEED_LOOKUP_INTERVAL_MS) + 1;
	expect(statuses).toEqual(Array(20).fill(401));
	expect(host.executions).toHaveLength(0);
	expect(feedLookups()).toBeGreaterThanOrEqual(1);
	expect(feedLookups()).toBeLessThanOrEqual(intervals);
});

it('a secret of another workflow\'s feed is refused', async () => {
	const other = new TriggerHost(ctx.credentials, { events: ['order_paid_done'] }, 'wh-activation-window-other', 3);
	await other.start();
	try {
		await other.activate();
		host.freezeStaticData();
		await host.activate();
		const res = await fetch(host.webhookUrl(), {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-N8N-FluentCart-Secret': String(other.staticData().secret), 'X-FluentCart-Event': 'order_paid_done' },
			body: JSON.stringify({ order: { id: 1 }, customer: {}, order_items: [] }),
		});
		expect(res.status).toBe(401);
		expect(host.executions).toHaveLength(0);
	} finally {
		await other.stop();
	}
});
