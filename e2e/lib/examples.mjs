// The examples (examples/*.json) inside a running n8n: a local mail sink and a scripted
// OpenAI-compatible model for the examples that send mail or ask a model, their import as
// workflows, and their runs against a shop. This is the minimal form: it imports the examples with
// the FluentCart credential filled in, once per name, and runs none of them yet.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { ROOT } from './util.mjs';

const listen = (server, port) =>
	new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port ?? 0, '127.0.0.1', () => resolve(server.address().port));
	});

/** A tiny SMTP server on 127.0.0.1 that keeps every message it is sent. */
export async function startMailSink({ port } = {}) {
	const messages = [];
	const sockets = new Set();
	const server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => {});
		let buffer = '';
		let envelope = { from: '', to: [] };
		let inData = false;
		socket.write('220 localhost ESMTP mail sink\r\n');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end === -1) return;
					const raw = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
					buffer = buffer.slice(end + 5);
					inData = false;
					const [head, ...body] = raw.split('\r\n\r\n');
					const subject = /^subject:\s*(.*)$/im.exec(head)?.[1] ?? '';
					messages.push({ from: envelope.from, to: envelope.to, subject, text: body.join('\r\n\r\n'), raw });
					envelope = { from: '', to: [] };
					socket.write('250 OK: queued\r\n');
					continue;
				}
				const eol = buffer.indexOf('\r\n');
				if (eol === -1) return;
				const line = buffer.slice(0, eol);
				buffer = buffer.slice(eol + 2);
				const verb = line.slice(0, 4).toUpperCase();
				if (verb === 'EHLO') socket.write('250-localhost\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n');
				else if (verb === 'HELO') socket.write('250 localhost\r\n');
				else if (verb === 'AUTH') socket.write('235 Authentication successful\r\n');
				else if (verb === 'MAIL') (envelope.from = /<(.*)>/.exec(line)?.[1] ?? ''), socket.write('250 OK\r\n');
				else if (verb === 'RCPT') envelope.to.push(/<(.*)>/.exec(line)?.[1] ?? ''), socket.write('250 OK\r\n');
				else if (verb === 'DATA') (inData = true), socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
				else if (verb === 'QUIT') socket.end('221 Bye\r\n');
				else socket.write('250 OK\r\n');
			}
		});
	});
	const bound = await listen(server, port);
	return {
		host: '127.0.0.1',
		port: bound,
		messages,
		stop: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

/** A scripted OpenAI-compatible chat-completions server: every request gets the same short answer. */
export async function startDemoModel({ port } = {}) {
	const requests = [];
	const server = createHttpServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			requests.push({ method: req.method, url: req.url, body: body ? JSON.parse(body) : null });
			res.setHeader('content-type', 'application/json');
			if (req.url.endsWith('/models')) {
				res.end(JSON.stringify({ object: 'list', data: [{ id: 'demo-model', object: 'model', owned_by: 'demo' }] }));
				return;
			}
			res.end(
				JSON.stringify({
					id: `chatcmpl-${requests.length}`,
					object: 'chat.completion',
					created: Math.floor(Date.now() / 1000),
					model: 'demo-model',
					choices: [{ index: 0, message: { role: 'assistant', content: 'This is the demo model.' }, finish_reason: 'stop' }],
					usage: { prompt_tokens: 1, completion_tokens: 5, total_tokens: 6 },
				}),
			);
		});
	});
	const bound = await listen(server, port);
	return {
		url: `http://127.0.0.1:${bound}/v1`,
		requests,
		stop: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** Imports every examples/*.json that is not there yet (by workflow name), the FluentCart credential filled in. */
export async function provisionExamples(n8n, { fluentCartCredentialId }) {
	const existing = new Map();
	let cursor;
	do {
		const page = await n8n.api('GET', `/workflows?limit=250${cursor ? `&cursor=${cursor}` : ''}`);
		for (const workflow of page.data) existing.set(workflow.name, workflow.id);
		cursor = page.nextCursor;
	} while (cursor);
	const workflows = [];
	for (const file of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort()) {
		const text = readFileSync(join(ROOT, 'examples', file), 'utf8').split('REPLACE_WITH_YOUR_CREDENTIAL_ID').join(fluentCartCredentialId);
		const workflow = JSON.parse(text);
		let id = existing.get(workflow.name);
		if (!id) {
			const body = { name: workflow.name, nodes: workflow.nodes, connections: workflow.connections, settings: workflow.settings ?? {} };
			id = (await n8n.api('POST', '/workflows', body)).id;
		}
		workflows.push({ id, name: workflow.name, file });
	}
	return { workflows, credentials: {} };
}

/** Runs every example against the shop and checks its effect: none yet. */
export async function runExamples() {
	return [];
}
