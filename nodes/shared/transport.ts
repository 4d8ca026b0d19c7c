/**
 * The only module that talks HTTP to FluentCart (and to other REST namespaces on the same
 * WordPress site). It owns: base URL + namespace, Basic auth (through n8n's
 * httpRequestWithAuthentication and the credential's `authenticate`), `Cache-Control: no-cache`
 * on writes, error normalisation into one NodeApiError, GET-only retries, and pagination.
 */
import type {
	IAllExecuteFunctions,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { canUseIdWindows, newestFirstById, readIdWindows, runInParallel } from './id-windows';
import { describeHttpFailure } from './errors';
import type { FailureDescription } from './errors';
import { describeNetworkFailure, looksLikeHtml } from './site-answers';
import { normaliseNumbersInPlace } from './normalize';
import { buildEndpoint, checkSiteUrl } from './url';
import { inputError } from './validation';

export const CREDENTIAL_NAME = 'fluentCartApi';

export type FluentCartContext = IAllExecuteFunctions;

export interface RequestSpec {
	method: IHttpRequestMethods;
	/** Path under the namespace, e.g. `orders/12/refund`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** REST namespace, `fluent-cart/v2` unless given. */
	namespace?: string;
	/** Item the request is made for, so errors point at it. */
	itemIndex?: number;
	/** Milliseconds; `transportSettings.timeoutMs` unless given. */
	timeout?: number;
	/** Keep FluentCart's numeric strings as they are. */
	raw?: boolean;
	/** Ask caches for a fresh answer (writes always do): version detection after an upgrade. */
	noCache?: boolean;
	/** Told when the site answers 429 and the GET is about to be retried. */
	onRateLimited?: () => void;
}

/** Timeouts and retry timing. Exposed so tests (and benchmarks) can shorten the waits. */
export const transportSettings = {
	/** Per-request timeout. */
	timeoutMs: 30000,
	/** Tries for a GET, the first one included. Writes are always tried once. */
	attempts: 3,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	/** A Retry-After above this is not waited for: the error is reported instead. */
	maxRetryAfterMs: 60000,
};

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Said of a write whose outcome is unknown: it is never resent automatically. */
export const WRITE_MAY_HAVE_HAPPENED =
	'The request was not repeated automatically because it changes data: check in FluentCart whether it went through before running it again.';

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/** Thrown for an HTTP answer we could not use; carries the FailureDescription. */
export class FluentCartApiError extends NodeApiError {
	failureInfo!: FailureDescription;
}

function makeApiError(
	ctx: FluentCartContext,
	failure: FailureDescription,
	itemIndex?: number,
): FluentCartApiError {
	const error = new FluentCartApiError(
		ctx.getNode(),
		{
			httpCode: failure.httpCode,
			kind: failure.kind,
			fluentCartMessage: failure.fluentCartMessage ?? null,
			fields: failure.fields ?? [],
		} as JsonObject,
		{
			message: failure.message,
			description: failure.description,
			httpCode: String(failure.httpCode),
			itemIndex,
		},
	);
	error.failureInfo = failure;
	return error;
}

/** Delay before the next try: Retry-After (seconds or HTTP date) if sent, else exponential. */
export function retryDelayMs(attempt: number, retryAfter: unknown, now = Date.now()): number {
	if (retryAfter !== undefined && retryAfter !== null && retryAfter !== '') {
		const text = String(retryAfter).trim();
		if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
		const date = Date.parse(text);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	return Math.min(transportSettings.maxDelayMs, transportSettings.baseDelayMs * 2 ** (attempt - 1));
}

interface SiteSettings {
	siteUrl: string;
	plainPermalinks: boolean;
	methodOverride: boolean;
}

/** Reads and validates the credential's site settings (no request is made). */
export async function getSiteSettings(
	ctx: FluentCartContext,
	itemIndex?: number,
): Promise<SiteSettings> {
	const credentials = await ctx.getCredentials(CREDENTIAL_NAME);
	const site = checkSiteUrl(credentials.url);
	if (site.problem !== undefined) {
		throw inputError(ctx, itemIndex, site.problem, `${site.hint}: open the FluentCart credential and correct the Site URL.`);
	}
	return {
		siteUrl: site.url,
		plainPermalinks: credentials.plainPermalinks === true,
		methodOverride: credentials.methodOverride === true,
	};
}

function errorCode(error: unknown): string | undefined {
	const candidates = [
		(error as { cause?: { code?: unknown } })?.cause?.code,
		(error as { code?: unknown })?.code,
	];
	for (const candidate of candidates) {
		if (typeof candidate === 'string' && candidate) return candidate;
	}
	return undefined;
}

function errorText(error: unknown): string {
	const cause = (error as { cause?: { message?: unknown } })?.cause?.message;
	const own = (error as { message?: unknown })?.message;
	return [cause, own].filter((v) => typeof v === 'string').join(' ');
}

/**
 * Sends one FluentCart request and returns the parsed body. GETs are retried on 429, 502,
 * 503, 504, connection resets and timeouts (at most `transportSettings.attempts` tries, honouring
 * Retry-After); POST/PUT/DELETE are sent exactly once. Every failure becomes one NodeApiError
 * with FluentCart's message and the real HTTP status.
 */
export async function fluentCartRequest<T = IDataObject>(
	ctx: FluentCartContext,
	spec: RequestSpec,
): Promise<T> {
	const site = await getSiteSettings(ctx, spec.itemIndex);
	const endpoint = buildEndpoint(site.siteUrl, spec.path, {
		plainPermalinks: site.plainPermalinks,
		namespace: spec.namespace,
	});
	const isWrite = spec.method !== 'GET' && spec.method !== 'HEAD';
	const headers: IDataObject = {};
	let method = spec.method;
	if (spec.noCache && !isWrite) headers['Cache-Control'] = 'no-cache';
	if (isWrite) {
		// Caching plugins have answered POSTs with cached GET lists.
		headers['Cache-Control'] = 'no-cache';
		if (site.methodOverride && method !== 'POST') {
			// For hosts that block PUT/DELETE; WordPress honours the override header.
			headers['X-HTTP-Method-Override'] = method;
			method = 'POST';
		}
	}
	const options: IHttpRequestOptions = {
		method,
		url: endpoint.url,
		qs: { ...endpoint.qs, ...(spec.qs ?? {}) },
		headers,
		json: true,
		arrayFormat: 'brackets',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: spec.timeout ?? transportSettings.timeoutMs,
	};
	if (spec.body !== undefined) options.body = spec.body;

	const maxAttempts = isWrite ? 1 : Math.max(1, transportSettings.attempts);
	for (let attempt = 1; ; attempt++) {
		let response: FullResponse;
		try {
			response = (await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
				CREDENTIAL_NAME,
				{ ...options, qs: { ...options.qs }, headers: { ...headers } },
			)) as FullResponse;
		} catch (error) {
			const code = errorCode(error);
			const text = errorText(error);
			const network = describeNetworkFailure(code, text);
			if (network.retryable && attempt < maxAttempts) {
				await sleep(retryDelayMs(attempt, undefined));
				continue;
			}
			const tries = attempt > 1 ? ` after ${attempt} tries` : '';
			throw new NodeApiError(
				ctx.getNode(),
				{ networkError: code ?? 'unknown', kind: 'network' } as JsonObject,
				{
					message: `${network.message}${tries}`,
					description: isWrite && network.retryable ? `${network.description} ${WRITE_MAY_HAVE_HAPPENED}` : network.description,
					itemIndex: spec.itemIndex,
				},
			);
		}

		const { statusCode, body } = response;
		const responseHeaders = lowerCaseKeys(response.headers);
		if (statusCode >= 200 && statusCode < 300) {
			if (looksLikeHtml(body, String(responseHeaders['content-type'] ?? ''))) {
				throw makeApiError(ctx, describeHttpFailure(statusCode, body, responseHeaders), spec.itemIndex);
			}
			if (typeof body === 'string' && body.trim() !== '') {
				const failure = describeHttpFailure(statusCode, body, responseHeaders);
				// A success status with output before the JSON: the change was most likely made.
				if (isWrite) failure.description = `${failure.description} ${WRITE_MAY_HAVE_HAPPENED}`;
				throw makeApiError(ctx, failure, spec.itemIndex);
			}
			// The body was just parsed and nothing else holds it: normalised in place, compactly.
			return (spec.raw ? body : normaliseNumbersInPlace(body)) as T;
		}

		if (statusCode === 429) spec.onRateLimited?.();
		if (RETRYABLE_STATUS.has(statusCode) && attempt < maxAttempts) {
			const delay = retryDelayMs(attempt, responseHeaders['retry-after']);
			if (delay <= transportSettings.maxRetryAfterMs) {
				await sleep(delay);
				continue;
			}
		}
		const failure = describeHttpFailure(statusCode, body, responseHeaders);
		if (attempt > 1) failure.message = `${failure.message} after ${attempt} tries`;
		// A gateway error can come after WordPress finished the work.
		if (isWrite && statusCode >= 500) failure.description = `${failure.description} ${WRITE_MAY_HAVE_HAPPENED}`;
		throw makeApiError(ctx, failure, spec.itemIndex);
	}
}

function lowerCaseKeys(headers: Record<string, unknown> | undefined): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(headers ?? {})) out[key.toLowerCase()] = value;
	return out;
}

