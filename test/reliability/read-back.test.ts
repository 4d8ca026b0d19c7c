/**
 * Every write the node reads back afterwards, with the read-back failing (HTTP 503 on every try)
 * once the write went through: the item must succeed with `written: true`, `readBack: "failed"`
 * and a hint not to run it again, and nothing may be sent twice. Prints the figure through the
 * suite summary.
 */
import type { IDataObject } from 'n8n-workflow';

import { addCustomer } from '../fake/routes/customer-shapes';
import { addLicense } from '../fake/routes/licenses';
import { addSubscriptionScenario } from '../fake/routes/subscriptions';
import { addImage } from '../fake/routes/wp-media';
import { addRenewalInvoice } from '../fake/routes/subscriptions-16';
import type { FakeStore } from '../fake/store';
import type { FakeVersion } from '../fake/version';
import { createProduct, productParams } from '../helpers/catalog';
import { recordFigure } from '../helpers/capture';
import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';
import { fullPath, useTransportSettings } from '../helpers/suite';

const ATTEMPTS = 20;

let ctx: StartedFake;
useTransportSettings({ baseDelayMs: 5, maxDelayMs: 20 });
beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
});
afterEach(async () => ctx.fake.stop());

const ids = (rows: Map<number, unknown>) => new Set([...rows.keys()].map(String));
const each = async (count: number, make: (n: number) => Promise<IDataObject>) => {
	const items: IDataObject[] = [];
	for (let n = 0; n < count; n++) items.push(await make(n));
	return items;
};
const byId = (field: string) => ({ [field]: rl('={{ $json.id }}') });

interface ReadBackWrite {
	name: string;
	/** The operation's last write: once it went through for a record, reads of that record fail. */
	method: string;
	path: RegExp;
	/** The record in a write's or a read's path (group 1). */
	record: RegExp;
	/** The write creates the record: reads of any record that did not exist before fail instead. */
	existing?: (store: FakeStore) => Set<string>;
	prepare: (count: number) => Promise<IDataObject[]>;
	parameters: IDataObject;
	/** Run against this FluentCart version (the write needs it). */
	version?: FakeVersion;
}

const orders = async (count: number, paid = false) =>
	await each(count, async () => {
		const id = await createOrder(ctx);
		if (paid) await markPaid(ctx, id);
		return { id };
	});
const products = async (count: number) => await each(count, async (n) => ({ id: (await createProduct(ctx, `Lamp ${n}`)).productId }));

