/**
 * Reading a record back after a write. The write has already gone through when the read-back
 * runs, so a failed read-back must not turn the item into a failure: re-running it (or n8n's
 * Retry On Fail) would then refund, pay or create twice. The item succeeds with what the write
 * itself answered, `readBack: "failed"` and the reason, and an execution hint says not to run it
 * again.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

export type ReadBack<T> = { value: T; failed?: undefined } | { value?: undefined; failed: IDataObject };

/** `done` says what the write did, e.g. "Order 12 was marked as paid". */
export async function readBackAfterWrite<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	done: string,
	read: () => Promise<T>,
): Promise<ReadBack<T>> {
	try {
		return { value: await read() };
	} catch (error) {
		const reason = (error as Error).message;
		ctx.addExecutionHints({
			message: `Item ${itemIndex}: ${done}, but reading it back failed (${reason}). Do not run this item again: check the record in FluentCart.`,
			location: 'outputPane',
		});
		return { failed: { written: true, readBack: 'failed', readBackError: reason } };
	}
}

/**
 * The item's output after a write: `build` of the read-back, or, when only the read-back failed,
 * `answered` (what the write itself said) with the `readBack: "failed"` marker.
 */
export async function outputAfterWrite<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	done: string,
	read: () => Promise<T>,
	build: (value: T) => IDataObject,
	answered: IDataObject,
): Promise<IDataObject> {
	const result = await readBackAfterWrite(ctx, itemIndex, done, read);
	return result.failed ? { ...answered, ...result.failed } : build(result.value);
}
