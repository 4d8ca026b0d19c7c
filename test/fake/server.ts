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
import { authenticate, authOutcome } from './auth';
import { LOGIN_PAGE, readBody, safeDecode, safeJson, sendFault, sendRaw } from './http';
import type { Fault, FaultRule } from './http';
import { parsePhpQuery } from './php-query';
import type { PhpValue } from './php-query';
import { restForbidden, restNoRoute } from './responses';
import type { FakeResponse } from './responses';
import type { Delivery } from './routes/integrations';
import { registerAllRoutes } from './routes';
import { classify } from './request-kinds';
import { FakeStore } from './store';
import { DEFAULT_FAKE_VERSION, emptiesAsNull, versionAtLeast } from './version';
import type { FakeVersion } from './version';

export const FLUENTCART_NS = 'fluent-cart/v2';

export type { Fault, FaultRule } from './http';

import type { FakeOptions, FakeRequest, Handler, LoggedRequest, Route } from './types';

export type { FakeOptions, FakeRequest, Handler, LoggedRequest } from './types';

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
	/**
	 * Asked for every API request before it is handled: a promise to hold it until, or nothing.
	 * Tests gate the fake this way instead of waiting on timers (see helpers/gate.ts).
	 */
	gate?: (method: string, path: string, query: Record<string, PhpValue>) => Promise<void> | undefined;
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

	private async handle(req: IncomingMessage, res: ServerResponse) {
		const arrivedAt = performance.now();
		this.inFlight += 1;
		const inFlight = this.inFlight;
		this.maxInFlight = Math.max(this.maxInFlight, inFlight);
		// A request stops counting as in flight the moment its answer is written (or its connection
		// dropped), before the client can see it: a client that starts its next request on an answer
		// never finds its previous one still counted.
		const timing: { entry?: LoggedRequest; open: boolean } = { open: true };
		const answered = () => {
			if (!timing.open) return;
			timing.open = false;
			this.inFlight -= 1;
			if (timing.entry) timing.entry.answeredAt = performance.now();
		};
		const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
		res.end = ((...args: unknown[]) => {
			answered();
			return end(...args);
		}) as typeof res.end;
		res.once('close', answered);
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

		const held = this.gate?.(method, routePath, query);
		if (held) await held;
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
		timing.entry = logEntry;

		const applyFirst = fault && (fault.apply || fault.kind === 'reset-after' || fault.kind === 'delay');
		if (fault && !applyFirst) {
			logEntry.faulted = true;
			// Logged like a served request: namespace and path under it.
			const split = this.splitRoute(routePath);
			if (split) Object.assign(logEntry, split);
			this.requests.push(logEntry);
			return sendFault(res, fault, logEntry);
		}
		if (fault?.kind === 'delay') await sleep(fault.ms);

		const answer = await this.dispatch(method, routePath, query, body, req.headers, logEntry, urlForm);
		logEntry.status = answer.status;
		logEntry.kinds = classify({
			method,
			route: routePath,
			query,
			body: logEntry.body,
			auth: authOutcome(this.store, req.headers),
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
			return sendFault(res, fault, logEntry);
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

	private async dispatch(
		method: string,
		routePath: string,
		query: Record<string, PhpValue>,
		body: Record<string, unknown>,
		headers: IncomingHttpHeaders,
		entry: LoggedRequest,
		urlForm: LoggedRequest['urlForm'],
	): Promise<FakeResponse> {
		const auth = authenticate(this.store, this.options, headers);
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
