/**
 * The demo shop (`npm run fake -- --demo`, what `npm start` serves): read back through the fake's
 * REST API, it holds the counts it promises, every order status, dates within the last 90 days,
 * refunds that add up, low stock to report on, reports that answer from it, and the same shop
 * every time for the same moment.
 */
import { DEMO_CUSTOMER_COUNT, DEMO_DAYS, DEMO_ORDER_COUNT, seedDemo } from '../fake/demo';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86400000;

type Row = Record<string, unknown>;
const time = (value: unknown) => Date.parse(String(value));

async function all(ctx: StartedFake, path: string, key: string): Promise<Row[]> {
	const rows: Row[] = [];
	for (let page = 1; ; page++) {
		const res = await ctx.api.get(path, { params: { per_page: 100, page } });
		expect(res.status).toBe(200);
		const list = key ? res.data[key] : res.data;
		rows.push(...(list.data as Row[]));
		if (page >= list.last_page) return rows;
	}
}

let ctx: StartedFake;
let orders: Row[];
beforeAll(async () => {
	ctx = await startFake({ version: '1.3.25' });
	ctx.fake.pro = true;
	await seedDemo(ctx.fake, { now: NOW });
	ctx.fake.store.now = () => NOW;
	orders = await all(ctx, 'orders', 'orders');
});
afterAll(async () => ctx.fake.stop());

