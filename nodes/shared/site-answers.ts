/**
 * What sits in front of FluentCart's JSON, or replaces it: HTML pages (captcha, login, critical
 * error, maintenance, gateway errors), WordPress database error blocks printed before the JSON
 * (WP_DEBUG on), and failures with no HTTP answer at all.
 */

export const stripTags = (text: string) =>
	text
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** True when the body is an HTML document rather than JSON. */
export function looksLikeHtml(body: unknown, contentType?: string): boolean {
	if (typeof body !== 'string') return false;
	const head = body.trimStart().slice(0, 512).toLowerCase();
	return (
		head.startsWith('<!doctype html') ||
		head.startsWith('<html') ||
		head.startsWith('<head') ||
		head.startsWith('<body') ||
		(!!contentType && contentType.toLowerCase().includes('text/html') && head.startsWith('<'))
	);
}

/**
 * The message of a WordPress database error block (`<p class="wpdberror">…[message]…`) printed
 * before FluentCart's JSON when WP_DEBUG is on, or undefined.
 */
export function databaseError(body: string): string | undefined {
	if (!/class=["']wpdberror["']/i.test(body.slice(0, 2000))) return undefined;
	const match = /WordPress database error:(?:<\/strong>)?\s*\[([^\]]+)\]/i.exec(body);
	return match ? decodeEntities(match[1]).trim() : 'WordPress database error';
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#0?39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Names what an HTML page most likely is, so the message can say what to do. */
export function classifyHtml(body: string, status: number): { what: string; fix: string } {
	const text = body.toLowerCase();
	if (/captcha|cf-chl|challenge-platform|cf-turnstile|sgcaptcha|are you (a )?human|bot protection|just a moment/.test(text)) {
		return {
			what: 'a bot-protection or captcha page',
			fix: "Allow n8n's IP address in the firewall/bot protection (Cloudflare, SiteGround, Wordfence…) or exclude /wp-json/ from it.",
		};
	}
	if (/wp-login\.php|name="log"|id="loginform"|user_login/.test(text)) {
		return {
			what: 'the WordPress login page',
			fix: 'The REST API request was redirected to the login page. Check the Site URL (http vs https, www vs no www) and that no plugin forces a login for /wp-json/.',
		};
	}
	if (/there has been a critical error/.test(text)) {
		return {
			what: 'WordPress’s “critical error” page',
			fix: 'A PHP fatal error stopped WordPress. The site’s admin email got the details (recovery mode); the PHP error log (WP_DEBUG_LOG) has them too.',
		};
	}
	if (status === 503 || /maintenance|briefly unavailable/.test(text)) {
		return {
			what: 'a maintenance page',
			fix: 'The site is in maintenance mode. Try again when maintenance is over.',
		};
	}
	if (status >= 500) {
		return {
			what: 'an error page from the web server',
			fix: 'The web server or a proxy in front of WordPress failed (bad gateway, timeout, overload). Try again later, or check the hosting status and the PHP error log.',
		};
	}
	return {
		what: 'an HTML page',
		fix: "Check the Site URL, that the REST API (/wp-json/) is reachable, and that no caching or security plugin rewrites API responses. If the site has no pretty permalinks, switch on 'Plain Permalinks' in the credential.",
	};
}

export function titleOf(body: string): string {
	const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body);
	return match ? stripTags(match[1]).slice(0, 120) : '';
}

/** Network-level failures (no HTTP answer) → message and fix. `code` is Node's error code. */
export function describeNetworkFailure(code: string | undefined, rawMessage: string): {
	message: string;
	description: string;
	retryable: boolean;
} {
	const tls = new Set([
		'CERT_HAS_EXPIRED',
		'DEPTH_ZERO_SELF_SIGNED_CERT',
		'SELF_SIGNED_CERT_IN_CHAIN',
		'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
		'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
		'ERR_TLS_CERT_ALTNAME_INVALID',
		'CERT_NOT_YET_VALID',
		'EPROTO',
		'ERR_SSL_WRONG_VERSION_NUMBER',
	]);
	if ((code && tls.has(code)) || /certificate|ssl|tls/i.test(rawMessage)) {
		return {
			message: 'The secure (TLS) connection to the site failed',
			description: `The site's certificate could not be verified (${code ?? 'TLS'}). Fix the certificate (for example with Let's Encrypt), or, for a local or staging site you trust, switch on 'Ignore SSL Issues' in the FluentCart credential.`,
			retryable: false,
		};
	}
	switch (code) {
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return {
				message: 'The site address could not be found',
				description: 'DNS has no entry for the host in the Site URL. Check the Site URL in the FluentCart credential.',
				retryable: false,
			};
		case 'ECONNREFUSED':
			return {
				message: 'The site refused the connection',
				description: 'Nothing is listening at the Site URL (wrong port, or the web server is down). Check the Site URL and that the site is up.',
				retryable: false,
			};
		case 'ECONNRESET':
		case 'EPIPE':
		case 'ERR_SOCKET_CONNECTION_TIMEOUT':
			return {
				message: 'The connection to the site was reset',
				description: 'The web server or a firewall closed the connection. Try again; if it keeps happening, check the host firewall or security plugin.',
				retryable: true,
			};
		case 'ETIMEDOUT':
		case 'ECONNABORTED':
		case 'ESOCKETTIMEDOUT':
			return {
				message: 'The site did not answer in time',
				description: 'The request timed out. The site may be slow or overloaded: try again later, and if it stays slow, check the host (server load, PHP workers, a slow plugin).',
				retryable: true,
			};
		default:
			return {
				message: 'The request to the site failed',
				description: `No HTTP answer was received (${code ?? 'unknown error'}). Check the Site URL and that the site is reachable from n8n.`,
				retryable: /socket hang up|timeout/i.test(rawMessage),
			};
	}
}
