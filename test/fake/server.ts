/**
 * A stateful fake FluentCart on WordPress, over real HTTP on 127.0.0.1. It answers as FluentCart
 * 1.3.25 (the default), 1.5.2 or 1.6.3 does (see version.ts): 1.3.25 and 1.5.2 like their
 * recordings, 1.6.3 like its source.
 *
 * - Answers under `/wp-json/<namespace>/<path>` and `/?rest_route=/<namespace>/<path>`.
 * - Checks HTTP Basic auth against WordPress users with Application Passwords; only
 *   administrators get any FluentCart permission (as in FluentCart without Pro).
 * - Routes answer like the recorded fixtures (see routes/*).
 * - Switches for later tests: latency, and faults (status codes with Retry-After, connection
 *   resets before or after a write is applied, HTML pages, invalid JSON).
 * - Records every request, and counts the writes it applied.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { createServer } from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { createServer as createTlsServer } from 'node:https';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { AddressInfo, Socket } from 'node:net';

import { sleep } from 'n8n-workflow';

import { recordKinds } from '../helpers/capture';
import { parsePhpQuery } from './php-query';
import type { PhpValue } from './php-query';
import { restForbidden, restNoRoute, wpError } from './responses';
import type { FakeResponse } from './responses';
import type { Delivery } from './routes/integrations';
import { registerAllRoutes } from './routes';
import { classify } from './request-kinds';
import type { AuthOutcome } from './request-kinds';
import { FakeStore } from './store';
import type { FakeUser } from './store';
import { DEFAULT_FAKE_VERSION, emptiesAsNull, versionAtLeast } from './version';
import type { FakeVersion } from './version';

export const FLUENTCART_NS = 'fluent-cart/v2';

/** WordPress's login form, where a login-enforcing plugin redirects REST requests. */
const LOGIN_PAGE =
	'<!DOCTYPE html><html lang="en-US"><head><title>Log In &lsaquo; Fake Shop &#8212; WordPress</title></head>' +
	'<body class="login"><form name="loginform" id="loginform" action="/wp-login.php" method="post">' +
	'<input type="text" name="log" id="user_login"><input type="password" name="pwd" id="user_pass"></form></body></html>';

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

