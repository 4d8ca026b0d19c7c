/**
 * Product Category / Brand: list, create and delete terms, and set or remove a product's terms.
 * FluentCart checks little here (it accepts a missing product and drops unknown term ids without a
 * word), so the node checks the product and the terms before it writes.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../../../shared/locators';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireOneOf, requirePositiveId } from '../../../shared/validation';
import { fetchPricing } from '../product/helpers';
import { fetchTerms, TAXONOMY_LABELS, termOutput } from './helpers';
import type { ProductTerm } from './helpers';
import { TERM_TAXONOMIES } from './productTerm.description';
import type { TermTaxonomy } from './productTerm.description';

const readTaxonomy = (ctx: IExecuteFunctions, i: number) =>
	requireOneOf(ctx, i, 'Taxonomy', ctx.getNodeParameter('taxonomy', i), TERM_TAXONOMIES) as TermTaxonomy;

/** The term of `taxonomy` with this id, or an error naming the field and the item. */
function requireTerm(ctx: IExecuteFunctions, i: number, terms: ProductTerm[], taxonomy: TermTaxonomy, id: number, field: string) {
	const term = terms.find((t) => t.id === id && t.taxonomy === taxonomy);
	if (!term) {
		throw inputError(
			ctx,
			i,
			`${field} ${id} is not a ${TAXONOMY_LABELS[taxonomy]}`,
			`Use Product Category / Brand → Get Many to see the IDs of the ${TAXONOMY_LABELS[taxonomy].replace(/y$/, 'ie')}s.`,
		);
	}
	return term;
}

/** "3, 5" or [3, 5] → [3, 5]; empty → []. */
function readTermIds(ctx: IExecuteFunctions, i: number): number[] {
	const value = ctx.getNodeParameter('termIds', i, '') as unknown;
	const parts = Array.isArray(value) ? value : typeof value === 'number' ? [value] : String(value ?? '').split(',');
	const ids = parts
		.map((part) => (typeof part === 'string' ? part.trim() : part))
		.filter((part) => part !== '' && part !== null && part !== undefined)
		.map((part) => requirePositiveId(ctx, i, 'Term IDs', part));
	return [...new Set(ids)];
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const which = this.getNodeParameter('taxonomies', i, 'all') as string;
	const wanted = which === 'all' ? TERM_TAXONOMIES : [requireOneOf(this, i, 'Taxonomy', which, TERM_TAXONOMIES)];
	const terms = await fetchTerms(this, i);
	return terms.filter((t) => (wanted as readonly string[]).includes(t.taxonomy)).map(termOutput);
}

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const taxonomy = readTaxonomy(this, i);
	const name = String(this.getNodeParameter('name', i, '') ?? '').trim();
	if (name === '') throw inputError(this, i, 'Name is empty', 'Enter the name of the new category or brand.');
	if (name.includes(',')) {
		throw inputError(
			this,
			i,
			`Name "${name}" contains a comma`,
			'FluentCart splits a name at its commas and creates one term per part. Create each term on its own item, without commas.',
		);
	}
	const parentValue = taxonomy === 'product-categories' ? String(this.getNodeParameter('parentId', i, '') ?? '').trim() : '';
	const parentId = parentValue === '' || parentValue === '0' ? 0 : requirePositiveId(this, i, 'Parent Category ID', parentValue);

	const before = await fetchTerms(this, i);
	const parent = parentId ? requireTerm(this, i, before, taxonomy, parentId, 'Parent Category ID') : undefined;
	const body: IDataObject = { name, taxonomy, ...(parent ? { parent: String(parent.id) } : {}) };
	const response = await fluentCartRequest(this, { method: 'POST', path: 'products/add-product-terms', body: { term: body }, itemIndex: i });
	const id = Number((response.term_ids as unknown[] | undefined)?.[0]);
	// FluentCart answers an existing name with that term's id instead of creating another.
	const existing = before.find((t) => t.id === id);
	if (existing) return { ...termOutput(existing), created: false };
	return {
		id,
		name,
		parent: parent?.id ?? 0,
		taxonomy,
		depth: parent ? parent.depth + 1 : 0,
		path: parent ? `${parent.path} > ${name}` : name,
		created: true,
	};
}

export async function remove(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const taxonomy = readTaxonomy(this, i);
	const termId = readId(this, 'termId', i, 'Term');
	const terms = await fetchTerms(this, i);
	const term = requireTerm(this, i, terms, taxonomy, termId, 'Term');
	// FluentCart has no route to delete a term; WordPress core's taxonomy route does (terms cannot be trashed).
	const response = await fluentCartRequest(this, {
		method: 'DELETE',
		namespace: 'wp/v2',
		path: `${taxonomy}/${termId}`,
		qs: { force: true },
		itemIndex: i,
	});
	const previous = (response.previous ?? {}) as IDataObject;
	return {
		deleted: response.deleted === true,
		...termOutput(term),
		products_count: Number(previous.count ?? 0),
		children_moved_up: terms.filter((t) => t.parent === termId && t.taxonomy === taxonomy).map((t) => t.id),
	};
}

export async function setProductTerms(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product');
	const taxonomy = readTaxonomy(this, i);
	const ids = readTermIds(this, i);
	// FluentCart answers 200 for a missing product (and links the terms to nothing): look it up first.
	const product = await fetchPricing(this, productId, i, true);
	const terms = await fetchTerms(this, i);
	const chosen = ids.map((id) => requireTerm(this, i, terms, taxonomy, id, 'Term ID'));
	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: `products/sync-taxonomy-term/${productId}`,
		body: { taxonomy, terms: ids },
		itemIndex: i,
	});
	const previous = Array.isArray(product[taxonomy]) ? (product[taxonomy] as unknown[]).map(Number) : undefined;
	return {
		product_id: productId,
		taxonomy,
		terms: chosen.map((t) => ({ id: t.id, name: t.name, path: t.path })),
		...(previous ? { previous_term_ids: previous } : {}),
		message: String(response.message ?? ''),
	};
}

export async function removeFromProduct(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product');
	const taxonomy = readTaxonomy(this, i);
	const termId = readId(this, 'termId', i, 'Term');
	await fetchPricing(this, productId, i, true);
	const term = requireTerm(this, i, await fetchTerms(this, i), taxonomy, termId, 'Term');
	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: `products/delete-taxonomy-term/${productId}`,
		body: { taxonomy, term: termId },
		itemIndex: i,
	});
	// `data` is whether the term was attached (false: nothing changed, still HTTP 200).
	const removed = response.data === true;
	return {
		product_id: productId,
		taxonomy,
		term: { id: term.id, name: term.name, path: term.path },
		removed,
		message: removed
			? `Removed ${TAXONOMY_LABELS[taxonomy]} "${term.name}" from product ${productId}`
			: `${TAXONOMY_LABELS[taxonomy]} "${term.name}" was not attached to product ${productId}; nothing changed`,
	};
}
