// The fake FluentCart + GT Extensions (test/fake) in its own process, and a client for it.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { assert, freePort, ROOT } from './util.mjs';

export class FakeShop {
	constructor(logFile) {
		this.logFile = logFile;
	}

	/**
	 * `orders`: that many extra orders for customer 1 (the fake's --orders); `demo`: the demo shop
	 * (the fake's --demo); `port`: a fixed port (a free one if not given).
	 */
	async start({ pro = true, subscription = true, orders = 0, demo = false, port } = {}) {
		port ??= await freePort();
		const log = createWriteStream(this.logFile, { flags: 'a' });
		this.process = spawn(
			process.execPath,
			['-r', 'ts-node/register/transpile-only', join('test', 'fake', 'cli.ts'), '--port', String(port), ...(pro ? ['--pro'] : []), ...(subscription ? ['--subscription'] : []), ...(orders ? ['--orders', String(orders)] : []), ...(demo ? ['--demo'] : [])],
			{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		this.process.stderr.pipe(log);
		this.exited = new Promise((resolve) => this.process.on('exit', resolve));
		const info = await new Promise((resolve, reject) => {
			let buffer = '';
			this.process.stdout.on('data', (chunk) => {
				buffer += chunk;
				const line = buffer.split('\n').find((l) => l.startsWith('{'));
				if (line) resolve(JSON.parse(line));
			});
			this.process.on('exit', (code) => reject(new Error(`fake FluentCart exited with ${code}`)));
		});
		this.url = info.url;
		this.username = info.username;
		this.password = info.applicationPassword;
		return info;
	}

	/** Ends the fake's process; resolves once it has exited. */
	async stop() {
		if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null) return;
		this.process.kill('SIGTERM');
		await this.exited;
	}

	/** Creates an unpaid order for customer 1 (variation 1 or 2 of product 4); its id. */
	async newOrder(variation, quantity) {
		const price = { 1: 1999, 2: 2200 }[variation];
		const created = await this.api('POST', 'orders', {
			customer_id: 1,
			order_items: [{ post_id: 4, object_id: variation, quantity, unit_price: price, other_info: { payment_type: 'onetime' } }],
		});
		assert(created.status === 200, `order create: ${JSON.stringify(created.body)}`);
		return created.body.order_id;
	}

	/** newOrder(), then marked paid (which sends Order Paid to the feeds of a Pro fake); its id. */
	async paidOrder(variation, quantity) {
		const id = await this.newOrder(variation, quantity);
		const paid = await this.api('POST', `orders/${id}/mark-as-paid`, { payment_method: 'offline_payment', transaction_type: 'charge' });
		assert(paid.status === 200, `mark paid: ${JSON.stringify(paid.body)}`);
		return id;
	}

	async api(method, path, body) {
		const res = await fetch(`${this.url}/wp-json/fluent-cart/v2/${path}`, {
			method,
			headers: {
				'content-type': 'application/json',
				authorization: `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`,
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : null };
	}
}
