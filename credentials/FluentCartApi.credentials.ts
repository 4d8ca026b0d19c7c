import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { normaliseSiteUrl } from '../nodes/shared/url';
import { DETECT_VERSION, VERSION_BANDS, VERSION_OPTION, VERSION_OPTION_LABEL } from '../nodes/shared/versions';

/**
 * The credential test asks FluentCart for one order. It ignores HTTP status errors so that the
 * rules below can read WordPress's error body and tell the user which problem it is.
 * Rules are checked in order; the first match is shown.
 */
export const CREDENTIAL_TEST_RULES: ICredentialTestRequest['rules'] = [
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'code',
			value: 'incorrect_password',
			message:
				'Wrong Application Password (HTTP 401). Create a new one in WordPress under Users → Profile → Application Passwords and paste it here; the spaces in it are fine.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'code',
			value: 'invalid_username',
			message:
				'WordPress does not know this username (HTTP 401). Use your WordPress login name or email, not the name you gave the Application Password.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'code',
			value: 'invalid_email',
			message:
				'WordPress does not know this email address (HTTP 401). Use your WordPress login name or email, not the name you gave the Application Password.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'code',
			value: 'application_passwords_disabled',
			message:
				'Application Passwords are switched off on this site. WordPress only offers them over HTTPS (or when WP_ENVIRONMENT_TYPE is "local"), and some security plugins disable them: enable them, then create one under Users → Profile.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'data.status',
			value: 401,
			message:
				'WordPress did not accept the username and Application Password (HTTP 401). Check both. If they are right, the web server strips the Authorization header: add the HTTP_AUTHORIZATION rewrite rule to .htaccess (see the README, Troubleshooting).',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'data.status',
			value: 403,
			message:
				'The login works, but FluentCart gives this user no permissions (HTTP 403). Use an Application Password of a user with the Administrator role: without FluentCart Pro only Administrators have FluentCart permissions.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'code',
			value: 'rest_no_route',
			message:
				'WordPress answered, but the FluentCart API is missing (rest_no_route, HTTP 404). Install and activate FluentCart (1.3 or later) on this site, then test again.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'code',
			value: 'internal_server_error',
			message:
				'WordPress had a critical error (HTTP 500). Check the site (WP_DEBUG_LOG) for a PHP error, then test again.',
		},
	},
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'orders',
			value: undefined,
			message:
				'The site did not answer with FluentCart data: it is not a WordPress site, the REST API is blocked (security plugin, firewall, captcha page, maintenance mode), or a redirect changed the request. Check the Site URL (https, www). If the site uses plain permalinks, switch on "Plain Permalinks" below.',
		},
	},
];

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
		// The credential test sends the raw Site URL as baseURL; tidy it the way the nodes do.
		if (typeof requestOptions.baseURL === 'string') {
			requestOptions.baseURL = normaliseSiteUrl(requestOptions.baseURL);
		}
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.url}}',
			url: '={{ $credentials.plainPermalinks ? "/?rest_route=/fluent-cart/v2/orders&per_page=1" : "/wp-json/fluent-cart/v2/orders?per_page=1" }}',
			method: 'GET',
			json: true,
			ignoreHttpStatusErrors: true,
		},
		rules: CREDENTIAL_TEST_RULES,
	};
}
