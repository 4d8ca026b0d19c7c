// Throw-away Redis and PostgreSQL for the queue-mode runs, started straight from the Debian
// packages' binaries (no systemd, not the distro's cluster): each listens on its own free port on
// 127.0.0.1 and keeps its data in the given work folder. PostgreSQL runs as the `postgres` user.
// start() resolves with the ms it took to get ready; stop() is safe to call whatever start() did.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

import { freePort, sleep } from './util.mjs';

const PG_TOOLS = ['initdb', 'postgres', 'pg_ctl', 'psql', 'pg_isready'];

function findBinaries(required = false) {
	const redisServer = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
	const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)) : [];
	const pgBin = versions.sort((a, b) => b - a).map((v) => `/usr/lib/postgresql/${v}/bin`).find((dir) => PG_TOOLS.every((t) => existsSync(join(dir, t))));
	if (required && !(redisServer && pgBin)) throw new Error('redis-server / postgresql missing: call ensureServicePackages() first');
	return { redisServer, pgBin };
}

const lastLines = (text, n = 15) => text.trim().split('\n').slice(-n).join('\n');

/** Installs redis-server and postgresql with apt-get (as root) unless their binaries are there. */
export async function ensureServicePackages() {
	if (Object.values(findBinaries()).every(Boolean)) return findBinaries();
	const started = Date.now();
	console.log('redis-server / postgresql missing: apt-get update && apt-get install redis-server postgresql…');
	for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'redis-server', 'postgresql']]) {
		const res = spawnSync('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8', maxBuffer: 64 << 20 });
		if (res.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed:\n${lastLines(`${res.stdout}${res.stderr}${res.error ?? ''}`)}`);
	}
	console.log(`installed redis-server and postgresql in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return findBinaries(true);
}

/** One server process, its output appended to `logFile` and the last lines kept for errors. */
class Service {
	output = '';

	constructor(workDir, logFile) {
		Object.assign(this, { name: this.constructor.name, workDir, logFile });
	}

	spawn(command, args, options = {}) {
		this.log ??= createWriteStream(this.logFile, { flags: 'a' });
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		const keep = (chunk) => {
			this.log.write(chunk);
			this.output = (this.output + chunk).slice(-6000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.exited = new Promise((resolve) => {
			const end = (status) => resolve((child.status ??= status));
			child.on('error', (error) => end(error.message));
			child.on('exit', (code, signal) => end(signal ?? code));
		});
		return child;
	}

	async run(command, args, options) {
		const status = await this.spawn(command, args, options).exited;
		if (status !== 0) throw this.fail(`${command} ${args.join(' ')} failed (${status})`);
	}

	fail(message) {
		return new Error(`${this.name}: ${message} (log ${this.logFile}):\n${lastLines(this.output)}`);
	}

	/** Polls `check`; the server is stopped again if it does not get ready. */
	async waitUntilReady(check, timeoutMs = 60000) {
		const started = Date.now();
		while (this.process.status === undefined) {
			if (await check()) return Date.now() - started;
			if (Date.now() - started > timeoutMs) {
				await this.stop();
				throw this.fail(`not ready after ${timeoutMs / 1000} s`);
			}
			await sleep(200);
		}
		throw this.fail(`exited while starting (${this.process.status})`);
	}

	async stop(signal = 'SIGTERM') {
		const child = this.process;
		if (child && child.status === undefined) {
			child.kill(signal);
			if ((await Promise.race([child.exited.then(() => 'exited'), sleep(10000)])) !== 'exited') child.kill('SIGKILL');
			await child.exited;
		}
		this.log?.end();
		this.log = undefined;
	}
}

function redisPing(port) {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let reply = '';
		const done = (ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(1000, () => done(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => (reply += chunk).includes('\r\n') && done(reply.startsWith('+PONG')));
		socket.on('error', () => done(false));
	});
}

export class Redis extends Service {
	async start() {
		const { redisServer } = findBinaries(true);
		const dir = join(this.workDir, 'redis');
		mkdirSync(dir, { recursive: true });
		this.port = await freePort();
		const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
		this.process = this.spawn(redisServer, args);
		return this.waitUntilReady(() => redisPing(this.port));
	}
}

export class Postgres extends Service {
	host = '127.0.0.1';
	user = 'n8n';
	password = 'n8n';
	database = 'n8n';

	/** As root, the data folder belongs to (and the server runs as) the `postgres` system user. */
	osUser() {
		if (process.getuid() !== 0) return {};
		const entry = () => readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
		if (!entry()) spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
		const [, , uid, gid] = (entry() ?? '').split(':').map(Number);
		if (!uid) throw new Error('no `postgres` system user (and useradd failed)');
		// The postgres user must be able to reach the data folder: allow traversing the work folder.
		const reach = () => spawnSync('/bin/sh', ['-c', 'cd "$0"', this.workDir], { uid, gid }).status === 0;
		if (!reach()) chmodSync(this.workDir, (statSync(this.workDir).mode & 0o7777) | 0o011);
		if (!reach()) throw new Error(`the postgres user cannot reach ${this.workDir}: use a work folder its parents let others traverse`);
		return { uid, gid };
	}

	async start() {
		const bin = (tool) => join(findBinaries(true).pgBin, tool);
		const data = join(this.workDir, 'pg');
		this.socketDir = join(this.workDir, 'pg-socket');
		const fresh = !existsSync(join(data, 'PG_VERSION'));
		const as = this.osUser();
		for (const dir of [data, this.socketDir]) {
			mkdirSync(dir, { recursive: true, mode: 0o700 });
			if (as.uid) chownSync(dir, as.uid, as.gid);
		}
		const env = { PATH: '/usr/bin:/bin', HOME: data, LC_ALL: 'C' };
		if (fresh) await this.run(bin('initdb'), ['-D', data, '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync', '--auth-local=trust', '--auth-host=scram-sha-256'], { ...as, env });
		this.port = await freePort();
		const settings = { listen_addresses: '127.0.0.1', fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '100' };
		const args = ['-D', data, '-p', String(this.port), '-k', this.socketDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
		this.process = this.spawn(bin('postgres'), args, { ...as, env });
		const ready = () => spawnSync(bin('pg_isready'), ['-q', '-h', this.socketDir, '-p', String(this.port)]).status === 0;
		const ms = await this.waitUntilReady(ready);
		if (fresh) {
			const sql = [`CREATE ROLE ${this.user} LOGIN PASSWORD '${this.password}'`, `CREATE DATABASE ${this.database} OWNER ${this.user}`];
			const psql = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', this.socketDir, '-p', String(this.port), '-U', 'postgres', '-d', 'postgres'];
			await this.run(bin('psql'), [...psql, ...sql.flatMap((s) => ['-c', s])], { env }).catch(async (error) => {
				await this.stop();
				throw error;
			});
		}
		return ms;
	}

	/** Fast shutdown: SIGINT to the postmaster, which ends its backends before it exits. */
	stop() {
		return super.stop('SIGINT');
	}
}
