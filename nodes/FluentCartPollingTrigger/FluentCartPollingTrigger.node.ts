import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { fluentCartApiTest } from '../shared/connection-test';
import { convertMoney, moneyOutputOf, moneyOutputProperty } from '../shared/money-output';
import { CREDENTIAL_NAME, FluentCartApiError } from '../shared/transport';
import { eventSubtitle } from '../shared/subtitle';
import { checkSiteUrl } from '../shared/url';

import { requireInteger } from '../shared/validation';
import { pollingProperties } from './description';
import { idOf, isUnpaidRenewal, latest, lowStock, newSince, recentRows, recentStatuses, SOURCES } from './pollers';
import type { PollState } from './pollers';

/** How far below the ID cursor each poll looks for records that became visible late. */
const LOOK_BACK_IDS = 20;
/** IDs remembered in the look-back window (a burst of new records is larger than the window). */
const MAX_RECENT_IDS = 1000;

const TO_STATUS_PARAMETER: Record<string, string> = {
	status: 'toOrderStatuses',
	payment_status: 'toPaymentStatuses',
	shipping_status: 'toShippingStatuses',
};

/**
 * Renewal Paid (FluentCart 1.6.0+): invoices keep their id when paid, so a newly paid one can be
 * older than any cursor. The ids of the most recent paid invoices are remembered instead, and
 * the ones not seen before fire.
 */