/** FluentCart's Laravel paginator, nested under a resource key. */
export interface Paginator<T = IDataObject> {
	current_page: number;
	data: T[];
	last_page: number;
	per_page: number;
	total: number;
}

/** FluentCart silently turns a per_page outside 1–199 into 10. */
export const MAX_PER_PAGE = 199;

export function clampPerPage(value: number): number {
	if (!Number.isFinite(value)) return MAX_PER_PAGE;
	return Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(value)));
}

export interface PaginateSpec {
	path: string;
	/** Key the paginator sits under: `orders`, `customers`, `data` (subscriptions)… */
	key: string;
	qs?: IDataObject;
	returnAll: boolean;
	limit?: number;
	itemIndex?: number;
	namespace?: string;
	/** Pages read at the same time after the first; `DEFAULT_PAGES_IN_PARALLEL` unless given. */
	concurrency?: number;
	/**
	 * Filters on our side, for a filter the site cannot apply: only matching records count
	 * towards `limit`, and pages of 199 are read until enough match or the list ends.
	 */
	keep?: (record: IDataObject) => boolean;
	/**
	 * The list takes `search=id :: low-high`: when the query sorts it by ID, newest first, and has
	 * no search of its own, Return All reads ID windows instead of page numbers, so a shop that
	 * changes during the read loses and repeats nothing (see id-windows.ts).
	 */
	idWindows?: boolean;
}

