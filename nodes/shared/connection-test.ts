/**
 * The FluentCart API credential's test (`methods.credentialTest`, named by `testedBy` on every
 * node). It asks FluentCart for one order, and then says in plain words what is wrong and how to
 * fix it, or, when the login works, which FluentCart it reached and with which WordPress role.
 *
 * What real sites answer decides the messages (see test/fixtures/fluentcart-<version>/): a wrong
 * Application Password and an unknown username both get 401 `rest_forbidden` on FluentCart routes
 * (and `rest_not_logged_in` on users/me), so the test cannot say which of the two is wrong. Sites
 * that do send WordPress core's `incorrect_password`/`invalid_username` get the precise message.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { classifyHtml, describeNetworkFailure, looksLikeHtml, stripTags, titleOf } from './site-answers';
import { buildEndpoint, checkSiteUrl } from './url';
import { cleanVersion, DETECT_VERSION, VERSION_BANDS, VERSION_OPTION, VERSION_OPTION_LABEL } from './versions';

/** One answer, whatever its status. */
export interface ProbeAnswer {
	status: number;
	body: unknown;
	contentType: string;
}

/** Sends one GET to a route under /wp-json (`fluent-cart/v2/orders`); throws on network failures. */
export type Probe = (route: string, query: IDataObject, form: 'pretty' | 'rest_route') => Promise<ProbeAnswer>;

/** How long the test waits for each answer (tests shorten it). */
export const connectionTestSettings = { timeoutMs: 20_000 };

export const CONNECTION_MESSAGES = {
	wrongLogin:
		'The username or Application Password is wrong (HTTP 401): WordPress answers both the same way',
	wrongLoginFix:
		'Check the username: your WordPress login name or email, not the name you gave the Application Password. Then create a new Application Password under Users → Profile → Application Passwords and paste it here (the spaces in it are fine). If both are right, the web server strips the Authorization header: add the HTTP_AUTHORIZATION rewrite rule to .htaccess (see the README, Troubleshooting).',
	incorrectPassword:
		'Wrong Application Password (HTTP 401). Create a new one in WordPress under Users → Profile → Application Passwords and paste it here; the spaces in it are fine.',
	invalidUsername:
		'WordPress does not know this username (HTTP 401). Use your WordPress login name or email, not the name you gave the Application Password.',
	invalidEmail:
		'WordPress does not know this email address (HTTP 401). Use your WordPress login name or email, not the name you gave the Application Password.',
	appPasswordsOff:
		'Application Passwords are switched off on this site. WordPress only offers them over HTTPS (or when WP_ENVIRONMENT_TYPE is "local"), and some security plugins disable them: enable them, then create one under Users → Profile.',
	noFluentCart:
		'WordPress answered, but the FluentCart API is missing (rest_no_route, HTTP 404). Install and activate FluentCart (1.3 or later) on this site, then test again.',
	plainPermalinks:
		'This site uses plain permalinks: its REST API answers only at /?rest_route=. Switch on "Plain Permalinks" in this credential, then test again.',
	notFluentCart:
		'The site did not answer with FluentCart data: it is not a WordPress site, the REST API is blocked (security plugin, firewall, captcha page, maintenance mode), or a redirect changed the request. Check the Site URL (https, www). If the site uses plain permalinks, switch on "Plain Permalinks" below.',
} as const;

const ROLE_NAMES: Record<string, string> = {
	administrator: 'Administrator',
	editor: 'Editor',
	author: 'Author',
	contributor: 'Contributor',
	subscriber: 'Subscriber',
	shop_manager: 'Shop Manager',
	customer: 'Customer',
};

const isObject = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);
const codeOf = (body: unknown) => (isObject(body) && typeof body.code === 'string' ? body.code : undefined);

/** "labadmin (Administrator)", from core's users/me in the edit context; undefined when unreadable. */
async function whoAmI(probe: Probe, form: 'pretty' | 'rest_route'): Promise<string | undefined> {
	try {
		const me = await probe('wp/v2/users/me', { context: 'edit', _fields: 'username,slug,roles' }, form);
		if (me.status !== 200 || !isObject(me.body)) return undefined;
		const name = String(me.body.username ?? me.body.slug ?? '');
		const roles = Array.isArray(me.body.roles) ? (me.body.roles as unknown[]).map(String) : [];
		const roleText = roles.map((role) => ROLE_NAMES[role] ?? role).join(', ');
		return roleText ? `${name} (${roleText})` : name || undefined;
	} catch {
		return undefined;
	}
}

