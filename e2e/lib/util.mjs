import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(E2E_DIR, '..');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nobody listens on right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Polls `check` until it returns a truthy value or the time is up. */
export async function waitFor(what, check, timeoutMs = 30000, everyMs = 200) {
	const started = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await sleep(everyMs);
	}
}

/**
 * Waits until n8n serves a production webhook, probing with a CORS preflight, which starts no
 * execution (n8n 2.41 registers webhooks a moment after activation returns). Returns the ms taken.
 */
export async function webhookLive(base, path, timeoutMs = 60000) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		const res = await fetch(`${base}/webhook/${path}`, {
			method: 'OPTIONS',
			headers: { origin: 'http://127.0.0.1', 'access-control-request-method': 'POST' },
		}).catch(() => undefined);
		await res?.text();
		if (res?.status === 204 && (res.headers.get('access-control-allow-methods') ?? '').includes('POST')) return Date.now() - started;
		await sleep(200);
	}
	throw new Error(`webhook ${path} not registered at ${base} after ${timeoutMs} ms`);
}

export function assert(condition, message) {
	if (!condition) throw new Error(`assertion failed: ${message}`);
}
