/**
 * Which copy came from which product, after `duplicate_products`. FluentCart answers only the new
 * ids (in the order of the ids it copied, skipping those it could not), so each copy is matched to
 * its original by title: Product::duplicateProduct titles it "<original title> (Copy)".
 */
import type { IDataObject } from 'n8n-workflow';

export interface Pairing {
	/** The copy, as read back. */
	copy?: IDataObject;
	/** FluentCart made no copy of the product (every copy it made is someone else's). */
	failed?: true;
	/** The copy cannot be told apart: the ids it may be among. */
	candidates?: number[];
}

const copyTitle = (original: IDataObject) => `${String(original.post_title ?? '')} (Copy)`;

/**
 * The pairing of every sent id (`sent`, in the order sent; `originals` as read before the write)
 * with the copies FluentCart reported (`newIds`, in its order; `copies` as read back).
 *
 * Originals sharing a title are paired with the copies of that title in order, and only when there
 * are as many copies as originals: FluentCart copies them in the order sent, so then every one was
 * copied and the order tells them apart. With fewer, which of them failed is unknown. A product
 * with no copy of its title failed only when every copy is accounted for; a copy whose title
 * matches no original (renamed by a plugin, or not read back) leaves the unpaired originals unknown.
 */
export function pairCopies(
	sent: number[],
	originals: Map<number, IDataObject>,
	newIds: number[],
	copies: Map<number, IDataObject>,
): Map<number, Pairing> {
	const groups = new Map<string, number[]>();
	for (const id of sent) {
		const original = originals.get(id);
		if (!original) continue;
		const title = copyTitle(original);
		groups.set(title, [...(groups.get(title) ?? []), id]);
	}
	const byTitle = new Map<string, IDataObject[]>();
	const unmatched: number[] = [];
	for (const newId of newIds) {
		const copy = copies.get(newId);
		const title = copy ? String(copy.post_title ?? '') : undefined;
		if (!copy || title === undefined || !groups.has(title)) {
			unmatched.push(newId);
			continue;
		}
		byTitle.set(title, [...(byTitle.get(title) ?? []), copy]);
	}
	const out = new Map<number, Pairing>();
	for (const [title, ids] of groups) {
		const found = byTitle.get(title) ?? [];
		if (found.length === ids.length) ids.forEach((id, n) => out.set(id, { copy: found[n] }));
		else if (found.length === 0 && unmatched.length === 0) ids.forEach((id) => out.set(id, { failed: true }));
		else {
			const candidates = [...found.map((copy) => Number(copy.ID)), ...unmatched];
			ids.forEach((id) => out.set(id, { candidates }));
		}
	}
	return out;
}
