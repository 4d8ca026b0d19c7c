/** Products and variations (ProductController, ProductVariationController in FluentCart 1.3.25). */
import { ok } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';
import { paginate, sortRows } from './paginate';

export function registerProductRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	fake.route('GET', ns, 'products', (req) => {
		const search = typeof req.query.search === 'string' ? req.query.search.trim().toLowerCase() : '';
		let rows = [...store.products.values()];
		if (search) {
			rows = rows.filter(
				(p) =>
					String(p.post_title).toLowerCase().includes(search) ||
					String(p.ID) === search ||
					store.variationsOf(Number(p.ID)).some((v) => String(v.variation_title).toLowerCase().includes(search)),
			);
		}
		const relations = Array.isArray(req.query.with) ? req.query.with.map(String) : [];
		rows = sortRows(rows, req.query, ['post_title', 'post_status', 'post_date'], 'ID');
		// The path FluentCart reports follows the URL form the request used.
		const pathUrl = req.urlForm === 'rest_route' ? store.siteUrl : `${store.siteUrl}/wp-json/${ns}/products`;
		const page = paginate(rows, req.query, pathUrl);
		page.data = page.data.map((p) => {
			const view: Row = {
				...p,
				view_url: `${store.siteUrl}/item/${String(p.post_name)}/`,
				edit_url: `${store.siteUrl}/wp-admin/post.php?post=${String(p.ID)}&action=edit`,
			};
			if (relations.some((r) => r.startsWith('detail'))) view.detail = store.detailView(Number(p.ID));
			if (relations.some((r) => r.startsWith('variants'))) {
				view.variants = store.variationsOf(Number(p.ID)).map((v) => store.variationView(v));
			}
			return view;
		});
		return ok({ products: page });
	});

	// Every variation, as a bare array, no pagination.
	fake.route('GET', ns, 'variants', () =>
		ok([...store.variations.values()].sort((a, b) => Number(a.id) - Number(b.id)).map((v) => store.variationView(v))),
	);
}
