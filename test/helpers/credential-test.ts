/**
 * Runs the FluentCart API credential test the way n8n's CredentialsTester does: the credential
 * has no declarative `test`, so n8n takes the function a node names in `testedBy`
 * (`methods.credentialTest`) and calls it with n8n-core's CredentialTestContext, whose only HTTP
 * helper is the legacy `request`. Every node that uses the credential must name the same test.
 */
import { CredentialTestContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialType, INodeCredentialTestResult, INodeType } from 'n8n-workflow';

import { FluentCartApi } from '../../credentials/FluentCartApi.credentials';
import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { capture } from './capture';
import { additionalDataFor, TestCredentialsHelper } from './engine';

/** The credential test function n8n would pick for this node (n8n's getCredentialTestFunction). */
export function credentialTestOf(node: INodeType) {
	if ((new FluentCartApi() as ICredentialType).test) throw new Error('a declarative test on the credential would win over testedBy');
	const entry = node.description.credentials?.find((c) => c.name === 'fluentCartApi');
	const testedBy = entry?.testedBy;
	if (typeof testedBy !== 'string') throw new Error(`${node.description.name} names no credential test`);
	const test = node.methods?.credentialTest?.[testedBy];
	if (!test) throw new Error(`${node.description.name} has no methods.credentialTest.${testedBy}`);
	return test;
}

export async function testCredential(data: ICredentialDataDecryptedObject, node: INodeType = new FluentCart()): Promise<INodeCredentialTestResult> {
	// n8n applies the credential's defaults before testing.
	const helper = new TestCredentialsHelper({ fluentCartApi: data });
	const decrypted = await helper.getDecrypted({} as never, {}, 'fluentCartApi');
	const context = new CredentialTestContext(additionalDataFor({ fluentCartApi: decrypted }));
	const result = await credentialTestOf(node).call(context, { id: '1', name: 'FluentCart account', type: 'fluentCartApi', data: decrypted });
	capture('credential-test', result);
	return result;
}
