/** A started fake FluentCart plus a raw HTTP client for it (admin Application Password). */
import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { FakeFluentCart } from '../fake/server';
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
