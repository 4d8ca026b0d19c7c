// Installs the package into a fresh n8n user folder the way n8n installs a community package:
// `npm pack`, unpack into ~/.n8n/nodes/node_modules/<name>, drop dev/peer/optional dependencies
// from its package.json, `npm install` inside it (there must be nothing to install), and record
// it in ~/.n8n/nodes/package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './util.mjs';

export function installPackage(userFolder, workDir) {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const target = join(nodesDir, 'node_modules', pkg.name);
	mkdirSync(target, { recursive: true });
	const tarball = execFileSync('npm', ['pack', '--pack-destination', workDir, '--silent'], { cwd: ROOT, encoding: 'utf8' })
		.trim()
		.split('\n')
		.pop();
	execFileSync('tar', ['-xzf', join(workDir, tarball), '-C', target, '--strip-components=1']);
	const installed = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
	delete installed.devDependencies;
	delete installed.peerDependencies;
	delete installed.optionalDependencies;
	writeFileSync(join(target, 'package.json'), JSON.stringify(installed, null, 2));
	execFileSync('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], {
		cwd: target,
		stdio: 'ignore',
	});
	const extra = existsSync(join(target, 'node_modules')) ? readdirSync(join(target, 'node_modules')) : [];
	writeFileSync(
		join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [pkg.name]: pkg.version } }, null, 2),
	);
	return { name: pkg.name, version: pkg.version, tarball, runtimeModules: extra.filter((m) => !m.startsWith('.')) };
}
