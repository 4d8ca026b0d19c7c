/**
 * IDs that used to be plain number fields (0 meaning none) are now pickers: a locator in the
 * Filters, a dropdown of the chosen order's payments or the chosen customer's addresses. A
 * workflow saved with the old plain number runs the same as one saved with the picker, through
 * n8n-core's engine against the fake FluentCart; the empty value and the old 0 both mean none.
 */
import type { IDataObject, INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { addBulkOrders } from '../fake/bulk';
import { loadOptionsContextFor, runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (parameters: IDataObject) => runFluentCart({ credentials: ctx.credentials, parameters });
const customerUrl = (id: number) => `${ctx.url}/wp-admin/admin.php?page=fluent-cart#/customers/${id}/view`;
const methods = new FluentCart().methods;
/** The node's parameters as the editor holds them while a dropdown loads. */
const editing = (parameters: IDataObject) => parameters as INodeParameters;

describe('Order → Get Many → Filters → Customer', () => {
	it.each([
		['saved as a plain number (earlier versions)', 1],
		['picked by ID', rl(1)],
		['picked from the list', rl(1, 'list')],
		['pasted as a FluentCart admin URL', 'url'],
	])('%s reads the customer’s orders', async (_how, customerId) => {
		addBulkOrders(ctx.fake.store, 3, 1);
		const value = customerId === 'url' ? rl(customerUrl(1), 'url') : customerId;
		const result = await run(orderParams('getAll', { returnAll: true, filters: { customerId: value } }));
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['customers/1/orders']);
		expect(result.json).toHaveLength(3);
	});

	it.each([
		['0 saved by earlier versions', 0],
		['the empty picker', rl('', 'list')],
		['the empty ID', rl('')],
	])('%s means every customer', async (_how, customerId) => {
		addBulkOrders(ctx.fake.store, 2, 1);
		const result = await run(orderParams('getAll', { returnAll: true, filters: { customerId } }));
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['orders']);
	});

	it('refuses an ID that is not one before any request', async () => {
		const result = await run(orderParams('getAll', { returnAll: true, filters: { customerId: rl('-3') } }));
		expect(result.error?.message).toMatch(/^Customer ID must be a whole number of 1 or more, got "-3" \[item 0\]/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Variation → Get Many → Filters → Product', () => {
	it.each([
		['a plain number', 4],
		['the picker', rl(4, 'list')],
	])('saved as %s keeps the product’s variations', async (_how, productId) => {
		const result = await run({ resource: 'variation', operation: 'getAll', returnAll: true, filters: { productId } });
		expect(result.error).toBeUndefined();
		expect(result.json.map((v) => v.id)).toEqual([1, 2]);
	});

	it.each([0, rl('', 'list')])('%j means every product', async (productId) => {
		const result = await run({ resource: 'variation', operation: 'getAll', returnAll: true, filters: { productId } });
		expect(result.json.map((v) => v.id)).toEqual([1, 2, 3]);
	});
});

describe('Order → Refund → Transaction', () => {
	const refundOf = async (transactionId: unknown) => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		ctx.fake.resetLog();
		const result = await run(orderParams('refund', { orderId: rl(id), amount: '1', refundOptions: { transactionId } }));
		const sent = ctx.fake.requestsTo('POST', /refund$/)[0]?.body as { refund_info?: IDataObject } | undefined;
		return { result, transaction: sent?.refund_info?.transaction_id };
	};

	it.each([
		['chosen in the dropdown', 1],
		['saved as a plain number', 1],
		['typed as text by an expression', '1'],
		['left empty', ''],
		['0 saved by earlier versions', 0],
	])('%s refunds the payment it names, or the latest', async (_how, transactionId) => {
		const { result, transaction } = await refundOf(transactionId);
		expect(result.error).toBeUndefined();
		expect(transaction).toBe(1);
	});

	it('refuses an ID that is not one before any request', async () => {
		const { result } = await refundOf('abc');
		expect(result.error?.message).toMatch(/^Transaction ID must be a whole number of 1 or more, got "abc" \[item 0\]/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('offers the chosen order’s succeeded payments', async () => {
		const id = await createOrder(ctx);
		const none = await methods.loadOptions.getRefundableTransactions.call(
			loadOptionsContextFor(ctx.credentials, editing(orderParams('refund', { orderId: rl(id) })), 'parameters.refundOptions.transactionId'),
		);
		expect(none).toEqual([]);
		await markPaid(ctx, id);
		const options: INodePropertyOptions[] = await methods.loadOptions.getRefundableTransactions.call(
			loadOptionsContextFor(ctx.credentials, editing(orderParams('refund', { orderId: rl(id, 'list') })), 'parameters.refundOptions.transactionId'),
		);
		expect(options.map((o) => o.value)).toEqual([1]);
		expect(options[0].name).toMatch(/^#1: 39\.98 USD, offline_payment, \d{4}-\d{2}-\d{2}$/);
	});

	it('offers nothing until an order is chosen', async () => {
		const options = await methods.loadOptions.getRefundableTransactions.call(
			loadOptionsContextFor(ctx.credentials, editing(orderParams('refund', { orderId: rl('', 'list') })), 'parameters.refundOptions.transactionId'),
		);
		expect(options).toEqual([]);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Order → Create → Billing and Shipping Address', () => {
	const addAddress = async (type: string, label: string) => {
		const res = await ctx.api.post('customers/1/address', {
			type,
			label,
			name: 'Ada Lovelace',
			email: 'ada@example.test',
			address_1: '12 St James Square',
			city: 'London',
			country: 'GB',
		});
		expect(res.status).toBe(200);
	};
	const create = async (additionalFields: IDataObject) => {
		ctx.fake.resetLog();
		const result = await run(
			orderParams('create', { customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 1 }] }, additionalFields }),
		);
		const body = ctx.fake.requestsTo('POST', /orders$/)[0]?.body as IDataObject | undefined;
		return { result, body };
	};

	it('offers the chosen customer’s addresses', async () => {
		await addAddress('billing', 'Home');
		await addAddress('shipping', 'Office');
		const options = await methods.loadOptions.getCustomerAddresses.call(
			loadOptionsContextFor(ctx.credentials, editing(orderParams('create', { customerId: rl(1, 'list') })), 'parameters.additionalFields.billingAddressId'),
		);
		expect(options.map((o) => o.name)).toEqual([
			'Home: Ada Lovelace, 12 St James Square, London, GB (billing, primary)',
			'Office: Ada Lovelace, 12 St James Square, London, GB (shipping, primary)',
		]);
		expect(options.map((o) => typeof o.value)).toEqual(['number', 'number']);
	});

	it.each([
		['chosen in the dropdowns', { billingAddressId: 1, shippingAddressId: 2 }],
		['saved as plain numbers', { billingAddressId: 1, shippingAddressId: 2 }],
		['typed as text by an expression', { billingAddressId: '1', shippingAddressId: '2' }],
	])('%s are sent to FluentCart', async (_how, fields) => {
		await addAddress('billing', 'Home');
		await addAddress('shipping', 'Office');
		const { result, body } = await create(fields);
		expect(result.error).toBeUndefined();
		expect(body).toMatchObject({ billing_address_id: 1, shipping_address_id: 2 });
	});

	it.each([
		['0 saved by earlier versions', { billingAddressId: 0, shippingAddressId: 0 }],
		['left empty', { billingAddressId: '', shippingAddressId: '' }],
	])('%s sends no address', async (_how, fields) => {
		const { result, body } = await create(fields);
		expect(result.error).toBeUndefined();
		expect(body).not.toHaveProperty('billing_address_id');
		expect(body).not.toHaveProperty('shipping_address_id');
	});

	it('refuses an address ID that is not one before any request', async () => {
		const { result } = await create({ shippingAddressId: '2.5' });
		expect(result.error?.message).toMatch(/^Shipping Address ID must be a whole number of 1 or more, got "2.5" \[item 0\]/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
