// The steps of `npm start` that do not talk to n8n: the build, the pinned n8n's install, ports,
// the package in the user folder, the Application Password prompt and the saved state.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { installPackage } from '../e2e/lib/package.mjs';
import { ROOT } from '../e2e/lib/util.mjs';

/** The newest (or oldest) modification time of the files under `paths`, skipping node_modules. */
function mtimes(paths) {
	const times = [];
	const walk = (path) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		if (!stat.isDirectory()) return times.push(stat.mtimeMs);
		for (const entry of readdirSync(path)) if (entry !== 'node_modules') walk(join(path, entry));
	};
	for (const path of paths) walk(path);
	return times;
}

const SOURCES = ['nodes', 'credentials', 'icons', 'package.json', 'tsconfig.json', 'gulpfile.js'].map((p) => join(ROOT, p));
const BUILT = [join(ROOT, 'dist', 'nodes'), join(ROOT, 'dist', 'credentials')];

/** Runs a command, its output to `out` (the terminal, or stderr when headless); rejects on failure. */
export function run(command, args, { out, cwd = ROOT, track, env } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
		track?.(child);
		child.on('error', reject);
		child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}`))));
	});
}

/** `npm run build` unless every compiled file is newer than every source file. */
export async function buildIfChanged({ say, out, track }) {
	const built = mtimes(BUILT).filter(Boolean);
	const newestSource = Math.max(...mtimes(SOURCES));
	if (built.length && Math.min(...built) > newestSource) {
		say('build: dist/ is newer than every source file, not rebuilding');
		return false;
	}
	say('build: npm run build …');
	const started = Date.now();
	// Not on a terminal, the build's spinner would print every frame: CI makes it print steps.
	await run('npm', ['run', 'build', '--silent'], { out, track, env: out === 'inherit' ? {} : { CI: 'true' } });
	say(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return true;
}

/** Installs the pinned n8n with e2e/setup.sh when it is not there yet, printing progress. */
export async function installN8nIfMissing(install, { say, out, track }) {
	const sqlite = join(install.dir, 'node_modules', 'sqlite3', 'package.json');
	if (existsSync(install.n8nBin) && existsSync(install.node) && existsSync(sqlite)) {
		say(`n8n ${install.version}: already installed`);
		return false;
	}
	say(`first run: installing n8n ${install.version} from the npm registry, about 5–8 minutes; later starts take seconds`);
	const started = Date.now();
	const modules = join(install.dir, 'node_modules');
	const ticker = setInterval(() => {
		const count = existsSync(modules) ? readdirSync(modules).length : 0;
		say(`  … ${Math.round((Date.now() - started) / 1000)} s, ${count} top-level packages so far`);
	}, 20000);
	try {
		await run('bash', [join(ROOT, 'e2e', 'setup.sh'), install.version], { out, track });
	} finally {
		clearInterval(ticker);
	}
	say(`n8n ${install.version}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
	return true;
}

/** Rejects with a clear message when a port is taken. */
export function checkPortFree(port, what, option) {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', (error) =>
			reject(
				new Error(
					error.code === 'EADDRINUSE'
						? `port ${port} (${what}) is already in use: is another \`npm start\` or n8n running? Stop it, or choose another port with ${option}`
						: `port ${port} (${what}): ${error.message}`,
				),
			),
		);
		server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
	});
}

/** What `npm start` remembers in the user folder between starts. */
export function loadState(dataDir) {
	const file = join(dataDir, 'start-state.json');
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

export function saveState(dataDir, state) {
	writeFileSync(join(dataDir, 'start-state.json'), JSON.stringify(state, null, 2));
}

/** Installs the package as a community package unless this very build is installed already. */
export function installPackageIfChanged(userFolder, state, say) {
	const stamp = Math.max(...mtimes(BUILT));
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-fluentcart', 'package.json');
	if (state.packageStamp === stamp && existsSync(target)) {
		say('package: this build is installed already');
		return false;
	}
	const work = join(userFolder, 'pack');
	mkdirSync(work, { recursive: true });
	const installed = installPackage(userFolder, work);
	if (installed.runtimeModules.length) throw new Error(`the package installed runtime modules: ${installed.runtimeModules.join(', ')}`);
	state.packageStamp = stamp;
	say(`package: ${installed.name}@${installed.version} installed as a community package`);
	return true;
}

/** Reads a line from the terminal with echo off (for the Application Password). */
export function readSecret(prompt) {
	const input = process.stdin;
	if (!input.isTTY) return Promise.reject(new Error('--site needs a terminal to read the Application Password (it is never taken from the command line or the environment)'));
	return new Promise((resolve, reject) => {
		process.stderr.write(prompt);
		let value = '';
		input.setRawMode(true);
		input.resume();
		input.setEncoding('utf8');
		const done = (error) => {
			input.setRawMode(false);
			input.pause();
			input.off('data', onData);
			process.stderr.write('\n');
			if (error) reject(error);
			else resolve(value);
		};
		const onData = (chunk) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n') return done();
				if (char === '\u0003') return done(new Error('interrupted'));
				if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
				else if (char >= ' ') value += char;
			}
		};
		input.on('data', onData);
	});
}
