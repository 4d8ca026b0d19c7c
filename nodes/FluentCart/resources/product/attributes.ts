/**
 * FluentCart's attribute library (1.5.0+), for Product → Set Variation Options: reading the
 * options typed in the node, finding the attribute groups and terms by name, and creating the
 * missing ones. FluentCart checks no title when it creates a term (a second "S" is stored next to
 * the first) and ships system groups (Color, Size…), so names are always looked up first.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';

/** The combinations FluentCart makes at most (its `fluent_cart/advanced_variation/max_*` filters). */
export const MAX_COMBINATIONS = 500;
export const MAX_ATTRIBUTES = 10;
/** Terms FluentCart creates per request at most. */
const TERMS_PER_CALL = 10;

export interface WantedOption {
	name: string;
	values: string[];
}

/** An attribute of the request, resolved: a group id (undefined while missing) and term ids. */
export interface ResolvedOption {
	name: string;
	groupId?: number;
	values: Array<{ title: string; termId?: number }>;
}

const key = (text: string) => text.trim().toLowerCase();

/** The Options input, checked before any request. */
export function readWantedOptions(ctx: IExecuteFunctions, i: number): WantedOption[] {
	const raw = ctx.getNodeParameter('variationOptions', i, {}) as IDataObject;
	const rows = (Array.isArray(raw.option) ? raw.option : []) as IDataObject[];
	if (!rows.length) {
		throw inputError(ctx, i, 'Options has no attribute', 'Add at least one attribute with its values, e.g. Size: S, M, L.');
	}
	if (rows.length > MAX_ATTRIBUTES) {
		throw inputError(ctx, i, `Options has ${rows.length} attributes; FluentCart allows at most ${MAX_ATTRIBUTES}`);
	}
	const seen = new Set<string>();
	const options = rows.map((row, n) => {
		const name = String(row.name ?? '').trim();
		if (!name) throw inputError(ctx, i, `Options: attribute ${n + 1} has no name`);
		if (seen.has(key(name))) throw inputError(ctx, i, `Options: attribute "${name}" is given twice`, 'Give each attribute once, with all its values.');
		seen.add(key(name));
		const values = String(row.values ?? '')
			.split(',')
			.map((v) => v.trim())
			.filter((v) => v !== '');
		if (!values.length) throw inputError(ctx, i, `Options: attribute "${name}" has no values`, 'Give its values comma-separated, e.g. S, M, L.');
		const valueKeys = new Set<string>();
		for (const value of values) {
			if (valueKeys.has(key(value))) throw inputError(ctx, i, `Options: value "${value}" is given twice for attribute "${name}"`);
			if (value.length > 50) throw inputError(ctx, i, `Options: value "${value}" of attribute "${name}" is longer than 50 characters`);
			valueKeys.add(key(value));
		}
		return { name, values };
	});
	const combinations = options.reduce((count, o) => count * o.values.length, 1);
	if (combinations > MAX_COMBINATIONS) {
		throw inputError(
			ctx,
			i,
			`Options make ${combinations} combinations; FluentCart allows at most ${MAX_COMBINATIONS}`,
			'Each combination of values is one variation. Use fewer values or attributes.',
		);
	}
	return options;
}

/** Of records sharing a name: one whose id is in use, else the oldest. */
function pick(rows: IDataObject[], inUse: Set<number>): IDataObject | undefined {
	const sorted = [...rows].sort((a, b) => Number(a.id) - Number(b.id));
	return sorted.find((r) => inUse.has(Number(r.id))) ?? sorted[0];
}

/** `GET options/attr/group/{id}/terms`, every page (FluentCart pages at 10 unless told). */
async function fetchTerms(ctx: IExecuteFunctions, groupId: number, i: number): Promise<IDataObject[]> {
	return await fluentCartList(ctx, { path: `options/attr/group/${groupId}/terms`, key: 'terms', returnAll: true, itemIndex: i });
}

/**
 * Finds each attribute and value by name (trimmed, any case) in the library; reads only. Where
 * FluentCart holds the same name twice, the one the product already uses wins, else the oldest.
 */
export async function resolveOptions(
	ctx: IExecuteFunctions,
	i: number,
	wanted: WantedOption[],
	inUse: { groups: Set<number>; terms: Set<number> },
): Promise<ResolvedOption[]> {
	const library = await fluentCartRequest(ctx, { method: 'GET', path: 'options/attr/groups/library', itemIndex: i });
	const groups = (Array.isArray(library.groups) ? library.groups : []) as IDataObject[];
	const resolved: ResolvedOption[] = [];
	for (const option of wanted) {
		const group = pick(groups.filter((g) => key(String(g.title ?? '')) === key(option.name)), inUse.groups);
		if (!group) {
			resolved.push({ name: option.name, values: option.values.map((title) => ({ title })) });
			continue;
		}
		const groupId = Number(group.id);
		const terms = await fetchTerms(ctx, groupId, i);
		resolved.push({
			name: String(group.title),
			groupId,
			values: option.values.map((title) => {
				const term = pick(terms.filter((t) => key(String(t.title ?? '')) === key(title)), inUse.terms);
				return term ? { title: String(term.title), termId: Number(term.id) } : { title };
			}),
		});
	}
	return resolved;
}

/** "Fit (attribute), Size: XXXL" for the error and the output. */
export function describeMissing(options: ResolvedOption[]): string[] {
	const out: string[] = [];
	for (const option of options) {
		if (option.groupId === undefined) out.push(`${option.name} (attribute, with ${option.values.map((v) => v.title).join(', ')})`);
		else for (const value of option.values) if (value.termId === undefined) out.push(`${option.name}: ${value.title}`);
	}
	return out;
}

/** Creates the missing groups (`POST options/attr/group/`) and terms (`POST …/terms`, 10 a call). */
export async function createMissing(ctx: IExecuteFunctions, i: number, options: ResolvedOption[]): Promise<string[]> {
	const created: string[] = [];
	for (const option of options) {
		if (option.groupId === undefined) {
			const response = await fluentCartRequest(ctx, {
				method: 'POST',
				path: 'options/attr/group/',
				body: { title: option.name },
				itemIndex: i,
			});
			const id = Number((response.data as IDataObject | undefined)?.id);
			if (!Number.isInteger(id) || id < 1) {
				throw inputError(ctx, i, `FluentCart did not create the attribute "${option.name}"`, `It answered: ${String(response.message ?? 'nothing')}. Nothing else was changed.`);
			}
			option.groupId = id;
			created.push(`attribute ${option.name}`);
		}
		const missing = option.values.filter((v) => v.termId === undefined);
		for (let start = 0; start < missing.length; start += TERMS_PER_CALL) {
			const batch = missing.slice(start, start + TERMS_PER_CALL);
			const response = await fluentCartRequest(ctx, {
				method: 'POST',
				path: `options/attr/group/${option.groupId}/terms`,
				body: { terms: batch.map((v) => ({ title: v.title })) },
				itemIndex: i,
			});
			const rows = (Array.isArray(response.data) ? response.data : []) as IDataObject[];
			for (const value of batch) {
				const row = rows.find((r) => String(r.title) === value.title && Number(r.id) > 0);
				if (!row) {
					throw inputError(ctx, i, `FluentCart did not create the value "${value.title}" of attribute "${option.name}"`, `It answered: ${String(response.message ?? 'nothing')}. No variation was changed.`);
				}
				value.termId = Number(row.id);
				created.push(`${option.name}: ${value.title}`);
			}
		}
	}
	return created;
}