const WRITES: ReadBackWrite[] = [
	{
		name: 'Order → Create',
		method: 'POST',
		path: /fluent-cart\/v2\/orders$/,
		record: /fluent-cart\/v2\/orders\/(\d+)$/,
		existing: (store) => ids(store.orders),
		prepare: async (count) => Array.from({ length: count }, (_, n) => ({ shipping: ((n + 1) / 100).toFixed(2) })),
		parameters: orderParams('create', {
			customerId: rl(1),
			lineItems: { item: [{ variationId: 1, quantity: 1 }] },
			additionalFields: { shippingTotal: '={{ $json.shipping }}' },
		}),
	},
	{ name: 'Order → Mark as Paid', method: 'POST', path: /orders\/\d+\/mark-as-paid$/, record: /orders\/(\d+)/, prepare: orders, parameters: orderParams('markPaid', byId('orderId')) },
	{
		name: 'Order → Refund',
		method: 'POST',
		path: /orders\/\d+\/refund$/,
		record: /orders\/(\d+)/,
		prepare: async (count) => await orders(count, true),
		parameters: orderParams('refund', { ...byId('orderId'), amount: '5' }),
	},
	{
		name: 'Order → Update',
		method: 'POST',
		path: /orders\/\d+$/,
		record: /orders\/(\d+)/,
		prepare: orders,
		parameters: orderParams('update', { ...byId('orderId'), updateFields: { invoiceNo: '={{ "INV-RB-" + $json.id }}' } }),
	},
	{
		name: 'Order → Change Customer',
		method: 'POST',
		path: /orders\/\d+\/change-customer$/,
		record: /orders\/(\d+)/,
		prepare: async (count) => {
			const customer = Number(addCustomer(ctx.fake.store, { email: 'new-owner@example.test', first_name: 'Grace' }).id);
			return (await orders(count)).map((order) => ({ ...order, customer }));
		},
		parameters: orderParams('changeCustomer', { ...byId('orderId'), customerId: rl('={{ $json.customer }}') }),
	},
	{
		name: 'Customer → Create',
		method: 'POST',
		path: /fluent-cart\/v2\/customers$/,
		record: /customers\/(\d+)$/,
		existing: (store) => ids(store.customers),
		prepare: async (count) => Array.from({ length: count }, (_, n) => ({ email: `read-back-${n}@example.test` })),
		parameters: { resource: 'customer', operation: 'create', email: '={{ $json.email }}', firstName: 'Read', lastName: 'Back' },
	},
	{
		name: 'Customer → Add Address',
		method: 'POST',
		path: /customers\/\d+\/address$/,
		record: /customers\/(\d+)/,
		prepare: async (count) =>
			await each(count, async (n) => {
				return { id: Number(addCustomer(ctx.fake.store, { email: `address-${n}@example.test`, first_name: 'Ada' }).id) };
			}),
		parameters: {
			resource: 'customer',
			operation: 'addAddress',
			...byId('customerId'),
			addressType: 'billing',
			addressName: 'Ada Byron',
			addressEmail: 'ada@example.test',
			address1: '12 St James Square',
			addressCity: 'London',
			addressCountry: 'gb',
		},
	},
	{
		name: 'Coupon → Create',
		method: 'POST',
		path: /fluent-cart\/v2\/coupons$/,
		record: /coupons\/(\d+)$/,
		existing: (store) => ids(store.table('coupons')),
		prepare: async (count) => Array.from({ length: count }, (_, n) => ({ code: `READBACK${n}` })),
		parameters: { resource: 'coupon', operation: 'create', title: 'Read back', code: '={{ $json.code }}', type: 'fixed', amount: '5.00', status: 'active' },
	},
	{
		name: 'Coupon → Update',
		method: 'PUT',
		path: /coupons\/\d+$/,
		record: /coupons\/(\d+)$/,
		prepare: async (count) =>
			await each(count, async (n) => {
				const body = { title: 'Spring', code: `SPRING${n}`, type: 'percentage', amount: 10, status: 'active', stackable: 'no', show_on_checkout: 'no', notes: '' };
				const created = await ctx.api.post('coupons', body);
				expect(created.status).toBe(200);
				return { id: Number((created.data as { data: IDataObject }).data.id) };
			}),
		parameters: { resource: 'coupon', operation: 'update', ...byId('couponId'), updateFields: { title: 'Spring Sale' } },
	},
	{
		name: 'Product → Create (priced)',
		method: 'POST',
		path: /products\/\d+\/pricing$/,
		record: /products\/(\d+)\//,
		prepare: async (count) => Array.from({ length: count }, (_, n) => ({ title: `Read Back ${n}` })),
		parameters: productParams('create', { title: '={{ $json.title }}', fulfillmentType: 'physical', price: '12.50' }),
	},
	{
		name: 'Product → Update',
		method: 'POST',
		path: /products\/\d+\/pricing$/,
		record: /products\/(\d+)\//,
		prepare: products,
		parameters: productParams('update', { ...byId('productId'), updateFields: { title: '={{ "Lamp Deluxe " + $json.id }}' } }),
	},
	{
		name: 'Product → Update Inventory',
		method: 'PUT',
		path: /products\/\d+\/update-inventory\/\d+$/,
		record: /products\/(\d+)\//,
		prepare: async (count) => await each(count, async (n) => {
			const { productId, variationId } = await createProduct(ctx, `Stock ${n}`);
			return { id: productId, variation: variationId };
		}),
		parameters: productParams('updateInventory', { ...byId('productId'), variationId: rl('={{ $json.variation }}'), totalStock: 12, availableStock: 9 }),
	},
	{
		name: 'Product → Set Images',
		method: 'POST',
		path: /products\/\d+\/pricing$/,
		record: /products\/(\d+)\//,
		prepare: async (count) => {
			const image = Number(addImage(ctx.fake.store, 'lamp-front').id);
			return (await products(count)).map((product) => ({ ...product, image }));
		},
		parameters: productParams('setImages', { ...byId('productId'), imageIds: '={{ $json.image }}' }),
	},
	{
		name: 'Product → Duplicate',
		method: 'POST',
		path: /products\/\d+\/duplicate$/,
		record: /products\/(\d+)\/pricing$/,
		existing: (store) => ids(store.products),
		prepare: products,
		parameters: productParams('duplicate', byId('productId')),
	},
	{
		name: 'License → Activate Site',
		method: 'POST',
		path: /licenses\/\d+\/activate_site$/,
		record: /licensing\/licenses\/(\d+)/,
		prepare: async (count) => await each(count, async () => ({ id: Number(addLicense(ctx.fake, { limit: 3 }).id) })),
		parameters: { resource: 'license', operation: 'activateSite', ...byId('licenseId'), siteUrl: 'https://a.example.com' },
	},
	{
		name: 'Renewal Invoice → Void',
		method: 'POST',
		path: /renewals\/\d+\/void$/,
		record: /renewals\/(\d+)/,
		version: '1.6.3',
		prepare: async (count) => {
			addSubscriptionScenario(ctx.fake, { status: 'active', collectionMethod: 'manual', nextBillingDate: '2026-12-10 00:00:00' });
			return await each(count, async () => ({ id: addRenewalInvoice(ctx.fake, 1, 'pending') }));
		},
		parameters: { resource: 'renewal', operation: 'void', ...byId('renewalId') },
	},
];

