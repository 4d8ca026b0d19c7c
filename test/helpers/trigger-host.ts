/**
 * A small stand-in for the n8n server around one FluentCart Trigger: it activates and
 * deactivates the trigger through n8n-core's real HookContext (checkExists → create, delete),
 * and receives webhook deliveries over real HTTP, handing each to the trigger's webhook() through
 * n8n-core's real WebhookContext. Static data persists between calls, as in n8n.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { createServer } from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { AddressInfo } from 'node:net';

import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeType,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FluentCartTrigger } from '../../nodes/FluentCartTrigger/FluentCartTrigger.node';
import { capture, recordSecret } from './capture';
import { additionalDataFor, onlyNodeType } from './engine';

export interface Received {
	status: number;
	body: unknown;
	/** Items of the execution the delivery started, if any. */
	items?: IDataObject[];
}

/** Express-like response (what webhook() uses), over Node's ServerResponse or only recorded. */
function responseAdapter(res: ServerResponse | undefined, record: Received) {
	const adapter = {
		status(code: number) {
			record.status = code;
			if (res) res.statusCode = code;
			return adapter;
		},
		json(body: unknown) {
			record.body = body;
			res?.setHeader('Content-Type', 'application/json');
			res?.end(JSON.stringify(body));
			return adapter;
		},
		send(body: unknown) {
			record.body = body;
			res?.end(typeof body === 'string' ? body : JSON.stringify(body));
			return adapter;
		},
		end() {
			if (res && !res.writableEnded) res.end();
			return adapter;
		},
	};
	return adapter;
}

let hosts = 0;

export class TriggerHost {
	readonly trigger = new FluentCartTrigger();
	readonly received: Received[] = [];
	readonly node: INode;
	workflow!: Workflow;
	private server: Server | undefined;
	baseUrl = '';
	/**
	 * Deliveries see the static data as it was when this was set, and what they change is not
	 * carried into the next one: what n8n 2.41 was seen doing with a webhook's static data.
	 */
	private staticDataFrozen: IDataObject | undefined;

	constructor(
		private readonly credentials: ICredentialDataDecryptedObject,
		parameters: IDataObject,
		readonly webhookId = 'wh-fluentcart-1',
		typeVersion = 2,
	) {
		if (typeof parameters.secret === 'string') recordSecret('manual webhook secret', parameters.secret);
		if (typeof credentials.webhookSecret === 'string') recordSecret('credential webhook secret', credentials.webhookSecret);
		this.node = {
			id: 'trigger',
			name: 'FluentCart Trigger',
			type: 'n8n-nodes-fluentcart.fluentCartTrigger',
			typeVersion,
			position: [0, 0],
			webhookId,
			parameters: parameters as INode['parameters'],
			credentials: { fluentCartApi: { id: '1', name: 'FluentCart account' } },
		};
	}

	/** Executions started so far: the items of each. */
	get executions(): IDataObject[][] {
		return this.received.filter((r) => r.items).map((r) => r.items!);
	}

