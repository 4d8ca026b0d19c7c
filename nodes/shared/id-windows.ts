/**
 * Return All by ID windows, for lists sorted by ID, newest first (orders, customers and
 * subscriptions, each in their default order). Page numbers
 * shift when the shop changes during the read: a new order pushes the oldest one past the last
 * page, a deleted one pulls a record onto a page already read, and either is lost without a word.
 * ID ranges do not shift. After page 1, the IDs below it are split into windows
 * (`search=id :: low-high`, which FluentCart 1.3 to 1.6 answer), sized from page 1's ID density
 * so that each holds about one page, and read a few at a time. A window holding more than a page
 * continues below the lowest ID it returned. Records created during the read (IDs above page 1)
 * are not part of it; records deleted during it may or may not appear; none is lost or repeated.
 * On a quiet shop with gap-free IDs this costs ceil(N / 199) requests, like page numbers.
 */
import type { IDataObject } from 'n8n-workflow';

export interface IdPage {
	data: IDataObject[];
	total: number;
}

/** Reads one window: the records with `low <= id <= high`, newest first, at most one page. */
export type ReadWindow = (low: number, high: number) => Promise<IdPage>;

const idOf = (row: IDataObject) => Number(row.id);

/**
 * Whether page 1 can seed ID windows: every ID a positive whole number, newest first, and more
 * records than one page holds.
 */
export function canUseIdWindows(first: IdPage, pageSize: number): boolean {
	const ids = first.data.map(idOf);
	if (first.data.length < pageSize || Number(first.total) <= first.data.length) return false;
	return ids.every((id, n) => Number.isInteger(id) && id > 0 && (n === 0 || id < ids[n - 1]));
}

/** The windows below page 1: about one page each, the last one reaching down to ID 1. */
export function planWindows(first: IdPage, pageSize: number): Array<{ low: number; high: number }> {
	const top = idOf(first.data[0]);
	const bottom = idOf(first.data[first.data.length - 1]);
	const density = first.data.length / Math.max(1, top - bottom + 1);
	const span = Math.max(1, Math.round(pageSize / density));
	const count = Math.max(1, Math.ceil((Number(first.total) - first.data.length) / pageSize));
	const windows: Array<{ low: number; high: number }> = [];
	let high = bottom - 1;
	for (let n = 0; n < count && high >= 1; n++) {
		const low = n === count - 1 ? 1 : Math.max(1, high - span + 1);
		windows.push({ low, high });
		high = low - 1;
	}
	if (windows.length && high >= 1) windows[windows.length - 1].low = 1;
	return windows;
}

/**
 * Reads every window, `parallel()` at a time (it may shrink while reading, after a 429), and
 * returns the pages in ID order, newest first, after page 1. No window is started after one fails.
 */
export async function readIdWindows(
	first: IdPage,
	pageSize: number,
	read: ReadWindow,
	parallel: () => number,
): Promise<IDataObject[][]> {
	const windows = planWindows(first, pageSize);
	const results: IDataObject[][][] = windows.map(() => []);
	const readWindow = async (index: number) => {
		const { low } = windows[index];
		let high = windows[index].high;
		for (;;) {
			const page = await read(low, high);
			results[index].push(page.data);
			if (page.data.length < pageSize || Number(page.total) <= page.data.length) return;
			high = Math.min(...page.data.map(idOf)) - 1;
			if (high < low) return;
		}
	};
	await runInParallel(windows.length, parallel, readWindow);
	return results.flat();
}

/**
 * Runs `task(0)`, `task(1)` … `task(count - 1)` in that order, `parallel()` at a time: a worker
 * retires when `parallel()` has shrunk below the tasks running (after a 429), and none starts once
 * `more()` is false or a task has failed (its error is thrown).
 */
export async function runInParallel(
	count: number,
	parallel: () => number,
	task: (index: number) => Promise<void>,
	more: () => boolean = () => true,
): Promise<void> {
	let next = 0;
	let active = 0;
	let failed = false;
	const worker = async () => {
		while (next < count && !failed && active < parallel() && more()) {
			const index = next++;
			active++;
			let done = false;
			try {
				await task(index);
				done = true;
			} finally {
				active--;
				if (!done) failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel(), count) }, async () => await worker()));
}

/** Whether a list query asks for ID order, newest first: the order ID windows read in. */
export const newestFirstById = (qs: IDataObject): boolean => qs.sort_by === 'id' && String(qs.sort_type).toLowerCase() === 'desc';
