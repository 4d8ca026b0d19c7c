import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { TRIGGER_HEADER } from '../nodes/FluentCartTrigger/events';
import { CREDENTIAL_SECRET, CREDENTIAL_SECRET_LABEL } from '../nodes/FluentCartTrigger/secret';
import { DETECT_VERSION, VERSION_BANDS, VERSION_OPTION, VERSION_OPTION_LABEL } from '../nodes/shared/versions';

export class FluentCartApi implements ICredentialType {
	name = 'fluentCartApi';

	displayName = 'FluentCart API';

	icon: Icon = { light: 'file:../icons/fluentcart.svg', dark: 'file:../icons/fluentcart.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-fluentcart/n8n-nodes-fluentcart#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Site URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://shop.example.com',
			description:
				'Address of the WordPress site that runs FluentCart. A pasted /wp-json or /wp-json/fluent-cart/v2 suffix is removed automatically.',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description:
				"WordPress login name (or email) of an Administrator, not the Application Password's name",
		},
		{
			displayName: 'Application Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Created in WordPress under Users → Profile → Application Passwords (needs HTTPS unless the site is local)',
		},
		{
			displayName: VERSION_OPTION_LABEL,
			name: VERSION_OPTION,
			type: 'options',
			default: DETECT_VERSION,
			description:
				"Which FluentCart the site runs. It decides the unit some amounts are sent in (refunds and prices are decimals before 1.6.2 and cents from 1.6.2) and which operations exist. Detect Automatically reads it from WordPress's plugin list (Administrators can) or, failing that, from FluentCart's route index. Choose your version only if detection fails: the nodes then refuse money writes rather than guess.",
			options: [
				{ name: 'Detect Automatically', value: DETECT_VERSION },
				...VERSION_BANDS.map((band) => ({ name: band.label.replace(/ or later$/, ' or Later'), value: band.value })),
			],
		},
		{
			displayName: 'Plain Permalinks',
			name: 'plainPermalinks',
			type: 'boolean',
			default: false,
			description:
				'Whether the site uses plain permalinks (Settings → Permalinks → Plain), so its REST API answers at /?rest_route=/fluent-cart/v2/… instead of /wp-json/fluent-cart/v2/…',
		},
		{
			displayName: 'Send PUT and DELETE as POST',
			name: 'methodOverride',
			type: 'boolean',
			default: false,
			description:
				'Whether to send PUT and DELETE requests as POST with an X-HTTP-Method-Override header, for hosts whose firewall blocks those methods',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			default: false,
			description:
				"Whether to connect even if the site's TLS certificate cannot be verified (self-signed, expired). Use only for local or staging sites you trust.",
		},
		{
			displayName: CREDENTIAL_SECRET_LABEL,
			name: CREDENTIAL_SECRET,
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				`Only for the FluentCart Trigger with Registration: Manual. Long random text (at least 24 characters): paste the same value into each of your FluentCart webhook feeds as the ${TRIGGER_HEADER} header. Deliveries without it are refused. Leave empty for automatic registration, which makes its own secret.`,
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// Application Passwords are HTTP Basic with the WordPress login name.
		requestOptions.auth = {
			username: String(credentials.username ?? '').trim(),
			password: String(credentials.password ?? '').trim(),
		};
		requestOptions.skipSslCertificateValidation = credentials.ignoreSslIssues === true;
		return requestOptions;
	}
}
