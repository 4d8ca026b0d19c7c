/**
 * Product → Duplicate Many and Delete Many: `POST products/do-bulk-action`. The product ids come
 * from the input items (one per item); the first item's call gathers every item's id, sends them in
 * batches, and each item then gets the result for its own product, so Continue On Fail works per
 * product.
 *
 * FluentCart answers a delete with one message for the whole batch (no per-product result; unknown
 * ids dropped without a word, and a batch of only unknown ids answered "Selected action is
 * invalid"), and a duplicate with the new product ids alone. So the node reads the products of each
 * batch before the write (`search=id :: low-high`, one list request per batch in a shop with few gaps
 * between ids) and never sends an unknown id; after a delete it reads them again, and after a
 * duplicate it reads the copies and pairs each with its original by title (FluentCart titles a copy
 * "<title> (Copy)").
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BulkJob, BulkOutcome, BulkSpec } from '../../../shared/bulk';
import { bulkFailure, bulkItemResult, bulkReadBackFailed, readIdRange } from '../../../shared/bulk';
import { readId } from '../../../shared/locators';
import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import { productOutput } from './helpers';
import { pairCopies } from './pair-copies';

/**
 * Ids per request. FluentCart sets no limit, but deletes or copies every product of a batch (with
 * its variations, files and terms) in one PHP request, so a large batch risks PHP's time limit
 * (30 s by default) and an answer that never arrives, leaving the outcome of the whole batch
 * unknown. 100 keeps a request short and each read to one page of 199.
 */
export const PRODUCT_BULK_BATCH_SIZE = 100;

type Outcome = BulkOutcome;
type BulkKind = 'duplicate' | 'delete';
interface Job extends BulkJob {
	/** The duplicate flags as sent (a batch shares them); empty for deletes. */
	flags: IDataObject;
}

const NOT_FOUND =
	'No product has this ID. Nothing was sent for it: FluentCart skips unknown IDs without saying so, and answers "Selected action is invalid" when no ID of a request exists.';

/** The products among `ids` as the list shows them (id → row); with `full`, with detail and variations. */
async function readProducts(ctx: IExecuteFunctions, ids: number[], itemIndex: number, full = false): Promise<Map<number, IDataObject>> {
	const qs: IDataObject = full ? { with: ['detail', 'variants'] } : {};
	return await readIdRange(ctx, ids, itemIndex, { path: 'products', key: 'products', idField: 'ID', qs });
}

/** Sends one batch; FluentCart's message, and its answer's data. A WP_Error 400 (nothing done) is an answer too. */
async function send(ctx: IExecuteFunctions, body: IDataObject, itemIndex: number): Promise<{ message: string; data: IDataObject; written: boolean }> {
	try {
		const answer = await fluentCartRequest(ctx, { method: 'POST', path: 'products/do-bulk-action', body, itemIndex });
		const data = answer.data && typeof answer.data === 'object' ? (answer.data as IDataObject) : {};
		return { message: String(answer.message ?? ''), data, written: true };
	} catch (error) {
		// 500 with code 400: no product deleted (pending orders) or copied. Anything else leaves the
		// batch's outcome unknown.
		const info = error instanceof FluentCartApiError ? error.failureInfo : undefined;
		if (!info || Number(info.httpCode) !== 400) throw new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex });
		return { message: info.fluentCartMessage ?? info.message, data: {}, written: false };
	}
}

const notFound = (ctx: IExecuteFunctions, job: Job) => bulkFailure(ctx, job.itemIndex, `Product ${job.id} was not found`, NOT_FOUND);

async function runDelete(ctx: IExecuteFunctions, jobs: Job[], before: Map<number, IDataObject>, present: number[], out: Map<number, Outcome>) {
	const first = jobs[0].itemIndex;
	const { message } = present.length ? await send(ctx, { action: 'delete_products', product_ids: present }, first) : { message: '' };
	let after = new Map<number, IDataObject>();
	if (present.length) {
		try {
			after = await readProducts(ctx, present, first);
		} catch (error) {
			const json = (job: Job, reason: string) => ({ id: job.id, written: true, readBack: 'failed', readBackError: reason, fluentCartMessage: message });
			bulkReadBackFailed(ctx, jobs, error, 'products', (id) => before.has(id), json, (job) => notFound(ctx, job), out);
			return;
		}
	}
	const said = message ? `FluentCart answered for the whole batch: "${message}".` : '';
	for (const job of jobs) {
		const id = job.id;
		const old = before.get(id);
		const now = after.get(id);
		if (!old) out.set(job.itemIndex, notFound(ctx, job));
		else if (now) {
			const why = 'FluentCart does not delete a product while processing or on-hold orders contain it.';
			out.set(job.itemIndex, bulkFailure(ctx, job.itemIndex, `Product ${id} was not deleted`, `It is still there (${String(now.post_status)}). ${why} ${said}`.trim()));
		} else out.set(job.itemIndex, { json: { id, deleted: true, title: old.post_title, previous_status: old.post_status, fluentCartMessage: message } });
	}
}

