// The workflows in examples/ inside a real n8n: what they need besides the FluentCart credential
// (a mail server, a chat model, a Data Table, a login for the form and the chat), their import,
// and a run of every one of them against a shop with a check of what it did.
//
// - startMailSink(): a local SMTP server that keeps what it receives (no relaying).
// - startDemoModel(): a scripted OpenAI-compatible chat model ("demo model: scripted answers").
// - provisionExamples(n8n, …): credentials, Data Table, placeholders replaced, workflows imported
//   (looked up by name first: a second call creates nothing new).
// - runExamples({ n8n, shop, mail, model, workflows }): one { file, ok, detail } per example.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { assert, ROOT, sleep, waitFor, webhookLive } from './util.mjs';

export const EXAMPLES_DIR = join(ROOT, 'examples');

/** The user name and password of the Basic Auth credential the refund form and the AI chat ask for. */
export const DEMO_LOGIN = { user: 'shop-admin', password: 'demo-shop-login' };
const NAMES = {
	smtp: 'SMTP account (local mail sink)',
	openAi: 'OpenAI account (demo model)',
	login: 'Form and chat login',
	table: 'FluentCart orders',
};
const PLACEHOLDERS = {
	fluentCart: 'REPLACE_WITH_YOUR_CREDENTIAL_ID',
	smtp: 'REPLACE_WITH_YOUR_SMTP_CREDENTIAL_ID',
	openAi: 'REPLACE_WITH_YOUR_OPENAI_CREDENTIAL_ID',
	login: 'REPLACE_WITH_YOUR_LOGIN_CREDENTIAL_ID',
	table: 'REPLACE_WITH_YOUR_DATA_TABLE_ID',
};
const TABLE_COLUMNS = [
	['order_id', 'number'],
	['invoice', 'string'],
	['customer', 'string'],
	['email', 'string'],
	['status', 'string'],
	['payment_status', 'string'],
	['total', 'number'],
	['currency', 'string'],
	['created_at', 'string'],
];

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
 * `{ from, to, subject, text, raw }` in `messages`. Nothing is relayed anywhere.
 */
