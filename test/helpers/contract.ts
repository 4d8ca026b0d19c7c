/** Compare a request the node sent (as the fake logged it) with the request of a recorded fixture. */
import type { IDataObject } from 'n8n-workflow';

import { parsePhpQuery } from '../fake/php-query';
import type { FakeFluentCart, LoggedRequest } from '../fake/server';
import { fixture } from './fixtures';
import type { Fixture, RecordedVersion } from './fixtures';
import { shapeDiff } from './shape';

/**
 * The fixture's path relative to `fluent-cart/v2` (pretty or `?rest_route=` permalinks), and its
 * query parsed as PHP does (`with[]=a` → `with: ['a']`), as the fake logs queries.
 */
export function recordedRoute(f: Fixture): { path: string; query: Record<string, unknown> } {
	const url = new URL(f.request.path, 'http://x');
	const restRoute = url.searchParams.get('rest_route');
	const query = parsePhpQuery(url.search);
	delete query.rest_route;
	const path = (restRoute ?? url.pathname).replace(/^\/(wp-json\/)?fluent-cart\/v2\//, '');
	return { path, query };
}

/** The last request with this method to a matching path; fails the test if there is none. */
export function lastSent(fake: FakeFluentCart, method: string, path: RegExp = /./): LoggedRequest {
	const matching = fake.requestsTo(method, path);
	expect(matching.length).toBeGreaterThan(0);
	return matching[matching.length - 1];
}

/**
 * Same method, path and query as the recording; the body equals it (`exact`), contains it
 * (`contains`) or has the same keys and value types (`shape`).
 */
export function expectLikeRecorded(
	name: string,
	request: LoggedRequest,
	body: 'exact' | 'contains' | 'shape' = 'exact',
	version: RecordedVersion = '1.3.25',
): void {
	const f = fixture(name, version);
	const { path, query } = recordedRoute(f);
	expect(request.method).toBe(f.request.method);
	expect(request.path).toBe(path);
	expect(request.query).toMatchObject(query);
	if (f.request.body === null || f.request.body === undefined) expect(request.body).toBeNull();
	else if (body === 'exact') expect(request.body).toEqual(f.request.body);
	else if (body === 'contains') expect(request.body).toMatchObject(f.request.body as IDataObject);
	else expect(shapeDiff(f.request.body, request.body)).toEqual([]);
}

/**
 * A create request against both recordings: the shape of the 1.5.2 request that works there (the
 * 1.3.25 body plus the values 1.4+ needs; that site's record ids differ from the fake's), and the
 * 1.3.25 request, value for value, plus only those values.
 */
export function expectLikeBothRecorded(
	names: { '1.3.25': string; '1.5.2'?: string },
	request: LoggedRequest,
	added: Record<string, unknown>,
): void {
	if (names['1.5.2']) expectLikeRecorded(names['1.5.2'], request, 'shape', '1.5.2');
	const recorded = fixture(names['1.3.25']).request.body as IDataObject;
	expectLikeRecorded(names['1.3.25'], request, 'contains');
	const extra = Object.fromEntries(Object.entries(request.body as IDataObject).filter(([key]) => !(key in recorded)));
	const nested = Object.fromEntries(Object.keys(added).filter((key) => key in recorded).map((key) => [key, (request.body as IDataObject)[key]]));
	expect({ ...extra, ...nested }).toEqual(added);
}
