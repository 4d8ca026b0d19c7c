/**
 * Order → Change to New Customer (`POST orders/{id}/create-and-change-customer`) through n8n-core
 * against the fake: the order is read first (FluentCart would create the customer before finding
 * out the order does not exist), the answer is only a message, the new customer id is read back.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (extra: IDataObject, continueOnFail = false) =>
	runFluentCart({ credentials: ctx.credentials, parameters: orderParams('changeToNewCustomer', extra), continueOnFail });
const calls = () => ctx.fake.requests.map((r) => `${r.method} ${r.path}`);
const grace = { newCustomerEmail: 'grace@example.test', newCustomerFirstName: 'Grace', newCustomerLastName: 'Hopper' };

describe('Order → Change to New Customer', () => {
	it('creates the customer, moves the order to it and reports the new customer id', async () => {
		const id = await createOrder(ctx);
		const before = Number(ctx.fake.store.orders.get(id)!.customer_id);
		ctx.fake.resetLog();
		const result = await run({ orderId: rl(id), ...grace });
		expect(result.error).toBeUndefined();
		const customer = [...ctx.fake.store.customers.values()].find((c) => c.email === 'grace@example.test')!;
		expect([customer.first_name, customer.last_name]).toEqual(['Grace', 'Hopper']);
		expect(Number(ctx.fake.store.orders.get(id)!.customer_id)).toBe(Number(customer.id));
		expect(result.json[0]).toMatchObject({
			id,
			customer_id: Number(customer.id),
			new_customer_id: Number(customer.id),
			previous_customer_id: before,
			message: 'Customer changed successfully',
		});
		expect(calls()).toEqual([`GET orders/${id}`, `POST orders/${id}/create-and-change-customer`, `GET orders/${id}`]);
	});

	it('passes on FluentCart’s refusal of an email a customer already has; the order keeps its customer', async () => {
		const id = await createOrder(ctx);
		const taken = String(ctx.fake.store.customers.get(1)!.email);
		const result = await run({ orderId: rl(id), ...grace, newCustomerEmail: taken });
		expect(result.error?.message).toMatch(/^FluentCart rejected the data/);
		expect(JSON.stringify(result.error?.description)).toContain('Email already exists.');
		expect(Number(ctx.fake.store.orders.get(id)!.customer_id)).toBe(1);
	});

	it('creates no customer for an order that does not exist (FluentCart would)', async () => {
		const customers = ctx.fake.store.customers.size;
		const result = await run({ orderId: rl(999999), ...grace });
		expect(result.error?.message).toMatch(/not found/i);
		expect(calls()).toEqual(['GET orders/999999']);
		expect(ctx.fake.store.customers.size).toBe(customers);
	});

	it('refuses a bad email before anything is sent', async () => {
		const id = await createOrder(ctx);
		ctx.fake.resetLog();
		const result = await run({ orderId: rl(id), ...grace, newCustomerEmail: 'not-an-email' });
		expect(result.error?.message).toMatch(/^Email .*not a valid email address.*\[item 0\]$/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
