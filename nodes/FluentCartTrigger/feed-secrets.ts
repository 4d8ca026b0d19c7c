/**
 * The secret of a delivery checked against the trigger's feeds in FluentCart, when the workflow's
 * static data does not hold it. A process that took the workflow before activation saved the new
 * secret (n8n 2.x hands a webhook the static data it loaded, and a queue-mode webhook processor
 * its own copy) would otherwise refuse the first events after an activation, which FluentCart
 * does not send again. FluentCart keeps each feed's secret in its custom headers, readable only
 * with the credential, so it is the same trust as static data.
 */
import type { IWebhookFunctions } from 'n8n-workflow';

import { secretsMatch } from '../shared/secrets';
import { feedsFor, listFeeds } from './feeds';

/** At most one look-up per webhook URL in this time, so wrong secrets cannot make requests pile up. */
export const FEED_LOOKUP_INTERVAL_MS = 5_000;

const lastLookup = new Map<string, number>();

/**
 * Whether `given` is the secret of one of this trigger's feeds, as FluentCart holds them now; false
 * (no request) when this URL was looked up less than FEED_LOOKUP_INTERVAL_MS ago.
 */
export async function matchesFeedSecret(ctx: IWebhookFunctions, given: unknown, now = Date.now()): Promise<boolean> {
	if (typeof given !== 'string' || given === '') return false;
	const webhookUrl = ctx.getNodeWebhookUrl('default') as string;
	const last = lastLookup.get(webhookUrl);
	if (last !== undefined && now - last < FEED_LOOKUP_INTERVAL_MS) return false;
	lastLookup.set(webhookUrl, now);
	if (lastLookup.size > 1000) lastLookup.delete(lastLookup.keys().next().value as string);
	try {
		const feeds = feedsFor(await listFeeds(ctx), webhookUrl);
		return feeds.some((feed) => secretsMatch(given, feed.secret));
	} catch {
		return false;
	}
}
