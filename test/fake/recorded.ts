/**
 * Answers taken straight from the recordings of a real FluentCart (test/fixtures/fluentcart-<v>/),
 * for the requests where the fake must say exactly what a real site says. The fake answering as
 * 1.6.3 (modelled from source, never run) uses the 1.5.2 recordings where the source is unchanged.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parsePhpQuery } from './php-query';
import type { AuthOutcome, KindInput } from './request-kinds';
import type { FakeResponse } from './responses';
import type { VersionedSite } from './version';

export interface Recording {
	request: { method: string; path: string; body: unknown };
	status: number;
	response: unknown;
}

const cache = new Map<string, Recording>();

/** The recording `name` (without .json) of the version this site answers as. */
export function recording(site: VersionedSite, name: string): Recording {
	const folder = site.atLeast('1.4.0') ? 'fluentcart-1.5.2' : 'fluentcart-1.3.25';
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const file = join(__dirname, '..', 'fixtures', folder, `${name}.json`);
	let found = cache.get(file);
	if (!found) {
		found = JSON.parse(readFileSync(file, 'utf8')) as Recording;
		cache.set(file, found);
	}
	return found;
}

/** The recorded answer as the fake sends it: raw text (an HTML block before the JSON) or JSON. */
export function recordedAnswer(site: VersionedSite, name: string): FakeResponse {
	const { status, response } = recording(site, name);
	if (typeof response === 'string') {
		return { status, raw: response, headers: { 'Content-Type': 'application/json; charset=UTF-8' } };
	}
	return { status, body: JSON.parse(JSON.stringify(response)) as unknown };
}

/** A recording file as the request-kind checks read it. */
export interface RecordedRequest {
	file: string;
	request: { method: string; path: string; body: unknown };
	status: number;
	/** The login used, when not the administrator's (recorded since the live sessions). */
	auth?: AuthOutcome;
}

/** Older recordings name their login in the file name instead of an `auth` field. */
function authOf(recording: RecordedRequest): AuthOutcome {
	if (recording.auth) return recording.auth;
	if (/bad-(app-)?password/.test(recording.file)) return 'wrong-password';
	if (/no-auth/.test(recording.file)) return 'none';
	return 'ok';
}

/** A recorded request as the fake would see it. */
export function kindInput(recording: RecordedRequest): KindInput {
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
