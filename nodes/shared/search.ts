/** Shared plumbing for the resource locators' "From List" searches. */
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { fluentCartRequest, getSiteSettings } from './transport';
import type { Paginator } from './transport';

export const SEARCH_PAGE_SIZE = 25;

/**
 * One page of a FluentCart list for a search box: `search` holds the user's text, the page
 * number travels as the pagination token. Also returns the admin base URL for record links.
 */
export async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
	filter: string | undefined,
	token: string | undefined,
	extra: IDataObject = {},
): Promise<{ rows: IDataObject[]; next?: string; adminBase: string }> {
	const page = Number(token) || 1;
	const qs: IDataObject = { per_page: SEARCH_PAGE_SIZE, page, ...extra };
	if (filter && filter.trim()) qs.search = filter.trim();
	const body = await fluentCartRequest(ctx, { method: 'GET', path, qs });
	const paginator = body[key] as Paginator | undefined;
	const rows = paginator?.data ?? [];
	const next = paginator && paginator.current_page < paginator.last_page ? String(page + 1) : undefined;
	return { rows, next, adminBase: await adminBaseUrl(ctx) };
}

/** `https://shop/wp-admin/admin.php?page=fluent-cart#` (routes follow, e.g. `/orders/12/view`). */
export async function adminBaseUrl(ctx: ILoadOptionsFunctions): Promise<string> {
	const { siteUrl } = await getSiteSettings(ctx);
	return `${siteUrl}/wp-admin/admin.php?page=fluent-cart#`;
}
