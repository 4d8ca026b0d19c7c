import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchTerms } from './helpers';

/** "From List" for a category or brand: the terms of the Taxonomy chosen, searched by name or path. */
export async function searchProductTerms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const taxonomy = this.getCurrentNodeParameter('taxonomy') as string | undefined;
	const text = (filter ?? '').trim().toLowerCase();
	const terms = (await fetchTerms(this)).filter(
		(t) => (!taxonomy || t.taxonomy === taxonomy) && (!text || t.path.toLowerCase().includes(text) || String(t.id) === text),
	);
	return { results: terms.map((t) => ({ name: `#${t.id} ${t.path}`, value: String(t.id) })) };
}
