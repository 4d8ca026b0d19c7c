/** Reads the recorded FluentCart request/response pairs kept in test/fixtures/fluentcart-<version>/. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

/** The versions with recordings; 1.3.25 is the one the package was first built against. */
export type RecordedVersion = '1.3.25' | '1.5.2';

export function fixtureDir(version: RecordedVersion = '1.3.25'): string {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	return join(__dirname, '..', 'fixtures', `fluentcart-${version}`);
}

export const FIXTURE_DIR = fixtureDir('1.3.25');

export interface Fixture {
	request: { method: string; path: string; body?: unknown };
	status: number;
	response: unknown;
}

export function fixture(name: string, version: RecordedVersion = '1.3.25'): Fixture {
	return JSON.parse(readFileSync(join(fixtureDir(version), `${name}.json`), 'utf8')) as Fixture;
}

export function fixtureNames(version: RecordedVersion = '1.3.25'): string[] {
	return readdirSync(fixtureDir(version))
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.replace(/\.json$/, ''));
}

/** The path of a fixture request under `/wp-json/fluent-cart/v2/`, query included. */
export function fluentCartPath(f: Fixture): string {
	return f.request.path.replace(/^\/wp-json\/fluent-cart\/v2\//, '');
}
