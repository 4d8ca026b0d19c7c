/**
 * Everything the test suite sees the package produce (outputs, errors with their descriptions
 * and causes, execution hints, webhook answers, log lines) is appended to files in one folder per
 * `npm test` run, so the global teardown can search all of it for secrets and list the error
 * messages the README must explain. The folder comes from the global setup.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { appendFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const DIR = process.env.FLUENTCART_TEST_CAPTURE;
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const PID = process.pid;

/** JSON of anything, errors included with their non-enumerable parts (message, stack, cause…). */
export function deepJson(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, function replacer(_key, item: unknown) {
		if (typeof item === 'bigint') return String(item);
		if (item && typeof item === 'object') {
			if (seen.has(item)) return '[circular]';
			seen.add(item);
			if (item instanceof Error || (item as { stack?: unknown }).stack !== undefined) {
				const out: Record<string, unknown> = {};
				for (const name of Object.getOwnPropertyNames(item)) out[name] = (item as Record<string, unknown>)[name];
				for (const [name, field] of Object.entries(item)) out[name] = field;
				return out;
			}
		}
		return item;
	});
}

function append(file: string, line: string) {
	if (!DIR) return;
	appendFileSync(join(DIR, `${file}-${PID}.jsonl`), `${line}\n`);
}

/** What the package produced (kind: run, webhook, poll, credential-test, log…). */
export function capture(kind: string, value: unknown) {
	append('capture', deepJson({ kind, value }));
}

/** A secret that must never appear in anything captured. */
export function recordSecret(label: string, value: string) {
	if (value) append('secrets', JSON.stringify({ label, value }));
}

/** A figure for the end-of-run summary (cases rejected, duplicate writes…). */
export function recordFigure(name: string, value: unknown) {
	append('figures', JSON.stringify({ name, value }));
}

const kindsSeen = new Set<string>();

/** Request kinds the fake site was sent (see test/fake/request-kinds.ts), each once per process. */
export function recordKinds(kinds: string[]) {
	for (const kind of kinds) {
		if (kindsSeen.has(kind)) continue;
		kindsSeen.add(kind);
		append('kinds', JSON.stringify({ kind }));
	}
}
