/**
 * Reads what one `npm test` run captured (see test/helpers/capture.ts): the secrets to look
 * for, everything the package produced, n8n's log, and the figures tests recorded.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Secret {
	label: string;
	value: string;
}

export interface Captured {
	kind: string;
	value: unknown;
}

export interface ProducedMessage {
	/** Where it was seen: run, poll-error, webhook… */
	source: string;
	message: string;
	description?: string;
}

function jsonLines<T>(dir: string, prefix: string): T[] {
	if (!existsSync(dir)) return [];
	const out: T[] = [];
	for (const file of readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))) {
		for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
			if (line.trim()) out.push(JSON.parse(line) as T);
		}
	}
	return out;
}

export const readSecrets = (dir: string) => jsonLines<Secret>(dir, 'secrets-');
export const readKinds = (dir: string) => [...new Set(jsonLines<{ kind: string }>(dir, 'kinds-').map((k) => k.kind))];
export const readFigures = (dir: string) => jsonLines<{ name: string; value: unknown }>(dir, 'figures-');

/** Every captured record as raw text (searched for secrets) plus the parsed records. */
export function readCaptures(dir: string): { texts: string[]; records: Captured[] } {
	const texts: string[] = [];
	const records: Captured[] = [];
	if (!existsSync(dir)) return { texts, records };
	for (const file of readdirSync(dir)) {
		const text = readFileSync(join(dir, file), 'utf8');
		if (file.startsWith('capture-')) {
			for (const line of text.split('\n')) {
				if (!line.trim()) continue;
				texts.push(line);
				records.push(JSON.parse(line) as Captured);
			}
		} else if (file.startsWith('n8n-')) {
			texts.push(...text.split('\n').filter((l) => l.trim()));
		}
	}
	return { texts, records };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

function fromError(source: string, error: unknown, out: ProducedMessage[]) {
	if (!isObj(error)) return;
	const message = str(error.message);
	if (message) out.push({ source, message, description: str(error.description) });
}

/** The error messages the package produced: node errors, error items, trigger and credential answers. */
export function producedMessages(records: Captured[]): ProducedMessage[] {
	const out: ProducedMessage[] = [];
	for (const { kind, value } of records) {
		if (kind === 'run' && isObj(value)) {
			const runData = isObj(value.runData) ? value.runData : {};
			for (const [nodeName, runs] of Object.entries(runData)) {
				if (nodeName === 'Items' || !Array.isArray(runs)) continue;
				for (const run of runs as Obj[]) {
					fromError('run', run.error, out);
					const main = isObj(run.data) && Array.isArray(run.data.main) ? run.data.main : [];
					for (const branch of main as unknown[]) {
						for (const item of Array.isArray(branch) ? (branch as Obj[]) : []) {
							const json = isObj(item?.json) ? item.json : {};
							const message = str(json.error);
							if (message && Object.keys(json).every((k) => k === 'error' || k === 'description')) {
								out.push({ source: 'error item', message, description: str(json.description) });
							}
						}
					}
				}
			}
		} else if (kind === 'poll-error' || kind === 'trigger-activation-error') {
			fromError(kind, value, out);
		} else if (kind === 'credential-test' && isObj(value) && value.status === 'Error') {
			const message = str(value.message);
			if (message) out.push({ source: kind, message });
		} else if (kind === 'webhook' && isObj(value) && Number(value.status) >= 400 && isObj(value.body)) {
			const message = str(value.body.message);
			if (message) out.push({ source: kind, message });
		}
	}
	return out;
}

/** The forms a secret could leak in: as is, URL-encoded, and (for passwords) without spaces. */
function forms(value: string): string[] {
	return [...new Set([value, encodeURIComponent(value)])].filter((form) => form.length >= 6);
}

/** Each captured text that contains a secret, with the secret's label. */
export function findLeaks(texts: string[], secrets: Secret[]): string[] {
	const distinct = [...new Map(secrets.map((s) => [s.value, s])).values()];
	const leaks: string[] = [];
	for (const text of texts) {
		for (const secret of distinct) {
			if (forms(secret.value).some((form) => text.includes(form))) leaks.push(`${secret.label} in: ${text.slice(0, 300)}`);
		}
	}
	return leaks;
}
