/**
 * Whole-record writes without undoing newer data.
 *
 * Some FluentCart updates write every column of the record from the body (order, variation,
 * customer, coupon): what is left out is emptied. So the node sends back the record as it read it,
 * with the user's change on top, and a payment or a sale that lands between that read and the write
 * would be undone. To keep that window as small as FluentCart allows, the node reads the record
 * again just before the write and refuses, sending nothing, when anything it would send back (or
 * `updated_at`) has moved since the first read. The window left is the one round trip between that
 * re-read and FluentCart applying the write.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from './validation';

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** The top-level fields whose values differ, as `field: before → after`, in the order of `before`. */
export function movedFields(before: IDataObject, after: IDataObject): string[] {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	return keys
		.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
		.map((key) => `${key}: ${show(before[key])} → ${show(after[key])}`);
}

export interface GuardOptions<T extends IDataObject> {
	/** What is being updated, e.g. "Order 20". */
	what: string;
	/** The record as first read (raw). */
	before: T;
	/** Reads the record again (raw). */
	reread: () => Promise<T>;
	/** What the write would send back for a record, before the user's change. */
	sentBack: (record: T) => IDataObject;
}

/**
 * Reads the record again and returns it when nothing the write sends back has moved since `before`;
 * otherwise throws before anything is sent.
 */
export async function rereadUnchanged<T extends IDataObject>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: GuardOptions<T>,
): Promise<T> {
	const fresh = await options.reread();
	const moved = movedFields(
		{ ...options.sentBack(options.before), updated_at: options.before.updated_at },
		{ ...options.sentBack(fresh), updated_at: fresh.updated_at },
	);
	if (moved.length === 0) return fresh;
	const shown = moved.slice(0, 4).join('; ') + (moved.length > 4 ? `; and ${moved.length - 4} more` : '');
	throw inputError(
		ctx,
		itemIndex,
		`${options.what} changed in FluentCart while this update was being prepared (${shown}). Nothing was sent`,
		`FluentCart's update writes the whole record, so sending what was read a moment ago would undo that change (a payment, a sale, another edit). Run the node again: it reads the record afresh and applies your change on top.`,
	);
}
