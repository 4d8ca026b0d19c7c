/**
 * The HTTP side of the fake site: reading bodies, sending answers, the injected faults, and the
 * pages WordPress serves outside the REST API.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { IncomingMessage, ServerResponse } from 'node:http';

/** WordPress's login form, where a login-enforcing plugin redirects REST requests. */
export const LOGIN_PAGE =
	'<!DOCTYPE html><html lang="en-US"><head><title>Log In &lsaquo; Fake Shop &#8212; WordPress</title></head>' +
	'<body class="login"><form name="loginform" id="loginform" action="/wp-login.php" method="post">' +
	'<input type="text" name="log" id="user_login"><input type="password" name="pwd" id="user_pass"></form></body></html>';

/**
 * What an injected fault does instead of the normal answer. With `apply`, the request is handled
 * first (a write really happens) and the fault replaces its answer: a gateway timing out after
 * PHP finished, a PHP notice printed before the JSON.
 */
export type Fault = (
	| { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
	| { kind: 'reset' }
	/** Apply the request (a write really happens), then drop the connection before answering. */
	| { kind: 'reset-after' }
	| { kind: 'html'; status?: number; html?: string }
	| { kind: 'invalid-json'; status?: number }
	/** Redirect (302) to another page of the site, e.g. /wp-login.php. */
	| { kind: 'redirect'; location: string }
	| { kind: 'delay'; ms: number }
) & { apply?: boolean };

export interface FaultRule {
	method?: string;
	/** Matched against `<namespace>/<path>`. */
	path?: RegExp;
	/** How many requests it hits; unlimited when absent. */
	times?: number;
	fault: Fault;
}

export function sendFault(res: ServerResponse, fault: Fault, entry: { status: number }) {
	switch (fault.kind) {
		case 'reset':
			entry.status = -1;
			res.socket?.destroy();
			return;
		case 'status':
			entry.status = fault.status;
			return sendRaw(
				res,
				fault.status,
				'application/json; charset=UTF-8',
				JSON.stringify(fault.body ?? { code: 'fake_fault', message: `Injected HTTP ${fault.status}`, data: { status: fault.status } }),
				fault.headers,
			);
		case 'html':
			entry.status = fault.status ?? 200;
			return sendRaw(
				res,
				entry.status,
				'text/html; charset=UTF-8',
				fault.html ?? '<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Briefly unavailable for scheduled maintenance. Check back in a minute.</body></html>',
			);
		case 'redirect':
			entry.status = 302;
			return sendRaw(res, 302, 'text/html; charset=UTF-8', '', { Location: fault.location });
		case 'invalid-json':
			entry.status = fault.status ?? 200;
			return sendRaw(
				res,
				entry.status,
				'application/json; charset=UTF-8',
				'<br />\n<b>Warning</b>:  Undefined array key "x" in <b>/var/www/html/wp-content/plugins/some-plugin/x.php</b> on line <b>12</b><br />\n{"orders":',
			);
		default:
			return undefined;
	}
}

export function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', () => resolve(''));
	});
}

export function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

export function safeJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

export function sendRaw(
	res: ServerResponse,
	status: number,
	contentType: string,
	text: string,
	headers: Record<string, string> = {},
) {
	if (res.destroyed) return;
	res.writeHead(status, { 'Content-Type': contentType, ...headers });
	res.end(text);
}
