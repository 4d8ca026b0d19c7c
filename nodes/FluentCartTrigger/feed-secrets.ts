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
/** How long this process trusts the feeds' secrets it read, before reading them again. */
export const FEED_SECRETS_TTL_MS = 60_000;

const lookups = new Map<string, { at: number; secrets: string[] }>();

/**
 * Whether `given` is the secret of one of this trigger's feeds in FluentCart. The feeds' secrets
 * are read at most once per FEED_LOOKUP_INTERVAL_MS per webhook URL and trusted for
 * FEED_SECRETS_TTL_MS, so a burst of genuine deliveries costs one request and forged ones at most
 * one per interval.
 */
export async function matchesFeedSecret(ctx: IWebhookFunctions, given: unknown, now = Date.now()): Promise<boolean> {
	if (typeof given !== 'string' || given === '') return false;
	const webhookUrl = ctx.getNodeWebhookUrl('default') as string;
	const last = lookups.get(webhookUrl);
	const known = (secrets: string[]) => secrets.some((secret) => secretsMatch(given, secret));
	if (last && now - last.at < FEED_SECRETS_TTL_MS && known(last.secrets)) return true;
	if (last && now - last.at < FEED_LOOKUP_INTERVAL_MS) return false;
	const entry = { at: now, secrets: [] as string[] };
	lookups.set(webhookUrl, entry);
	if (lookups.size > 1000) lookups.delete(lookups.keys().next().value as string);
	try {
		entry.secrets = feedsFor(await listFeeds(ctx), webhookUrl)
			.map((feed) => feed.secret)
			.filter((secret): secret is string => typeof secret === 'string' && secret !== '');
		return known(entry.secrets);
	} catch {
		return false;
	}
}