async function renewalsPaid(
	ctx: IPollFunctions,
	state: PollState,
	manual: boolean,
	emit: (rows: IDataObject[]) => INodeExecutionData[][] | null,
): Promise<INodeExecutionData[][] | null> {
	const count = requireInteger(ctx, undefined, 'Records Watched', ctx.getNodeParameter('watchCount', 199), { min: 1, max: 995 });
	let rows: IDataObject[];
	try {
		rows = await recentRows(ctx, SOURCES.renewalPaid, count);
	} catch (error) {
		if (error instanceof FluentCartApiError && error.failureInfo.kind === 'no_route') {
			throw new NodeOperationError(ctx.getNode(), 'The Renewal Paid event needs FluentCart 1.6.0 or later', {
				description: 'This site has no renewal invoices (WordPress answered rest_no_route): FluentCart creates them from version 1.6.0. Update FluentCart, or use New Order.',
			});
		}
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
	if (manual) return emit(rows.slice(0, 1));
	const seen = state.paidIds;
	state.paidIds = rows.map((row) => Number(row.id));
	if (!seen) return null;
	const before = new Set(seen);
	return emit(rows.filter((row) => !before.has(Number(row.id))).reverse());
}

export class FluentCartPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FluentCart Polling Trigger',
		name: 'fluentCartPollingTrigger',
		icon: { light: 'file:../../icons/fluentcart.svg', dark: 'file:../../icons/fluentcart.dark.svg' },
		group: ['trigger'],
		// Version 2 outputs money in the Money Output unit (decimals by default); version 1 as FluentCart stores it.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: eventSubtitle(pollingProperties, 'event'),
		description:
			'Starts a workflow when FluentCart has new orders, customers, subscriptions or coupons, status changes or low stock (checks on a schedule; no FluentCart Pro needed)',
		defaults: { name: 'FluentCart Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fluentCartApi', required: true, testedBy: 'fluentCartApiTest' }],
		properties: [...pollingProperties, moneyOutputProperty([2])],
	};

	methods = {
		credentialTest: { fluentCartApiTest },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const manual = this.getMode() === 'manual';
		const field = event === 'orderStatusChanged' ? (this.getNodeParameter('statusField', 'status') as string) : 'status';
		const site = checkSiteUrl((await this.getCredentials(CREDENTIAL_NAME)).url).url ?? '';
		const state = this.getWorkflowStaticData('node') as PollState;
		// A different event, status field or site means a different cursor and snapshot: start
		// again from "now" without emitting (the old state describes something else).
		if (state.event !== event || (state.field ?? 'status') !== field || (state.site !== undefined && state.site !== site)) {
			for (const key of Object.keys(state)) delete state[key];
			state.event = event;
		}
		state.field = field;
		state.site = site;
		// After a long gap (a deactivated workflow, n8n down) the cursor and snapshot are stale:
		// by default start from now, as an activation does; Catch Up keeps them.
		const now = Date.now();
		const pauseMs = Math.max(0, Number(this.getNodeParameter('pauseHours', 24))) * 3_600_000;
		const paused = state.lastPollAt !== undefined && now - state.lastPollAt > pauseMs;
		if (!manual) state.lastPollAt = now;
		if (paused && this.getNodeParameter('afterPause', 'startFromNow') === 'startFromNow') {
			for (const key of Object.keys(state)) if (!['event', 'field', 'site', 'lastPollAt'].includes(key)) delete state[key];
		}
		const source = SOURCES[event];
		const money = moneyOutputOf(this.getNode().typeVersion, 2, () => this.getNodeParameter('moneyOutput', 'decimal'));
		const emit = (rows: IDataObject[]) =>
			rows.length ? [this.helpers.returnJsonArray(convertMoney(rows, 'record', money))] : null;

		if (event === 'lowStock') {
			const threshold = requireInteger(this, undefined, 'Threshold', this.getNodeParameter('threshold', 5), { min: 0 });
			const low = await lowStock(this, threshold, this.getNodeParameter('onlyManaged', true) as boolean);
			if (manual) return emit(low.map((v) => ({ ...v, threshold })));
			const before = new Set(state.low ?? []);
			const first = state.low === undefined;
			// Remember what is low now: a variation fires again only after going back above the threshold.
			state.low = low.map((v) => Number(v.id));
			return first ? null : emit(low.filter((v) => !before.has(Number(v.id))).map((v) => ({ ...v, threshold })));
		}

		if (event === 'orderStatusChanged' || event === 'subscriptionStatusChanged') {
			const wanted = this.getNodeParameter(
				event === 'orderStatusChanged' ? TO_STATUS_PARAMETER[field] : 'toSubscriptionStatuses',
				[],
			) as string[];
			const qs = event === 'orderStatusChanged' && this.getNodeParameter('includeRelations', true) ? { with: ['customer', 'order_items'] } : {};
			const count = requireInteger(this, undefined, 'Records Watched', this.getNodeParameter('watchCount', 199), {
				min: 1,
				max: 995,
			});
			const { rows, snapshot } = await recentStatuses(this, { ...source, qs }, count, field);
			if (manual) return emit(rows.slice(0, 1).map((row) => ({ ...row, status_field: field, previous_status: null })));
			const previous = state.snapshot;
			state.snapshot = snapshot;
			if (!previous) return null;
			// Records newer than anything the last poll saw were created since: one already in a
			// target status (created and paid between two polls) is reported once, with no previous status.
			const newestSeen = Math.max(0, ...Object.keys(previous).map(Number));
			const changed = rows.filter((row) => {
				const id = String(row.id);
				const before = previous[id];
				const now = snapshot[id];
				if (before === undefined) return Number(id) > newestSeen && wanted.length > 0 && wanted.includes(now);
				return before !== now && (!wanted.length || wanted.includes(now));
			});
			return emit(
				changed
					.map((row) => ({
						...row,
						status_field: field,
						previous_status: previous[String(row.id)] ?? null,
						...(previous[String(row.id)] === undefined ? { first_seen: true } : {}),
					}))
					.reverse(),
			);
		}

		if (event === 'renewalPaid') return await renewalsPaid(this, state, manual, emit);

		const qs = event === 'newOrder' && this.getNodeParameter('includeRelations', true) ? { with: ['customer', 'order_items'] } : {};
		// FluentCart 1.6+ creates renewal invoices unpaid; they are skipped unless asked for.
		const keep = (row: IDataObject) =>
			event !== 'newOrder' || !isUnpaidRenewal(row) || this.getNodeParameter('includeUnpaidRenewals', false) === true;
		if (manual) {
			const newest = await latest(this, { ...source, qs });
			return emit(newest && keep(newest) ? [newest] : []);
		}
		if (!source.operatorSearch) {
			// Coupons take no ID search: newest first, down to the last ID seen.
			if (state.lastId === undefined) {
				const newest = await latest(this, { ...source, qs });
				state.lastId = newest ? idOf(newest) : 0;
				return null;
			}
			const rows = await newSince(this, { ...source, qs }, state.lastId);
			if (rows.length) state.lastId = Math.max(state.lastId, ...rows.map(idOf));
			return emit(rows.filter(keep));
		}
		if (state.lastId === undefined) {
			// First poll after activation: remember where the shop is (the newest records, so the
			// look-back below never takes them for late arrivals); never replay history.
			const newest = await recentRows(this, { ...source, qs: { ...qs, sort_by: 'id', sort_type: 'desc' } }, LOOK_BACK_IDS + 1);
			state.lastId = newest.length ? Math.max(...newest.map(idOf)) : 0;
			state.recentIds = newest.map(idOf).filter((id) => id > state.lastId! - LOOK_BACK_IDS);
			return null;
		}
		// A record can become visible after a higher ID did (a slow transaction, a payment page
		// that saves late): each poll looks back LOOK_BACK_IDS below the cursor and emits what it
		// has not seen, remembering the IDs in that window so nothing is emitted twice.
		const from = Math.max(0, state.lastId - LOOK_BACK_IDS);
		const rows = await newSince(this, { ...source, qs }, from);
		// A state from before the look-back existed knows no window: what it had passed counts as seen.
		const seen = new Set(state.recentIds ?? rows.filter((row) => idOf(row) <= state.lastId!).map(idOf));
		const fresh = rows.filter((row) => !seen.has(idOf(row)));
		if (rows.length) state.lastId = Math.max(state.lastId, ...rows.map(idOf));
		const floor = state.lastId - LOOK_BACK_IDS;
		state.recentIds = [...new Set([...seen, ...fresh.map(idOf)])].filter((id) => id > floor).slice(-MAX_RECENT_IDS);
		return emit(fresh.filter(keep));
	}
}
