// Checks what `npm pack` would publish: exactly the files built from our sources (nothing extra,
// nothing missing), no runtime dependencies, and the peer dependency n8n expects.
//
// The expected list is derived from the sources, not hard-coded:
// - each nodes/**/*.ts and credentials/**/*.ts -> dist/….js, plus .d.ts and .js.map when
//   tsconfig.json has "declaration" / "sourceMap";
// - each nodes/**/*.json (the *.node.json codex files, __schema__ files) -> its dist/ copy (tsc
//   emits them, n8n-node build copies __schema__);
// - each *.png / *.svg under icons/, nodes/ and credentials/ -> its dist/ copy;
// - dist/package.json when tsconfig.json "include"s package.json (tsc then emits it);
// - package.json, README.md, LICENSE (npm adds them whatever "files" says) and CHANGELOG.md (listed in
//   "files": npm does not add it by itself).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const pkg = require('../package.json');

const ROOT = path.resolve(__dirname, '..');
const problems = [];
if (pkg.dependencies && Object.keys(pkg.dependencies).length) {
	problems.push(`package.json has dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
}
if (JSON.stringify(pkg.peerDependencies) !== JSON.stringify({ 'n8n-workflow': '*' })) {
	problems.push(
		`peerDependencies must be exactly {"n8n-workflow": "*"}, got ${JSON.stringify(pkg.peerDependencies)}`,
	);
}

// --- the expected file list, from the sources
const tsconfigPath = path.join(ROOT, 'tsconfig.json');
const { config: tsconfig, error } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
const { options } = ts.parseJsonConfigFileContent(tsconfig, ts.sys, ROOT);
const outDir = path
	.relative(ROOT, options.outDir || ROOT)
	.split(path.sep)
	.join('/');

const walk = (dir) =>
	fs.existsSync(path.join(ROOT, dir))
		? fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
				if (entry.name === 'node_modules') return [];
				const rel = `${dir}/${entry.name}`;
				return entry.isDirectory() ? walk(rel) : [rel];
			})
		: [];

const expected = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
for (const file of [...walk('nodes'), ...walk('credentials')]) {
	if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
		const base = `${outDir}/${file.slice(0, -'.ts'.length)}`;
		expected.add(`${base}.js`);
		if (options.declaration) expected.add(`${base}.d.ts`);
		if (options.sourceMap) expected.add(`${base}.js.map`);
	}
	if (file.startsWith('nodes/') && file.endsWith('.json')) expected.add(`${outDir}/${file}`);
}
for (const file of [...walk('icons'), ...walk('nodes'), ...walk('credentials')]) {
	if (/\.(png|svg)$/.test(file)) expected.add(`${outDir}/${file}`);
}
if ((tsconfig.include || []).includes('package.json')) expected.add(`${outDir}/package.json`);

// --- what `npm pack` would publish
const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
const packed = JSON.parse(out)[0];
const files = packed.files.map((f) => f.path);
const kB = (bytes) => `${Math.round(bytes / 1000)} kB`;
const figure = `${files.length} files, ${kB(packed.size)} (${kB(packed.unpackedSize)} unpacked)`;

const list = (paths, max = 25) =>
	paths.slice(0, max).join(', ') + (paths.length > max ? `, … and ${paths.length - max} more` : '');
const extra = files.filter((f) => !expected.has(f)).sort();
const missing = [...expected].filter((f) => !files.includes(f)).sort();
if (extra.length) {
	problems.push(
		`${extra.length} unexpected file(s) in the package (not built from our sources): ${list(extra)}`,
	);
}
if (missing.length) {
	problems.push(
		`${missing.length} expected file(s) missing from the package (run \`npm run build\`?): ${list(missing)}`,
	);
}
for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	if (!files.includes(entry))
		problems.push(`${entry} (listed in package.json "n8n") is not in the package`);
}
if (problems.length) {
	console.error(`package: ${figure}, expected ${expected.size} files`);
	console.error(problems.map((p) => `- ${p}`).join('\n'));
	process.exit(1);
}
console.log(`package OK: ${figure}, exactly the expected set, no runtime dependencies`);