describe('the demo shop', () => {
	it('has a dozen products with variations, 50 customers, 500 orders, subscriptions and coupons', async () => {
		const products = await all(ctx, 'products', 'products');
		expect(products).toHaveLength(12);
		const variations = (await ctx.api.get('variants')).data as Row[];
		for (const product of products) expect(variations.some((v) => Number(v.post_id) === Number(product.ID))).toBe(true);
		expect(variations.filter((v) => Number(v.post_id) !== 4 && Number(v.post_id) !== 6).length).toBeGreaterThanOrEqual(20);
		// Two variations are low in stock (a managed stock of 3 or less), none is out of stock.
		const low = variations.filter((v) => Number(v.manage_stock) === 1 && Number(v.available) <= 3);
		expect(low.map((v) => v.variation_title).sort()).toEqual(['Charcoal', 'Medium']);

		const customers = await all(ctx, 'customers', 'customers');
		expect(customers).toHaveLength(DEMO_CUSTOMER_COUNT);
		expect(new Set(customers.map((c) => c.email)).size).toBe(DEMO_CUSTOMER_COUNT);
		for (const customer of customers.filter((c) => c.id !== 1)) {
			expect(customer.first_name).toMatch(/\S/);
			expect(customer.city).toMatch(/\S/);
			expect(customer.country).toMatch(/^[A-Z]{2}$/);
		}
		const address = await ctx.api.get(`customers/${DEMO_CUSTOMER_COUNT}/address`);
		expect(JSON.stringify(address.data)).toContain('address_1');

		expect(orders).toHaveLength(DEMO_ORDER_COUNT);
		const subscriptions = (await ctx.api.get('subscriptions', { params: { per_page: 100 } })).data.data;
		expect(subscriptions.data.map((s: Row) => s.status).sort()).toEqual([...Array(12).fill('active'), ...Array(4).fill('canceled')]);
		const coupons = await all(ctx, 'coupons', 'coupons');
		expect(coupons.map((c) => c.code).sort()).toEqual(['FIVEOFF', 'SHIPFREE', 'SUMMER20', 'WELCOME10']);
	});

	it('has orders in every status, each status more than once', () => {
		const count = (key: string, value: string) => orders.filter((o) => o[key] === value).length;
		for (const status of ['completed', 'processing', 'on-hold', 'canceled']) expect(count('status', status)).toBeGreaterThan(5);
		for (const payment of ['paid', 'pending', 'refunded', 'partially_refunded', 'failed']) expect(count('payment_status', payment)).toBeGreaterThan(5);
		expect(count('type', 'subscription')).toBe(16);
		// Most orders are settled: completed and paid.
		expect(count('status', 'completed')).toBeGreaterThan(DEMO_ORDER_COUNT / 2);
	});

	it('dates every order within the last 90 days, newer orders with higher ids', () => {
		for (const order of orders) {
			const created = time(order.created_at);
			expect(created).toBeLessThanOrEqual(NOW.getTime());
			expect(created).toBeGreaterThan(NOW.getTime() - DEMO_DAYS * DAY);
			expect(time(order.updated_at)).toBeLessThanOrEqual(NOW.getTime());
			expect(time(order.updated_at)).toBeGreaterThanOrEqual(created);
		}
		const byId = [...orders].sort((a, b) => Number(a.id) - Number(b.id));
		for (let n = 1; n < byId.length; n++) expect(time(byId[n].created_at)).toBeGreaterThanOrEqual(time(byId[n - 1].created_at));
		// Spread out: orders in each of the three months.
		const ages = orders.map((o) => Math.floor((NOW.getTime() - time(o.created_at)) / (30 * DAY)));
		expect(new Set(ages)).toEqual(new Set([0, 1, 2]));
	});

	it('keeps money consistent: totals from the lines, paid when paid, refund transactions adding up to total_refund', async () => {
		const refunded = orders.filter((o) => ['refunded', 'partially_refunded'].includes(String(o.payment_status)));
		for (const order of orders) {
			const paid = ['paid', 'refunded', 'partially_refunded'].includes(String(order.payment_status));
			expect(Number(order.total_paid)).toBe(paid ? order.total_amount : 0);
			if (!refunded.includes(order)) expect(order.total_refund).toBe('0');
		}
		for (const order of refunded) {
			const details = (await ctx.api.get(`orders/${order.id}`)).data.order;
			const refunds = details.transactions.filter((t: Row) => t.transaction_type === 'refund');
			expect(refunds.length).toBe(1);
			const sum = refunds.reduce((total: number, t: Row) => total + Number(t.total), 0);
			expect(sum).toBe(Number(order.total_refund));
			const paid = Number(order.total_paid);
			if (order.payment_status === 'refunded') expect(sum).toBe(paid);
			else expect(sum > 0 && sum < paid).toBe(true);
			const lines = details.order_items.reduce((total: number, i: Row) => total + Number(i.line_total), 0);
			expect(lines + details.shipping_total).toBe(details.total_amount);
			expect(time(refunds[0].created_at)).toBeLessThanOrEqual(NOW.getTime());
		}
	});

	it('answers the reports from the demo orders', async () => {
		const stats = (await ctx.api.get('reports/dashboard-stats')).data.dashBoardStats;
		expect(stats.total_orders.current_count).toBe(DEMO_ORDER_COUNT);
		const paidOrders = orders.filter((o) => o.payment_status === 'paid');
		expect(stats.paid_orders.current_count).toBe(paidOrders.length);
		const start = new Date(NOW.getTime() - DEMO_DAYS * DAY).toISOString().slice(0, 10);
		const sales = (await ctx.api.get('reports/sales-report', { params: { params: { startDate: start, endDate: '2026-06-15' } } })).data;
		const paidLike = orders.filter((o) => ['paid', 'refunded', 'partially_refunded'].includes(String(o.payment_status)));
		expect(sales.summaryData.order_count).toBe(paidLike.length);
		const refundedCents = paidLike.reduce((sum, o) => sum + Number(o.total_refund), 0);
		expect(Math.round(sales.summaryData.total_refunded_amount * 100)).toBe(refundedCents);
		expect(Object.keys(sales.graphs.orderGraph).length).toBeGreaterThan(60);
	});

	it('is the same shop when seeded again for the same moment', async () => {
		const again = await startFake({ version: '1.3.25' });
		try {
			await seedDemo(again.fake, { now: NOW });
			const other = await all(again, 'orders', 'orders');
			const strip = (rows: Row[], url: string) => JSON.parse(JSON.stringify(rows).split(url).join('SITE')) as Row[];
			expect(strip(other, again.url)).toEqual(strip(orders, ctx.url));
			const customers = await all(again, 'customers', 'customers');
			expect(strip(customers, again.url)).toEqual(strip(await all(ctx, 'customers', 'customers'), ctx.url));
			// The store's own clock and uuids are back after seeding.
			expect(Math.abs(again.fake.store.now().getTime() - Date.now())).toBeLessThan(60000);
			expect(again.fake.store.uuid()).not.toBe(again.fake.store.uuid());
		} finally {
			await again.fake.stop();
		}
	});
});
