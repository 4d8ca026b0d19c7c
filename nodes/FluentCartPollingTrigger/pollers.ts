/**
 * What each polling event reads and remembers. Cursors live in the node's static data:
 * - new records: the highest ID seen; FluentCart is asked for `id > <last>` (one request when
 *   nothing is new);
 * - status changes: a snapshot of the statuses of the most recent records (a bounded window);
 * - low stock: which variations are already low (fires once per crossing).
 * The first poll after activation only sets the cursor: history is never replayed.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { fluentCartList, fluentCartRequest, MAX_PER_PAGE } from '../shared/transport';

export interface PollState extends IDataObject {
	event?: string;
	/** What the state was built for: the status field watched, and the site (its URL). */
	field?: string;
	site?: string;
	lastId?: number;
	snapshot?: Record<string, string>;
	low?: number[];
	/** When the last scheduled poll ran (ms since 1970): a long gap is a pause. */
	lastPollAt?: number;
	/** ID cursors: the IDs seen within the look-back window below `lastId`. */
	recentIds?: number[];
	/** Renewal Paid: the ids of the most recent paid invoices at the last poll. */
	paidIds?: number[];
}

export interface ListSource {
	path: string;
	/** Key the paginator sits under. */
	key: string;
	/** FluentCart understands `search=id > N` for this list. */
	operatorSearch: boolean;
	qs?: IDataObject;
}

export const SOURCES: Record<string, ListSource> = {
	newOrder: { path: 'orders', key: 'orders', operatorSearch: true },
	newCustomer: { path: 'customers', key: 'customers', operatorSearch: true },
	newSubscription: { path: 'subscriptions', key: 'data', operatorSearch: true },
	newCoupon: { path: 'coupons', key: 'coupons', operatorSearch: false },
	orderStatusChanged: { path: 'orders', key: 'orders', operatorSearch: true },
	subscriptionStatusChanged: { path: 'subscriptions', key: 'data', operatorSearch: true },
	// FluentCart 1.6.0+: renewal invoices, newest first (the route takes no sort and no search).
	renewalPaid: { path: 'renewals', key: 'invoices', operatorSearch: false, qs: { payment_status: 'paid' } },
};

/** A renewal invoice FluentCart 1.6+ created ahead of payment, still unpaid. */
export const isUnpaidRenewal = (row: IDataObject) =>
	row.type === 'renewal' && ['pending', 'payment_scheduled'].includes(String(row.payment_status));

/**
 * How long one poll may take. n8n 2.38 and later say (`getPollBudgetMs`); older n8n has no budget,
 * so a poll keeps to one minute, the shortest interval n8n schedules, and the next poll goes on
 * from the cursor.
 */
export const OLDER_N8N_POLL_BUDGET_MS = 60_000;
export function pollBudgetMs(ctx: IPollFunctions): number {
	const withBudget = ctx as IPollFunctions & { getPollBudgetMs?: () => number };
	return typeof withBudget.getPollBudgetMs === 'function' ? withBudget.getPollBudgetMs() : OLDER_N8N_POLL_BUDGET_MS;
}

/** A record's ID (products call it `ID`). */
export const idOf = (row: IDataObject) => Number(row.id ?? row.ID);

/** The most recent record (highest ID), or undefined when the list is empty. */
export async function latest(ctx: IPollFunctions, source: ListSource): Promise<IDataObject | undefined> {
	return (await recentRows(ctx, newestFirst(source), 1))[0];
}

/** The list sorted by ID, newest first. */
const newestFirst = (source: ListSource): ListSource => ({ ...source, qs: { ...source.qs, sort_by: 'id', sort_type: 'desc' } });

/**
 * Records with an ID above `lastId`, oldest first. Stops early when the poll's time budget runs
 * low: the cursor then only moves to what was returned, and the next poll continues.
 */
export async function newSince(ctx: IPollFunctions, source: ListSource, lastId: number): Promise<IDataObject[]> {
	const started = Date.now();
	const budget = pollBudgetMs(ctx) * 0.8;
	const found: IDataObject[] = [];
	if (source.operatorSearch) {
		for (let page = 1; ; page++) {
			const body = await fluentCartRequest(ctx, {
				method: 'GET',
				path: source.path,
				qs: { ...source.qs, search: `id > ${lastId}`, sort_by: 'id', sort_type: 'asc', per_page: MAX_PER_PAGE, page },
			});
			const paginator = (body[source.key] ?? {}) as { data?: IDataObject[]; last_page?: number };
			const rows = paginator.data ?? [];
			// Guard against a FluentCart that ignores the operator search.
			found.push(...rows.filter((row) => idOf(row) > lastId));
			if (!rows.length || page >= Number(paginator.last_page ?? page) || Date.now() - started > budget) break;
		}
		return found.sort((a, b) => idOf(a) - idOf(b));
	}
	// No operator search (coupons): read newest first until we reach what we have seen.
	for (let page = 1; ; page++) {
		const body = await fluentCartRequest(ctx, {
			method: 'GET',
			path: source.path,
			qs: { ...source.qs, sort_by: 'id', sort_type: 'desc', per_page: MAX_PER_PAGE, page },
		});
		const paginator = (body[source.key] ?? {}) as { data?: IDataObject[]; last_page?: number };
		const rows = paginator.data ?? [];
		const fresh = rows.filter((row) => idOf(row) > lastId);
		found.push(...fresh);
		if (fresh.length < rows.length || !rows.length || page >= Number(paginator.last_page ?? page)) break;
		if (Date.now() - started > budget) break;
	}
	return found.sort((a, b) => idOf(a) - idOf(b));
}

/** The `count` first records of a list in its own order (renewals come newest first and take no sort). */
export async function recentRows(ctx: IPollFunctions, source: ListSource, count: number): Promise<IDataObject[]> {
	return await fluentCartList(ctx, { path: source.path, key: source.key, qs: source.qs, returnAll: false, limit: count });
}

/** Statuses of the `count` most recent records, by ID. */
export async function recentStatuses(
	ctx: IPollFunctions,
	source: ListSource,
	count: number,
	field: string,
): Promise<{ rows: IDataObject[]; snapshot: Record<string, string> }> {
	const rows = await recentRows(ctx, newestFirst(source), count);
	const snapshot: Record<string, string> = {};
	for (const row of rows) snapshot[String(idOf(row))] = String(row[field] ?? '');
	return { rows, snapshot };
}

/** Every variation (one request), with the ones at or below the threshold. */
export async function lowStock(
	ctx: IPollFunctions,
	threshold: number,
	onlyManaged: boolean,
): Promise<IDataObject[]> {
	const body = await fluentCartRequest<unknown>(ctx, { method: 'GET', path: 'variants' });
	const variations = Array.isArray(body) ? (body as IDataObject[]) : [];
	return variations.filter(
		(v) => (!onlyManaged || Number(v.manage_stock) === 1) && Number(v.available) <= threshold,
	);
}