interface Route {
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

/**
 * What an injected fault does instead of the normal answer. With `apply`, the request is handled
 * first (a write really happens) and the fault replaces its answer: a gateway timing out after
 * PHP finished, a PHP notice printed before the JSON.
 */
export type Fault = (
	| { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
	| { kind: 'reset' }
	/** Apply the request (a write really happens), then drop the connection before answering. */
	| { kind: 'reset-after' }
	| { kind: 'html'; status?: number; html?: string }
	| { kind: 'invalid-json'; status?: number }
	/** Redirect (302) to another page of the site, e.g. /wp-login.php. */
	| { kind: 'redirect'; location: string }
	| { kind: 'delay'; ms: number }
) & { apply?: boolean };

export interface FaultRule {
	method?: string;
	/** Matched against `<namespace>/<path>`. */
	path?: RegExp;
	/** How many requests it hits; unlimited when absent. */
	times?: number;
	fault: Fault;
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

export class FakeFluentCart {
	readonly store: FakeStore;
	/** The FluentCart version this site answers as. */
	readonly version: FakeVersion;
	/** WP_DEBUG: with it on (as the recordings were made), database errors are printed as HTML
	 * before the JSON; off (a production site), FluentCart 1.4+ hides every uncaught error. */
	wpDebug = true;
	/** What WordPress's plugins endpoint does: answers, refuses the user (403), or is blocked. */
	pluginsEndpoint: 'open' | 'forbidden' | 'blocked' = 'open';
	/** FluentCart's plugin status as WordPress lists it. */
	pluginStatus: 'active' | 'inactive' = 'active';
	/** FluentCart 1.4+: the checkout's Company Name field is enabled (addresses keep a company). */
	checkoutCompanyName = false;
	/** Settings → Permalinks is "Plain": /wp-json/… is not the REST API (it redirects to the home
	 * page); only /?rest_route=/… reaches it. */
	plainPermalinks = false;
	/** The route index `GET /wp-json/fluent-cart/v2` is blocked (404) by a security plugin. */
	routeIndexBlocked = false;
	readonly requests: LoggedRequest[] = [];
	/** Writes that changed state, per `METHOD namespace/path`. */
	readonly appliedWrites: Array<{ method: string; path: string; body: unknown }> = [];
	latencyMs = 0;
	/** Requests being served now, and the most at once since the last resetLog(). */
	inFlight = 0;
	maxInFlight = 0;
	faults: FaultRule[] = [];
	/**
	 * Asked first for every API request (`namespace/path`): a fault to inject, or nothing. For
	 * faults that depend on the request (page 3 only), or to change the shop mid-request.
	 */
	faultHook?: (method: string, path: string, query: Record<string, PhpValue>) => Fault | undefined;
	/** Namespaces whose plugin is "not active" answer rest_no_route. */
	readonly disabledNamespaces = new Set<string>();
	/** FluentCart Pro active (its Webhook integration, licensing…). */
	pro = false;
	/** Webhook deliveries made (Pro), in order. */
	readonly deliveries: Delivery[] = [];
	/** Delay before a webhook feed is sent (FluentCart's background queue). */
	webhookDelayMs = 0;
	/** How many times each webhook delivery is sent (FluentCart's queue can repeat one). */
	repeatDeliveries = 1;
	private pending = new Set<Promise<void>>();
	/** Events FluentCart would dispatch (order_paid_done, …), in order. */
	readonly events: Array<{ event: string; orderId: number }> = [];
	private readonly eventListeners: Array<(event: string, orderId: number) => void> = [];

	private server: Server | undefined;
	private sockets = new Set<Socket>();
	private routes: Route[] = [];
	baseUrl = '';

	constructor(readonly options: FakeOptions = {}) {
		this.version = options.version ?? DEFAULT_FAKE_VERSION;
		this.store = new FakeStore({ seed: options.seed });
		registerAllRoutes(this);
	}

	/** `pattern` is a path like `orders/:order_id(int)/refund`. */
	route(
		method: string,
		namespace: string,
		pattern: string,
		handler: Handler,
		options: { access?: Route['access']; write?: boolean; since?: string; until?: string } = {},
	) {
		const keys: string[] = [];
		const source = pattern
			.split('/')
			.map((segment) => {
				const param = /^:([a-zA-Z_]+)(\(int\))?$/.exec(segment);
				if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				keys.push(param[1]);
				return param[2] ? '(\\d+)' : '([^/]+)';
			})
			.join('/');
		this.routes.push({
			method,
			namespace,
			pattern: new RegExp(`^${source}$`),
			keys,
			handler,
			access: options.access ?? (namespace === FLUENTCART_NS ? 'admin' : 'logged_in'),
			write: options.write ?? method !== 'GET',
			since: options.since,
			until: options.until,
		});
	}

	/** Whether this site runs `version` or later. */
	atLeast(version: string): boolean {
		return versionAtLeast(this.version, version);
	}

	/** Whether this version has the route (`since`/`until` as registered). */
	private hasRoute(route: Route): boolean {
		return (route.since === undefined || this.atLeast(route.since)) && (route.until === undefined || !this.atLeast(route.until));
	}

	/** Keeps track of background work (webhook deliveries) so tests can wait for it. */
	track(work: Promise<void>) {
		this.pending.add(work);
		void work.finally(() => this.pending.delete(work));
	}

	/** Resolves when every webhook delivery started so far has been sent. */
	async settle(): Promise<void> {
		while (this.pending.size) await Promise.allSettled([...this.pending]);
	}

	emit(event: string, orderId: number) {
		this.events.push({ event, orderId });
		for (const listener of this.eventListeners) listener(event, orderId);
	}

	onEvent(listener: (event: string, orderId: number) => void) {
		this.eventListeners.push(listener);
	}

	/** Forgets the requests and applied writes seen so far (after a test's setup). */
	resetLog() {
		this.requests.length = 0;
		this.appliedWrites.length = 0;
		this.maxInFlight = this.inFlight;
	}

	injectFault(rule: FaultRule) {
		this.faults.push({ ...rule });
	}

	clearFaults() {
		this.faults = [];
	}

	/** Requests that reached a handler for this method and path (regexp on `namespace/path`). */
	requestsTo(method: string, path: RegExp): LoggedRequest[] {
		return this.requests.filter((r) => r.method === method && path.test(`${r.namespace}/${r.path}`));
	}

	/** Listens on 127.0.0.1; with `tls`, over HTTPS with that certificate. */
	async start(port = 0, tls?: { key: string; cert: string }): Promise<string> {
		const listener = (req: IncomingMessage, res: ServerResponse) => {
			void this.handle(req, res);
		};
		this.server = tls ? createTlsServer(tls, listener) : createServer(listener);
		this.server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		const address = this.server.address() as AddressInfo;
		this.baseUrl = `${tls ? 'https' : 'http'}://127.0.0.1:${address.port}`;
		this.store.siteUrl = this.baseUrl;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** A route path split into the registered REST namespace it starts with and the path under it. */
	private splitRoute(routePath: string): { namespace: string; path: string } | undefined {
		const namespace = this.routes
			.map((r) => r.namespace)
			.filter((ns, i, all) => all.indexOf(ns) === i)
			.find((ns) => routePath === ns || routePath.startsWith(`${ns}/`));
		return namespace === undefined ? undefined : { namespace, path: routePath.slice(namespace.length).replace(/^\/+/, '') };
	}

	private takeFault(method: string, fullPath: string, query: Record<string, PhpValue>): Fault | undefined {
		const hooked = this.faultHook?.(method, fullPath, query);
		if (hooked) return hooked;
		for (const rule of this.faults) {
			if (rule.method && rule.method !== method) continue;
			if (rule.path && !rule.path.test(fullPath)) continue;
			if (rule.times !== undefined) {
				if (rule.times <= 0) continue;
				rule.times -= 1;
			}
			return rule.fault;
		}
		return undefined;
	}

	/** The request kinds this site has been sent, reported once per test process. */
	private noteKinds(kinds: string[]) {
		recordKinds(kinds);
	}

	/** How WordPress would see the login in these headers. */
	private authOutcome(headers: IncomingHttpHeaders): AuthOutcome {
		const match = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '');
		if (!match) return 'none';
		const decoded = Buffer.from(match[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		const username = decoded.slice(0, colon);
		const user = this.store.users.find((u) => u.username === username || u.email === username);
		if (!user) return 'unknown-user';
		const clean = (text: string) => text.replace(/[^a-z\d]/gi, '');
		return clean(user.appPassword) === clean(decoded.slice(colon + 1)) ? 'ok' : 'wrong-password';
	}

	private authenticate(headers: IncomingHttpHeaders): { user: FakeUser | null; error?: FakeResponse } {
		const header = headers.authorization;
		if (!header) return { user: null };
		const match = /^Basic\s+(.+)$/i.exec(header);
		if (!match) return { user: null };
		const decoded = Buffer.from(match[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		const username = decoded.slice(0, colon);
		const password = decoded.slice(colon + 1);
		const user = this.store.users.find((u) => u.username === username || u.email === username);
		// WordPress ignores everything but letters and digits in an Application Password.
		const clean = (text: string) => text.replace(/[^a-z\d]/gi, '');
		// The recorded site treated bad credentials as anonymous (rest_forbidden, 401, from the
		// permission check); WordPress core with Application Passwords on rejects them up front.
		if (!user) {
			return this.options.coreAuthErrors
				? { user: null, error: wpError(401, 'invalid_username', 'Unknown username. Check again or try your email address.') }
				: { user: null };
		}
		if (clean(user.appPassword) !== clean(password)) {
			return this.options.coreAuthErrors
				? { user: null, error: wpError(401, 'incorrect_password', 'The provided password is an invalid application password.') }
				: { user: null };
		}
		return { user };
	}

	private async handle(req: IncomingMessage, res: ServerResponse) {
		const arrivedAt = performance.now();
		this.inFlight += 1;
		const inFlight = this.inFlight;
		this.maxInFlight = Math.max(this.maxInFlight, inFlight);
		res.once('close', () => {
			this.inFlight -= 1;
		});
		const rawBody = await readBody(req);
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let routePath: string | undefined;
		let urlForm: LoggedRequest['urlForm'] = 'pretty';
		const queryString = url.search;
		const query = parsePhpQuery(queryString);
		if (url.pathname.startsWith('/wp-json/') && this.plainPermalinks) {
			// Without rewrite rules WordPress treats /wp-json/… as an unknown page and redirects
			// to the home page (recorded: live-plain-permalinks-*).
			this.noteKinds(classify({ method: req.method ?? 'GET', route: undefined, query, body: null, auth: 'ok', urlForm, status: 301 }));
			return sendRaw(res, 301, 'text/html; charset=UTF-8', '', { Location: `${this.baseUrl}/` });
		}
		if (url.pathname.startsWith('/wp-json/')) {
			routePath = url.pathname.slice('/wp-json/'.length);
		} else if ((url.pathname === '/' || url.pathname === '/index.php') && typeof query.rest_route === 'string') {
			routePath = query.rest_route.replace(/^\/+/, '');
			urlForm = 'rest_route';
			delete query.rest_route;
		}
		if (this.latencyMs > 0) await sleep(this.latencyMs);

		if (routePath === undefined) {
			this.noteKinds(classify({ method: req.method ?? 'GET', route: undefined, query, body: null, auth: 'ok', urlForm, status: 0 }));
		}
		if (routePath === undefined && url.pathname === '/wp-login.php') {
			return sendRaw(res, 200, 'text/html; charset=UTF-8', LOGIN_PAGE);
		}
		if (routePath === undefined && url.pathname === '/' && this.plainPermalinks) {
			return sendRaw(res, 200, 'text/html; charset=UTF-8', '<!DOCTYPE html><html><head><title>Fake Shop</title></head><body><h1>Fake Shop</h1><p>Just another WordPress site</p></body></html>');
		}
		if (routePath === undefined) {
			// Not the REST API: a WordPress theme page.
			return sendRaw(res, 404, 'text/html; charset=UTF-8', '<!DOCTYPE html><html><head><title>Page not found – Fake Shop</title></head><body><h1>Oops! That page can’t be found.</h1></body></html>');
		}
		routePath = routePath.replace(/\/+$/, '');
		let method = (req.method ?? 'GET').toUpperCase();
		const override = req.headers['x-http-method-override'];
		if (method === 'POST' && typeof override === 'string' && override) method = override.toUpperCase();

		const fault = this.takeFault(method, routePath, query);
		let body: Record<string, unknown> = {};
		if (rawBody) {
			const type = String(req.headers['content-type'] ?? '');
			if (type.includes('application/x-www-form-urlencoded')) {
				body = parsePhpQuery(rawBody) as Record<string, unknown>;
			} else {
				try {
					const parsed = JSON.parse(rawBody) as unknown;
					if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
				} catch {
					body = {};
				}
			}
		}
		const logEntry: LoggedRequest = {
			arrivedAt,
			inFlight,
			method,
			namespace: '',
			path: routePath,
			query,
			body: rawBody ? safeJson(rawBody) : null,
			status: 0,
			faulted: false,
			urlForm,
			headers: req.headers,
			rawQuery: safeDecode(queryString),
		};
		res.once('close', () => {
			logEntry.answeredAt = performance.now();
		});

		const applyFirst = fault && (fault.apply || fault.kind === 'reset-after' || fault.kind === 'delay');
		if (fault && !applyFirst) {
			logEntry.faulted = true;
			// Logged like a served request: namespace and path under it.
			const split = this.splitRoute(routePath);
			if (split) Object.assign(logEntry, split);
			this.requests.push(logEntry);
			return this.sendFault(res, fault, logEntry);
		}
		if (fault?.kind === 'delay') await sleep(fault.ms);

		const answer = await this.dispatch(method, routePath, query, body, req.headers, logEntry, urlForm);
		logEntry.status = answer.status;
		logEntry.kinds = classify({
			method,
			route: routePath,
			query,
			body: logEntry.body,
			auth: this.authOutcome(req.headers),
			urlForm,
			status: answer.status,
		});
		this.noteKinds(logEntry.kinds);
		this.requests.push(logEntry);
		if (fault?.kind === 'reset-after') {
			logEntry.faulted = true;
			req.socket.destroy();
			return;
		}
		if (fault && fault.kind !== 'delay') {
			logEntry.faulted = true;
			return this.sendFault(res, fault, logEntry);
		}
		if (res.destroyed) return;
		if (answer.raw !== undefined) {
			return sendRaw(res, answer.status, answer.headers?.['Content-Type'] ?? 'text/html; charset=UTF-8', answer.raw, answer.headers);
		}
		return sendRaw(
			res,
			answer.status,
			'application/json; charset=UTF-8',
			JSON.stringify(answer.body ?? null),
			answer.headers,
		);
	}

	private sendFault(res: ServerResponse, fault: Fault, entry: LoggedRequest) {
		switch (fault.kind) {
			case 'reset':
				entry.status = -1;
				res.socket?.destroy();
				return;
			case 'status':
				entry.status = fault.status;
				return sendRaw(
					res,
					fault.status,
					'application/json; charset=UTF-8',
					JSON.stringify(fault.body ?? { code: 'fake_fault', message: `Injected HTTP ${fault.status}`, data: { status: fault.status } }),
					fault.headers,
				);
			case 'html':
				entry.status = fault.status ?? 200;
				return sendRaw(
					res,
					entry.status,
					'text/html; charset=UTF-8',
					fault.html ?? '<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Briefly unavailable for scheduled maintenance. Check back in a minute.</body></html>',
				);
			case 'redirect':
				entry.status = 302;
				return sendRaw(res, 302, 'text/html; charset=UTF-8', '', { Location: fault.location });
			case 'invalid-json':
				entry.status = fault.status ?? 200;
				return sendRaw(
					res,
					entry.status,
					'application/json; charset=UTF-8',
					'<br />\n<b>Warning</b>:  Undefined array key "x" in <b>/var/www/html/wp-content/plugins/some-plugin/x.php</b> on line <b>12</b><br />\n{"orders":',
				);
			default:
				return undefined;
		}
	}

	private async dispatch(
		method: string,
		routePath: string,
		query: Record<string, PhpValue>,
		body: Record<string, unknown>,
		headers: IncomingHttpHeaders,
		entry: LoggedRequest,
		urlForm: LoggedRequest['urlForm'],
	): Promise<FakeResponse> {
		const auth = this.authenticate(headers);
		if (auth.error) return auth.error;
		const split = this.splitRoute(routePath);
		if (!split || this.disabledNamespaces.has(split.namespace)) return restNoRoute();
		Object.assign(entry, split);
		const { namespace: namespaceMatch, path } = split;

		let found: { route: Route; params: Record<string, string> } | undefined;
		for (const route of this.routes) {
			if (route.namespace !== namespaceMatch || route.method !== method || !this.hasRoute(route)) continue;
			const match = route.pattern.exec(path);
			if (!match) continue;
			const params: Record<string, string> = {};
			route.keys.forEach((key, i) => (params[key] = match[i + 1]));
			found = { route, params };
			break;
		}
		if (!found) return restNoRoute();

		const { route, params } = found;
		if (route.access !== 'public') {
			if (!auth.user) return restForbidden(401);
			if (route.access === 'admin' && !auth.user.isAdmin) return restForbidden(403);
		}
		const request: FakeRequest = {
			method,
			namespace: namespaceMatch,
			path,
			params,
			query,
			body: { ...(query as Record<string, unknown>), ...body },
			headers,
			user: auth.user,
			urlForm,
			rawQuery: entry.rawQuery,
		};
		try {
			const answer = await route.handler(request);
			if (route.write && answer.status >= 200 && answer.status < 300) {
				this.appliedWrites.push({ method, path: `${namespaceMatch}/${path}`, body });
			}
			// 1.4+ leaves NULL where 1.3 stored '' / '0' / zero dates; the store keeps 1.3's forms.
			if (namespaceMatch === FLUENTCART_NS && this.atLeast('1.4.0') && answer.body !== undefined) {
				return { ...answer, body: emptiesAsNull(JSON.parse(JSON.stringify(answer.body)) as unknown) };
			}
			return answer;
		} catch (error) {
			return {
				status: 500,
				body: { code: 'plugin_exception', message: (error as Error).message, data: [] },
			};
		}
	}
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', () => resolve(''));
	});
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

function sendRaw(
	res: ServerResponse,
	status: number,
	contentType: string,
	text: string,
	headers: Record<string, string> = {},
) {
	if (res.destroyed) return;
	res.writeHead(status, { 'Content-Type': contentType, ...headers });
	res.end(text);
}
