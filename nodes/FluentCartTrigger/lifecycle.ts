/**
 * The webhook lifecycle: n8n calls checkExists, then create when it returns false, on activation
 * (and for test URLs); delete on deactivation. Static data holds the secret and our feed ids.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requireFeature } from '../shared/profile';
import { newSecret } from '../shared/secrets';
import { inputError } from '../shared/validation';
import {
	createFeed,
	deleteFeed,
	enableFeed,
	feedsFor,
	listFeeds,
	urlBase,
	webhookIntegrationAvailable,
} from './feeds';
import { CREDENTIAL_FIELD, manualSecret } from './secret';

interface TriggerState extends IDataObject {
	secret?: string;
	feeds?: Record<string, number>;
}

const MIN_MANUAL_SECRET = 24;

const isAutomatic = (ctx: IHookFunctions) => ctx.getNodeParameter('registration', 'automatic') === 'automatic';

function selectedEvents(ctx: IHookFunctions): string[] {
	return ctx.getNodeParameter('events', []) as string[];
}

/** The secret of manually registered feeds must be there and long enough to be unguessable. */
async function checkManualSecret(ctx: IHookFunctions) {
	const { value, field, parameterAllowed } = await manualSecret(ctx);
	const hint = 'Use long random text, e.g. from a password generator, and put the same text in the feed’s header in FluentCart.';
	if (value.trim() === '') {
		const message = parameterAllowed
			? `Secret is empty, and so is ${CREDENTIAL_FIELD}`
			: `${CREDENTIAL_FIELD} is empty`;
		throw inputError(ctx, undefined, message, `Manual registration needs the secret FluentCart sends with each delivery. ${hint}`);
	}
	if (value.trim().length < MIN_MANUAL_SECRET) {
		throw inputError(
			ctx,
			undefined,
			`${field} must be at least ${MIN_MANUAL_SECRET} characters long, got ${value.trim().length}`,
			hint,
		);
	}
}

/** Our feeds exist, are enabled and point here; orphans are removed. False: create what is missing. */
export async function checkFeeds(ctx: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(ctx)) {
		await checkManualSecret(ctx);
		return true;
	}
	if (!selectedEvents(ctx).length) {
		throw inputError(ctx, undefined, 'Events is empty: no event is selected', 'Pick at least one event to receive.');
	}
	const state = ctx.getWorkflowStaticData('node') as TriggerState;
	const webhookUrl = ctx.getNodeWebhookUrl('default') as string;
	const list = await listFeeds(ctx);
	if (!list.webhookAvailable) return false;
	const events = selectedEvents(ctx);
	const kept: Record<string, number> = {};
	for (const feed of feedsFor(list, webhookUrl)) {
		const ours = !!state.secret && feed.secret === state.secret;
		if (!ours || !events.includes(feed.event) || kept[feed.event] !== undefined) {
			// An orphan (its secret is lost), a feed for an event no longer selected, or a duplicate.
			await deleteFeed(ctx, feed.id);
			continue;
		}
		if (feed.enabled !== 'yes') await enableFeed(ctx, feed.id);
		kept[feed.event] = feed.id;
	}
	state.feeds = kept;
	return events.every((event) => kept[event] !== undefined);
}

export async function createFeeds(ctx: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(ctx)) return true;
	if (!(await webhookIntegrationAvailable(ctx))) {
		throw new NodeOperationError(ctx.getNode(), 'FluentCart Pro’s Webhook integration is not available on this site', {
			description:
				'The FluentCart Trigger registers webhook feeds, which needs FluentCart Pro with its Webhook integration enabled (FluentCart → Integrations). Without Pro, use the FluentCart Polling Trigger instead.',
		});
	}
	const events = selectedEvents(ctx);
	// A feed for an event the site's FluentCart does not send would never fire: refuse it.
	if (events.includes('subscription_reactivated')) await requireFeature(ctx, 'reactivatedEvent');
	const state = ctx.getWorkflowStaticData('node') as TriggerState;
	const webhookUrl = ctx.getNodeWebhookUrl('default') as string;
	const secret = state.secret ?? newSecret();
	const workflow = ctx.getWorkflow();
	const workflowLabel = `workflow ${workflow.id ?? ''} ${workflow.name ?? ''}`.trim();

	const existing = feedsFor(await listFeeds(ctx), webhookUrl).filter((f) => f.secret === secret);
	for (const event of events) {
		if (!existing.some((f) => f.event === event)) {
			await createFeed(ctx, { webhookUrl, event, secret, workflowLabel });
		}
	}
	// FluentCart does not return the new feed's id: list the feeds to find ours.
	const feeds: Record<string, number> = {};
	for (const feed of feedsFor(await listFeeds(ctx), webhookUrl)) {
		if (feed.secret === secret && events.includes(feed.event)) feeds[feed.event] ??= feed.id;
	}
	const missing = events.filter((event) => feeds[event] === undefined);
	if (missing.length) {
		throw new NodeOperationError(ctx.getNode(), 'FluentCart saved the webhook feed but does not list it', {
			description: `No feed found for: ${missing.join(', ')}. Check FluentCart → Integrations, and that FluentCart Pro's Webhook integration is enabled.`,
		});
	}
	state.secret = secret;
	state.feeds = feeds;
	return true;
}

/** Removes our feeds (and any left pointing at this URL); a feed already gone is fine. */
export async function deleteFeeds(ctx: IHookFunctions): Promise<boolean> {
	if (!isAutomatic(ctx)) return true;
	const state = ctx.getWorkflowStaticData('node') as TriggerState;
	const webhookUrl = ctx.getNodeWebhookUrl('default') as string;
	const ids = new Set(Object.values(state.feeds ?? {}));
	const list = await listFeeds(ctx);
	for (const feed of list.feeds) {
		if (feed.provider === 'webhook' && urlBase(feed.url) === urlBase(webhookUrl)) ids.add(feed.id);
	}
	for (const id of ids) await deleteFeed(ctx, id);
	delete state.feeds;
	delete state.secret;
	return true;
}
