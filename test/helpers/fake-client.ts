/** A started fake FluentCart plus a raw HTTP client for it (admin Application Password). */
import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { FakeFluentCart } from '../fake/server';
import { recordSecret } from './capture';
import type { FakeOptions } from '../fake/server';
import { DEFAULT_FAKE_VERSION, isFakeVersion, versionAtLeast } from '../fake/version';
import type { FakeVersion } from '../fake/version';

export const RECORDED_SITE = 'http://127.0.0.1:8080';

export interface StartedFake {
	fake: FakeFluentCart;
	url: string;
	/** Client under /wp-json/fluent-cart/v2/, admin auth, never throws on status. */
	api: AxiosInstance;
	credentials: { url: string; username: string; password: string };
}

/** The FluentCart version this Jest project runs the suites against (jest.config.js), or 1.3.25. */
export function suiteVersion(): FakeVersion {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const value = (globalThis as { FLUENTCART_FAKE_VERSION?: unknown }).FLUENTCART_FAKE_VERSION;
	return isFakeVersion(value) ? value : DEFAULT_FAKE_VERSION;
}

/** Whether this Jest project's FluentCart is `version` or later (before any fake is started). */
export const suiteAtLeast = (version: string) => versionAtLeast(suiteVersion(), version);

export async function startFake(options: FakeOptions = {}): Promise<StartedFake> {
	const fake = new FakeFluentCart({ version: suiteVersion(), ...options });
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

/**
 * A decimal amount as this fake's FluentCart takes it in a refund or a price write: decimals
 * before 1.6.2, cents from 1.6.2 (what a real client has to send).
 */
export function wireMoney(ctx: StartedFake, decimal: number): number {
	return ctx.fake.atLeast('1.6.2') ? Math.round(decimal * 100) : decimal;
}

/** Creates an order on the fake the way FluentCart's admin would (body as in order-create.json). */
export async function createOrder(
	ctx: StartedFake,
	items: Array<{ variation: number; quantity?: number; unitPrice?: number }> = [{ variation: 1, quantity: 2 }],
	extra: Record<string, unknown> = {},
): Promise<number> {
	// FluentCart's create ignores a note: it is attached afterwards, as a real client must.
	const { note, ...rest } = extra;
	const res = await ctx.api.post('orders', {
		customer_id: 1,
		order_items: items.map((i) => ({
			post_id: Number(ctx.fake.store.variations.get(i.variation)!.post_id),
			object_id: i.variation,
			quantity: i.quantity ?? 1,
			unit_price: i.unitPrice ?? Number(ctx.fake.store.variations.get(i.variation)!.item_price),
			other_info: { payment_type: 'onetime' },
		})),
		// FluentCart 1.4+ refuses an order without it (NOT NULL column); every version accepts 0.
		shipping_total: 0,
		...rest,
	});
	if (res.status !== 200) throw new Error(`fake refused the order: ${JSON.stringify(res.data)}`);
	const id = Number(res.data.order_id);
	if (note !== undefined) {
		const attached = await ctx.api.post('notes/attach', { order_id: id, note });
		if (attached.status !== 200) throw new Error(`fake refused the note: ${JSON.stringify(attached.data)}`);
	}
	return id;
}

export async function markPaid(ctx: StartedFake, orderId: number): Promise<void> {
	const res = await ctx.api.post(`orders/${orderId}/mark-as-paid`, {
		payment_method: 'offline_payment',
		transaction_type: 'charge',
	});
	if (res.status !== 200) throw new Error(`fake refused mark-as-paid: ${JSON.stringify(res.data)}`);
}

/**
 * The status Mark as Paid leaves: digital orders complete; from FluentCart 1.4 a physical order
 * keeps its fulfilment type and stays `processing` (1.3 stores every REST order as digital).
 */
export function paidStatus(ctx: StartedFake, orderId: number): 'completed' | 'processing' {
	return ctx.fake.store.orders.get(orderId)?.fulfillment_type === 'physical' ? 'processing' : 'completed';
}

/** Pays an order and completes it (a paid physical order stays processing until shipped). */
export async function completeOrder(ctx: StartedFake, orderId: number): Promise<void> {
	await markPaid(ctx, orderId);
	if (ctx.fake.store.orders.get(orderId)?.status === 'completed') return;
	const res = await ctx.api.put(`orders/${orderId}/statuses`, { action: 'change_order_status', statuses: { order_status: 'completed' } });
	if (res.status !== 200) throw new Error(`fake refused to complete the order: ${JSON.stringify(res.data)}`);
}
