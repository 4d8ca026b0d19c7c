// Local stand-ins for what the examples talk to besides FluentCart, for `npm start` and the e2e
// stage: a mail sink (SMTP, keeps what it receives, relays nothing) and a scripted
// OpenAI-compatible chat model ("demo model: scripted answers").
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';

// ---------------------------------------------------------------------------------------------
// Mail sink

function decodeQuotedPrintable(text) {
	const bytes = [];
	const soft = text.replace(/=\r?\n/g, '');
	for (let i = 0; i < soft.length; i++) {
		if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
			bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(soft[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeHeader(value) {
	return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_, _charset, kind, data) =>
		kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
	);
}

/** Headers and the text of a single-part message (or the first text/plain part of a multipart one). */
function parseMessage(raw) {
	const split = (message) => {
		const at = message.indexOf('\r\n\r\n');
		const head = at === -1 ? message : message.slice(0, at);
		const body = at === -1 ? '' : message.slice(at + 4);
		const headers = {};
		for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
			const colon = line.indexOf(':');
			if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
		return { headers, body };
	};
	const decode = ({ headers, body }) => {
		const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
		if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
		if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		return body;
	};
	const top = split(raw);
	let text = decode(top);
	const boundary = /boundary="?([^";]+)"?/i.exec(top.headers['content-type'] ?? '')?.[1];
	if (boundary) {
		const parts = top.body.split(`--${boundary}`).slice(1, -1).map((p) => split(p.replace(/^\r\n/, '')));
		const plain = parts.find((p) => (p.headers['content-type'] ?? 'text/plain').startsWith('text/plain')) ?? parts[0];
		text = plain ? decode(plain) : '';
	}
	return { headers: top.headers, subject: decodeHeader(top.headers.subject ?? ''), text: text.replace(/\r\n/g, '\n').trimEnd() };
}

/**
 * A local SMTP server (no TLS, any or no login accepted) that keeps each message it receives as
 * `{ from, to, subject, text, raw }` in `messages` (and hands it to `onMessage`). Nothing is relayed anywhere.
 */
