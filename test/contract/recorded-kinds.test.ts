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
import { parsePhpQuery } from '../fake/php-query';
import { ALL_KINDS, classify } from '../fake/request-kinds';
import type { AuthOutcome, KindInput } from '../fake/request-kinds';

const VERSIONS = ['1.3.25', '1.5.2'] as const;
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const FIXTURES = join(__dirname, '..', 'fixtures');

interface Recording {
	file: string;
	request: { method: string; path: string; body: unknown };
	status: number;
	/** The login used, when not the administrator's (recorded since the live sessions). */
	auth?: AuthOutcome;
}

/** Older recordings name their login in the file name instead of an `auth` field. */
function authOf(recording: Recording): AuthOutcome {
	if (recording.auth) return recording.auth;
	if (/bad-(app-)?password/.test(recording.file)) return 'wrong-password';
	if (/no-auth/.test(recording.file)) return 'none';
	return 'ok';
}

/** A recorded request as the fake would see it. */
export function kindInput(recording: Recording): KindInput {
	const url = new URL(recording.request.path, 'http://site.test');
	const query = parsePhpQuery(url.search);
	let route: string | undefined;
	let urlForm: KindInput['urlForm'] = 'pretty';
	if (url.pathname.startsWith('/wp-json/')) {
		route = url.pathname.slice('/wp-json/'.length);
	} else if ((url.pathname === '/' || url.pathname === '/index.php') && typeof query.rest_route === 'string') {
		route = query.rest_route;
		urlForm = 'rest_route';
		delete query.rest_route;
	}
	return {
		method: recording.request.method.toUpperCase(),
		route: route?.replace(/^\/+|\/+$/g, ''),
		query,
		body: recording.request.body,
		auth: authOf(recording),
		urlForm,
		status: recording.status,
	};
}

function recordings(version: string): Recording[] {
	const dir = join(FIXTURES, `fluentcart-${version}`);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Recording, 'file'>) }))
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
	const kindOf = (path: string, extra: Partial<Recording> = {}) =>
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
