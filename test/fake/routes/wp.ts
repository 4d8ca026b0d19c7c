/** The bits of WordPress core REST the package touches. */
import { ok, wpError } from '../responses';
import type { FakeFluentCart } from '../server';

export function registerWpRoutes(fake: FakeFluentCart) {
	fake.route(
		'GET',
		'wp/v2',
		'users/me',
		(req) => {
			if (!req.user) return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
			const site = fake.store.siteUrl;
			return ok({
				id: req.user.id,
				name: req.user.username,
				url: site,
				description: '',
				link: `${site}/author/${req.user.username}/`,
				slug: req.user.username,
				avatar_urls: {},
				meta: [],
				_links: {
					self: [{ href: `${site}/wp-json/wp/v2/users/${req.user.id}`, targetHints: { allow: ['GET', 'POST'] } }],
					collection: [{ href: `${site}/wp-json/wp/v2/users` }],
				},
			});
		},
		{ access: 'public' },
	);
}