	private additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		const data = additionalDataFor({ fluentCartApi: this.credentials });
		return { ...data, webhookBaseUrl: `${this.baseUrl}/webhook`, webhookTestBaseUrl: `${this.baseUrl}/webhook-test`, ...extra };
	}

	async start(): Promise<void> {
		const nodeTypes = onlyNodeType(this.trigger as INodeType);
		this.server = createServer((req, res) => void this.handle(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		// Each host its own workflow, as in n8n (the trigger's in-process memory is per workflow).
		this.workflow = new Workflow({
			id: `wf-${++hosts}`,
			name: 'Paid orders',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: {},
		});
	}

	freezeStaticData(): void {
		this.staticDataFrozen = JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject;
	}

	/** The workflow one delivery runs against. */
	private workflowForDelivery(): Workflow {
		if (!this.staticDataFrozen) return this.workflow;
		return new Workflow({
			id: this.workflow.id,
			name: this.workflow.name,
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: this.workflow.nodeTypes,
			staticData: JSON.parse(JSON.stringify(this.staticDataFrozen)) as IDataObject,
		});
	}

	async stop(): Promise<void> {
		if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}

	/** The node's webhook URL, as n8n computes it. */
	webhookUrl(): string {
		return this.hookContext().getNodeWebhookUrl('default') as string;
	}

	/** The static data n8n keeps for the node. */
	staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	private hookContext(mode: WorkflowExecuteMode = 'trigger') {
		return new HookContext(this.workflow, this.node, this.additionalData(), mode, 'activate');
	}

	/** What n8n does on activation: checkExists, then create if it answered false. */
	async activate(): Promise<{ existed: boolean }> {
		const methods = this.trigger.webhookMethods.default;
		const run = async () => {
			const existed = await methods.checkExists.call(this.hookContext());
			if (!existed) await methods.create.call(this.hookContext());
			return { existed };
		};
		return await run()
			.catch((error: unknown) => {
				capture('trigger-activation-error', error);
				throw error;
			})
			.finally(() => {
				const { secret } = this.staticData();
				if (typeof secret === 'string') recordSecret('webhook secret', secret);
			});
	}

	async deactivate(): Promise<boolean> {
		return await this.trigger.webhookMethods.default.delete.call(this.hookContext());
	}

	/**
	 * What n8n does with one delivery it has parsed: calls webhook() and answers 500 if it throws.
	 * Without `res`, the answer is only recorded (for timing the handler alone).
	 */
	async deliver(
		request: { body: unknown; rawBody: Buffer; headers: IncomingHttpHeaders; query: IDataObject },
		record: Received = { status: 200, body: undefined },
		res?: ServerResponse,
	): Promise<Received> {
		const httpRequest = { ...request, params: {} };
		const httpResponse = responseAdapter(res, record);
		const webhookData = {
			httpMethod: 'POST',
			node: this.node.name,
			path: 'webhook',
			webhookDescription: this.trigger.description.webhooks![0],
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: {} as IWorkflowExecuteAdditionalData,
			webhookId: this.webhookId,
		} as IWebhookData;
		const context = new WebhookContext(
			this.workflowForDelivery(),
			this.node,
			this.additionalData({ httpRequest, httpResponse } as unknown as Partial<IWorkflowExecuteAdditionalData>),
			'webhook',
			webhookData,
			[],
			null,
		);
		try {
			const result = await this.trigger.webhook.call(context);
			if (result.workflowData) record.items = result.workflowData[0].map((item) => item.json);
			// responseMode onReceived: the node's webhookResponse when its description's responseData is
			// empty (n8n 2.x would send a non-empty responseData itself), else n8n's own message.
			const responseData = this.trigger.description.webhooks![0].responseData;
			const body = responseData ? responseData : (result.webhookResponse ?? { message: 'Workflow was started' });
			if (!result.noWebhookResponse) httpResponse.status(200).json(body);
		} catch (error) {
			// What n8n does when webhook() throws: a 500.
			httpResponse.status(500).json({ message: (error as Error).message });
		}
		return record;
	}

	private async handle(req: IncomingMessage, res: ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', this.baseUrl);
		const record: Received = { status: 200, body: undefined };
		if (url.pathname !== `/webhook/${this.webhookId}/webhook` || req.method !== 'POST') {
			res.statusCode = 404;
			res.end('not registered');
			return;
		}
		let body: unknown = {};
		if (String(req.headers['content-type'] ?? '').includes('json') && rawBody.length) {
			try {
				body = JSON.parse(rawBody.toString('utf8')) as unknown;
			} catch {
				body = rawBody.toString('utf8');
			}
		} else if (rawBody.length) {
			body = rawBody.toString('utf8');
		}
		await this.deliver({ body, rawBody, headers: req.headers, query: Object.fromEntries(url.searchParams) }, record, res);
		this.received.push(record);
		capture('webhook', record);
	}
}
