/** How WordPress logs a request in: HTTP Basic with an Application Password. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { IncomingHttpHeaders } from 'node:http';

import type { AuthOutcome } from './request-kinds';
import { wpError } from './responses';
import type { FakeResponse } from './responses';
import type { FakeStore, FakeUser } from './store';
import type { FakeOptions } from './types';

/** How WordPress would see the login in these headers. */
export function authOutcome(store: FakeStore, headers: IncomingHttpHeaders): AuthOutcome {
	const match = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '');
	if (!match) return 'none';
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	const username = decoded.slice(0, colon);
	const user = store.users.find((u) => u.username === username || u.email === username);
	if (!user) return 'unknown-user';
	const clean = (text: string) => text.replace(/[^a-z\d]/gi, '');
	return clean(user.appPassword) === clean(decoded.slice(colon + 1)) ? 'ok' : 'wrong-password';
}

/** The WordPress user the Basic header logs in, or the error WordPress answers instead. */
export function authenticate(
store: FakeStore,
options: FakeOptions,
headers: IncomingHttpHeaders,
): { user: FakeUser | null; error?: FakeResponse } {
	const header = headers.authorization;
	if (!header) return { user: null };
	const match = /^Basic\s+(.+)$/i.exec(header);
	if (!match) return { user: null };
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	const username = decoded.slice(0, colon);
	const password = decoded.slice(colon + 1);
	const user = store.users.find((u) => u.username === username || u.email === username);
	// WordPress ignores everything but letters and digits in an Application Password.
	const clean = (text: string) => text.replace(/[^a-z\d]/gi, '');
	// The recorded site treated bad credentials as anonymous (rest_forbidden, 401, from the
	// permission check); WordPress core with Application Passwords on rejects them up front.
	if (!user) {
		return options.coreAuthErrors
			? { user: null, error: wpError(401, 'invalid_username', 'Unknown username. Check again or try your email address.') }
			: { user: null };
	}
	if (clean(user.appPassword) !== clean(password)) {
		return options.coreAuthErrors
			? { user: null, error: wpError(401, 'incorrect_password', 'The provided password is an invalid application password.') }
			: { user: null };
	}
	return { user };
}
