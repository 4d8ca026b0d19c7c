/**
 * Runs the FluentCart API credential test the way n8n's CredentialsTester does: the
 * credential's `test.request` goes through n8n-core's RoutingNode (real request, real
 * `authenticate`), then the rules are checked in order, first match wins. The rule
 * evaluation below mirrors n8n's tester (packages/cli credentials-tester.service).
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	IRunExecutionData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FluentCartApi } from '../../credentials/FluentCartApi.credentials';
import { capture } from './capture';
import { additionalDataFor, onlyNodeType, TestCredentialsHelper } from './engine';

function getPath(value: unknown, path: string): unknown {
	let node: unknown = value;
	for (const key of path.split('.')) {
		if (node === null || node === undefined) return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}

export async function testCredential(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const result = await runCredentialTest(data);
	capture('credential-test', result);
	return result;
}

async function runCredentialTest(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const credentialType = new FluentCartApi();
	const testRequest = credentialType.test;
	const nodeType: INodeType = {
		description: {
			displayName: 'Credential Test',
			name: 'test.credentialTest',
			group: ['input'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: 'fluentCartApi', required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: testRequest.request }, default: '' },
			],
		},
	};
	const nodeTypes = onlyNodeType(nodeType);
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'test.credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { fluentCartApi: { id: '1', name: 'FluentCart account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const helper = new TestCredentialsHelper({ fluentCartApi: data });
	// n8n applies the credential's defaults before testing.
	const decrypted = await helper.getDecrypted({} as never, {}, 'fluentCartApi');
	const additionalData = additionalDataFor({ fluentCartApi: decrypted });
	const runExecutionData = { resultData: { runData: {} } } as IRunExecutionData;
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, nodeType, {
		id: '1',
		name: 'FluentCart account',
		type: 'fluentCartApi',
		data: decrypted,
	});

	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		const cause = (error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }).cause;
		if (cause?.response) {
			return { status: 'Error', message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}` };
		}
		if (cause?.code) return { status: 'Error', message: cause.code };
		return { status: 'Error', message: String((error as Error).message) };
	}
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const json = response?.[0]?.[0]?.json as IDataObject | undefined;
			if (getPath(json, rule.properties.key) === rule.properties.value) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
