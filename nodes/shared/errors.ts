/**
 * One place that understands FluentCart's (and WordPress's) error shapes.
 *
 * FluentCart 1.3.25 answers errors in four shapes, plus what WordPress and hosting put in front:
 * - 422 validation map `{field: {rule: message}}`, with no top-level message;
 * - HTTP 500 whose body `code` is a number: a resource-layer WP_Error, the number is the real status;
 * - 403 "Permission Callback Error" + "No query results for model [...]": a missing route-bound
 *   record, i.e. not found;
 * - 404 `fluent_cart_entity_not_found`, the message under `data.message`;
 * - WordPress `{code, message, data:{status}}` (rest_no_route, rest_forbidden, incorrect_password…);
 * - HTML (caching, security plugin, captcha, maintenance, login redirect) or broken JSON;
 * - from 1.4: a WordPress database error printed before the JSON (WP_DEBUG on), and
 *   `plugin_exception` "An internal error occurred." for every uncaught error (WP_DEBUG off).
 *
 * `describeHttpFailure` turns any of them into one message + description + real status.
 */
import { classifyHtml, databaseError, looksLikeHtml, stripTags, titleOf } from './site-answers';

export interface FailureDescription {
	/** The status FluentCart meant (e.g. 400 for a 500 carrying `code: 400`). */
	httpCode: number;
	message: string;
	description: string;
	/** A short machine-readable kind, handy for callers that map specific failures. */
	kind:
		| 'validation'
		| 'not_found'
		| 'no_route'
		| 'unauthorized'
		| 'forbidden'
		| 'html'
		| 'invalid_json'
		| 'database'
		| 'rate_limited'
		| 'server'
		| 'business';
	/** FluentCart's own message, untouched (for callers that match on it). */
	fluentCartMessage?: string;
	/** Validation fields, for 422 maps and WordPress rest_invalid_param. */
	fields?: string[];
	/** WordPress/FluentCart error code when the body had a string one (rest_no_route, rest_forbidden…). */
	code?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** `{field: {rule: msg}}` (possibly with nested numeric rule keys) → "field: msg" list. */
function validationMessages(body: Json): { fields: string[]; messages: string[] } {
	const fields: string[] = [];
	const messages: string[] = [];
	for (const [field, rules] of Object.entries(body)) {
		if (isObject(rules)) {
			const texts = Object.values(rules).filter((v): v is string => typeof v === 'string');
			if (texts.length) {
				fields.push(field);
				messages.push(`${field}: ${texts.join(' ')}`);
			}
		} else if (Array.isArray(rules)) {
			const texts = rules.filter((v): v is string => typeof v === 'string');
			if (texts.length) {
				fields.push(field);
				messages.push(`${field}: ${texts.join(' ')}`);
			}
		}
	}
	return { fields, messages };
}

/** A 422 body that is a bare field → rule → message map (no top-level `message`). */
function isValidationMap(body: unknown): body is Json {
	if (!isObject(body) || 'message' in body || Object.keys(body).length === 0) return false;
	return Object.values(body).every((rules) => isObject(rules) || Array.isArray(rules));
}

const MODEL_NAME = /No query results for model \[([^\]]+)\]/i;