/** Pages Return All reads at the same time, unless the node says otherwise. */
export const DEFAULT_PAGES_IN_PARALLEL = 4;

function readPaginator(body: IDataObject, key: string): Paginator {
	const paginator = body?.[key] as Paginator | undefined;
	if (!paginator || !Array.isArray(paginator.data)) {
		throw new Error(`FluentCart's answer has no "${key}" list`);
	}
	return paginator;
}

/**
 * Reads a FluentCart list: everything (Return All) or up to `limit` records, at the largest page
 * size FluentCart honours, in FluentCart's order. Page 1 tells how many pages there are; the rest
 * are read `concurrency` at a time (halved, down to 1, whenever the site answers 429), so a list
 * of N records costs ceil(N / 199) requests. A record that shifts to the next page while the pages
 * are read (a new order arrived) is kept once.
 */
export async function fluentCartList<T = IDataObject>(
	ctx: FluentCartContext,
	spec: PaginateSpec,
): Promise<T[]> {
	const wanted = spec.returnAll ? Infinity : Math.max(0, spec.limit ?? 50);
	if (wanted === 0) return [];
	const keep = spec.keep ?? (() => true);
	const perPage = clampPerPage(spec.returnAll || spec.keep ? MAX_PER_PAGE : Math.min(wanted, MAX_PER_PAGE));
	let parallel = Math.max(1, Math.floor(spec.concurrency ?? DEFAULT_PAGES_IN_PARALLEL));
	const onRateLimited = () => {
		parallel = Math.max(1, Math.floor(parallel / 2));
	};

	const readPage = async (page: number, extra: IDataObject = {}): Promise<Paginator> => {
		const body = await fluentCartRequest(ctx, {
			method: 'GET',
			path: spec.path,
			qs: { ...(spec.qs ?? {}), ...extra, page, per_page: perPage },
			itemIndex: spec.itemIndex,
			namespace: spec.namespace,
			onRateLimited,
		});
		try {
			return readPaginator(body, spec.key);
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message, {
				itemIndex: spec.itemIndex,
				description: 'The site answered, but not with the list FluentCart normally returns. Check that FluentCart is up to date.',
			});
		}
	};

	const first = await readPage(1);
	const byIdWindows = spec.returnAll && spec.idWindows && newestFirstById(spec.qs ?? {}) && !spec.qs?.search;
	if (byIdWindows && canUseIdWindows(first, perPage)) {
		const rest = await readIdWindows(
			first,
			perPage,
			async (low, high) => await readPage(1, { search: `id :: ${low}-${high}` }),
			() => parallel,
		);
		return collectRecords([first.data as T[], ...(rest as T[][])], keep, wanted);
	}
	const lastPage = spec.keep ? Number(first.last_page) || 1 : Math.min(Number(first.last_page) || 1, Math.ceil(wanted / perPage));
	const pages: T[][] = [first.data as T[]];
	// Records kept so far; with `keep`, no further page is started once enough match.
	let kept = first.data.filter((record) => keep(record)).length;
	if (first.data.length > 0 && lastPage > 1) {
		// Pages 2 to lastPage; after a failure no more pages are started and the error reaches the node.
		const readNext = async (index: number) => {
			const data = (await readPage(index + 2)).data;
			pages[index + 1] = data as T[];
			kept += data.filter((record) => keep(record)).length;
		};
		await runInParallel(lastPage - 1, () => parallel, readNext, () => kept < wanted);
	}

	return collectRecords(pages, keep, wanted);
}

/** The records of the pages in order: kept ones only, each ID once, at most `wanted`. */
function collectRecords<T>(pages: T[][], keep: (record: IDataObject) => boolean, wanted: number): T[] {
	const results: T[] = [];
	const seen = new Set<unknown>();
	for (const data of pages) {
		for (const record of data ?? []) {
			if (!keep(record as IDataObject)) continue;
			const id = (record as IDataObject)?.id;
			if (id !== undefined && id !== null) {
				if (seen.has(id)) continue;
				seen.add(id);
			}
			results.push(record);
			if (results.length >= wanted) return results;
		}
	}
	return results;
}
