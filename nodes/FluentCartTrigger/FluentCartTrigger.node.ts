import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { fluentCartApiTest } from '../shared/connection-test';
import { convertMoney, moneyOutputOf, moneyOutputProperty } from '../shared/money-output';
import { secretsMatch } from '../shared/secrets';
import { eventsSubtitle } from '../shared/subtitle';
import { triggerProperties } from './description';
import { EVENT_HEADER, TRIGGER_HEADER } from './events';
import { checkFeeds, createFeeds, deleteFeeds } from './lifecycle';
import { addSubscriptions, deliveryKey, isFluentCartBody, toItem } from './payload';
import { isRepeat } from './repeats';
import { matchesFeedSecret } from './feed-secrets';
import { CREDENTIAL_FIELD, manualSecret } from './secret';

export class FluentCartTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FluentCart Trigger',
		name: 'fluentCartTrigger',
		icon: { light: 'file:../../icons/fluentcart.svg', dark: 'file:../../icons/fluentcart.dark.svg' },
		group: ['trigger'],
		// Version 2 behaves exactly like 1. n8n (1.x and 2.x) evaluates the old Webhook node's
		// `binaryData` expression for every webhook node at version 1 before reading the body,
		// which builds an expression isolate per delivery (on the 401 path too) and cost about
		// two thirds of the throughput under lazy isolate acquisition. At version 2 n8n parses
		// the JSON and form bodies FluentCart sends (`request_format` json / form_data) itself.
		// Version 3: with Registration: Manual the secret comes from the credential (Webhook Secret
		// (Manual Feeds)) instead of a node parameter, so exported workflows do not carry it.
		// Version 3 also outputs money in the Money Output unit (decimals by default); 1 and 2 as FluentCart stores it.
		version: [1, 2, 3],
		defaultVersion: 3,
		subtitle: eventsSubtitle(triggerProperties, 'events'),
		description: 'Starts a workflow when FluentCart (Pro) sends an order or subscription event',
		defaults: { name: 'FluentCart Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fluentCartApi', required: true, testedBy: 'fluentCartApiTest' }],
		// responseData '' (not the default "firstEntryJson", which n8n 2.x would send as the literal
		// body): n8n answers with the webhookResponse webhook() returns.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' }],
		eventTriggerDescription: 'Waiting for FluentCart to send an event (it can take a minute: FluentCart queues deliveries)',
		activationMessage:
			'Your workflow now receives FluentCart events. FluentCart sends them from its background queue, so they can arrive seconds to minutes after the change.',
		properties: [...triggerProperties, moneyOutputProperty([3])],
	};

	methods = {
		credentialTest: { fluentCartApiTest },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkFeeds(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createFeeds(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteFeeds(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const res = this.getResponseObject();
		const reply = (status: number, body: IDataObject): IWebhookResponseData => {
			res.status(status).json(body);
			return { noWebhookResponse: true };
		};
		const headers = this.getHeaderData() as IDataObject;
		const automatic = this.getNodeParameter('registration', 'automatic') === 'automatic';
		const staticData = this.getWorkflowStaticData('node');
		// Manual registration: the credential's secret (version 3), or the node's Secret parameter
		// (versions 1 and 2; the credential's when it is empty). A credential that cannot be read
		// leaves no secret: the delivery is refused like a wrong one.
		const expected = automatic
			? staticData.secret
			: await manualSecret(this).then(
					(secret) => secret.value,
					() => '',
				);

		// Checked before anything else, in constant time; a missing secret on our side is a 401 too.
		// Automatic registration: a secret this process has not seen yet (just activated) is checked
		// against the trigger's feeds in FluentCart, at most once per few seconds.
		const given = headers[TRIGGER_HEADER.toLowerCase()];
		if (!secretsMatch(given, expected) && !(automatic && (await matchesFeedSecret(this, given)))) {
			if (typeof expected !== 'string' || expected === '') {
				this.logger.warn(
					automatic
						? 'FluentCart Trigger has no secret stored, and the delivery\'s secret is not one of its feeds in FluentCart: deactivate and activate the workflow to register its feeds again'
						: `FluentCart Trigger (Registration: Manual) has no secret: fill in ${CREDENTIAL_FIELD}`,
				);
			}
			return reply(401, { error: 'Unauthorized' });
		}

		const query = this.getQueryData() as IDataObject;
		const event = String(headers[EVENT_HEADER.toLowerCase()] ?? query.event ?? '');
		const selected = this.getNodeParameter('events', []) as string[];
		if (!selected.includes(event)) return reply(202, { received: true, ignored: `event "${event}" is not selected` });

		const body = this.getBodyData();
		if (!isFluentCartBody(body)) return reply(400, { error: 'Expected a FluentCart JSON body with an order' });

		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.dropRepeats !== false) {
			const windowMs = Math.max(0, Number(options.repeatWindowMinutes ?? 10)) * 60000;
			const scope = `${String(this.getWorkflow().id)}:${this.getNode().name}`;
			if (isRepeat(staticData, scope, deliveryKey(event, body), Date.now(), windowMs)) {
				return reply(200, { received: true, duplicate: true });
			}
		}

		const item = toItem(event, body);
		if (event.startsWith('subscription_') && options.fetchRenewalSubscription !== false) {
			await addSubscriptions(this, item);
		}
		const money = moneyOutputOf(this.getNode().typeVersion, 3, () => this.getNodeParameter('moneyOutput', 'decimal'));
		return { webhookResponse: { received: true }, workflowData: [this.helpers.returnJsonArray([convertMoney(item, 'record', money)])] };
	}
}
