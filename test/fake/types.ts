/** The shapes the fake site's routes and tests share. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { IncomingHttpHeaders } from 'node:http';

import type { PhpValue } from './php-query';
import type { FakeResponse } from './responses';
import type { FakeUser } from './store';
import type { FakeVersion } from './version';

export interface FakeRequest {
	method: string;
	namespace: string;
	/** Path under the namespace, without leading/trailing slashes. */
	path: string;
	params: Record<string, string>;
	query: Record<string, PhpValue>;
	/** Parsed JSON (or form) body merged the way WP's get_params() does: body wins over query. */
	body: Record<string, unknown>;
	headers: IncomingHttpHeaders;
	user: FakeUser | null;
	urlForm: 'pretty' | 'rest_route';
	/** The query string as sent, percent-decoded. */
	rawQuery: string;
}

export type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface Route {
	method: string;
	namespace: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
	/** Who may call it: FluentCart admin routes need an administrator. */
	access: 'admin' | 'logged_in' | 'public';
	/** The first FluentCart version with this route, and the first without it. */
	since?: string;
	until?: string;
	/** Counted as an applied write when it answers 2xx. */
	write: boolean;
}

export interface LoggedRequest {
	/** performance.now() when the request arrived and when its answer was sent (or dropped). */
	arrivedAt: number;
	answeredAt?: number;
	/** Requests being served when this one arrived, itself included. */
	inFlight: number;
	method: string;
	namespace: string;
	path: string;
	query: Record<string, PhpValue>;
	body: unknown;
	status: number;
	faulted: boolean;
	/** The form the URL took: pretty permalinks or ?rest_route=. */
	urlForm: 'pretty' | 'rest_route';
	headers: IncomingHttpHeaders;
	/** The request kinds it is (see request-kinds.ts). */
	kinds?: string[];
	/** The query string as sent, percent-decoded. */
	rawQuery: string;
}

export interface FakeOptions {
	/** Answer a bad Application Password like WordPress core does (incorrect_password)
	 * instead of like the recorded fixture (rest_forbidden). */
	coreAuthErrors?: boolean;
	seed?: boolean;
	/** The FluentCart version to answer as; 1.3.25 unless given. */
	version?: FakeVersion;
}

