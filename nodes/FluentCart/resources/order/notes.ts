/**
 * Order → Add Note (`POST notes/attach`) and Get Activity (the log embedded in `GET orders/{id}`).
 * FluentCart keeps one note per order: notes/attach replaces it and logs nothing (recorded on 1.3.25
 * and 1.5.2: live-activity-note-attach*). It has no route for an order's activity, nor one that adds
 * an entry; `GET orders/{id}` carries the log as `order.activities`, newest first.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../../../shared/locators';
import { readBackAfterWrite } from '../../../shared/read-back';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireOneOf } from '../../../shared/validation';
import { fetchOrder } from './helpers';

/** What FluentCart stores of a note (sanitize_text_field): no tags, whitespace runs as one space. */
export function storedNoteText(text: string): string {
	return text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

export async function addNote(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const mode = requireOneOf(this, i, 'Note Mode', this.getNodeParameter('noteMode', i, 'append'), ['append', 'replace'] as const);
	const added = String(this.getNodeParameter('noteText', i, '') ?? '');
	if (storedNoteText(added) === '') {
		throw inputError(this, i, 'Note is empty', 'Enter the text to add to the order’s note. FluentCart removes HTML tags and line breaks.');
	}
	const separator = String(this.getNodeParameter('noteSeparator', i, ' | ') ?? ' | ');
	let previous = '';
	let note = added;
	if (mode === 'append') {
		previous = String((await fetchOrder(this, orderId, i)).note ?? '');
		if (storedNoteText(previous) !== '') note = `${previous}${separator}${added}`;
	}
	const answer = await fluentCartRequest(this, { method: 'POST', path: 'notes/attach', body: { order_id: orderId, note }, itemIndex: i });
	const expected = storedNoteText(note);
	const read = await readBackAfterWrite(this, i, `The note of order ${orderId} was sent`, async () => await fetchOrder(this, orderId, i));
	const base: IDataObject = { id: orderId, mode, added, fluentCartMessage: answer.message };
	if (mode === 'append') base.previous_note = previous;
	if (read.failed) return { ...base, ...read.failed, noteApplied: 'unknown' };
	const stored = String(read.value.note ?? '');
	// Appended: the stored note ends with the added text (another write may have landed meanwhile).
	const applied = mode === 'append' ? storedNoteText(stored).endsWith(storedNoteText(added)) : storedNoteText(stored) === expected;
	return { ...base, note: stored, noteApplied: applied ? 'applied' : 'not applied' };
}

export async function getActivity(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const order = await fetchOrder(this, orderId, i);
	const activities = order.activities;
	if (activities !== undefined && !Array.isArray(activities)) {
		throw inputError(this, i, `FluentCart's answer for order ${orderId} has no activity list`, 'Check that FluentCart is up to date.');
	}
	return ((activities ?? []) as IDataObject[]).map((activity) => ({ ...activity, order_id: orderId }));
}