function modelLabel(message: string): string {
	const match = MODEL_NAME.exec(message);
	if (!match) return 'record';
	const name = match[1].split('\\').pop() ?? 'record';
	// OrderTransaction → order transaction
	return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const ADMIN_FIX =
	'Use an Application Password of a WordPress user with the Administrator role: without FluentCart Pro, only Administrators have any FluentCart permission.';
const AUTH_FIX =
	'Check the username (your WordPress login name, not the name you gave the Application Password) and the Application Password (Users → Profile → Application Passwords). If both are right, the server may strip the Authorization header: see the README troubleshooting section.';

/**
 * Describes a non-2xx (or non-JSON) answer. `body` is what the HTTP client returned: parsed JSON,
 * or a string when the body was not JSON.
 */
export function describeHttpFailure(
	status: number,
	body: unknown,
	headers: Record<string, unknown> = {},
): FailureDescription {
	const contentType = String(headers['content-type'] ?? '');

	if (looksLikeHtml(body, contentType)) {
		const html = body as string;
		const { what, fix } = classifyHtml(html, status);
		const title = titleOf(html);
		return {
			httpCode: status,
			kind: 'html',
			message: `The site answered with ${what} instead of FluentCart JSON (HTTP ${status})`,
			description: `${fix}${title ? ` Page title: "${title}".` : ''}`,
		};
	}

	const database = typeof body === 'string' ? databaseError(body) : undefined;
	if (database) {
		const column = /Column '([^']+)' cannot be null/i.exec(database)?.[1];
		return {
			httpCode: status,
			kind: 'database',
			message: `FluentCart's database refused the write: ${database} (HTTP ${status})`,
			description: column
				? `FluentCart tried to store an empty "${column}", which its database does not allow (FluentCart 1.4 and later store a missing value as NULL). This node sends the values such columns need; if you used Custom API Call, add "${column}" to the body. WordPress printed this error before FluentCart's answer because WP_DEBUG is on.`
				: 'WordPress printed a database error before FluentCart\'s answer (WP_DEBUG is on). Check the values sent, and the PHP error log (WP_DEBUG_LOG) for details.',
			fluentCartMessage: database,
		};
	}

	if (typeof body === 'string' && body.trim() !== '') {
		const snippet = stripTags(body).slice(0, 160);
		return {
			httpCode: status,
			kind: 'invalid_json',
			message: `The site answered with something that is not valid JSON (HTTP ${status})`,
			description: `Often a plugin or theme prints PHP notices before the JSON. Set WP_DEBUG_DISPLAY to false in wp-config.php, or find the plugin that prints output. The answer began with: "${snippet}"`,
		};
	}

	const json: Json = isObject(body) ? body : {};
	const code = json.code;
	const data = isObject(json.data) ? json.data : {};
	const wpMessage = typeof json.message === 'string' ? stripTags(json.message) : undefined;

	if (status === 422 && isValidationMap(json)) {
		const { fields, messages } = validationMessages(json);
		return {
			httpCode: 422,
			kind: 'validation',
			message: `FluentCart rejected the data: ${messages[0] ?? 'validation failed'}`,
			description: `Fields with problems: ${fields.join(', ')}. ${messages.join(' | ')}`,
			fields,
			fluentCartMessage: messages[0],
		};
	}

	if (status === 422 && wpMessage && isObject(json.errors)) {
		const { fields, messages } = validationMessages(
			Object.fromEntries(
				Object.entries(json.errors).map(([field, msg]) => [field, typeof msg === 'string' ? [msg] : msg]),
			),
		);
		return {
			httpCode: 422,
			kind: 'validation',
			message: `FluentCart rejected the data: ${wpMessage} ${messages.join('; ')}`.trim(),
			description: `Fields with problems: ${fields.join(', ')}.`,
			fields,
			fluentCartMessage: wpMessage,
		};
	}

	// WordPress core argument validation (register_rest_route args): which parameter and why.
	if (code === 'rest_invalid_param' || code === 'rest_missing_callback_param') {
		const params = isObject(data.params) ? data.params : {};
		const fields = Object.keys(params).length
			? Object.keys(params)
			: Array.isArray(data.params)
				? (data.params as unknown[]).map(String)
				: [];
		const reasons = Object.entries(params).map(([field, why]) => `${field}: ${String(why)}`);
		return {
			httpCode: status,
			kind: 'validation',
			message: reasons.length ? `The site rejected the data: ${reasons.join('; ')}` : (wpMessage ?? 'The site rejected the data'),
			description: `${wpMessage ?? 'Invalid parameter(s).'} Fields with problems: ${fields.join(', ') || 'unknown'}.`,
			fields,
			code,
			fluentCartMessage: wpMessage,
		};
	}

	// FluentCart 1.4+ with WP_DEBUG off hides the reason of every uncaught error.
	if (code === 'plugin_exception' && (!wpMessage || /^an internal error occurred\.?$/i.test(wpMessage))) {
		return {
			httpCode: status,
			kind: 'server',
			code,
			message: `FluentCart failed with an internal error and did not say why (HTTP ${status})`,
			description: `FluentCart hides the reason of unexpected errors unless WP_DEBUG is on. Check: the product or variation still exists, is published and in stock; the customer and the IDs you sent exist; every required value is filled in. For the exact reason, switch on WP_DEBUG and WP_DEBUG_LOG in wp-config.php for a moment, run the step again, and read wp-content/debug.log.`,
			fluentCartMessage: wpMessage,
		};
	}

	if (code === 'fluent_cart_entity_not_found') {
		const message = typeof data.message === 'string' ? data.message : 'Not found';
		return {
			httpCode: 404,
			kind: 'not_found',
			message,
			description: 'FluentCart has no record with this ID. Check the ID, or pick the record from the list.',
			fluentCartMessage: message,
		};
	}

	if (wpMessage && MODEL_NAME.test(wpMessage) && (status === 403 || status === 404)) {
		const label = modelLabel(wpMessage);
		return {
			httpCode: 404,
			kind: 'not_found',
			message: `The ${label} was not found`,
			description: `FluentCart answered "${wpMessage}" (HTTP ${status}): no ${label} has this ID. Check the ID, or pick the record from the list.`,
			fluentCartMessage: wpMessage,
		};
	}

	if (code === 'rest_no_route') {
		return {
			httpCode: 404,
			kind: 'no_route',
			code: 'rest_no_route',
			message: 'This FluentCart API route does not exist on the site',
			description:
				'WordPress answered rest_no_route. FluentCart may be deactivated, older than this feature, or the feature needs FluentCart Pro. Check that FluentCart is active and up to date.',
			fluentCartMessage: wpMessage,
		};
	}

	if (status === 401 || code === 'incorrect_password' || code === 'invalid_username') {
		const which =
			code === 'invalid_username'
				? 'WordPress does not know this username'
				: code === 'incorrect_password'
					? 'WordPress rejected the Application Password'
					: 'WordPress did not accept the credentials';
		return {
			httpCode: 401,
			kind: 'unauthorized',
			code: typeof code === 'string' ? code : undefined,
			message: `${which} (HTTP 401)`,
			description: AUTH_FIX,
			fluentCartMessage: wpMessage,
		};
	}

	if (status === 403 && (code === 'rest_forbidden' || code === 'rest_cannot_view' || !code)) {
		return {
			httpCode: 403,
			kind: 'forbidden',
			code: typeof code === 'string' ? code : undefined,
			message: 'The WordPress user is not allowed to do this in FluentCart (HTTP 403)',
			description: ADMIN_FIX,
			fluentCartMessage: wpMessage,
		};
	}

	if (status === 429) {
		const retryAfter = headers['retry-after'];
		return {
			httpCode: 429,
			kind: 'rate_limited',
			message: 'The site is rate-limiting requests (HTTP 429)',
			description: `Too many requests reached the site${retryAfter ? ` (it asked to wait ${String(retryAfter)} s)` : ''}. Lower the batch size or add a Wait node, or raise the limit in the security plugin or host firewall.`,
		};
	}

	// HTTP 500 with a numeric `code`: a resource WP_Error; the number is the intended status.
	let realStatus = status;
	if (status === 500 && typeof code === 'number' && code >= 100 && code <= 599) {
		realStatus = code;
	}

	const message = wpMessage ?? (typeof data.message === 'string' ? data.message : undefined);

	if (realStatus >= 500) {
		return {
			httpCode: realStatus,
			kind: 'server',
			message: message
				? `FluentCart failed: ${message} (HTTP ${realStatus})`
				: `The site failed to process the request (HTTP ${realStatus})`,
			description:
				realStatus === 502 || realStatus === 503 || realStatus === 504
					? 'The web server or a proxy in front of WordPress did not answer in time. Try again later, or check the hosting status.'
					: 'WordPress or a plugin raised an error. Check the site for PHP errors (WP_DEBUG_LOG) and try again.',
			fluentCartMessage: message,
		};
	}

	const extraErrors = Array.isArray(json.errors)
		? json.errors.filter((e): e is string => typeof e === 'string')
		: [];
	return {
		httpCode: realStatus,
		kind: realStatus === 404 ? 'not_found' : 'business',
		code: typeof code === 'string' ? code : undefined,
		message: message ?? `FluentCart refused the request (HTTP ${realStatus})`,
		description: [
			`FluentCart answered HTTP ${realStatus}${realStatus !== status ? ` (sent as HTTP ${status})` : ''}.`,
			extraErrors.join(' '),
		]
			.join(' ')
			.trim(),
		fluentCartMessage: message,
	};
}

