/**
 * Product categories and brands are WordPress terms. FluentCart lists them as a nested tree
 * (`GET products/fetch-term`); the node works with a flat list of terms instead.
 */
import type { IDataObject } from 'n8n-workflow';

import type { FluentCartContext } from '../../../shared/transport';
import { fluentCartRequest } from '../../../shared/transport';
import type { TermTaxonomy } from './productTerm.description';

export interface ProductTerm {
	id: number;
	name: string;
	/** 0 for a top-level term. */
	parent: number;
	taxonomy: TermTaxonomy;
	/** 0 for a top-level term, 1 for its children… */
	depth: number;
	/** The names from the top, e.g. "Mugs > Espresso Cups". */
	path: string;
}

export const TAXONOMY_LABELS: Record<TermTaxonomy, string> = {
	'product-categories': 'product category',
	'product-brands': 'product brand',
};

function flatten(nodes: unknown, taxonomy: TermTaxonomy, depth: number, above: string[], out: ProductTerm[]) {
	if (!Array.isArray(nodes)) return;
	for (const node of nodes as IDataObject[]) {
		const name = String(node.label ?? '');
		const path = [...above, name];
		out.push({
			id: Number(node.value),
			name,
			parent: Number(node.parent ?? 0) || 0,
			taxonomy,
			depth,
			path: path.join(' > '),
		});
		flatten(node.children, taxonomy, depth + 1, path, out);
	}
}

/** Every category and brand, parents before their children. */
export async function fetchTerms(ctx: FluentCartContext, itemIndex?: number): Promise<ProductTerm[]> {
	const response = await fluentCartRequest(ctx, { method: 'GET', path: 'products/fetch-term', itemIndex, raw: true });
	const taxonomies = (response.taxonomies ?? {}) as IDataObject;
	const out: ProductTerm[] = [];
	for (const taxonomy of Object.keys(TAXONOMY_LABELS) as TermTaxonomy[]) {
		flatten((taxonomies[taxonomy] as IDataObject | undefined)?.terms, taxonomy, 0, [], out);
	}
	return out;
}

export const termOutput = (term: ProductTerm): IDataObject => ({ ...term });
