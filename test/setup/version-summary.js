/**
 * A Jest reporter: after the run, one line per FluentCart version the node-level suites ran
 * against ("FluentCart 1.5.2: 812 passed, 0 failed"), and the money each version stored for the
 * same typed amounts (figures the money tests record, named "money on FluentCart <version>").
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

class VersionSummary {
	constructor() {
		this.counts = new Map();
	}

	onTestResult(test, result) {
		const name = test.context.config.displayName?.name ?? '';
		if (!name.startsWith('FluentCart ')) return;
		const count = this.counts.get(name) ?? { passed: 0, failed: 0 };
		count.passed += result.numPassingTests;
		count.failed += result.numFailingTests + (result.testExecError ? 1 : 0);
		this.counts.set(name, count);
	}

	onRunComplete() {
		const lines = ['', 'Node-level suites per FluentCart version'];
		for (const [name, { passed, failed }] of [...this.counts].sort()) lines.push(`  ${name}: ${passed} passed, ${failed} failed`);
		for (const figure of moneyFigures()) lines.push(`  ${figure.name}: ${figure.value}`);
		if (this.counts.size) console.log(lines.join('\n'));
	}
}

function moneyFigures() {
	const dir = process.env.FLUENTCART_TEST_CAPTURE;
	if (!dir) return [];
	const figures = [];
	for (const file of readdirSync(dir).filter((f) => f.startsWith('figures-'))) {
		for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
			if (!line.trim()) continue;
			const figure = JSON.parse(line);
			if (String(figure.name).startsWith('money on FluentCart')) figures.push(figure);
		}
	}
	return figures.sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

module.exports = VersionSummary;