const tally = { writes: 0, attempts: 0, reportedDone: 0, duplicateApplied: 0 };
afterAll(() =>
	recordFigure(
		`writes applied whose read-back failed (${tally.writes} write operations)`,
		`${tally.reportedDone} of ${tally.attempts} reported as done with readBack "failed"; duplicates applied: ${tally.duplicateApplied}`,
	),
);

describe('a write that went through but cannot be read back succeeds, and says so', () => {
	it.each(WRITES.map((w) => [w.name, w] as const))('%s', async (_name, write) => {
		if (write.version) {
			await ctx.fake.stop();
			ctx = await startFake({ version: write.version });
			ctx.fake.pro = true;
		}
		const input = await write.prepare(ATTEMPTS);
		const before = write.existing?.(ctx.fake.store);
		ctx.fake.resetLog();
		const isWrite = (method: string, path: string) => method === write.method && write.path.test(path);
		const written = () => new Set(ctx.fake.appliedWrites.filter((w) => isWrite(w.method, w.path)).map((w) => write.record.exec(w.path)?.[1]));
		ctx.fake.faultHook = (method, path) => {
			const id = write.record.exec(path)?.[1];
			if (method !== 'GET' || !id) return undefined;
			const touched = before ? !before.has(id) : written().has(id);
			return touched ? { kind: 'status', status: 503, body: { code: 'service_unavailable', message: 'Service Unavailable' } } : undefined;
		};
		const result = await runFluentCart({ credentials: ctx.credentials, parameters: write.parameters, input, continueOnFail: true });
		ctx.fake.faultHook = undefined;

		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(ATTEMPTS);
		const applied = ctx.fake.appliedWrites.filter((w) => isWrite(w.method, w.path));
		expect(applied).toHaveLength(ATTEMPTS);
		tally.writes += 1;
		tally.attempts += ATTEMPTS;
		tally.duplicateApplied += applied.length - new Set(applied.map((w) => `${w.path} ${JSON.stringify(w.body)}`)).size;
		for (const item of result.json) {
			expect(item.error).toBeUndefined();
			expect(item).toMatchObject({ written: true, readBack: 'failed' });
			expect(String(item.readBackError)).toMatch(/HTTP 503/);
			tally.reportedDone += 1;
		}
		expect(result.hints.filter((h) => /but reading it back failed .*Do not run this item again/.test(h.message))).toHaveLength(ATTEMPTS);
		// Nothing was tried again: one write request per item.
		expect(ctx.fake.requests.filter((r) => isWrite(r.method, fullPath(r)))).toHaveLength(ATTEMPTS);
		expect(tally.duplicateApplied).toBe(0);
	});
});
