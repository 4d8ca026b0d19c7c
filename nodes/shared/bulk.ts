/**
 * The machinery of the "… Many" operations (orders, products): one record per input item, the first
 * item's call gathers every item's id and runs the batches, and each item then gets the result for
 * its own record, so Continue On Fail works per record. What a batch sends and how its result is
 * judged is the resource's; the gathering, batching, stopping after a failed batch and handing out
 * per-item results are here.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { fluentCartList } from './transport';

export type BulkOutcome = { json: IDataObject } | { error: Error };

export interface BulkJob {
	itemIndex: number;
	/** The record's id; an id given by several items is sent once. */
	id: number;
}

export interface BulkSpec<J extends BulkJob> {
	/** Ids per request. */
	batchSize: number;
	/** "order", "product": in messages about an item that was not sent. */
	noun: string;
	/** One item's job, read and checked (throwing an input error) before anything is sent. */
	read: (itemIndex: number) => J;
	/** Jobs sharing a key go in the same batches (the same target status, the same options). */
	group: (job: J) => string;
	/** Sends one batch and sets an outcome for each of its jobs; a throw is a site failure. */
	runBatch: (jobs: J[], out: Map<number, BulkOutcome>) => Promise<void>;
}

export function bulkFailure(ctx: IExecuteFunctions, itemIndex: number, message: string, description: string): BulkOutcome {
	return { error: new NodeOperationError(ctx.getNode(), `${message} [item ${itemIndex}]`, { itemIndex, description }) };
}

/**
 * The records among `ids` (id → row) as the list shows them, read with `search=id :: low-high`
 * newest first: one list request per batch in a shop with few gaps between ids.
 */
export async function readIdRange(
	ctx: IExecuteFunctions,
	ids: number[],
	itemIndex: number,
	list: { path: string; key: string; idField: string; qs?: IDataObject },
): Promise<Map<number, IDataObject>> {
	const wanted = new Set(ids);
	const rows = await fluentCartList(ctx, {
		path: list.path,
		key: list.key,
		qs: { search: `id :: ${Math.min(...ids)}-${Math.max(...ids)}`, sort_by: list.idField, sort_type: 'desc', ...list.qs },
		returnAll: true,
		keep: (row) => wanted.has(Number(row[list.idField])),
		itemIndex,
	});
	return new Map(rows.map((row) => [Number(row[list.idField]), row]));
}

/**
 * A batch's write went through, but reading the records back failed: each known record's item gets
 * `json(job, reason)` (written, read-back failed; not an item failure, since running the items again
 * must not be the answer), each unknown one `notFound(job)`, and the run an execution hint.
 */
export function bulkReadBackFailed<J extends BulkJob>(
	ctx: IExecuteFunctions,
	jobs: J[],
	error: unknown,
	plural: string,
	known: (id: number) => boolean,
	json: (job: J, reason: string) => IDataObject,
	notFound: (job: J) => BulkOutcome,
	out: Map<number, BulkOutcome>,
): void {
	const reason = (error as Error).message;
	ctx.addExecutionHints({
		message: `Items ${jobs.map((j) => j.itemIndex).join(', ')}: the bulk action was sent, but reading the ${plural} back failed (${reason}). Check the ${plural} in FluentCart.`,
		location: 'outputPane',
	});
	for (const job of jobs) out.set(job.itemIndex, known(job.id) ? { json: json(job, reason) } : notFound(job));
}

/** Reads every item's input (failing before anything is sent, unless Continue On Fail), then runs the batches. */
async function runAll<J extends BulkJob>(ctx: IExecuteFunctions, spec: BulkSpec<J>): Promise<Map<number, BulkOutcome>> {
	const out = new Map<number, BulkOutcome>();
	const groups = new Map<string, J[]>();
	const operation = ctx.getNodeParameter('operation', 0) as string;
	ctx.getInputData().forEach((_, itemIndex) => {
		if (ctx.getNodeParameter('operation', itemIndex) !== operation) return;
		try {
			const job = spec.read(itemIndex);
			const key = spec.group(job);
			groups.set(key, [...(groups.get(key) ?? []), job]);
		} catch (error) {
			if (!ctx.continueOnFail()) throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
			out.set(itemIndex, { error: error as Error });
		}
	});
	let stopped: Error | undefined;
	for (const group of groups.values()) {
		// Batches of distinct ids: an id given by several items is sent once.
		const ids = [...new Set(group.map((job) => job.id))];
		for (let start = 0; start < ids.length; start += spec.batchSize) {
			const batch = new Set(ids.slice(start, start + spec.batchSize));
			const batchJobs = group.filter((job) => batch.has(job.id));
			if (stopped) {
				const reason = stopped.message;
				for (const job of batchJobs) {
					const noun = spec.noun[0].toUpperCase() + spec.noun.slice(1);
					out.set(job.itemIndex, bulkFailure(ctx, job.itemIndex, `${noun} ${job.id} was not sent: an earlier batch failed`, `The earlier batch failed with: ${reason}. Nothing was sent for this ${spec.noun}.`));
				}
				continue;
			}
			try {
				await spec.runBatch(batchJobs, out);
			} catch (error) {
				// The site failed: this batch's outcome is unknown, and no further batch is sent.
				stopped = error as Error;
				for (const job of batchJobs) out.set(job.itemIndex, { error: error as Error });
			}
		}
	}
	return out;
}

const runs = new WeakMap<object, Map<string, Promise<Map<number, BulkOutcome>>>>();

/**
 * Item `i`'s result. The first call of a run (per execution context and `kind`) runs every item's
 * job; the others wait for it. A failed item throws its own error, saying how the others went.
 */
export async function bulkItemResult<J extends BulkJob>(ctx: IExecuteFunctions, i: number, kind: string, spec: () => BulkSpec<J>): Promise<IDataObject> {
	let byKind = runs.get(ctx);
	if (!byKind) runs.set(ctx, (byKind = new Map()));
	let run = byKind.get(kind);
	if (!run) byKind.set(kind, (run = runAll(ctx, spec())));
	const outcomes = await run;
	const outcome = outcomes.get(i);
	if (!outcome) throw new NodeOperationError(ctx.getNode(), `Item ${i} has no result from the bulk action`, { itemIndex: i });
	if ('error' in outcome) {
		const done = [...outcomes.values()].filter((o) => 'json' in o).length;
		if (!ctx.continueOnFail() && outcome.error instanceof NodeOperationError) {
			outcome.error.description = `${outcome.error.description ?? ''} The other items were processed: ${done} of ${outcomes.size} succeeded. Switch on Continue On Fail to get one result per item.`.trim();
		}
		if (outcome.error instanceof NodeOperationError) throw new NodeOperationError(ctx.getNode(), outcome.error);
		throw new NodeApiError(ctx.getNode(), outcome.error as unknown as JsonObject, { itemIndex: i });
	}
	return outcome.json;
}
