/**
 * FluentCart Trigger, Registration: Manual. From version 3 the secret the feeds send is the
 * credential's Webhook Secret (Manual Feeds), not a node parameter, so an exported workflow does
 * not carry it; versions 1 and 2 keep their Secret parameter (the credential's when it is empty).
 * Activation and deliveries go through n8n-core's HookContext and WebhookContext, over real HTTP.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { FluentCartTrigger } from '../../nodes/FluentCartTrigger/FluentCartTrigger.node';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { TriggerHost } from '../helpers/trigger-host';

const FROM_CREDENTIAL = 'cred-6f1d0c9a4e7b2f5d8a3c1e0b';
const FROM_PARAMETER = 'param-2b9e7a1c5d3f0e8a6b4c2d1f';
const MANUAL = { events: ['order_paid_done'], registration: 'manual' };
const BODY = JSON.stringify({ order: { id: 7 }, customer: {}, order_items: [] });

let ctx: StartedFake;
let host: TriggerHost | undefined;

beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
});
afterEach(async () => {
	await host?.stop();
	host = undefined;
	await ctx.fake.stop();
});

const credentials = (extra: IDataObject = {}): ICredentialDataDecryptedObject => ({ ...ctx.credentials, ...extra });

async function activeHost(creds: ICredentialDataDecryptedObject, parameters: IDataObject, typeVersion: number) {
	host = new TriggerHost(creds, parameters, `wh-manual-v${typeVersion}`, typeVersion);
	await host.start();
	await host.activate();
	return host;
}

/** Posts a delivery the way a FluentCart feed does, with the given secret header (or none). */
async function deliver(secret: string | undefined) {
	const headers: Record<string, string> = {
		'Content-Type': 'application/json; charset=utf-8',
		'X-FluentCart-Event': 'order_paid_done',
	};
	if (secret !== undefined) headers['X-N8N-FluentCart-Secret'] = secret;
	const response = await fetch(`${host!.webhookUrl()}?event=order_paid_done`, { method: 'POST', headers, body: BODY });
	return { status: response.status, body: (await response.json()) as IDataObject };
}

/** The node's parameters as n8n saves them (editor and export), for the given user input. */
function savedParameters(typeVersion: number, input: IDataObject, returnDefaults: boolean) {
	const { description } = new FluentCartTrigger();
	const node = { typeVersion } as Pick<INode, 'typeVersion'>;
	return NodeHelpers.getNodeParameters(
		description.properties,
		input as INode['parameters'],
		returnDefaults,
		false,
		node,
		description,
	) as IDataObject;
}

describe('version 3: the secret comes from the credential', () => {
	it('is the default version', () => {
		const { description } = new FluentCartTrigger();
		expect(description.version).toEqual([1, 2, 3]);
		expect(description.defaultVersion).toBe(3);
	});

	it('accepts a delivery carrying the credential’s secret and refuses a wrong or missing one', async () => {
		await activeHost(credentials({ webhookSecret: FROM_CREDENTIAL }), MANUAL, 3);
		// Manual registration touches no feed in FluentCart.
		expect(ctx.fake.requests.filter((r) => r.path.includes('integration'))).toEqual([]);

		expect(await deliver(FROM_CREDENTIAL)).toEqual({ status: 200, body: { received: true } });
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0][0]).toMatchObject({ event: 'order_paid_done', order: { id: 7 } });

		expect(await deliver(`${FROM_CREDENTIAL.slice(0, -1)}X`)).toEqual({ status: 401, body: { error: 'Unauthorized' } });
		expect((await deliver(undefined)).status).toBe(401);
		expect((await deliver('')).status).toBe(401);
		expect(host!.executions).toHaveLength(1);
	});

	it('trims a pasted credential secret', async () => {
		await activeHost(credentials({ webhookSecret: `  ${FROM_CREDENTIAL}\n` }), MANUAL, 3);
		expect((await deliver(FROM_CREDENTIAL)).status).toBe(200);
	});

	it('ignores a Secret parameter left in a version 3 node’s JSON', async () => {
		await activeHost(credentials({ webhookSecret: FROM_CREDENTIAL }), { ...MANUAL, secret: FROM_PARAMETER }, 3);
		expect((await deliver(FROM_PARAMETER)).status).toBe(401);
		expect((await deliver(FROM_CREDENTIAL)).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
	});

	it('refuses activation without a secret in the credential, naming the field', async () => {
		await expect(activeHost(credentials(), MANUAL, 3)).rejects.toThrow(
			/^Webhook Secret \(Manual Feeds\) in the FluentCart API credential is empty$/,
		);
	});

	it('refuses deliveries (401, no execution) once the credential’s secret is removed', async () => {
		const creds = credentials({ webhookSecret: FROM_CREDENTIAL });
		await activeHost(creds, MANUAL, 3);
		delete creds.webhookSecret; // the credential, edited after activation
		expect(await deliver(FROM_CREDENTIAL)).toEqual({ status: 401, body: { error: 'Unauthorized' } });
		expect((await deliver('')).status).toBe(401);
		expect(host!.executions).toHaveLength(0);
	});
});

