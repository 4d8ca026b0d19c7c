import type { INodeProperties } from 'n8n-workflow';

import { EVENT_HEADER, TRIGGER_HEADER, TRIGGER_EVENTS } from './events';
import { CREDENTIAL_SECRET_LABEL, CREDENTIAL_SECRET_VERSION } from './secret';

const manualSteps = (secret: string) =>
	`In FluentCart → Integrations → Webhook, add one feed per event: Request URL = this node's Production URL followed by ?event=<event key> (e.g. ?event=order_paid_done), Method POST, Format JSON, Body: All Data, Headers: custom, ${TRIGGER_HEADER} = ${secret} and ${EVENT_HEADER} = the event key, Event Trigger = that event.`;

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'Needs FluentCart Pro (its Webhook integration). FluentCart sends events from its background queue: expect seconds to minutes of delay, and make sure WP-Cron runs. Without Pro, use the FluentCart Polling Trigger.',
		name: 'proNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [],
		description: 'The FluentCart events that start the workflow; one webhook feed is registered per event',
		// The key is shown for feeds registered by hand (Registration: Manual).
		// In alphabetical order, as n8n lists options; TRIGGER_EVENTS keeps FluentCart's order.
		options: [...TRIGGER_EVENTS].sort((a, b) => a.name.localeCompare(b.name)).map((event) => ({
			name: event.name,
			value: event.value,
			description: `${event.description}. Event key: <code>${event.value}</code>`,
		})),
	},
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		default: 'automatic',
		options: [
			{
				name: 'Automatic',
				value: 'automatic',
				description: 'Create the webhook feeds in FluentCart when the workflow is activated, remove them when it is deactivated',
			},
			{
				name: 'Manual',
				value: 'manual',
				description: 'You create the feeds in FluentCart yourself (for sites whose REST API blocks feed changes)',
			},
		],
	},
	{
		displayName: manualSteps('the secret below'),
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'], '@version': [1, 2] } },
	},
	{
		displayName: manualSteps(`the credential's ${CREDENTIAL_SECRET_LABEL}`),
		name: 'manualCredentialNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'], '@version': [{ _cnd: { gte: CREDENTIAL_SECRET_VERSION } }] } },
	},
	{
		// Versions 1 and 2 only: from version 3 the secret is in the credential, not in the workflow.
		displayName: 'Secret',
		name: 'secret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		displayOptions: { show: { registration: ['manual'], '@version': [1, 2] } },
		description: `Long random text (at least 24 characters) that FluentCart sends in the ${TRIGGER_HEADER} header; deliveries without it are refused. Empty: the credential's ${CREDENTIAL_SECRET_LABEL} is used.`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Drop Repeated Deliveries',
				name: 'dropRepeats',
				type: 'boolean',
				default: true,
				description:
					'Whether to ignore a delivery of the same event for the same order within the window below (FluentCart’s queue can send one twice). Each n8n process remembers what it received: in queue mode, send each workflow’s deliveries to one webhook processor.',
			},
			{
				displayName: 'Fetch Subscription for Renewals',
				name: 'fetchRenewalSubscription',
				type: 'boolean',
				default: true,
				description:
					'Whether to read the subscription through the parent order when FluentCart sends a renewal without it (one extra request)',
			},
			{
				displayName: 'Repeat Window (Minutes)',
				name: 'repeatWindowMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 10,
				description: 'How long a delivered event and order are remembered for Drop Repeated Deliveries (the latest 1,000 deliveries at most)',
			},
		],
	},
];
