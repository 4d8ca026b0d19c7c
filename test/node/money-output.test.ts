/**
 * Money Output through n8n-core against the fake: the FluentCart node (version 2), the Polling
 * Trigger (version 2) and the Trigger (version 3) output decimals in the store currency by
 * default and FluentCart's cents when asked; nodes saved at the earlier versions keep cents.
 * Reports come out in one unit although FluentCart answers Overview in cents and Sales Report in
 * decimals.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';
import { PollHost } from '../helpers/poll-host';
import { TriggerHost } from '../helpers/trigger-host';

let ctx: StartedFake;
let host: TriggerHost | undefined;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => {
	await host?.stop();
	host = undefined;
	await ctx.fake.stop();
});

const getOrder = (orderId: number, typeVersion: number, moneyOutput?: string, simplify = true) =>
	runFluentCart({
		credentials: ctx.credentials,
		typeVersion,
		parameters: { resource: 'order', operation: 'get', orderId: rl(orderId), simplify, ...(moneyOutput ? { moneyOutput } : {}) },
	});

describe('FluentCart node', () => {
	it('version 2 outputs an order in decimals by default: 2 × 19.99 is 39.98, not 3998', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const simple = await getOrder(id, 2);
		expect(simple.error).toBeUndefined();
		expect(simple.json[0]).toMatchObject({ id, total_amount: 39.98, total_paid: 39.98, subtotal: 39.98 });
		expect((simple.json[0].items as IDataObject[])[0]).toMatchObject({ unit_price: 19.99, line_total: 39.98, quantity: 2 });
		const full = await getOrder(id, 2, undefined, false);
		const order = full.json[0];
		expect(order).toMatchObject({ id, total_amount: 39.98, total_paid: 39.98 });
		expect((order.order_items as IDataObject[])[0]).toMatchObject({ unit_price: 19.99, line_total: 39.98, quantity: 2 });
		expect((order.transactions as IDataObject[])[0].total).toBe(39.98);
		expect(order.customer).toMatchObject({ id: 1 });
	});

	it('version 2 with Money Output = Cents, and version 1, output FluentCart\'s cents', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		for (const run of [await getOrder(id, 2, 'cents'), await getOrder(id, 1)]) {
			expect(run.error).toBeUndefined();
			expect(run.json[0]).toMatchObject({ total_amount: 3998, total_paid: 3998 });
			expect((run.json[0].items as IDataObject[])[0]).toMatchObject({ unit_price: 1999 });
		}
	});

	it('a refund reports its amount and read-back in the output unit', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const refund = (typeVersion: number) =>
			runFluentCart({
				credentials: ctx.credentials,
				typeVersion,
				parameters: { resource: 'order', operation: 'refund', orderId: rl(id), amount: '5.50' },
			});
		const decimal = await refund(2);
		expect(decimal.error).toBeUndefined();
		expect(decimal.json[0]).toMatchObject({ amount: 5.5, refunded_read_back: 5.5, refund_read_back: 'as asked', order_total_refund: 5.5 });
		const legacy = await refund(1);
		expect(legacy.json[0]).toMatchObject({ amount: 550, refunded_cents_read_back: 550, order_total_refund: 1100 });
	});

	it('reports share one unit: Overview (cents in FluentCart) and Sales Report (decimals in FluentCart)', async () => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		const report = (operation: string, moneyOutput?: string) =>
			runFluentCart({
				credentials: ctx.credentials,
				typeVersion: 2,
				parameters: { resource: 'report', operation, ...(moneyOutput ? { moneyOutput } : {}) },
			});
		const overview = await report('overview');
		const sales = await report('salesReport');
		const stats = await report('dashboardStats');
		expect(overview.json[0].gross_summary).toMatchObject({ total: 39.98 });
		expect(sales.json[0].summaryData).toMatchObject({ gross_sale: 39.98, order_count: 1 });
		expect(stats.json[0]).toMatchObject({ paid_orders: 1, paid_amount: 39.98 });
		const salesCents = await report('salesReport', 'cents');
		const overviewCents = await report('overview', 'cents');
		expect(salesCents.json[0].summaryData).toMatchObject({ gross_sale: 3998, order_count: 1 });
		expect(overviewCents.json[0].gross_summary).toMatchObject({ total: 3998 });
	});
});

describe('FluentCart Polling Trigger', () => {
	it('version 2 emits new orders in decimals; version 1 in cents', async () => {
		const hosts = [new PollHost(ctx.credentials, { event: 'newOrder' }, false, 2), new PollHost(ctx.credentials, { event: 'newOrder' }, false, 1)];
		for (const h of hosts) expect(await h.poll()).toBeNull();
		const id = await createOrder(ctx);
		const [decimal, cents] = [await hosts[0].poll(), await hosts[1].poll()];
		expect(decimal![0]).toMatchObject({ id, total_amount: 39.98 });
		expect(cents![0]).toMatchObject({ id, total_amount: 3998 });
	});
});

describe('FluentCart Trigger', () => {
	it('version 3 delivers a paid order in decimals; Money Output = Cents keeps cents', async () => {
		ctx.fake.pro = true;
		for (const [parameters, total] of [
			[{ events: ['order_paid_done'] }, 39.98],
			[{ events: ['order_paid_done'], moneyOutput: 'cents' }, 3998],
		] as const) {
			host = new TriggerHost(ctx.credentials, parameters as IDataObject, `wh-money-${total}`, 3);
			await host.start();
			await host.activate();
			const id = await createOrder(ctx);
			await markPaid(ctx, id);
			await ctx.fake.settle();
			expect(host.executions).toHaveLength(1);
			expect(host.executions[0][0]).toMatchObject({ event: 'order_paid_done', order: { id, total_paid: total, total_amount: total } });
			await host.stop();
			host = undefined;
		}
	});
});