describe('versions 1 and 2: the Secret parameter keeps working', () => {
	it.each([1, 2])('version %i: the parameter’s secret is accepted, a wrong one refused', async (typeVersion) => {
		// The credential holds another secret: the node's own parameter wins.
		await activeHost(credentials({ webhookSecret: FROM_CREDENTIAL }), { ...MANUAL, secret: FROM_PARAMETER }, typeVersion);
		expect(await deliver(FROM_PARAMETER)).toEqual({ status: 200, body: { received: true } });
		expect((await deliver(FROM_CREDENTIAL)).status).toBe(401);
		expect((await deliver('f'.repeat(40))).status).toBe(401);
		expect(host!.executions).toHaveLength(1);
	});

	it('version 1 without a credential secret, as saved before version 3 existed', async () => {
		await activeHost(credentials(), { ...MANUAL, secret: FROM_PARAMETER }, 1);
		expect((await deliver(FROM_PARAMETER)).status).toBe(200);
		expect((await deliver(undefined)).status).toBe(401);
		expect(host!.executions).toHaveLength(1);
	});

	it('an empty Secret parameter falls back to the credential’s', async () => {
		await activeHost(credentials({ webhookSecret: FROM_CREDENTIAL }), { ...MANUAL, secret: '' }, 2);
		expect((await deliver(FROM_CREDENTIAL)).status).toBe(200);
		expect((await deliver('')).status).toBe(401);
		expect(host!.executions).toHaveLength(1);
	});

	it('with no secret anywhere, activation is refused naming both fields', async () => {
		await expect(activeHost(credentials(), { ...MANUAL, secret: '' }, 1)).rejects.toThrow(
			/^Secret is empty, and so is Webhook Secret \(Manual Feeds\) in the FluentCart API credential$/,
		);
	});
});

describe('an exported workflow', () => {
	it('holds no secret for a default (version 3) node with Manual registration, and runs as exported', async () => {
		const { description } = new FluentCartTrigger();
		const typeVersion = description.defaultVersion as number;
		// What the user chose; a secret typed into a field the node does not show is dropped too.
		const input = { ...MANUAL, secret: FROM_PARAMETER };
		for (const returnDefaults of [false, true]) {
			const parameters = savedParameters(typeVersion, input, returnDefaults);
			expect(parameters).not.toHaveProperty('secret');
			expect(parameters).toMatchObject(MANUAL);
		}
		const exported = {
			nodes: [
				{
					name: 'FluentCart Trigger',
					type: 'n8n-nodes-fluentcart.fluentCartTrigger',
					typeVersion,
					position: [0, 0],
					webhookId: 'wh-exported',
					parameters: savedParameters(typeVersion, input, false),
					credentials: { fluentCartApi: { id: '1', name: 'FluentCart account' } },
				},
			],
			connections: {},
		};
		const json = JSON.stringify(exported);
		expect(json).not.toContain(FROM_PARAMETER);
		expect(json).not.toContain(FROM_CREDENTIAL);
		expect(json).not.toMatch(/"secret"/i);
		// No parameter issue either: the editor does not ask for a secret in the node.
		const node = { ...exported.nodes[0], id: 'n1' } as unknown as INode;
		expect(NodeHelpers.getNodeParametersIssues(description.properties, node, description)).toBeNull();

		// Imported elsewhere with a credential holding the secret, it receives deliveries.
		const imported = JSON.parse(json) as { nodes: Array<{ parameters: IDataObject }> };
		await activeHost(credentials({ webhookSecret: FROM_CREDENTIAL }), imported.nodes[0].parameters, typeVersion);
		expect((await deliver(FROM_CREDENTIAL)).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
	});

	it('of a version 2 node still carries the Secret parameter (why version 3 exists)', () => {
		expect(savedParameters(2, { ...MANUAL, secret: FROM_PARAMETER }, false)).toMatchObject({ secret: FROM_PARAMETER });
	});
});
