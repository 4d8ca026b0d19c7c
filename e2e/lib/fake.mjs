// The fake FluentCart + GT Extensions (test/fake) in its own process, and a client for it.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { freePort, ROOT } from './util.mjs';

export class FakeShop {
	constructor(logFile) {
		this.logFile = logFile;
	}

	async start({ pro = true, subscription = true } = {}) {
		const port = await freePort();
		const log = createWriteStream(this.logFile, { flags: 'a' });
		this.process = spawn(
			process.execPath,
			['-r', 'ts-node/register/transpile-only', join('test', 'fake', 'cli.ts'), '--port', String(port), ...(pro ? ['--pro'] : []), ...(subscription ? ['--subscription'] : [])],
			{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		this.process.stderr.pipe(log);
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

	stop() {
		this.process?.kill('SIGTERM');
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
