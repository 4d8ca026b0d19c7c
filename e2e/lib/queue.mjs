// n8n in queue mode on 127.0.0.1: Redis and PostgreSQL (lib/services.mjs), a main process, two
// workers and one webhook processor, all from one n8n install (the newest e2e version), sharing a
// user folder with the package installed in it as a community package. Webhook URLs point at the
// webhook processor; the main process takes production webhooks too (n8n's default), which is
// how a second process receiving the same delivery is measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { N8n } from './n8n.mjs';
import { installPackage } from './package.mjs';
import { ensureServicePackages, Postgres, Redis } from './services.mjs';
import { freePort, webhookLive } from './util.mjs';

export class QueueDeployment {
	/** `env`: added to every n8n process's environment (e.g. an expression-engine setting). */
	constructor(install, work, { workers = 2, env = {} } = {}) {
		Object.assign(this, { install, work, workerCount: workers, extraEnv: env, workers: [], started: [] });
		this.userFolder = join(work, 'user');
	}

	/** Starts everything; returns a line of timings. */
	async start() {
		const t0 = Date.now();
		await ensureServicePackages();
		this.redis = new Redis(this.work, join(this.work, 'redis.log'));
		this.postgres = new Postgres(this.work, join(this.work, 'postgres.log'));
		this.started.push(this.redis, this.postgres);
		await Promise.all([this.redis.start(), this.postgres.start()]);
		const services = Date.now() - t0;
		installPackage(this.userFolder, this.work);

		const webhookPort = await freePort();
		const pg = this.postgres;
		const env = {
			N8N_ENCRYPTION_KEY: 'e2e-queue-encryption-key-0123456789',
			WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: pg.host,
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: pg.password,
			// n8n's default pool of 2 connections per process: under a steady stream of deliveries the
			// webhook processor's health ping waits over 5 s for one, and after three such pings n8n
			// drops its database connection and answers 503 for a while (seen at 8 deliveries/s).
			DB_POSTGRESDB_POOL_SIZE: '10',
			// The same ping, on a machine whose 2 cores were busy with other work: it ran past its 5 s
			// default 7 times ("Database ping failed: Database connection timed out"), and n8n answered
			// 503 "Database is not ready" to 689 of 2,000 deliveries. A slow ping is not a dead database.
			DB_PING_TIMEOUT_MS: '30000',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(this.redis.port),
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'info',
			...this.extraEnv,
		};
		const proc = (name, command, port) => new N8n(this.install, this.userFolder, join(this.work, `${name}.log`), env, { command, port });
		// The main process migrates the database first; the others start once it is ready.
		this.main = proc('main', 'start');
		this.started.push(this.main);
		const mainMs = await this.main.start();
		this.webhook = proc('webhook', 'webhook', webhookPort);
		for (let i = 1; i <= this.workerCount; i++) this.workers.push(proc(`worker-${i}`, 'worker'));
		this.started.push(this.webhook, ...this.workers);
		const t1 = Date.now();
		await Promise.all([this.webhook, ...this.workers].map((p) => p.start()));
		this.webhookBase = this.webhook.base;
		return `Redis and PostgreSQL ${services} ms, main ${mainMs} ms, ${this.workerCount} workers and the webhook processor ${Date.now() - t1} ms`;
	}

	async stop() {
		for (const service of this.started.reverse()) await service.stop().catch(() => undefined);
		this.started = [];
	}

	/** Executions each worker's log says it started. */
	workerExecutions() {
		return this.workers.map((w) => (readFileSync(w.logFile, 'utf8').match(/Worker started execution/g) ?? []).length);
	}

	/** Peak resident memory (VmHWM) of each worker with its task runner, in MB. Read before stop(). */
	workerPeakRssMb() {
		return this.workers.map((w) => Math.round(treePids(w.process.pid).reduce((sum, pid) => sum + peakKb(pid), 0) / 1024));
	}
}

function peakKb(pid) {
	try {
		return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
	} catch {
		return 0;
	}
}

function treePids(pid) {
	let children = [];
	try {
		children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		// gone
	}
	return [pid, ...children.flatMap(treePids)];
}

/** `npm run bench:n8n -- --queue`: the side-by-side comparison through the webhook processor. */
export async function queueBench(install, work, engineLabel, env, compare, benchWorkflows) {
	const deployment = new QueueDeployment(install, work, { env });
	try {
		const timings = await deployment.start();
		await deployment.main.setUpOwner();
		const urls = await benchWorkflows(deployment.main, deployment.webhookBase);
		for (const url of Object.values(urls)) await webhookLive(deployment.webhookBase, url.split('/webhook/')[1]);
		console.log(`\nn8n ${install.version}, queue mode (${timings}), ${engineLabel}, through the webhook processor:`);
		return await compare(`queue mode, ${engineLabel}`, urls);
	} finally {
		await deployment.stop();
	}
}