/** "FluentCart 1.5.2", the credential's band, or why the version is unknown. */
async function whichFluentCart(probe: Probe, form: 'pretty' | 'rest_route', credential: ICredentialDataDecryptedObject): Promise<string> {
	const fixed = VERSION_BANDS.find((band) => band.value === credential[VERSION_OPTION] && band.value !== DETECT_VERSION);
	if (fixed) return `FluentCart ${fixed.label} (set in the credential)`;
	try {
		const plugin = await probe('wp/v2/plugins/fluent-cart/fluent-cart', { _fields: 'version,status' }, form);
		const version = isObject(plugin.body) ? cleanVersion(plugin.body.version) : undefined;
		if (plugin.status === 200 && version) return `FluentCart ${version}`;
	} catch {
		// The version is a detail of the success message; the connection itself works.
	}
	return `FluentCart (version not readable: WordPress lists plugins to Administrators only; set "${VERSION_OPTION_LABEL}" in the credential if a money write asks for it)`;
}

/** The message for an answer that is not FluentCart's orders list. */
async function explainAnswer(probe: Probe, form: 'pretty' | 'rest_route', answer: ProbeAnswer): Promise<string> {
	const { status, body } = answer;
	const code = codeOf(body);
	if (code === 'incorrect_password') return CONNECTION_MESSAGES.incorrectPassword;
	if (code === 'invalid_username') return CONNECTION_MESSAGES.invalidUsername;
	if (code === 'invalid_email') return CONNECTION_MESSAGES.invalidEmail;
	if (code === 'application_passwords_disabled') return CONNECTION_MESSAGES.appPasswordsOff;
	if (status === 401) return `${CONNECTION_MESSAGES.wrongLogin}. ${CONNECTION_MESSAGES.wrongLoginFix}`;
	if (status === 403 && !looksLikeHtml(body, answer.contentType)) {
		const who = (await whoAmI(probe, form)) ?? 'this user';
		return `The login works, but FluentCart gives ${who} no permissions (HTTP 403). Use an Application Password of a user with the Administrator role: without FluentCart Pro only Administrators have FluentCart permissions.`;
	}
	if (code === 'rest_no_route') return CONNECTION_MESSAGES.noFluentCart;
	if (looksLikeHtml(body, answer.contentType) || typeof body === 'string') {
		// Pretty URLs on a plain-permalinks site land on the home page: try the other form.
		if (form === 'pretty') {
			try {
				const plain = await probe('fluent-cart/v2/orders', { per_page: 1 }, 'rest_route');
				if (plain.status === 200 && isObject(plain.body) && plain.body.orders !== undefined) {
					return CONNECTION_MESSAGES.plainPermalinks;
				}
			} catch {
				// Fall through to what the page itself says.
			}
		}
		const text = String(body ?? '');
		const page = classifyHtml(text, status);
		const title = titleOf(text);
		return `The site answered with ${page.what} (HTTP ${status}${title ? `, “${title}”` : ''}) instead of FluentCart data. ${page.fix}`;
	}
	if (status >= 500) {
		const detail = isObject(body) && typeof body.message === 'string' ? ` (${stripTags(body.message).slice(0, 200)})` : '';
		return `WordPress had an error (HTTP ${status})${detail}. Check the site's PHP error log (WP_DEBUG_LOG) for the cause, then test again.`;
	}
	return CONNECTION_MESSAGES.notFluentCart;
}

/** Plain words for a request that got no HTTP answer at all. */
export function explainNetworkFailure(error: unknown, siteUrl: string, typedScheme: boolean): string {
	const code = networkCode(error);
	const text = networkText(error);
	const failure = describeNetworkFailure(code, text);
	const url = new URL(siteUrl);
	const where = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
	let hint = '';
	if (!typedScheme && url.protocol === 'https:' && code !== 'ENOTFOUND' && code !== 'EAI_AGAIN') {
		hint = ` The Site URL had no http:// or https://, so https:// was assumed: if the site runs on plain http, type http:// in front of it.`;
	} else if (url.protocol === 'https:' && /wrong version number|EPROTO/i.test(`${code} ${text}`)) {
		hint = ' The port answers plain http, not https: type http:// in front of the Site URL, or use the https port.';
	} else if (url.protocol === 'http:' && code === 'ECONNRESET') {
		hint = ' If the site only answers over https, type https:// in front of the Site URL.';
	}
	return `${failure.message} (${where}, ${code ?? 'no HTTP answer'}). ${failure.description}${hint}`;
}

