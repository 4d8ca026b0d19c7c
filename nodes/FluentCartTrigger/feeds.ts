/**
 * FluentCart integration feeds of the Pro "Webhook" provider: find, create, enable and delete
 * the ones this trigger owns. One feed per selected event; each carries the event and the
 * workflow's secret in custom headers, and the event in the URL query as well.
 */
import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { FluentCartContext } from '../shared/transport';
import { FluentCartApiError, fluentCartRequest } from '../shared/transport';
import { EVENT_HEADER, EVENT_NAMES, TRIGGER_HEADER } from './events';

export interface Feed {
	id: number;
	enabled: string;
	provider: string;
	url: string;
	event: string;
	secret: string | undefined;
}

interface FeedList {
	/** Whether the Webhook provider (FluentCart Pro) is registered and enabled. */
	webhookAvailable: boolean;
	feeds: Feed[];
}

/** Our URL for one event: the webhook URL with the event in the query. */
export function feedUrl(webhookUrl: string, event: string): string {
	return `${webhookUrl}${webhookUrl.includes('?') ? '&' : '?'}event=${encodeURIComponent(event)}`;
}

/** The webhook URL a feed points at, without its query. */
export function urlBase(url: string): string {
	return url.split('?')[0];
}

function header(feed: IDataObject, name: string): string | undefined {
	const headers = feed.request_headers as { data?: Array<{ name?: string; value?: string }> } | undefined;
	const found = headers?.data?.find((h) => String(h.name).toLowerCase() === name.toLowerCase());
	return found?.value;
}

export async function listFeeds(ctx: FluentCartContext): Promise<FeedList> {
	const body = await fluentCartRequest(ctx, { method: 'GET', path: 'integration/global-feeds', raw: true });
	const available = (body.available_integrations ?? {}) as IDataObject;
	const feeds = ((body.feeds as IDataObject[] | undefined) ?? []).map((row) => {
		const data = (row.feed ?? {}) as IDataObject;
		const events = Array.isArray(data.event_trigger) ? (data.event_trigger as string[]) : [];
		return {
			id: Number(row.id),
			enabled: String(data.enabled ?? row.enabled ?? ''),
			provider: String(row.provider ?? ''),
			url: String(data.request_url ?? ''),
			event: header(data, EVENT_HEADER) ?? events[0] ?? '',
			secret: header(data, TRIGGER_HEADER),
		};
	});
	return { webhookAvailable: !!(available.webhook as IDataObject | undefined)?.enabled, feeds };
}

/** Feeds of the Webhook provider that point at this trigger's URL (ours or orphans). */
export function feedsFor(list: FeedList, webhookUrl: string): Feed[] {
	return list.feeds.filter((f) => f.provider === 'webhook' && urlBase(f.url) === urlBase(webhookUrl));
}

/** `GET integration/addons`: is FluentCart Pro's Webhook integration there and enabled? */
export async function webhookIntegrationAvailable(ctx: IHookFunctions): Promise<boolean> {
	const body = await fluentCartRequest(ctx, { method: 'GET', path: 'integration/addons' });
	const webhook = (body.addons as IDataObject | undefined)?.webhook as IDataObject | undefined;
	return webhook?.enabled === true;
}

export async function createFeed(
	ctx: IHookFunctions,
	spec: { webhookUrl: string; event: string; secret: string; workflowLabel: string },
): Promise<void> {
	const settings = {
		enabled: 'yes',
		name: `n8n ${spec.workflowLabel}: ${EVENT_NAMES[spec.event] ?? spec.event}`,
		request_url: feedUrl(spec.webhookUrl, spec.event),
		request_method: 'post',
		request_format: 'json',
		request_headers: {
			type: 'custom_headers',
			data: [
				{ name: TRIGGER_HEADER, value: spec.secret },
				{ name: EVENT_HEADER, value: spec.event },
			],
		},
		request_body: { type: 'all_data', data: [] },
		event_trigger: [spec.event],
	};
	// FluentCart json_decode()s `integration`: it must be a JSON string, not an object.
	await fluentCartRequest(ctx, {
		method: 'POST',
		path: 'integration/global-feeds/settings',
		body: { integration_name: 'webhook', integration: JSON.stringify(settings) },
	});
}

export async function enableFeed(ctx: IHookFunctions, id: number): Promise<void> {
	await fluentCartRequest(ctx, {
		method: 'POST',
		path: `integration/global-feeds/change-status/${id}`,
		body: { status: 'yes' },
	});
}

/** Deletes a feed; one that is already gone counts as deleted. */
export async function deleteFeed(ctx: IHookFunctions, id: number): Promise<void> {
	try {
		await fluentCartRequest(ctx, { method: 'DELETE', path: `integration/global-feeds/${id}` });
	} catch (error) {
		if (error instanceof FluentCartApiError && error.failureInfo.kind === 'not_found') {
			ctx.logger.debug(`FluentCart feed ${id} was already gone`);
			return;
		}
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
}
