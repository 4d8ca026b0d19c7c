/**
 * Runs our nodes inside n8n-core's real engine (WorkflowExecute): real parameter resolution
 * (expressions, resource locators), real httpRequestWithAuthentication, real paired items.
 * Only the credentials store is ours: it hands out the given credential data and applies the
 * credential's own `authenticate` function, as n8n's CredentialsHelper does.
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	IConnections,
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRun,
	IWorkflowExecuteAdditionalData,
	NodeExecutionHint,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';

import { FluentCartApi } from '../../credentials/FluentCartApi.credentials';
import { capture } from './capture';
import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { GtExtensions } from '../../nodes/GtExtensions/GtExtensions.node';

export const CREDENTIAL_TYPES: Record<string, ICredentialType> = {
	fluentCartApi: new FluentCartApi(),
};

/** A node that outputs the items given in its `items` parameter (JSON). */
class ItemsNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Test input',
		defaults: { name: 'Items' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

export const NODE_TYPES: Record<string, INodeType> = {
	'n8n-nodes-fluentcart.fluentCart': new FluentCart(),
	'n8n-nodes-fluentcart.gtExtensions': new GtExtensions(),
	'test.items': new ItemsNode(),
};

const nodeTypes: INodeTypes = {
	getByName: (name) => NODE_TYPES[name],
	getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(NODE_TYPES[name], version),
	getKnownTypes: () => ({}),
};

/** The node types of a workflow that holds just one node (a trigger, a credential-test node). */
export function onlyNodeType(type: INodeType): INodeTypes {
	return {
		getByName: () => type,
		getByNameAndVersion: () => NodeHelpers.getVersionedNodeType(type, 1),
		getKnownTypes: () => ({}),
	};
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const type = CREDENTIAL_TYPES[typeName];
		if (typeof type?.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		return requestOptions;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used in tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: unknown,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		// n8n fills defaults for fields the user never touched.
		const defaults: ICredentialDataDecryptedObject = {};
		for (const property of CREDENTIAL_TYPES[type]?.properties ?? []) {
			defaults[property.name] = property.default as ICredentialDataDecryptedObject[string];
		}
		return { ...defaults, ...this.data[type] };
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string) {
		return CREDENTIAL_TYPES[type]?.properties ?? [];
	}
}

/** Each execution gets its own id, as in n8n (what the package caches per execution keys on it). */
let executions = 0;

export function additionalDataFor(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		executionId: `test-execution-${++executions}`,
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials),
		currentNodeExecutionIndex: 0,
		variables: {},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		executeWorkflow: async () => {
			throw new Error('not used in tests');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/**
 * n8n-core's real LoadOptionsContext for a FluentCart node with these parameters, as the editor
 * builds it for a resource locator's From List or a loadOptions dropdown at `path`.
 */
export function loadOptionsContextFor(
	credentials: ICredentialDataDecryptedObject,
	parameters: INodeParameters,
	path: string,
): ILoadOptionsFunctions {
	const node: INode = {
		id: 'fc',
		name: 'FluentCart',
		type: 'n8n-nodes-fluentcart.fluentCart',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { fluentCartApi: { id: '1', name: 'FluentCart account' } },
	};
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, active: false, nodeTypes });
	// n8n passes the node's parameters as the editor holds them, for getCurrentNodeParameter.
	const additionalData = { ...additionalDataFor({ fluentCartApi: credentials }), currentNodeParameters: parameters };
	return new LoadOptionsContext(workflow, node, additionalData, path);
}

export interface NodeRun {
	/** Output items of the node under test (empty on error). */
	items: INodeExecutionData[];
	json: IDataObject[];
	/** The error the node raised, if it failed. */
	error?: Error & { description?: string; httpCode?: string | null; context?: IDataObject };
	hints: NodeExecutionHint[];
	run: IRun;
}

export interface RunOptions {
	parameters: IDataObject;
	credentials: ICredentialDataDecryptedObject;
	/** Input items (default: one empty item). */
	input?: IDataObject[];
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
	/** Node version (default 1, as the suites were written for). */
	typeVersion?: number;
}

