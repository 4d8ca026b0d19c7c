/** Pairing the copies of Product → Duplicate Many with their originals (by their "(Copy)" title). */
import type { IDataObject } from 'n8n-workflow';

import { pairCopies } from '../../nodes/FluentCart/resources/product/pair-copies';

const rows = (entries: Array<[number, string]>) => new Map<number, IDataObject>(entries.map(([ID, post_title]) => [ID, { ID, post_title }]));

describe('pairCopies', () => {
	it('pairs by title, whatever order FluentCart answers in', () => {
		const originals = rows([
			[5, 'Mug'],
			[6, 'Shirt'],
		]);
		const copies = rows([
			[20, 'Shirt (Copy)'],
			[21, 'Mug (Copy)'],
		]);
		const pairs = pairCopies([5, 6], originals, [20, 21], copies);
		expect(pairs.get(5)?.copy?.ID).toBe(21);
		expect(pairs.get(6)?.copy?.ID).toBe(20);
	});

	it('pairs products sharing a title in order when all were copied, and says unknown when one was not', () => {
		const originals = rows([
			[5, 'Mug'],
			[6, 'Mug'],
		]);
		const both = pairCopies([5, 6], originals, [20, 21], rows([[20, 'Mug (Copy)'], [21, 'Mug (Copy)']]));
		expect([both.get(5)?.copy?.ID, both.get(6)?.copy?.ID]).toEqual([20, 21]);
		const one = pairCopies([5, 6], originals, [20], rows([[20, 'Mug (Copy)']]));
		expect([one.get(5), one.get(6)]).toEqual([{ candidates: [20] }, { candidates: [20] }]);
	});

	it('reports a product with no copy as failed only when every copy is accounted for', () => {
		const originals = rows([
			[5, 'Mug'],
			[6, 'Shirt'],
		]);
		const failed = pairCopies([5, 6], originals, [20], rows([[20, 'Mug (Copy)']]));
		expect(failed.get(6)).toEqual({ failed: true });
		// A copy renamed by a plugin (or not read back) could be the Shirt's: unknown, not failed.
		const renamed = pairCopies([5, 6], originals, [20, 21], rows([[20, 'Mug (Copy)'], [21, 'Shirt copy']]));
		expect(renamed.get(5)?.copy?.ID).toBe(20);
		expect(renamed.get(6)).toEqual({ candidates: [21] });
		const unread = pairCopies([5, 6], originals, [20, 21], rows([[20, 'Mug (Copy)']]));
		expect(unread.get(6)).toEqual({ candidates: [21] });
	});
});
