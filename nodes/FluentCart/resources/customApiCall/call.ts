/**
 * Custom API Call: any route under fluent-cart/v2 through the same transport as every other
 * operation (credential, error messages, GET-only retries, numeric-string normalisation).
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireJsonObject, requireOneOf } from '../../../shared/validation';
import { CUSTOM_METHODS } from './customApiCall.description';

const PATH_HINT = 'Enter a route relative to /wp-json/fluent-cart/v2/, e.g. orders/12 or reports/revenue.';

/** Checks and cleans the user's path: relative, no scheme or host, no dot segments, no query. */
export function cleanPath(ctx: IExecuteFunctions, i: number, value: unknown): string {
	const raw = typeof value === 'string' ? value.trim() : '';
	if (!raw) throw inputError(ctx, i, 'Path is empty', PATH_HINT);
	if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || raw.includes('\\')) {
		throw inputError(ctx, i, `Path "${raw}" must not contain a scheme or host`, `${PATH_HINT} The site address comes from the credential.`);
	}
	if (/[?#]/.test(raw)) {
		throw inputError(ctx, i, `Path "${raw}" must not contain a query string`, 'Put query values in Query Parameters.');
	}
	if (/\s/.test(raw)) throw inputError(ctx, i, `Path "${raw}" contains spaces`, PATH_HINT);
	let decoded: string;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		throw inputError(ctx, i, `Path "${raw}" has broken percent-encoding`, PATH_HINT);
	}
	if (decoded.split(/[\\/]/).some((segment) => segment === '..' || segment === '.')) {
		throw inputError(ctx, i, `Path "${raw}" must not contain "." or ".." segments`, PATH_HINT);
	}
	const path = raw
		.replace(/^\/+/, '')
		.replace(/^wp-json\//i, '')
		.replace(/^fluent-cart\/v2(\/|$)/i, '')
		.replace(/\/+$/, '');
	if (!path) throw inputError(ctx, i, 'Path names no route', PATH_HINT);
	if (path.includes('//')) throw inputError(ctx, i, `Path "${raw}" has an empty segment`, PATH_HINT);
	return path;
}

/** Name/value pairs → query object; `name[]` collects several values into a list. */
function queryOf(ctx: IExecuteFunctions, i: number): IDataObject {
	const collection = ctx.getNodeParameter('queryParameters', i, {}) as IDataObject;
	const pairs = (collection.parameter as IDataObject[] | undefined) ?? [];
	const qs: IDataObject = {};
	for (const pair of pairs) {
		const name = String(pair.name ?? '').trim();
		if (!name) throw inputError(ctx, i, 'A query parameter has no name', 'Give every query parameter a name, or remove it.');
		const value = pair.value === undefined || pair.value === null ? '' : String(pair.value);
		if (name.endsWith('[]')) {
			const base = name.slice(0, -2);
			const list = Array.isArray(qs[base]) ? (qs[base] as string[]) : [];
			qs[base] = [...list, value];
		} else {
			qs[name] = value;
		}
	}
	return qs;
}

export async function call(this: IExecuteFunctions, i: number): Promise<IDataObject | IDataObject[]> {
	const method = requireOneOf(this, i, 'Method', this.getNodeParameter('method', i), CUSTOM_METHODS) as IHttpRequestMethods;
	const path = cleanPath(this, i, this.getNodeParameter('path', i));
	const qs = queryOf(this, i);
	const options = this.getNodeParameter('customOptions', i, {}) as IDataObject;
	const body = method === 'GET' ? undefined : (requireJsonObject(this, i, 'Body (JSON)', this.getNodeParameter('body', i, '{}')) as IDataObject);

	const response = (await fluentCartRequest<unknown>(this, {
		method,
		path,
		qs: Object.keys(qs).length ? qs : undefined,
		body,
		itemIndex: i,
		raw: options.raw === true,
	})) as unknown;

	if (Array.isArray(response) && options.split !== false) {
		return response.map((entry) =>
			entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as IDataObject) : { value: entry as IDataObject[keyof IDataObject] },
		);
	}
	if (response !== null && typeof response === 'object' && !Array.isArray(response)) return response as IDataObject;
	return { data: (response ?? null) as IDataObject[keyof IDataObject] };
}
