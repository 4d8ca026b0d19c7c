/**
 * How the four nodes read in the editor: Title Case labels everywhere (n8n's rule, also for labels
 * the lint cannot see), Options before Sort, long option lists in alphabetical order.
 */
import { descriptionOf, labelsOf, NODES, optionParameters } from '../helpers/descriptions';
import { isExempt, titleCase } from '../helpers/title-case';

describe('the Title Case rule', () => {
	it.each([
		['pages in parallel', 'Pages in Parallel'],
		['return all', 'Return All'],
		['sync from gateway', 'Sync From Gateway'],
		['include customer and items', 'Include Customer and Items'],
		['subscription end of term', 'Subscription End of Term'],
		['only stock-managed variations', 'Only Stock-Managed Variations'],
		['after a pause', 'After a Pause'],
		['in stock', 'In Stock'],
		['look up by', 'Look up By'],
		['customer ID', 'Customer ID'],
	])('%s → %s', (input, expected) => {
		expect(titleCase(input)).toBe(expected);
	});
});

describe('labels in the editor', () => {
	const labels = labelsOf().filter((l) => l.parameter.type !== 'notice' || l.kind !== 'parameter');

	it('walks every node, nested collections and fixed collections included', () => {
		for (const [name] of NODES) expect(labels.some((l) => l.node === name)).toBe(true);
		expect(labels.some((l) => l.kind === 'section')).toBe(true);
		expect(labels.some((l) => l.kind === 'mode')).toBe(true);
		expect(labels.some((l) => /\..+\./.test(l.path))).toBe(true);
		expect(labels.length).toBeGreaterThan(500);
	});

	it('are in Title Case (small words such as "in", "of", "and" lowercase inside a label)', () => {
		const miscased = labels
			.filter((l) => !isExempt(l.text) && titleCase(l.text) !== l.text)
			.map((l) => `${l.node} ${l.path}: "${l.text}" → "${titleCase(l.text)}"`);
		expect([...new Set(miscased)]).toEqual([]);
	});
});

describe('Options before Sort', () => {
	it.each(NODES)('%s: an operation showing Sort shows Options above it', (_name, node) => {
		const properties = descriptionOf(node).properties;
		const problems: string[] = [];
		properties.forEach((sort, sortIndex) => {
			if (sort.displayName !== 'Sort') return;
			const shown = JSON.stringify(sort.displayOptions?.show ?? {});
			const optionsIndex = properties.findIndex(
				(p) => p.displayName === 'Options' && JSON.stringify(p.displayOptions?.show ?? {}) === shown,
			);
			if (optionsIndex > sortIndex) problems.push(`${sort.name} for ${shown} is above Options`);
		});
		expect(problems).toEqual([]);
	});
});

describe('option lists', () => {
	const compare = (a: string, b: string) => a.localeCompare(b);

	it('with five options or more are in alphabetical order (as the lint asks of literal lists)', () => {
		const unsorted = optionParameters()
			.map(({ node, path, parameter }) => ({ node, path, names: ((parameter.options ?? []) as Array<{ name: string }>).map((o) => o.name) }))
			.filter(({ names }) => names.length >= 5 && names.join('\n') !== [...names].sort(compare).join('\n'))
			.map(({ node, path, names }) => `${node} ${path}: ${names.join(', ')}`);
		expect(unsorted).toEqual([]);
	});
});
