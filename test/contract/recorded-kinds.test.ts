/**
 * Every kind of request the nodes, the credential test and the tests can send (the catalogue the
 * fake enforces, test/fake/request-kinds.ts) has a real recording, from a live FluentCart 1.3.25
 * and a live 1.5.2, in test/fixtures/fluentcart-<version>/. A kind with no recording in some
 * version fails here: the fake would be answering it from our own assumptions.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { recordFigure } from '../helpers/capture';
import { kindInput } from '../fake/recorded';
import type { RecordedRequest } from '../fake/recorded';
import { ALL_KINDS, classify } from '../fake/request-kinds';

const VERSIONS = ['1.3.25', '1.5.2'] as const;
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const FIXTURES = join(__dirname, '..', 'fixtures');

function recordings(version: string): RecordedRequest[] {
	const dir = join(FIXTURES, `fluentcart-${version}`);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<RecordedRequest, 'file'>) }))
		.filter((r) => r.request && typeof r.request.path === 'string');
}

const covered = new Map<string, Map<string, string[]>>();
for (const version of VERSIONS) {
	const byKind = new Map<string, string[]>();
	for (const recording of recordings(version)) {
		for (const kind of classify(kindInput(recording))) {
			byKind.set(kind, [...(byKind.get(kind) ?? []), recording.file]);
		}
	}
	covered.set(version, byKind);
}

afterAll(() => {
	const figure = VERSIONS.map((v) => {
		const byKind = covered.get(v)!;
		return `${ALL_KINDS.filter((k) => byKind.has(k.id)).length} of ${ALL_KINDS.length} (${v})`;
	}).join(', ');
	recordFigure('recorded request kinds', figure);
});

describe.each(VERSIONS)('FluentCart %s recordings', (version) => {
	it('cover every request kind the package sends', () => {
		const byKind = covered.get(version)!;
		const missing = ALL_KINDS.map((k) => k.id).filter((id) => !byKind.has(id));
		expect(missing).toEqual([]);
	});
});

describe('the kind of a recorded request', () => {
	const kindOf = (path: string, extra: Partial<RecordedRequest> = {}) =>
		classify(kindInput({ file: 'x.json', request: { method: 'GET', path, body: null }, status: 200, ...extra }));

	it('tells the order filters, searches and URL forms apart', () => {
		expect(kindOf('/wp-json/fluent-cart/v2/orders?search=id%20%3E%205')).toEqual(['orders.list.search-id-above']);
		expect(kindOf('/wp-json/fluent-cart/v2/orders?payment_statuses[]=paid')).toEqual(['orders.list.payment-statuses']);
		expect(kindOf('/wp-json/fluent-cart/v2/orders?per_page=1')).toEqual(['orders.list']);
		expect(kindOf('/?rest_route=/fluent-cart/v2/orders/5')).toEqual(['url.rest-route', 'orders.get']);
		expect(kindOf('/wp-json/fluent-cart/v2/orders', { auth: 'unknown-user', status: 401 })).toEqual([
			'auth.unknown-user',
			'orders.list',
		]);
		expect(kindOf('/wp-json/fluent-cart/v2/nothing-here', { status: 404 })).toEqual(['fluentcart.unknown-route']);
		expect(kindOf('/wp-json/fluent-cart/v2/nothing-here')[0]).toMatch(/^unclassified/);
	});
});
