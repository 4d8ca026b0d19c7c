/** Reads the recorded FluentCart 1.3.25 request/response pairs kept in test/fixtures. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'fluentcart-1.3.25');

export interface Fixture {
	request: { method: string; path: string; body?: unknown };
	status: number;
	response: unknown;
}

export function fixture(name: string): Fixture {
	return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')) as Fixture;
}

export function fixtureNames(): string[] {
	return readdirSync(FIXTURE_DIR)
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.replace(/\.json$/, ''));
}

/** The path of a fixture request under `/wp-json/fluent-cart/v2/`, query included. */
export function fluentCartPath(f: Fixture): string {
	return f.request.path.replace(/^\/wp-json\/fluent-cart\/v2\//, '');
}
