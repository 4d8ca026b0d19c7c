/**
 * Gates for the fake site, so tests about concurrency depend on no timer: requests are held
 * until the test's condition is met, then released together.
 */
import type { PhpValue } from '../fake/php-query';
import type { FakeFluentCart } from '../fake/server';

type Match = (method: string, path: string, query: Record<string, PhpValue>) => boolean;

/**
 * Holds the requests `match` picks until `count` of them are held, then lets them all go at
 * once; later ones pass straight through. A client that sends fewer than `count` at once never
 * gets an answer to them, and its test times out: that is the failure it shows.
 */
export function holdUntil(fake: FakeFluentCart, match: Match, count: number): { released: () => boolean } {
	let release!: () => void;
	const open = new Promise<void>((resolve) => (release = resolve));
	let held = 0;
	let released = false;
	fake.gate = (method, path, query) => {
		if (released || !match(method, path, query)) return undefined;
		held += 1;
		if (held >= count) {
			released = true;
			release();
		}
		return open;
	};
	return { released: () => released };
}

/** Order list reads after page 1 (the ID windows, or page numbers, Return All reads in parallel). */
export const laterOrderPages: Match = (method, path, query) =>
	method === 'GET' && /orders$/.test(path) && (Number(query.page) > 1 || /^id ::/.test(String(query.search ?? '')));

/**
 * Lets `action` (another client changing the shop) finish before the `n`-th request `match` picks
 * is handled: the shop changes exactly between two of the node's requests, with no timer.
 */
export function changeBefore(fake: FakeFluentCart, match: Match, n: number, action: () => Promise<unknown>): { done: () => boolean } {
	let seen = 0;
	let done = false;
	fake.gate = (method, path, query) => {
		if (done || !match(method, path, query)) return undefined;
		seen += 1;
		if (seen < n) return undefined;
		done = true;
		return action().then(() => undefined);
	};
	return { done: () => done };
}
