/**
 * The secret of feeds registered by hand (Registration: Manual). From version 3 it lives only in
 * the credential (Webhook Secret (Manual Feeds)), so it is not in the workflow's JSON when the
 * workflow is exported or shared. Versions 1 and 2 read the node's Secret parameter, as they always
 * did, and fall back to the credential's when the parameter is empty.
 */
import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

/** The credential field (credentials/FluentCartApi.credentials.ts). */
export const CREDENTIAL_SECRET = 'webhookSecret';
export const CREDENTIAL_SECRET_LABEL = 'Webhook Secret (Manual Feeds)';

/** The first node version whose manual secret comes from the credential only. */
export const CREDENTIAL_SECRET_VERSION = 3;

export interface ManualSecret {
	value: string;
	/** Where it was read, as the user knows it: the node's field or the credential's. */
	field: string;
	/** Whether the node's own Secret parameter could have held it (versions 1 and 2). */
	parameterAllowed: boolean;
}

export const CREDENTIAL_FIELD = `${CREDENTIAL_SECRET_LABEL} in the FluentCart API credential`;

export async function manualSecret(ctx: IHookFunctions | IWebhookFunctions): Promise<ManualSecret> {
	const parameterAllowed = ctx.getNode().typeVersion < CREDENTIAL_SECRET_VERSION;
	if (parameterAllowed) {
		const parameter = ctx.getNodeParameter('secret', '');
		if (typeof parameter === 'string' && parameter.trim() !== '') {
			return { value: parameter, field: 'Secret', parameterAllowed };
		}
	}
	const credentials = await ctx.getCredentials('fluentCartApi');
	const stored = credentials[CREDENTIAL_SECRET];
	// Trimmed: a pasted secret often carries a space or a line break at either end.
	const value = typeof stored === 'string' ? stored.trim() : '';
	return { value, field: CREDENTIAL_FIELD, parameterAllowed };
}
