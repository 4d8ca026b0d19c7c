/** A started fake FluentCart plus a raw HTTP client for it (admin Application Password). */
import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { FakeFluentCart } from '../fake/server';
import { recordSecret } from './capture';
import type { FakeOptions } from '../fake/server';

export const RECORDED_SITE = 'http://127.0.0.1:8080';

export interface StartedFake {
	fake: FakeFluentCart;
	url: string;
	/** Client under /wp-json/fluent-cart/v2/, admin auth, never throws on status. */
	api: AxiosInstance;
	credentials: { url: string; username: string; password: string };
}

export async function startFake(options: FakeOptions = {}): Promise<StartedFake> {
	const fake = new FakeFluentCart(options);
	const url = await fake.start();
	for (const user of fake.store.users) {
		recordSecret(`${user.username} Application Password`, user.appPassword);
		recordSecret(`${user.username} Application Password (no spaces)`, user.appPassword.replace(/\s/g, ''));
		recordSecret(`${user.username} Basic header`, Buffer.from(`${user.username}:${user.appPassword}`).toString('base64'));
	}
	const admin = fake.store.users.find((u) => u.isAdmin)!;
	const api = axios.create({
		baseURL: `${url}/wp-json/fluent-cart/v2/`,
		auth: { username: admin.username, password: admin.appPassword },
		validateStatus: () => true,
	});
	return { fake, url, api, credentials: { url, username: admin.username, password: admin.appPassword } };
}

/** Replaces the fake's base URL by the recorded site's, so bodies compare with fixtures. */
export function asRecorded<T>(value: T, baseUrl: string): T {
	return JSON.parse(JSON.stringify(value).split(baseUrl).join(RECORDED_SITE)) as T;
}

/** Creates an order on the fake the way FluentCart's admin would (body as in order-create.json). */
export async function createOrder(
	ctx: StartedFake,
	items: Array<{ variation: number; quantity?: number; unitPrice?: number }> = [{ variation: 1, quantity: 2 }],
	extra: Record<string, unknown> = {},
): Promise<number> {
	const res = await ctx.api.post('orders', {
		customer_id: 1,
		order_items: items.map((i) => ({
			post_id: Number(ctx.fake.store.variations.get(i.variation)!.post_id),
			object_id: i.variation,
			quantity: i.quantity ?? 1,
			unit_price: i.unitPrice ?? Number(ctx.fake.store.variations.get(i.variation)!.item_price),
			other_info: { payment_type: 'onetime' },
		})),
		...extra,
	});
	if (res.status !== 200) throw new Error(`fake refused the order: ${JSON.stringify(res.data)}`);
	return Number(res.data.order_id);
}

export async function markPaid(ctx: StartedFake, orderId: number): Promise<void> {
	const res = await ctx.api.post(`orders/${orderId}/mark-as-paid`, {
		payment_method: 'offline_payment',
		transaction_type: 'charge',
	});
	if (res.status !== 200) throw new Error(`fake refused mark-as-paid: ${JSON.stringify(res.data)}`);
}