export interface ChainStep {
	name: string;
	parameters: IDataObject;
	continueOnFail?: boolean;
	/** Node type; the FluentCart node unless given. */
	type?: string;
	/** Node version (default 1). */
	typeVersion?: number;
}

export interface ChainRun {
	run: IRun;
	/** Output items per node name. */
	output: Record<string, IDataObject[]>;
	/** Error per node name, if it failed. */
	errors: Record<string, NodeRun['error']>;
}

/** Runs a workflow from its Items node to the end and resolves with the full run data. */
async function execute(
	nodes: INode[],
	connections: IConnections,
	credentials: ICredentialDataDecryptedObject,
	mode: WorkflowExecuteMode,
): Promise<IRun> {
	const workflow = new Workflow({
		id: 'test',
		name: 'test',
		nodes,
		connections,
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: 'test',
		name: 'test',
		nodes,
		connections,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = additionalDataFor({ fluentCartApi: credentials }, hooks);
	const finished = new Promise<IRun>((resolve) => {
		hooks.addHandler('workflowExecuteAfter', async (fullRunData: IRun) => resolve(fullRunData));
	});
	void new WorkflowExecute(additionalData, mode).run({ workflow, startNode: workflow.getNode('Items')! });
	const run = await finished;
	capture('run', run.data.resultData);
	return run;
}

/**
 * Runs Items → step 1 → step 2 → … (every step a FluentCart node) through WorkflowExecute,
 * so expressions like `={{ $json.id }}` carry data from one node to the next.
 */
export async function runChain(options: {
	steps: ChainStep[];
	credentials: ICredentialDataDecryptedObject;
	input?: IDataObject[];
	mode?: WorkflowExecuteMode;
}): Promise<ChainRun> {
	const nodes: INode[] = [
		{
			id: 'items',
			name: 'Items',
			type: 'test.items',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.input ?? [{}]) },
		},
		...options.steps.map((step, index) => ({
			id: `step-${index}`,
			name: step.name,
			type: step.type ?? 'n8n-nodes-fluentcart.fluentCart',
			typeVersion: step.typeVersion ?? 1,
			position: [200 * (index + 1), 0] as [number, number],
			parameters: step.parameters as INode['parameters'],
			credentials: { fluentCartApi: { id: '1', name: 'FluentCart account' } },
			...(step.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		})),
	];
	const connections: IConnections = {};
	for (let n = 0; n < nodes.length - 1; n++) {
		connections[nodes[n].name] = { main: [[{ node: nodes[n + 1].name, type: NodeConnectionTypes.Main, index: 0 }]] };
	}
	const run = await execute(nodes, connections, options.credentials, options.mode ?? 'manual');
	const output: ChainRun['output'] = {};
	const errors: ChainRun['errors'] = {};
	for (const step of options.steps) {
		const task = run.data.resultData.runData[step.name]?.[0];
		output[step.name] = (task?.data?.main?.[0] ?? []).map((item) => item.json);
		if (task?.error) errors[step.name] = task.error as NodeRun['error'];
	}
	return { run, output, errors };
}

/** Runs Items → one node of the given type and returns what that node produced. */
export async function runSingle(type: string, options: RunOptions): Promise<NodeRun> {
	const { run } = await runChain({
		steps: [
			{ name: 'Node', type, parameters: options.parameters, continueOnFail: options.continueOnFail, typeVersion: options.typeVersion },
		],
		credentials: options.credentials,
		input: options.input,
		mode: options.mode,
	});
	const taskData = run.data.resultData.runData.Node?.[0];
	const items = taskData?.data?.main?.[0] ?? [];
	return {
		items,
		json: items.map((item) => item.json),
		error: (taskData?.error ?? run.data.resultData.error) as NodeRun['error'],
		hints: taskData?.hints ?? [],
		run,
	};
}

/** Runs Items → FluentCart through WorkflowExecute and returns what FluentCart produced. */
export const runFluentCart = (options: RunOptions) => runSingle('n8n-nodes-fluentcart.fluentCart', options);

/** Runs Items → GT Extensions for FluentCart through WorkflowExecute. */
export const runGt = (options: RunOptions) => runSingle('n8n-nodes-fluentcart.gtExtensions', options);