export async function startMailSink({ port = 0 } = {}) {
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
						messages.push({ from: envelope.from, to: envelope.to, subject: parsed.subject, text: parsed.text, headers: parsed.headers, raw });
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

// ---------------------------------------------------------------------------------------------
// Provisioning

/** The example files, in a stable order. */
export function exampleFiles() {
	return readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
}

async function credentialByName(n8n, name, type) {
	const list = await n8n.rest('GET', '/credentials');
	return (list.data ?? []).find((c) => c.name === name && c.type === type);
}

async function ensureCredential(n8n, name, type, data) {
	const found = await credentialByName(n8n, name, type);
	if (found) return { id: found.id, created: false };
	return { id: (await n8n.api('POST', '/credentials', { name, type, data })).id, created: true };
}

async function ensureDataTable(n8n) {
	const list = await n8n.api('GET', `/data-tables?limit=100`);
	const found = (list.data ?? []).find((t) => t.name === NAMES.table);
	if (found) return { id: found.id, created: false };
	const table = await n8n.api('POST', '/data-tables', { name: NAMES.table, columns: TABLE_COLUMNS.map(([name, type]) => ({ name, type })) });
	return { id: table.id, created: true };
}

/** Every workflow of the instance (public API, all pages). */
async function allWorkflows(n8n) {
	const workflows = [];
	let cursor;
	do {
		const page = await n8n.api('GET', `/workflows?limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
		workflows.push(...page.data);
		cursor = page.nextCursor;
	} while (cursor);
	return workflows;
}

/** An example's definition with the placeholders replaced, as the public API takes it. */
export function exampleDefinition(file, ids) {
	let text = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
	for (const [key, placeholder] of Object.entries(PLACEHOLDERS)) {
		if (ids[key] !== undefined) text = text.split(placeholder).join(String(ids[key]));
	}
	const workflow = JSON.parse(text);
	return { name: workflow.name, nodes: workflow.nodes, connections: workflow.connections, settings: workflow.settings ?? {} };
}

/**
 * Creates what the examples need besides the FluentCart credential and imports each example as
 * a workflow. An example whose workflow name already exists is not imported again, and the
 * credentials and the table are looked up by name first.
 */
export async function provisionExamples(n8n, { fluentCartCredentialId, mail, model }) {
	const smtp = await ensureCredential(n8n, NAMES.smtp, 'smtp', {
		user: '',
		password: '',
		host: mail.host,
		port: mail.port,
		secure: false,
		disableStartTls: true,
		hostName: '',
	});
	const openAi = await ensureCredential(n8n, NAMES.openAi, 'openAiApi', { apiKey: 'demo-model-key', url: model.url, header: false });
	const login = await ensureCredential(n8n, NAMES.login, 'httpBasicAuth', { ...DEMO_LOGIN });
	let table;
	try {
		table = await ensureDataTable(n8n);
	} catch (error) {
		table = { id: undefined, error: error.message };
	}
	const ids = { fluentCart: fluentCartCredentialId, smtp: smtp.id, openAi: openAi.id, login: login.id, table: table.id };
	const existing = await allWorkflows(n8n);
	const workflows = [];
	for (const file of exampleFiles()) {
		const definition = exampleDefinition(file, ids);
		const found = existing.find((w) => w.name === definition.name);
		if (found) {
			workflows.push({ id: found.id, name: found.name, file, created: false });
			continue;
		}
		const created = await n8n.api('POST', '/workflows', definition);
		workflows.push({ id: created.id, name: created.name, file, created: true });
	}
	return {
		workflows,
		credentials: { smtp: smtp.id, openAi: openAi.id, login: login.id },
		login: DEMO_LOGIN,
		dataTable: table,
		created: workflows.filter((w) => w.created).length + [smtp, openAi, login, table].filter((x) => x.created).length,
	};
}

// ---------------------------------------------------------------------------------------------
// Running the examples

/** Operations of the FluentCart node that only read. */
const READ_OPERATIONS = new Set(['get', 'getAll', 'getTransactions', 'getAddresses', 'getOrders', 'dashboardStats', 'overview', 'salesReport']);

const fail = (message) => {
	throw new Error(message);
};

function expectOk(response, what) {
	assert(response.status >= 200 && response.status < 300, `${what}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
	return response.body;
}

/** The definition as stored in n8n (nodes carry the webhookId n8n gave them on activation). */
const stored = (n8n, id) => n8n.api('GET', `/workflows/${id}`);
const nodeOfType = (workflow, suffix) => workflow.nodes.find((n) => n.type.endsWith(suffix));

/**
 * Money in what the example's FluentCart node outputs: decimals in the store currency from the
 * node versions with the Money Output parameter (FluentCart 2, Polling Trigger 2, Trigger 3), cents
 * before them. `cents` is what the shop's API says.
 */
function moneyAsOutput(node, cents) {
	const decimalFrom = { fluentCartTrigger: 3, fluentCartPollingTrigger: 2, fluentCart: 2, fluentCartTool: 2 }[node.type.split('.').pop()];
	return node.typeVersion >= decimalFrom && node.parameters?.moneyOutput !== 'cents' ? Number(cents) / 100 : Number(cents);
}

export async function removeWorkflow(n8n, id) {
	await n8n.api('POST', `/workflows/${id}/deactivate`).catch(() => {});
	try {
		await n8n.api('DELETE', `/workflows/${id}`);
	} catch {
		// n8n 2.x deletes only archived workflows, and only once it is unpublished (409 until then).
		await n8n.rest('POST', `/workflows/${id}/archive`, {});
		await waitFor(`workflow ${id} to be deleted`, () =>
			n8n.rest('DELETE', `/workflows/${id}`).then(
				() => true,
				(error) => (/HTTP 409/.test(error.message) ? false : Promise.reject(error)),
			),
		);
	}
}

/** Executions of a workflow newer than `afterId`, with their data, once `ready` accepts the list. */
async function executionsAfter(n8n, workflowId, afterId, what, ready = (list) => list.some((e) => e.status !== 'running' && e.status !== 'new' && e.status !== 'waiting'), timeoutMs = 60000) {
	return waitFor(
		what,
		async () => {
			const list = (await n8n.api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=20`)).data.filter((e) => Number(e.id) > Number(afterId));
			return ready(list) ? list : undefined;
		},
		timeoutMs,
		300,
	);
}

async function lastExecutionId(n8n, workflowId) {
	const list = (await n8n.api('GET', `/executions?workflowId=${workflowId}&limit=1`)).data;
	return list[0]?.id ?? 0;
}

function runItems(execution, nodeName) {
	return (execution.data?.resultData?.runData?.[nodeName] ?? []).flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.json));
}

async function mailMatching(mail, what, predicate, timeoutMs = 60000) {
	return waitFor(what, async () => mail.messages.find(predicate), timeoutMs, 200);
}

/** A customer and a one-time variation with a price, read from the shop. */
async function shopBasics(shop) {
	const customers = expectOk(await shop.api('GET', 'customers?per_page=5'), 'customers').customers.data;
	const variations = expectOk(await shop.api('GET', 'variants'), 'variations');
	const onetime = variations.filter((v) => (v.payment_type ?? v.other_info?.payment_type ?? 'onetime') === 'onetime' && Number(v.item_price) > 0);
	assert(customers.length && onetime.length, 'the shop needs a customer and a one-time variation with a price');
	return { customer: customers[0], variation: onetime[0], onetime, variations };
}

/** A new order in the shop (one-time variation, 2 pieces), marked paid when `paid`; its stored row. */
async function placeOrder(shop, { paid }) {
	const { customer, variation } = await shopBasics(shop);
	const created = expectOk(
		await shop.api('POST', 'orders', {
			customer_id: customer.id,
			order_items: [{ post_id: variation.post_id, object_id: variation.id, quantity: 2, unit_price: variation.item_price, other_info: { payment_type: 'onetime' } }],
		}),
		'order create',
	);
	const id = created.order_id;
	if (paid) expectOk(await shop.api('POST', `orders/${id}/mark-as-paid`, { payment_method: 'offline_payment', transaction_type: 'charge' }), 'mark paid');
	return expectOk(await shop.api('GET', `orders/${id}`), 'order read').order;
}

/** Every order of the shop: id → { payment_status, total_refund, status }. */
async function orderStates(shop) {
	const states = new Map();
	for (let page = 1; ; page++) {
		const body = expectOk(await shop.api('GET', `orders?per_page=100&page=${page}`), 'orders list').orders;
		for (const o of body.data) states.set(o.id, JSON.stringify([o.payment_status, Number(o.total_refund ?? 0), o.status]));
		if (!body.data.length || page >= Number(body.last_page ?? page)) break;
	}
	return states;
}

function changedOrders(before, after) {
	return [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
}

/** Activates a FluentCart Trigger workflow and waits until its feed exists and its webhook is live. */
async function activateFluentCartTrigger(n8n, shop, workflowId) {
	await n8n.api('POST', `/workflows/${workflowId}/activate`);
	const trigger = nodeOfType(await stored(n8n, workflowId), '.fluentCartTrigger');
	const feed = await waitFor('the webhook feed in FluentCart', async () =>
		expectOk(await shop.api('GET', 'integration/global-feeds'), 'feeds').feeds.find((f) => f.feed.request_url.includes(`/${trigger.webhookId}/`)),
	);
	await webhookLive(n8n.base, feed.feed.request_url.split('/webhook/')[1]);
	return trigger;
}

// One function per example file: what happens in the shop, and what the workflow must have done.
const RUNS = {
	async 'paid-order-team-email.json'({ n8n, shop, mail, workflow }) {
		const trigger = await activateFluentCartTrigger(n8n, shop, workflow.id);
		try {
			const order = await placeOrder(shop, { paid: true });
			const message = await mailMatching(mail, `the email for order ${order.id}`, (m) => m.text.includes(`(order ID ${order.id})`));
			const total = `${moneyAsOutput(trigger, order.total_amount).toFixed(2)} ${order.currency}`;
			assert(message.text.includes(`Total: ${total}`) && message.subject.includes(total), `email for order ${order.id} lacks "${total}": ${message.subject} / ${message.text}`);
			assert(message.to.includes('team@example.com'), `sent to ${message.to}`);
			return `order ${order.id} paid → email "${message.subject}" to ${message.to.join(', ')}`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'subscription-canceled-tag-and-email.json'({ n8n, shop, mail, workflow }) {
		const subscriptions = expectOk(await shop.api('GET', 'subscriptions?per_page=100'), 'subscriptions').data.data;
		const subscription =
			subscriptions.find((s) => s.status === 'active') ?? subscriptions.find((s) => !['canceled', 'expired', 'completed'].includes(s.status)) ?? fail(`no subscription to cancel (statuses: ${subscriptions.map((s) => s.status).join(', ')})`);
		await activateFluentCartTrigger(n8n, shop, workflow.id);
		try {
			const before = expectOk(await shop.api('GET', `customers/${subscription.customer_id}`), 'customer').customer;
			expectOk(await shop.api('PUT', `orders/${subscription.parent_order_id}/subscriptions/${subscription.id}/cancel`, { cancel_reason: 'customer_request' }), 'cancel');
			const message = await mailMatching(mail, `the email about customer ${before.id}`, (m) => m.subject.startsWith('Subscription canceled') && m.text.includes(`(ID ${before.id})`));
			const after = expectOk(await shop.api('GET', `customers/${before.id}`), 'customer').customer;
			const added = after.notes.split('\n').pop();
			assert(/^\[churned \d{4}-\d{2}-\d{2}\] .* canceled$/.test(added), `notes: ${after.notes}`);
			assert(!before.notes || after.notes.startsWith(before.notes), `earlier notes lost: ${JSON.stringify(before.notes)} → ${JSON.stringify(after.notes)}`);
			for (const field of ['email', 'first_name', 'last_name', 'user_id', 'country', 'city', 'status']) {
				assert(after[field] === before[field], `${field} changed from ${before[field]} to ${after[field]}`);
			}
			assert(message.text.includes(added) && message.subject.includes(before.full_name ?? before.first_name), `email: ${message.subject} / ${message.text}`);
			return `subscription ${subscription.id} canceled → customer ${before.id} notes "${added}", other fields kept; email "${message.subject}"`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'refund-one-order-form.json'({ n8n, shop, workflow }) {
		const definition = await stored(n8n, workflow.id);
		const refundNode = definition.nodes.find((n) => n.name === 'Refund the Order');
		await n8n.api('POST', `/workflows/${workflow.id}/activate`);
		try {
			const trigger = nodeOfType(await stored(n8n, workflow.id), '.formTrigger');
			const formUrl = `${n8n.base}/form/${trigger.webhookId}`;
			const login = `Basic ${Buffer.from(`${DEMO_LOGIN.user}:${DEMO_LOGIN.password}`).toString('base64')}`;
			await waitFor('the form to be served', async () => (await fetch(formUrl, { headers: { authorization: login } })).status === 200);
			const anonymous = await fetch(formUrl);
			assert(anonymous.status === 401, `the form without the login answered ${anonymous.status}`);

			/** Fills in the form like its page does; returns the title of each later page. */
			const submit = async (fields, answers) => {
				const page = await (await fetch(formUrl, { headers: { authorization: login } })).text();
				const token = /const authToken = '([^']*)'/.exec(page)?.[1];
				const body = new FormData();
				fields.forEach((value, i) => body.append(`field-${i}`, String(value)));
				const res = await fetch(formUrl, { method: 'POST', body, headers: { authorization: login, ...(token ? { 'x-auth-token': token } : {}) } });
				const waiting = JSON.parse(await res.text()).formWaitingUrl ?? fail('no next page');
				const pages = [];
				const status = new URL(waiting);
				status.pathname += '/n8n-execution-status';
				for (const answer of [...answers, undefined]) {
					const state = await waitFor('the next form page', async () => {
						const text = (await (await fetch(status)).text()).trim();
						return ['form-waiting', 'success', 'error', 'crashed', 'canceled'].includes(text) ? text : undefined;
					});
					if (state !== 'form-waiting') {
						pages.push(`(${state})`);
						break;
					}
					const html = await (await fetch(waiting)).text();
					const title = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();
					const body = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
					pages.push(`${title} | ${body.slice(0, 300)}`);
					if (answer === undefined) break;
					const form = new FormData();
					form.append('field-0', answer);
					const pageToken = /const authToken = '([^']*)'/.exec(html)?.[1];
					await (await fetch(waiting, { method: 'POST', body: form, headers: pageToken ? { 'x-auth-token': pageToken } : {} })).text();
				}
				return pages;
			};

			const order = await placeOrder(shop, { paid: true });
			const before = await orderStates(shop);
			const total = Number(order.total_amount) / 100;
			const part = Math.floor(total / 3 * 100) / 100; // a third of the total, in the order currency

			// Not confirmed: nothing changes.
			const declined = await submit([order.id, part.toFixed(2), 'e2e: not confirmed'], ['No, do not refund']);
			assert(declined[0].startsWith(`Refund ${part.toFixed(2)}`) && /Nothing refunded/.test(declined.at(-1)), `pages: ${declined.join(' → ')}`);
			assert(changedOrders(before, await orderStates(shop)).length === 0, 'an order changed without confirmation');

			// More than is refundable: refused, nothing changes.
			const decimals = moneyAsOutput(refundNode, 100) === 1;
			const tooMuch = await submit([order.id, (total + 1).toFixed(2), 'e2e: too much'], decimals ? [] : ['Yes, refund it']);
			if (decimals) assert(tooMuch.length === 1 && /Nothing refunded/.test(tooMuch[0]), `amount above the refundable: ${tooMuch.join(' → ')}`);
			else assert(tooMuch.at(-1) === '(error)', `amount above the refundable: ${tooMuch.join(' → ')}`);
			assert(changedOrders(before, await orderStates(shop)).length === 0, 'an order changed after an amount above the refundable');

			// Confirmed: exactly that refund on exactly that order.
			const confirmed = await submit([order.id, part.toFixed(2), 'e2e: confirmed'], ['Yes, refund it']);
			assert(/Refund recorded/.test(confirmed.at(-1)), `pages: ${confirmed.join(' → ')}`);
			const after = await orderStates(shop);
			const changed = changedOrders(before, after);
			const refunded = expectOk(await shop.api('GET', `orders/${order.id}`), 'order').order;
			assert(JSON.stringify(changed) === JSON.stringify([order.id]), `changed orders: ${changed.join(', ')}`);
			assert(Number(refunded.total_refund) === Math.round(part * 100) && refunded.payment_status === 'partially_refunded', `order ${order.id}: refunded ${refunded.total_refund}, ${refunded.payment_status}`);
			return `not confirmed → nothing; ${(total + 1).toFixed(2)} → ${decimals ? 'refused on the first page' : 'refused by the Refund node'}; confirmed ${part.toFixed(2)} → order ${order.id} alone refunded ${part.toFixed(2)} ${order.currency} (of ${total.toFixed(2)}); without the login → 401`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'new-orders-to-data-table.json'({ n8n, shop, workflow }) {
		const definition = await stored(n8n, workflow.id);
		const tableId = nodeOfType(definition, '.dataTable').parameters.dataTableId.value;
		const rowsOf = async () => (await n8n.api('GET', `/data-tables/${tableId}/rows?limit=250`)).data;
		const before = await rowsOf();
		const afterId = await lastExecutionId(n8n, workflow.id);
		await n8n.api('POST', `/workflows/${workflow.id}/activate`);
		try {
			// The first poll (at activation) only remembers where the order list stands.
			await waitFor('the first poll to store its cursor', async () => Object.keys((await stored(n8n, workflow.id)).staticData ?? {}).length > 0, 30000, 300);
			const orders = [await placeOrder(shop, { paid: false }), await placeOrder(shop, { paid: true })];
			const executions = await executionsAfter(n8n, workflow.id, afterId, 'the poll that sees the new orders', (list) => list.some((e) => e.status === 'success'), 90000);
			const rows = await rowsOf();
			const added = rows.slice(before.length);
			const trigger = nodeOfType(definition, '.fluentCartPollingTrigger');
			for (const order of orders) {
				const matching = rows.filter((r) => Number(r.order_id) === Number(order.id));
				assert(matching.length === 1, `order ${order.id} is in the table ${matching.length} times`);
				assert(Number(matching[0].total) === moneyAsOutput(trigger, order.total_amount) && matching[0].currency === order.currency, `row ${JSON.stringify(matching[0])}`);
			}
			const ids = rows.map((r) => r.order_id);
			assert(new Set(ids).size === ids.length, `an order is in the table twice: ${ids.join(', ')}`);
			return `${executions.length} execution(s); rows added for orders ${added.map((r) => r.order_id).join(', ')}, each once`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},

	async 'ai-agent-shop-questions.json'({ n8n, model, workflow }) {
		const definition = await stored(n8n, workflow.id);
		const tools = definition.nodes.filter((n) => definition.connections[n.name]?.ai_tool);
		assert(tools.length > 0, 'the agent has no tools');
		for (const tool of tools) {
			assert(tool.type === 'n8n-nodes-fluentcart.fluentCartTool', `tool ${tool.name} is ${tool.type}`);
			assert(READ_OPERATIONS.has(tool.parameters.operation), `tool ${tool.name} writes: ${tool.parameters.resource}.${tool.parameters.operation}`);
		}
		const afterId = await lastExecutionId(n8n, workflow.id);
		await n8n.api('POST', `/workflows/${workflow.id}/activate`);
		try {
			const trigger = nodeOfType(await stored(n8n, workflow.id), '.chatTrigger');
			const chatUrl = `${n8n.base}/webhook/${trigger.webhookId}/chat`;
			await webhookLive(n8n.base, `${trigger.webhookId}/chat`);
			const ask = (authorization) =>
				fetch(chatUrl, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
					body: JSON.stringify({ action: 'sendMessage', sessionId: randomUUID(), chatInput: "What were yesterday's sales?" }),
				});
			const anonymous = await ask();
			assert(anonymous.status === 401 || anonymous.status === 403, `the chat without the login answered ${anonymous.status}`);
			const asked = model.requests.length;
			const res = await ask(`Basic ${Buffer.from(`${DEMO_LOGIN.user}:${DEMO_LOGIN.password}`).toString('base64')}`);
			const text = await res.text();
			assert(res.ok, `chat answered HTTP ${res.status}: ${text.slice(0, 300)}`);
			const answer = JSON.parse(text).output ?? fail(`no output: ${text.slice(0, 300)}`);
			const requests = model.requests.slice(asked);
			assert(requests.length >= 2 && requests[0].tools?.length === tools.length, `the model got ${requests.length} request(s), tools ${JSON.stringify(requests[0]?.tools?.map((t) => t.function.name))}`);
			const toolMessage = requests.at(-1).messages.find((m) => m.role === 'tool') ?? fail('no tool result went back to the model');
			const [execution] = await executionsAfter(n8n, workflow.id, afterId, 'the chat execution');
			const ran = tools.filter((t) => execution.data?.resultData?.runData?.[t.name]);
			assert(ran.length === 1 && ran[0].parameters.operation === 'salesReport', `tools that ran: ${ran.map((t) => t.name).join(', ')}`);
			assert(answer.includes('Sales_Report') || answer.includes('Sales Report'), `answer: ${answer.slice(0, 300)}`);
			return `${tools.length} read-only tools (${tools.map((t) => `${t.parameters.resource}.${t.parameters.operation}`).join(', ')}); "${answer.slice(0, 90)}…" after ${requests.length} model requests, tool result ${String(toolMessage.content).length} chars; without the login → ${anonymous.status}`;
		} finally {
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		}
	},
};

/**
 * The examples started by hand or on a schedule run together in one `n8n execute-batch`, as
 * temporary copies (execute-batch keeps only ids with a digit, so a copy is made until the id has
 * one); the GT copy lists variations of this shop instead of the example's IDs.
 */
async function runBatchExamples({ n8n, shop, mail, workflows }) {
	const results = [];
	const gt = workflows.find((w) => w.file === 'gt-quantity-limits-for-variations.json');
	const lowStock = workflows.find((w) => w.file === 'nightly-low-stock-email.json');
	const copies = [];
	const work = mkdtempSync(join(tmpdir(), 'fluentcart-examples-batch-'));
	const copyOf = async (workflow, change = (d) => d) => {
		const full = await stored(n8n, workflow.id);
		const definition = change({ name: `${full.name} (e2e run)`, nodes: full.nodes, connections: full.connections, settings: full.settings ?? {} });
		for (let attempt = 0; attempt < 20; attempt++) {
			const copy = await n8n.api('POST', '/workflows', definition);
			copies.push(copy.id);
			if (/\d/.test(copy.id)) return copy;
		}
		return fail(`no workflow id with a digit for ${workflow.file}`);
	};
	try {
		const { onetime } = await shopBasics(shop);
		const targets = onetime.slice(0, 2).map((v, i) => ({ variation_id: v.id, min: 1 + i, max: 10 + 2 * i, step: 1 + i }));
		const gtCopy = gt && (await copyOf(gt, (d) => {
			const list = d.nodes.find((n) => n.name === 'Limits Per Variation');
			list.parameters.jsonOutput = JSON.stringify({ limits: targets }, null, 2);
			return d;
		}));
		// Stock for the report: one managed variation at 2 left, unless the shop already has low stock.
		let low = expectOk(await shop.api('GET', 'variants'), 'variations').filter((v) => Number(v.manage_stock) === 1 && Number(v.available) <= 5);
		if (lowStock && !low.length) {
			const variation = onetime.at(-1);
			expectOk(await shop.api('PUT', `products/${variation.post_id}/update-inventory/${variation.id}`, { total_stock: 2, available: 2 }), 'update inventory');
			low = expectOk(await shop.api('GET', 'variants'), 'variations').filter((v) => Number(v.manage_stock) === 1 && Number(v.available) <= 5);
		}
		// execute-batch starts only at a Manual Trigger: the copy has one in place of the schedule.
		const lowCopy = lowStock && (await copyOf(lowStock, (d) => {
			const schedule = d.nodes.find((n) => n.type === 'n8n-nodes-base.scheduleTrigger');
			Object.assign(schedule, { type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} });
			return d;
		}));
		const mailBefore = mail.messages.length;
		const ids = [gtCopy?.id, lowCopy?.id].filter(Boolean);
		const batch = await n8n.executeBatch(ids, work);
		const summary = JSON.parse(readFileSync(batch.output, 'utf8'));
		const outcome = (id) => summary.executions.find((e) => e.workflowId === id);

		if (gt) {
			results.push(
				await check(gt.file, async () => {
					assert(outcome(gtCopy.id)?.executionStatus === 'success', `execute-batch: ${JSON.stringify(outcome(gtCopy.id) ?? summary).slice(0, 400)}`);
					const variations = expectOk(await shop.api('GET', 'variants'), 'variations');
					for (const target of targets) {
						const info = variations.find((v) => v.id === target.variation_id).other_info;
						assert(Number(info.min_quantity) === target.min && Number(info.max_quantity) === target.max && Number(info.quantity_step) === target.step, `variation ${target.variation_id}: ${JSON.stringify(info)}`);
					}
					return `limits read back on variations ${targets.map((t) => `${t.variation_id} (${t.min}–${t.max} step ${t.step})`).join(', ')}`;
				}),
			);
		}
		if (lowStock) {
			results.push(
				await check(lowStock.file, async () => {
					assert(outcome(lowCopy.id)?.executionStatus === 'success', `execute-batch: ${JSON.stringify(outcome(lowCopy.id) ?? summary).slice(0, 400)}`);
					const reports = mail.messages.slice(mailBefore).filter((m) => m.subject.startsWith('Low stock'));
					assert(reports.length === 1, `${reports.length} low-stock emails`);
					const lines = reports[0].text.split('\n').filter((l) => / left$/.test(l));
					assert(lines.length === low.length && low.every((v) => lines.some((l) => l.includes(`variation ${v.id}: ${Number(v.available)} left`))), `report ${JSON.stringify(reports[0].text)} for low variations ${low.map((v) => v.id).join(', ')}`);
					return `one email "${reports[0].subject}" listing variations ${low.map((v) => v.id).join(', ')}`;
				}),
			);
		}
	} catch (error) {
		for (const workflow of [gt, lowStock].filter(Boolean)) if (!results.some((r) => r.file === workflow.file)) results.push({ file: workflow.file, ok: false, detail: error.message });
	} finally {
		for (const id of copies) await removeWorkflow(n8n, id).catch(() => {});
		rmSync(work, { recursive: true, force: true });
	}
	return results;
}

async function check(file, fn) {
	try {
		return { file, ok: true, detail: await fn() };
	} catch (error) {
		return { file, ok: false, detail: error.message };
	}
}

/**
 * Runs every example against the shop and checks what it did; one `{ file, ok, detail }` per
 * example. Trigger examples are activated for their run and deactivated after it. The examples
 * make their own orders (a customer and a one-time variation are read from the shop), so any
 * shop with those works.
 */
export async function runExamples({ n8n, shop, mail, model, workflows }) {
	const results = [];
	for (const workflow of workflows) {
		const run = RUNS[workflow.file];
		if (run) results.push(await check(workflow.file, () => run({ n8n, shop, mail, model, workflow })));
	}
	results.push(...(await runBatchExamples({ n8n, shop, mail, workflows })));
	for (const workflow of workflows) {
		if (!results.some((r) => r.file === workflow.file)) results.push({ file: workflow.file, ok: false, detail: 'no run defined for this example' });
	}
	return results;
}
