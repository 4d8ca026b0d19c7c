/** The bits of WordPress core REST the package touches. */
import { ok, wpError } from '../responses';
import type { FakeFluentCart } from '../server';
import { fields } from './site';
import { registerWpMediaRoutes } from './wp-media';

export function registerWpRoutes(fake: FakeFluentCart) {
	registerWpMediaRoutes(fake);
	fake.route(
		'GET',
		'wp/v2',
		'users/me',
		(req) => {
			if (!req.user) return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
			const site = fake.store.siteUrl;
			// The edit context adds the login name, email and roles (recorded: users-me-edit-*).
			const edit =
				req.query.context === 'edit'
					? { username: req.user.username, email: req.user.email, roles: [req.user.isAdmin ? 'administrator' : 'editor'] }
					: {};
			return ok(fields<unknown>({
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
				...edit,
			}, req));
		},
		{ access: 'public' },
	);
}
