// The workflows in examples/ inside a real n8n: what they need besides the FluentCart credential
// (the mail sink and demo model of demo-services.mjs, a Data Table, a login for the form and the
// chat), and their import. example-runs.mjs runs every one of them against a shop.
//
// provisionExamples(n8n, …): credentials, Data Table, placeholders replaced, workflows imported
// (looked up by name first: a second call creates nothing new).
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './util.mjs';

export { startDemoModel, startMailSink } from './demo-services.mjs';

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
	// What the editor's Import from File does: a new webhook ID for each node that serves a webhook.
	// n8n 1.x registers no webhook for such a node imported through its API without one.
	for (const node of workflow.nodes) {
		if (WEBHOOK_NODE_TYPES.test(node.type) && !node.webhookId) node.webhookId = randomUUID();
	}
	return { name: workflow.name, nodes: workflow.nodes, connections: workflow.connections, settings: workflow.settings ?? {} };
}

const WEBHOOK_NODE_TYPES = /\.(fluentCartTrigger|formTrigger|chatTrigger|webhook)$/;

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