/** Every known product of the batch: copied or not, which copy is its own cannot be told. */
function unknownCopies(ctx: IExecuteFunctions, jobs: Job[], before: Map<number, IDataObject>, message: string, out: Map<number, Outcome>) {
	const unsure: number[] = [];
	for (const job of jobs) {
		if (!before.has(job.id)) {
			out.set(job.itemIndex, notFound(ctx, job));
			continue;
		}
		unsure.push(job.itemIndex);
		out.set(job.itemIndex, { json: { duplicated_from: job.id, written: true, copy: 'unknown', possible_copy_ids: [], fluentCartMessage: message } });
	}
	if (unsure.length) {
		ctx.addExecutionHints({
			message: `Items ${unsure.join(', ')}: FluentCart did not say which products it copied, so which copy belongs to which product is unknown. Check the drafts in FluentCart.`,
			location: 'outputPane',
		});
	}
}

async function runDuplicate(ctx: IExecuteFunctions, jobs: Job[], before: Map<number, IDataObject>, present: number[], out: Map<number, Outcome>) {
	const first = jobs[0].itemIndex;
	let message = '';
	let newIds: number[] = [];
	if (present.length) {
		const answer = await send(ctx, { action: 'duplicate_products', product_ids: present, ...jobs[0].flags }, first);
		message = answer.message;
		newIds = (Array.isArray(answer.data.new_product_ids) ? answer.data.new_product_ids : []).map(Number);
		if (answer.written && !Array.isArray(answer.data.new_product_ids)) {
			// A success without the list of new ids: copies may exist, none can be named.
			unknownCopies(ctx, jobs, before, message, out);
			return;
		}
	}
	let copies = new Map<number, IDataObject>();
	if (newIds.length) {
		try {
			copies = await readProducts(ctx, newIds, first, true);
		} catch (error) {
			const json = (job: Job, reason: string) => ({ duplicated_from: job.id, written: true, readBack: 'failed', readBackError: reason, new_product_ids: newIds, fluentCartMessage: message });
			bulkReadBackFailed(ctx, jobs, error, 'products', (id) => before.has(id), json, (job) => notFound(ctx, job), out);
			return;
		}
	}
	const pairs = pairCopies(present, before, newIds, copies);
	const said = message ? `FluentCart answered for the whole batch: "${message}".` : '';
	const unsure: number[] = [];
	for (const job of jobs) {
		const id = job.id;
		const pair = pairs.get(id);
		if (!before.has(id) || !pair) out.set(job.itemIndex, notFound(ctx, job));
		else if (pair.copy) out.set(job.itemIndex, { json: { ...productOutput(ctx, pair.copy, job.itemIndex), duplicated_from: id, fluentCartMessage: message } });
		else if (pair.failed) out.set(job.itemIndex, bulkFailure(ctx, job.itemIndex, `Product ${id} was not duplicated`, `FluentCart made no copy of it. ${said}`.trim()));
		else {
			unsure.push(job.itemIndex);
			out.set(job.itemIndex, { json: { duplicated_from: id, written: true, copy: 'unknown', possible_copy_ids: pair.candidates ?? [], fluentCartMessage: message } });
		}
	}
	if (unsure.length) {
		ctx.addExecutionHints({
			message: `Items ${unsure.join(', ')}: FluentCart did not copy every product, and the copies it made could not be told apart by title, so which product each copy came from is unknown (possible_copy_ids). Check the drafts in FluentCart.`,
			location: 'outputPane',
		});
	}
}

/** What happened to each product of one batch. */
async function runBatch(ctx: IExecuteFunctions, kind: BulkKind, jobs: Job[], out: Map<number, Outcome>) {
	const ids = [...new Set(jobs.map((job) => job.id))];
	const before = await readProducts(ctx, ids, jobs[0].itemIndex);
	const present = ids.filter((id) => before.has(id));
	if (kind === 'delete') await runDelete(ctx, jobs, before, present, out);
	else await runDuplicate(ctx, jobs, before, present, out);
}

function readFlags(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = ctx.getNodeParameter('duplicateOptions', itemIndex, {}) as IDataObject;
	return {
		import_stock_management: options.importStockManagement === true,
		import_license_settings: options.importLicenseSettings === true,
		import_downloadable_files: options.importDownloadableFiles === true,
	};
}

function bulkSpec(ctx: IExecuteFunctions, kind: BulkKind): BulkSpec<Job> {
	return {
		batchSize: PRODUCT_BULK_BATCH_SIZE,
		noun: 'product',
		read: (itemIndex) => ({
			itemIndex,
			id: readId(ctx, 'productId', itemIndex, 'Product ID'),
			flags: kind === 'duplicate' ? readFlags(ctx, itemIndex) : {},
		}),
		group: (job) => JSON.stringify(job.flags),
		runBatch: async (jobs, out) => await runBatch(ctx, kind, jobs, out),
	};
}

async function bulkResult(ctx: IExecuteFunctions, i: number, kind: BulkKind): Promise<IDataObject> {
	return await bulkItemResult(ctx, i, `product.${kind}`, () => bulkSpec(ctx, kind));
}

export async function duplicateBulk(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await bulkResult(this, i, 'duplicate');
}

export async function deleteBulk(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await bulkResult(this, i, 'delete');
}