export async function startMailSink({ port = 0, onMessage } = {}) {
	const messages = [];
	const sockets = new Set();
	const server = createTcpServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => socket.destroy());
		let buffer = '';
		let envelope = { from: '', to: [] };
		let data = null; // the DATA lines while a message is being received
		let authStep = null;
		const reply = (line) => socket.write(`${line}\r\n`);
		reply('220 mail-sink ESMTP ready');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			let newline;
			while ((newline = buffer.indexOf('\r\n')) !== -1) {
				const line = buffer.slice(0, newline);
				buffer = buffer.slice(newline + 2);
				if (data) {
					if (line === '.') {
						const raw = data.join('\r\n');
						const parsed = parseMessage(raw);
						const message = { from: envelope.from, to: envelope.to, subject: parsed.subject, text: parsed.text, headers: parsed.headers, raw };
						messages.push(message);
						onMessage?.(message);
						data = null;
						envelope = { from: '', to: [] };
						reply('250 OK: queued');
					} else data.push(line.startsWith('..') ? line.slice(1) : line);
					continue;
				}
				if (authStep) {
					authStep = authStep === 'user' ? 'password' : null;
					reply(authStep ? '334 UGFzc3dvcmQ6' : '235 Authentication successful');
					continue;
				}
				const [verb, ...rest] = line.split(' ');
				const argument = rest.join(' ');
				switch (verb.toUpperCase()) {
					case 'EHLO':
						reply('250-mail-sink');
						reply('250-AUTH PLAIN LOGIN');
						reply('250 8BITMIME');
						break;
					case 'HELO':
						reply('250 mail-sink');
						break;
					case 'AUTH':
						if (/^LOGIN/i.test(argument)) {
							authStep = argument.split(' ')[1] ? 'password' : 'user';
							reply(authStep === 'user' ? '334 VXNlcm5hbWU6' : '334 UGFzc3dvcmQ6');
						} else reply('235 Authentication successful');
						break;
					case 'MAIL':
						envelope.from = /<([^>]*)>/.exec(argument)?.[1] ?? argument;
						reply('250 OK');
						break;
					case 'RCPT':
						envelope.to.push(/<([^>]*)>/.exec(argument)?.[1] ?? argument);
						reply('250 OK');
						break;
					case 'DATA':
						data = [];
						reply('354 End data with <CR><LF>.<CR><LF>');
						break;
					case 'RSET':
						envelope = { from: '', to: [] };
						reply('250 OK');
						break;
					case 'NOOP':
						reply('250 OK');
						break;
					case 'QUIT':
						reply('221 Bye');
						socket.end();
						break;
					default:
						reply('502 Command not implemented');
				}
			}
		});
	});
	await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
	return {
		host: '127.0.0.1',
		port: server.address().port,
		messages,
		stop: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

// ---------------------------------------------------------------------------------------------
// Demo model

const DEMO_LABEL = 'demo model: scripted answers';

function isoDay(offsetDays = 0) {
	return new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
}

/** Arguments for a tool call, from the tool's JSON schema: dates are yesterday, numbers 1. */
function scriptedArguments(tool, userText) {
	const properties = tool.function?.parameters?.properties ?? {};
	const args = {};
	const orderId = /order\D*(\d+)/i.exec(userText)?.[1];
	for (const [name, schema] of Object.entries(properties)) {
		if (/date|day|start|end/i.test(name)) args[name] = isoDay(-1);
		else if (/order/i.test(name) && orderId) args[name] = schema.type === 'string' ? orderId : Number(orderId);
		else if (schema.type === 'number' || schema.type === 'integer') args[name] = 1;
		else if (schema.type === 'boolean') args[name] = false;
		else args[name] = '';
	}
	return args;
}

function pickTool(tools, userText) {
	const byName = (pattern) => tools.find((t) => pattern.test(t.function?.name ?? ''));
	if (/order\s*#?\d+/i.test(userText)) return byName(/order/i) ?? tools[0];
	if (/sale|revenue|sold|yesterday|today|week|month/i.test(userText)) return byName(/sales/i) ?? byName(/report|stats/i) ?? tools[0];
	return tools[0];
}

function messageText(message) {
	if (typeof message?.content === 'string') return message.content;
	if (Array.isArray(message?.content)) return message.content.map((part) => part.text ?? '').join('');
	return '';
}

/** What the scripted model answers to one chat-completions request: a tool call or a text. */
function scriptedAnswer(body) {
	const messages = body.messages ?? [];
	const last = messages.at(-1);
	const tools = body.tools ?? [];
	const userText = messageText([...messages].reverse().find((m) => m.role === 'user'));
	if (last?.role === 'user' && tools.length) {
		const tool = pickTool(tools, userText);
		return {
			tool_calls: [
				{ id: `call_${randomUUID().slice(0, 8)}`, type: 'function', function: { name: tool.function.name, arguments: JSON.stringify(scriptedArguments(tool, userText)) } },
			],
		};
	}
	if (last?.role === 'tool') {
		const call = messages.flatMap((m) => m.tool_calls ?? []).find((c) => c.id === last.tool_call_id);
		const result = messageText(last).replace(/\s+/g, ' ');
		return { content: `(${DEMO_LABEL}) The ${call?.function?.name ?? 'FluentCart'} tool answered: ${result.slice(0, 600)}` };
	}
	return { content: `(${DEMO_LABEL}) Ask me about the shop, e.g. "What were yesterday's sales?"` };
}

/**
 * A scripted OpenAI-compatible chat model: `POST /v1/chat/completions` (plain or streamed) and
 * `GET /v1/models`. A user message gets a call of one of the request's tools; a tool result gets
 * a text repeating it. Every request body is kept in `requests`.
 */
export async function startDemoModel({ port = 0 } = {}) {
	const requests = [];
	const server = createHttpServer(async (req, res) => {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const text = Buffer.concat(chunks).toString('utf8');
		const path = req.url.replace(/\?.*$/, '').replace(/\/+$/, '');
		const json = (status, value) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(value));
		};
		if (req.method === 'GET' && path.endsWith('/models')) {
			return json(200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 0, owned_by: DEMO_LABEL }] });
		}
		if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
			return json(404, { error: { message: `${DEMO_LABEL}: only /v1/chat/completions and /v1/models`, type: 'invalid_request_error' } });
		}
		let body;
		try {
			body = JSON.parse(text);
		} catch {
			return json(400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
		}
		requests.push(body);
		const answer = scriptedAnswer(body);
		const id = `chatcmpl-${randomUUID().slice(0, 12)}`;
		const created = Math.floor(Date.now() / 1000);
		const model = body.model ?? 'gpt-4o-mini';
		const finish = answer.tool_calls ? 'tool_calls' : 'stop';
		const usage = { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 };
		if (!body.stream) {
			return json(200, {
				id,
				object: 'chat.completion',
				created,
				model,
				choices: [{ index: 0, message: { role: 'assistant', content: answer.content ?? null, ...(answer.tool_calls ? { tool_calls: answer.tool_calls } : {}) }, finish_reason: finish }],
				usage,
			});
		}
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
		const send = (delta, finishReason = null, extra = {}) =>
			res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason }], ...extra })}\n\n`);
		send({ role: 'assistant', content: answer.content ?? '' });
		if (answer.tool_calls) send({ tool_calls: answer.tool_calls.map((call, index) => ({ index, ...call })) });
		send({}, finish);
		if (body.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
		res.end('data: [DONE]\n\n');
	});
	await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/v1`,
		label: DEMO_LABEL,
		requests,
		stop: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
