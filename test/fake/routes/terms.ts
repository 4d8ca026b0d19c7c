/**
 * Product categories and brands: FluentCart's term routes under `products/` and WordPress core's
 * taxonomy route for deleting a term (FluentCart has none). Answers as recorded on 1.3.25 and 1.5.2
 * (test/fixtures/fluentcart-<version>/live-terms-*.json); 1.6.3's route file has the same routes.
 * Registered before `products/{product}`, as in FluentCart's route file.
 */
import { ok, pluginException, resourceError, sendError, wpError } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore } from '../store';

export const TAXONOMIES: Record<string, string> = {
	'product-categories': 'Product Categories',
	'product-brands': 'Product Brands',
};

export interface FakeTerm {
	id: number;
	name: string;
	taxonomy: string;
	parent: number;
}

interface TermState {
	terms: Map<number, FakeTerm>;
	/** `postId:termId` */
	links: Set<string>;
}

const states = new WeakMap<FakeStore, TermState>();

export function termState(store: FakeStore): TermState {
	let state = states.get(store);
	if (!state) {
		state = { terms: new Map(), links: new Set() };
		states.set(store, state);
	}
	return state;
}

/** Adds a term as wp_insert_term would (term ids are shared by the taxonomies; 1 is "Uncategorized"). */
export function addTerm(store: FakeStore, name: string, taxonomy: string, parent = 0): FakeTerm {
	const state = termState(store);
	const id = store.nextId('terms', [1, ...state.terms.keys()]);
	const term = { id, name, taxonomy, parent };
	state.terms.set(id, term);
	return term;
}

/** The term ids of a taxonomy attached to a product. */
export function productTermIds(store: FakeStore, postId: number, taxonomy: string): number[] {
	const state = termState(store);
	return [...state.terms.values()]
		.filter((t) => t.taxonomy === taxonomy && state.links.has(`${postId}:${t.id}`))
		.map((t) => t.id);
}

type TreeNode = { value: string; label: string; parent: string; children: TreeNode[] };

function tree(terms: FakeTerm[], parent: number): TreeNode[] {
	return terms
		.filter((t) => t.parent === parent)
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((t) => ({ value: String(t.id), label: t.name, parent: String(t.parent), children: tree(terms, t.id) }));
}

const num = (value: unknown): number => Number(value) || 0;

const slug = (name: string) => name.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function registerTermRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;
	const state = () => termState(store);

	fake.route('GET', ns, 'products/fetch-term', () => {
		const all = [...state().terms.values()];
		const taxonomies = Object.fromEntries(
			Object.entries(TAXONOMIES).map(([name, label]) => [
				name,
				{ name, label, terms: tree(all.filter((t) => t.taxonomy === name), 0) },
			]),
		);
		return ok({ taxonomies });
	});

	fake.route('POST', ns, 'products/add-product-terms', (req) => {
		const input = (req.body.term ?? {}) as Record<string, unknown>;
		const taxonomy = String(input.taxonomy ?? '');
		// get_terms() answers a WP_Error for an unknown taxonomy, which FluentCart then count()s.
		if (!TAXONOMIES[taxonomy]) {
			// 1.6.3 checks the result before count() (its ProductController::addProductTerms).
			if (fake.atLeast('1.6.0')) return sendError('Unable To Create Term/s', 423);
			return pluginException('count(): Argument #1 ($value) must be of type Countable|array, bool given');
		}
		const parent = num(input.parent ?? 0) || 0;
		const names = String(input.name ?? '')
			.split(',')
			.map((n) => n.trim())
			.filter((n) => n !== '');
		if (!names.length) return sendError('Unable To Create Term/s', 423);
		const ids = names.map((name) => {
			const existing = [...state().terms.values()].find(
				(t) => t.taxonomy === taxonomy && t.name.toLowerCase() === name.toLowerCase(),
			);
			return (existing ?? addTerm(store, name, taxonomy, parent)).id;
		});
		return ok({ term_ids: ids, names });
	});

	// wp_set_post_terms: replaces the product's terms of the taxonomy; unknown term ids are dropped,
	// and the product is never looked up (a missing one still answers 200).
	fake.route('POST', ns, 'products/sync-taxonomy-term/:postId', (req) => {
		const taxonomy = String(req.body.taxonomy ?? '');
		if (!TAXONOMIES[taxonomy]) return resourceError(400, 'Product update failed!');
		const postId = num(req.params.postId);
		const wanted = (Array.isArray(req.body.terms) ? req.body.terms : []).map((t) => num(t));
		const { terms, links } = state();
		for (const id of productTermIds(store, postId, taxonomy)) links.delete(`${postId}:${id}`);
		const kept = wanted.filter((id) => terms.get(id)?.taxonomy === taxonomy);
		for (const id of kept) links.add(`${postId}:${id}`);
		return ok({ message: 'Product has been updated', data: kept.length ? kept.map(String) : null });
	});

	// wp_remove_object_terms: unlinks one term; `data` says whether it was attached.
	fake.route('POST', ns, 'products/delete-taxonomy-term/:postId', (req) => {
		const key = `${num(req.params.postId)}:${num(req.body.term)}`;
		const attached = state().links.delete(key);
		return ok({ message: 'Product has been updated', data: attached });
	});

	// WordPress core: the taxonomies are show_in_rest.
	for (const taxonomy of Object.keys(TAXONOMIES)) {
		fake.route('DELETE', 'wp/v2', `${taxonomy}/:id`, (req) => {
			const { terms, links } = state();
			const term = terms.get(num(req.params.id));
			if (!term || term.taxonomy !== taxonomy) return wpError(404, 'rest_term_invalid', 'Term does not exist.');
			if (req.query.force !== 'true' && req.query.force !== '1') {
				return wpError(501, 'rest_trash_not_supported', "Terms do not support trashing. Set 'force=true' to delete.");
			}
			const count = [...links].filter((l) => l.endsWith(`:${term.id}`)).length;
			for (const link of [...links]) if (link.endsWith(`:${term.id}`)) links.delete(link);
			for (const child of terms.values()) if (child.parent === term.id) child.parent = term.parent;
			terms.delete(term.id);
			const termSlug = slug(term.name);
			return ok({
				deleted: true,
				previous: {
					id: term.id,
					count,
					description: '',
					link: `${store.siteUrl}/${taxonomy}/${termSlug}/`,
					name: term.name,
					slug: termSlug,
					taxonomy,
					parent: term.parent,
					meta: [],
				},
			});
		});
	}
}
