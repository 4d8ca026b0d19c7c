// Checks what `npm pack` would publish: only dist/, README.md, LICENSE and package.json,
// no runtime dependencies, and the peer dependency n8n expects.
const { execFileSync } = require('child_process');
const pkg = require('../package.json');

const problems = [];
if (pkg.dependencies && Object.keys(pkg.dependencies).length) {
	problems.push(`package.json has dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
}
if (JSON.stringify(pkg.peerDependencies) !== JSON.stringify({ 'n8n-workflow': '*' })) {
	problems.push(`peerDependencies must be exactly {"n8n-workflow": "*"}, got ${JSON.stringify(pkg.peerDependencies)}`);
}
const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' });
const files = JSON.parse(out)[0].files.map((f) => f.path);
const allowed = (file) => file.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(file);
const stray = files.filter((f) => !allowed(f));
if (stray.length) problems.push(`unexpected files in the package: ${stray.join(', ')}`);
for (const required of ['README.md', 'LICENSE', 'package.json']) {
	if (!files.includes(required)) problems.push(`${required} is missing from the package`);
}
for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	if (!files.includes(entry)) problems.push(`${entry} (listed in package.json "n8n") is not in the package`);
}
if (problems.length) {
	console.error(problems.map((p) => `- ${p}`).join('\n'));
	process.exit(1);
}
console.log(`package OK: ${files.length} files, no runtime dependencies`);
