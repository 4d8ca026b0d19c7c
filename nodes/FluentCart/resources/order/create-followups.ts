/**
 * What Order → Create does after FluentCart made the order: the note FluentCart's create ignores
 * (written through its notes endpoint, then read back), and the fulfilment type FluentCart 1.3.x
 * loses (said in the output, since no create body keeps it).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { stripTags } from '../../../shared/site-answers';

/** What FluentCart stores of a note: tags stripped, line breaks and runs of spaces as one space. */
export const storedNote = (note: string) => stripTags(note).replace(/\s+/g, ' ').trim();

/**
 * FluentCart's create drops the note on every version (recorded: live-order-create-with-note), so
 * it is attached afterwards with `notes/attach`, the write FluentCart's own order screen uses.
 * The order exists by then: a failed note is reported in the output, not thrown (a retry of the
 * whole item would create a second order).
 */
export async function attachNote(ctx: IExecuteFunctions, orderId: number, note: string, i: number): Promise<string | undefined> {
	try {
		await fluentCartRequest(ctx, { method: 'POST', path: 'notes/attach', body: { order_id: orderId, note }, itemIndex: i });
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

/** `note_saved` from the order as read back: the judge of whether the note is there. */
export function noteReport(order: IDataObject, note: string, attachError: string | undefined): IDataObject {
	const stored = typeof order.note === 'string' ? order.note : '';
	if (storedNote(stored) === storedNote(note)) {
		return attachError
			? { note_saved: true, note_warning: `The note is stored, although FluentCart's answer was: ${attachError}` }
			: { note_saved: true };
	}
	return {
		note_saved: false,
		note_warning: `FluentCart created the order but did not store the note${attachError ? `: ${attachError}` : ''}. Add it with Order → Update, or in FluentCart's order screen.`,
	};
}

/**
 * FluentCart before 1.4.0 stores every line item of an API order as digital (the variation is
 * not consulted; recorded: live-order-create-physical on 1.3.25). The order then has no shipping
 * status and Mark as Paid completes it. 1.4.0+ keeps each variation's type. The order read back
 * shows which happened, so no version lookup is needed.
 */
export function fulfilmentReport(physicalTitles: string[], order: IDataObject): IDataObject {
	if (physicalTitles.length === 0 || order.fulfillment_type === 'physical') return {};
	return {
		fulfillment_warning: `FluentCart stored this order as digital although it has physical products (${physicalTitles.join(', ')}): it has no shipping status, and Mark as Paid will set it to completed instead of processing. FluentCart before 1.4.0 does this with every order created through its API; 1.4.0 and later keep the physical type.`,
	};
}
