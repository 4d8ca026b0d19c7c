/**
 * After the whole suite: searches everything it captured for the secrets it used (Application
 * Passwords, Basic headers, webhook secrets), checks that the README's troubleshooting section
 * explains every error message the package produced, and prints the reliability figures.
 * Fails the run on any leak or unexplained message.
 */
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { ALL_KINDS } from '../fake/request-kinds';
import { findLeaks, producedMessages, readCaptures, readFigures, readKinds, readSecrets } from './captured';
import { troubleshootingEntries, unexplained } from './troubleshooting';

export default function globalTeardown() {
	const dir = process.env.FLUENTCART_TEST_CAPTURE;
	if (!dir) return;
	const secrets = readSecrets(dir);
	const { texts, records } = readCaptures(dir);

	const distinctSecrets = new Set(secrets.map((s) => s.value));
	const leaks = findLeaks(texts, secrets);

	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
	const entries = troubleshootingEntries(readme);
	const messages = producedMessages(records);
	const distinct = [...new Set(messages.map((m) => m.message))];
	const missing = unexplained(distinct, entries);

	const kinds = readKinds(dir);
	const unclassified = kinds.filter((k) => k.startsWith('unclassified'));
	const unsent = ALL_KINDS.map((k) => k.id).filter((id) => !kinds.includes(id));

	const figures = readFigures(dir);
	const lines = [
		'',
		'Reliability and security figures',
		// The money figures per version are printed with the per-version summary (version-summary.js).
		...figures
			.filter((f) => !f.name.startsWith('money on FluentCart'))
			.map((f) => `  ${f.name}: ${typeof f.value === 'string' ? f.value : JSON.stringify(f.value)}`),
		`  request kinds the fake site was sent: ${kinds.length - unclassified.length} of ${ALL_KINDS.length} in the catalogue; of no kind: ${unclassified.length}`,
		...(unsent.length ? [`  catalogue kinds no test sent: ${unsent.join(', ')}`] : []),
		`  captured records searched for secrets: ${texts.length} (${distinctSecrets.size} secret values)`,
		`  secret leaks found: ${leaks.length}`,
		`  distinct error messages produced: ${distinct.length}, explained in the README: ${distinct.length - missing.length}`,
	];
	console.log(lines.join('\n'));

	if (process.env.KEEP_TEST_CAPTURE) console.log(`  capture kept in ${dir}`);
	else rmSync(dir, { recursive: true, force: true });

	const problems: string[] = [];
	if (leaks.length) problems.push(`Secrets leaked into captured output:\n${leaks.slice(0, 20).join('\n')}`);
	if (unclassified.length) {
		problems.push(
			`The fake site was sent requests of no kind in test/fake/request-kinds.ts (add the kind and record it):\n${unclassified.map((k) => `  - ${k}`).join('\n')}`,
		);
	}
	if (missing.length) {
		problems.push(
			`README troubleshooting does not explain these error messages:\n${missing.map((m) => `  - ${m}`).join('\n')}`,
		);
	}
	if (problems.length) throw new Error(problems.join('\n\n'));
}
