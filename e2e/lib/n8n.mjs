// A real n8n (one of e2e/versions/, see lib/versions.mjs) running headless on 127.0.0.1 with
// SQLite, on the Node that version needs.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { freePort, sleep } from './util.mjs';

function baseEnv(install, userFolder, port, brokerPort) {
	return {
		HOME: userFolder,
		PATH: `${install.nodeBinDir}:/usr/local/bin:/usr/bin:/bin`,
		N8N_USER_FOLDER: userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		DB_TYPE: 'sqlite',
		// The task runner's broker defaults to 5679; every n8n process needs its own port.
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'info',
		N8N_SECURE_COOKIE: 'false',
	};
}

export class N8n {
	/**
	 * `install`: an entry of lib/versions.mjs's n8nInstall(). `env`: variables added to (or
	 * replacing) the defaults above, e.g. an expression-engine setting. `command`: `start` (the
	 * main process), or in queue mode `worker` or `webhook`; `port`: the HTTP port (free one if
	 * not given: the main UI/API, the webhook processor's webhooks, a worker's health check).
	 */
	constructor(install, userFolder, logFile, env = {}, { command = 'start', port } = {}) {
		this.install = install;
		this.userFolder = userFolder;
		this.logFile = logFile;
		this.env = env;
		this.command = command;
		this.port = port;
		this.cookie = '';
		this.apiKey = '';
	}

	async start() {
		this.port ??= await freePort();
		this.brokerPort = await freePort();
		this.base = `http://127.0.0.1:${this.port}`;
		const log = createWriteStream(this.logFile, { flags: 'a' });
		const worker = this.command === 'worker' && {
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(this.port),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			// Workers sharing a user folder would otherwise write one event log.
			N8N_EVENTBUS_LOGWRITER_LOGBASENAME: `n8nEventLog-worker-${this.port}`,
		};
		this.process = spawn(this.install.node, [this.install.n8nBin, this.command], {
			env: { ...baseEnv(this.install, this.userFolder, this.port, this.brokerPort), ...worker, ...this.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.process.stdout.pipe(log);
		this.process.stderr.pipe(log);
		this.exited = new Promise((resolve) => this.process.on('exit', resolve));
		const started = Date.now();
		// While booting, the main process answers every path with 200 "n8n is starting up": wait for
		// real JSON. Workers and webhook processors answer /healthz/readiness once ready.
		const ready = this.command === 'start' ? `${this.base}/rest/settings` : `${this.base}/healthz/readiness`;
		while (Date.now() - started < 180000) {
			if (this.process.exitCode !== null) throw new Error(`n8n ${this.command} exited early (see ${this.logFile})`);
			try {
				const res = await fetch(ready);
				const text = await res.text();
				if (res.ok && (this.command !== 'start' || text.includes('"data"'))) return Date.now() - started;
			} catch {
				// not listening yet
			}
			await sleep(250);
		}
		throw new Error(`n8n ${this.command} did not become ready in 180 s (see ${this.logFile})`);
	}

	async stop() {
		if (!this.process || this.process.exitCode !== null) return;
		this.process.kill('SIGTERM');
		await Promise.race([this.exited, sleep(15000)]);
		if (this.process.exitCode === null) this.process.kill('SIGKILL');
	}

	async rest(method, path, body) {
		const res = await fetch(`${this.base}/rest${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': 'e2e', cookie: this.cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = res.headers.get('set-cookie');
		if (setCookie) this.cookie = setCookie.split(';')[0];
		const text = await res.text();
		if (!res.ok) throw new Error(`n8n ${method} /rest${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
		return text ? JSON.parse(text) : {};
	}

	/** Owner account and a public-API key, without any user interaction. */
	async setUpOwner({ email = 'owner@example.test', password = 'E2e-Owner-Password-1', firstName = 'E2E', lastName = 'Owner', keyLabel = 'e2e' } = {}) {
		await this.rest('POST', '/owner/setup', { email, firstName, lastName, password });
		await this.createApiKey(keyLabel);
	}

	/** Whether the instance still asks for its owner account (a new user folder). */
	async needsOwner() {
		const settings = (await this.rest('GET', '/settings')).data;
		return settings.userManagement?.showSetupOnFirstLoad === true;
	}

	/** Signs in (the session cookie is kept for rest()). */
	async login(email, password) {
		await this.rest('POST', '/login', { emailOrLdapLoginId: email, email, password });
	}

	/** A new public-API key with every scope, kept for api(); its raw value. */
	async createApiKey(label) {
		const scopes = (await this.rest('GET', '/api-keys/scopes')).data;
		const key = await this.rest('POST', '/api-keys', { label, scopes, expiresAt: null });
		this.apiKey = key.data.rawApiKey;
		return this.apiKey;
	}

	/** A FluentCart API credential (URL, username, Application Password) made through the public API; its id. */
	async fluentCartCredential({ url, username, password }) {
		// n8n adds its HTTP Request domain fields to every credential; the public API of n8n 1.123
		// wants the choice made explicitly (its schema asks for the domain list when it is absent).
		const data = { url, username, password, plainPermalinks: false, methodOverride: false, ignoreSslIssues: false, allowedHttpRequestDomains: 'all' };
		return (await this.api('POST', '/credentials', { name: 'FluentCart account', type: 'fluentCartApi', data })).id;
	}

	async api(method, path, body) {
		const res = await fetch(`${this.base}/api/v1${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'X-N8N-API-KEY': this.apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`n8n ${method} /api/v1${path}: HTTP ${res.status} ${text.slice(0, 500)}`);
		return text ? JSON.parse(text) : {};
	}

	/**
	 * Runs saved workflows with `n8n execute-batch` in a separate process (its own task-runner
	 * port) and returns each workflow's run data.
	 */
	async executeBatch(ids, workDir) {
		const output = join(workDir, 'batch-result.json');
		const snapshots = join(workDir, 'snapshots');
		mkdirSync(snapshots, { recursive: true });
		const env = baseEnv(this.install, this.userFolder, await freePort(), await freePort());
		const log = createWriteStream(this.logFile, { flags: 'a' });
		const child = spawn(
			this.install.node,
			[this.install.n8nBin, 'execute-batch', `--ids=${ids.join(',')}`, '--retries=0', `--output=${output}`, `--snapshot=${snapshots}`],
			{ env, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		child.stdout.pipe(log);
		child.stderr.pipe(log);
		const [code, signal] = await new Promise((resolve) => child.on('exit', (...exit) => resolve(exit)));
		return { code, signal, output, snapshots };
	}
}