function causes(error: unknown): Array<Record<string, unknown>> {
	const out: Array<Record<string, unknown>> = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		out.push(current as Record<string, unknown>);
		current = (current as { cause?: unknown }).cause;
	}
	return out;
}

function networkCode(error: unknown): string | undefined {
	for (const layer of causes(error)) {
		if (typeof layer.code === 'string' && layer.code && !/^ERR_BAD_(REQUEST|RESPONSE)$/.test(layer.code)) return layer.code;
	}
	const text = networkText(error);
	if (/timeout/i.test(text)) return 'ETIMEDOUT';
	return undefined;
}

function networkText(error: unknown): string {
	return causes(error)
		.map((layer) => (typeof layer.message === 'string' ? layer.message : ''))
		.join(' ');
}

/** Runs the test with any way of sending requests (n8n's helper in the node; tests may pass their own). */
export async function runConnectionTest(
	credential: ICredentialDataDecryptedObject,
	makeProbe: (siteUrl: string) => Probe,
): Promise<INodeCredentialTestResult> {
	const site = checkSiteUrl(credential.url);
	if (site.problem !== undefined) return { status: 'Error', message: `${site.problem}. ${site.hint}` };
	const typedScheme = /^\s*https?:\/\//i.test(String(credential.url ?? ''));
	const form = credential.plainPermalinks === true ? 'rest_route' : 'pretty';
	const probe = makeProbe(site.url);
	let answer: ProbeAnswer;
	try {
		answer = await probe('fluent-cart/v2/orders', { per_page: 1 }, form);
	} catch (error) {
		return { status: 'Error', message: explainNetworkFailure(error, site.url, typedScheme) };
	}
	const ok = answer.status === 200 && isObject(answer.body) && answer.body.orders !== undefined;
	if (!ok) return { status: 'Error', message: await explainAnswer(probe, form, answer) };
	const [fluentCart, who] = await Promise.all([whichFluentCart(probe, form, credential), whoAmI(probe, form)]);
	return { status: 'OK', message: `Connected to ${fluentCart} as ${who ?? String(credential.username ?? '').trim()}` };
}

/** The WordPress REST request for one probe, in the legacy request form credential tests must use. */
export function probeRequest(credential: ICredentialDataDecryptedObject, siteUrl: string, route: string, query: IDataObject, form: 'pretty' | 'rest_route') {
	const [namespace, ...rest] = route.split('/');
	const endpoint = buildEndpoint(siteUrl, rest.slice(1).join('/'), {
		namespace: `${namespace}/${rest[0]}`,
		plainPermalinks: form === 'rest_route',
	});
	const qs = new URLSearchParams({ ...endpoint.qs, ...(query as Record<string, string>) }).toString();
	const user = String(credential.username ?? '').trim();
	const password = String(credential.password ?? '').trim();
	return {
		method: 'GET',
		uri: `${endpoint.url}${qs ? `?${qs}` : ''}`,
		headers: {
			Accept: 'application/json',
			'Cache-Control': 'no-cache',
		},
		auth: { user, pass: password, sendImmediately: true },
		rejectUnauthorized: credential.ignoreSslIssues !== true,
		simple: false,
		resolveWithFullResponse: true,
		timeout: connectionTestSettings.timeoutMs,
	};
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
}

/** `methods.credentialTest.fluentCartApiTest` of every node that uses the FluentCart API credential. */
export async function fluentCartApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	return await runConnectionTest(data, (siteUrl) => async (route, query, form) => {
		// Credential tests get only the legacy request helper (ICredentialTestFunctions has no
		// httpRequestWithAuthentication); HTTP Basic is set here from the same fields.
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		const response = (await this.helpers.request(probeRequest(data, siteUrl, route, query, form))) as {
			statusCode: number;
			body: unknown;
			headers?: Record<string, unknown>;
		};
		const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
		return { status: response.statusCode, body: parseBody(response.body), contentType: String(headers['content-type'] ?? '') };
	});
}

