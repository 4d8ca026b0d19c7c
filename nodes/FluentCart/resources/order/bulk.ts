/**
 * Order → Change Status (Bulk) and Delete (Bulk): `POST orders/do-bulk-action`. The order ids come
 * from the input items (one per item); the first item's call gathers every item's id, sends them in
 * batches, and each item then gets the result for its own order, so Continue On Fail works per order.
 *
 * FluentCart answers a status change with one message for the whole batch (naming failed ids in its
 * text, 423 when none changed) and skips unknown ids without a word. So the node reads the orders of
 * each batch before and after the write (`search=id :: low-high`, one list request per batch in a
 * shop with few gaps between ids) and reports what really happened to each order. Deletes are read
 * back the same way: 1.3.25 and 1.5.2 answer lists of deleted and failed ids, but not every
 * version of FluentCart's source does.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BulkJob, BulkOutcome, BulkSpec } from '../../../shared/bulk';
import { bulkFailure, bulkItemResult, bulkReadBackFailed, readIdRange } from '../../../shared/bulk';
import { readId } from '../../../shared/locators';
import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import { requireOneOf } from '../../../shared/validation';
import { ORDER_STATUSES } from './order.description';

/**
 * Ids per request. FluentCart sets no limit, but it loads and changes every order of a batch in one
 * PHP request (each status change fires its hooks: emails, webhooks, integrations), so a large batch
 * risks PHP's time limit (30 s by default) and an answer that never arrives, leaving the outcome of
 * the whole batch unknown. 100 keeps a request short and the read-back to one page of 199.
 */
export const BULK_BATCH_SIZE = 100;

type Outcome = BulkOutcome;
interface Job extends BulkJob {
	/** Target status for status changes; '' for deletes. */
	status: string;
}
type BulkKind = 'status' | 'delete';

const NOT_FOUND = 'No order has this ID (FluentCart skips unknown IDs without saying so). Nothing was sent for it.';

/** The orders among `ids` as the list shows them (id → row), in as few list requests as the ids allow. */
async function readOrders(ctx: IExecuteFunctions, ids: number[], itemIndex: number): Promise<Map<number, IDataObject>> {
	return await readIdRange(ctx, ids, itemIndex, { path: 'orders', key: 'orders', idField: 'id' });
}

const notFound = (ctx: IExecuteFunctions, job: Job) => bulkFailure(ctx, job.itemIndex, `Order ${job.id} was not found`, NOT_FOUND);

/** What happened to each order of one batch, judged by reading the orders before and after. */
async function runBatch(ctx: IExecuteFunctions, kind: BulkKind, status: string, jobs: Job[], out: Map<number, Outcome>) {
	const first = jobs[0].itemIndex;
	const ids = [...new Set(jobs.map((job) => job.id))];
	const before = await readOrders(ctx, ids, first);
	const present = ids.filter((id) => before.has(id));
	let message = '';
	if (present.length) {
		const body: IDataObject = kind === 'delete' ? { action: 'delete_orders', order_ids: present } : { action: 'change_order_status', order_ids: present, new_status: status };
		try {
			const answer = await fluentCartRequest(ctx, { method: 'POST', path: 'orders/do-bulk-action', body, itemIndex: first });
			message = String(answer.message ?? '');
		} catch (error) {
			// 423 (no status changed) and a WP_Error 400 (no order deleted) are answers about the orders;
			// anything else leaves the batch's outcome unknown.
			const info = error instanceof FluentCartApiError ? error.failureInfo : undefined;
			if (!info || ![400, 423].includes(Number(info.httpCode))) throw new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex: first });
			message = info.fluentCartMessage ?? info.message;
		}
	}
	let after = new Map<number, IDataObject>();
	if (present.length) {
		try {
			after = await readOrders(ctx, present, first);
		} catch (error) {
			const json = (job: Job, reason: string) => ({ id: job.id, written: true, readBack: 'failed', readBackError: reason, fluentCartMessage: message });
			bulkReadBackFailed(ctx, jobs, error, 'orders', (id) => before.has(id), json, (job) => notFound(ctx, job), out);
			return;
		}
	}
	const said = message ? `FluentCart answered for the whole batch: "${message}".` : '';
	for (const job of jobs) {
		const id = job.id;
		const old = before.get(id);
		const now = after.get(id);
		if (!old) {
			out.set(job.itemIndex, notFound(ctx, job));
		} else if (kind === 'delete') {
			out.set(
				job.itemIndex,
				now
					? bulkFailure(ctx, job.itemIndex, `Order ${id} was not deleted`, `It is still there, ${String(now.status)}. Live-mode orders can only be deleted when canceled or on hold and unpaid; test-mode orders always can. ${said}`)
					: { json: { id, deleted: true, previous_status: old.status, fluentCartMessage: message } },
			);
		} else if (now && now.status === status) {
			const changed = old.status !== status;
			out.set(job.itemIndex, { json: { id, status, previous_status: old.status, changed, fluentCartMessage: message } });
		} else {
			const why = old.status === 'canceled' ? 'FluentCart does not change the status of a canceled order.' : '';
			const where = now ? `it is ${String(now.status)}` : 'it is gone';
			out.set(job.itemIndex, bulkFailure(ctx, job.itemIndex, `The status of order ${id} was not changed to ${status}`, `After the change ${where}. ${why} ${said}`.trim()));
		}
	}
}

function bulkSpec(ctx: IExecuteFunctions, kind: BulkKind): BulkSpec<Job> {
	return {
		batchSize: BULK_BATCH_SIZE,
		noun: 'order',
		read: (itemIndex) => ({
			itemIndex,
			id: readId(ctx, 'orderId', itemIndex, 'Order ID'),
			status: kind === 'delete' ? '' : requireOneOf(ctx, itemIndex, 'New Status', ctx.getNodeParameter('bulkOrderStatus', itemIndex), ORDER_STATUSES),
		}),
		group: (job) => job.status,
		runBatch: async (jobs, out) => await runBatch(ctx, kind, jobs[0].status, jobs, out),
	};
}

async function bulkResult(ctx: IExecuteFunctions, i: number, kind: BulkKind): Promise<IDataObject> {
	return await bulkItemResult(ctx, i, `order.${kind}`, () => bulkSpec(ctx, kind));
}

export async function changeStatusBulk(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await bulkResult(this, i, 'status');
}

export async function deleteBulk(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await bulkResult(this, i, 'delete');
}
