// `npm run build` is `n8n-node build && gulp build:prune`.
//
// n8n-node build (@n8n/node-cli) copies every **/*.{png,svg} and **/__schema__/**/*.json below the
// project root into dist/, and its glob (hard-coded, not configurable) skips only the top-level
// dist/ and node_modules/. So once `npm run e2e:setup` has installed n8n into
// e2e/versions/*/node_modules, thousands of images and fonts land in dist/e2e/. build:prune removes from dist/ everything that is not
// built from our sources: only credentials/, nodes/, icons/ (and the package.json tsc emits) stay,
// with no node_modules anywhere below them. package.json "files" lists the same folders, and
// .ci/check-package.js checks the packed file list against the sources.
//
// build:icons is kept for people who build the classic way (`tsc && gulp build:icons`); it only
// reads our source folders.
const fs = require('fs');
const path = require('path');
const { task, src, dest, parallel } = require('gulp');

const SOURCE_FOLDERS = ['credentials', 'nodes', 'icons'];
const KEEP = new Set([...SOURCE_FOLDERS, 'package.json', 'tsconfig.tsbuildinfo']);

const copy = (folder) => () =>
	src(path.resolve(folder, '**', '*.{png,svg}'), {
		encoding: false,
		ignore: ['**/node_modules/**'],
	}).pipe(dest(path.resolve('dist', folder)));

task('build:icons', parallel(...SOURCE_FOLDERS.map(copy)));

const countFiles = (p) =>
	fs.statSync(p).isDirectory()
		? fs.readdirSync(p).reduce((n, entry) => n + countFiles(path.join(p, entry)), 0)
		: 1;

const nodeModulesBelow = (dir) =>
	fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (!entry.isDirectory()) return [];
		const full = path.join(dir, entry.name);
		return entry.name === 'node_modules' ? [full] : nodeModulesBelow(full);
	});

task('build:prune', async () => {
	const dist = path.resolve('dist');
	if (!fs.existsSync(dist)) throw new Error('dist/ does not exist: run `n8n-node build` first');
	const stray = [
		...fs
			.readdirSync(dist)
			.filter((entry) => !KEEP.has(entry))
			.map((entry) => path.join(dist, entry)),
		...SOURCE_FOLDERS.map((folder) => path.join(dist, folder))
			.filter((dir) => fs.existsSync(dir))
			.flatMap(nodeModulesBelow),
	];
	for (const p of stray) {
		const isDir = fs.statSync(p).isDirectory();
		const files = countFiles(p);
		fs.rmSync(p, { recursive: true, force: true });
		const name = path.relative(process.cwd(), p) + (isDir ? '/' : '');
		console.log(`build:prune: removed ${name} (${files} file(s) not built from our sources)`);
	}
});
