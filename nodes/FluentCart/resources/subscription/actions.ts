/**
 * Subscription actions. FluentCart addresses them as `orders/{parentOrderId}/subscriptions/{id}/…`;
 * the user only picks the subscription, and its parent order is read from it first (which
 * also reports a missing subscription before anything is changed).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requireFeature } from '../../../shared/profile';
import type { Feature } from '../../../shared/profile';
import { inputError, requireOneOf } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { outputAfterWrite } from '../../../shared/read-back';
import type { ActionFeature } from './helpers';
import {
	fetchSubscription,
	parentOrderIdOf,
	simplifySubscription,
	subscriptionAction,
	subscriptionOutput,
} from './helpers';
import { CANCEL_REASONS } from './subscription.description';

/**
 * Reads the subscription picked by the user and its parent order id. For an action that exists
 * only from some FluentCart version on, a site known to be older is refused first: nothing is sent.
 */
async function target(ctx: IExecuteFunctions, i: number, feature?: Feature) {
	const subscriptionId = readId(ctx, 'subscriptionId', i, 'Subscription ID');
	if (feature) await requireFeature(ctx, feature, i);
	const subscription = await fetchSubscription(ctx, subscriptionId, i);
	return { subscriptionId, parentOrderId: parentOrderIdOf(ctx, subscription, i) };
}

/** The cancellation reason as FluentCart stores it; checked before any request. */
function cancelReason(ctx: IExecuteFunctions, i: number): string {
	const choice = requireOneOf(ctx, i, 'Cancellation Reason', ctx.getNodeParameter('cancelReason', i), CANCEL_REASONS);
	if (choice !== 'other') return choice;
	const typed = String(ctx.getNodeParameter('otherReason', i, '') ?? '')
		// FluentCart runs sanitize_text_field: tags go, and an empty result is refused.
		.replace(/<[^>]*>/g, '')
		.trim();
	if (!typed) {
		throw inputError(
			ctx,
			i,
			'Other Reason is empty',
			'FluentCart refuses to cancel a subscription without a reason ("Please select cancel reason!"). Type the reason, or pick one of the listed reasons.',
		);
	}
	return typed;
}

/**
 * The output of a subscription action: the subscription FluentCart answered with, or else the one
 * read back (a failed read-back after the write is reported, not thrown).
 */
async function subscriptionAfter(
	ctx: IExecuteFunctions,
	i: number,
	response: IDataObject,
	subscriptionId: number,
	done: string,
): Promise<IDataObject> {
	const build = (subscription: IDataObject) => ({ ...subscriptionOutput(ctx, subscription, i), message: response.message });
	if (response.subscription) return build(response.subscription as IDataObject);
	return await outputAfterWrite(ctx, i, done, async () => await fetchSubscription(ctx, subscriptionId, i), build, {
		id: subscriptionId,
		message: response.message,
	});
}

export async function cancel(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const reason = cancelReason(this, i);
	const { subscriptionId, parentOrderId } = await target(this, i);
	const response = await subscriptionAction(this, i, {
		method: 'PUT',
		parentOrderId,
		subscriptionId,
		action: 'cancel',
		body: { cancel_reason: reason },
	});
	return await subscriptionAfter(this, i, response, subscriptionId, `Subscription ${subscriptionId} was canceled`);
}

export async function resync(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const { subscriptionId, parentOrderId } = await target(this, i);
	const response = await subscriptionAction(this, i, { method: 'PUT', parentOrderId, subscriptionId, action: 'fetch' });
	return await subscriptionAfter(this, i, response, subscriptionId, `Subscription ${subscriptionId} was re-synced`);
}

/**
 * Pause, Resume, Reactivate: FluentCart 1.6.0 implements them (for store-billed subscriptions, and
 * gateway-billed ones whose gateway can); before, they are placeholders ("Not available yet").
 */
async function statusAction(
	ctx: IExecuteFunctions,
	i: number,
	action: 'pause' | 'resume' | 'reactivate',
	feature: ActionFeature,
	body?: IDataObject,
): Promise<IDataObject> {
	const { subscriptionId, parentOrderId } = await target(ctx, i, feature.feature);
	const response = await subscriptionAction(ctx, i, { method: 'PUT', parentOrderId, subscriptionId, action, body, feature });
	return await subscriptionAfter(ctx, i, response, subscriptionId, `Subscription ${subscriptionId}: ${action} was done`);
}

/** The optional reason FluentCart logs with a pause or resume. */
function reasonBody(ctx: IExecuteFunctions, i: number): IDataObject | undefined {
	const reason = String(ctx.getNodeParameter('actionReason', i, '') ?? '').trim();
	return reason ? { reason } : undefined;
}

export async function pause(this: IExecuteFunctions, i: number) {
	return await statusAction(this, i, 'pause', { label: 'pause subscriptions', gate: 'stub', feature: 'subscriptionPause' }, reasonBody(this, i));
}

export async function resume(this: IExecuteFunctions, i: number) {
	return await statusAction(this, i, 'resume', { label: 'resume subscriptions', gate: 'stub', feature: 'subscriptionResume' }, reasonBody(this, i));
}

export async function reactivate(this: IExecuteFunctions, i: number) {
	return await statusAction(this, i, 'reactivate', { label: 'reactivate subscriptions', gate: 'stub', feature: 'subscriptionReactivate' });
}

export async function skipRenewal(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const reason = String(this.getNodeParameter('skipReason', i, '') ?? '').trim();
	const { subscriptionId, parentOrderId } = await target(this, i, 'subscriptionSkipRenewal');
	const response = await subscriptionAction(this, i, {
		method: 'POST',
		parentOrderId,
		subscriptionId,
		action: 'skip-renewal',
		body: reason ? { reason } : undefined,
		feature: { label: 'skip subscription renewals', gate: 'newer', feature: 'subscriptionSkipRenewal' },
	});
	return {
		subscription_id: subscriptionId,
		message: response.message,
		old_next_billing_date: response.old_next_billing_date ?? null,
		new_next_billing_date: response.new_next_billing_date ?? null,
	};
}

export async function chargeNow(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const { subscriptionId, parentOrderId } = await target(this, i, 'subscriptionChargeNow');
	const response = await subscriptionAction(this, i, {
		method: 'POST',
		parentOrderId,
		subscriptionId,
		action: 'charge-now',
		feature: { label: 'charge subscriptions on demand', gate: 'newer', feature: 'subscriptionChargeNow' },
	});
	// A declined card is HTTP 200 with status "failed": passed on so the workflow can branch on it.
	const answered = { charge_status: response.status ?? null, message: response.message };
	const build = (subscription: IDataObject) => ({ ...answered, subscription: simplifySubscription(subscription) });
	if (response.subscription) return build(response.subscription as IDataObject);
	const done = `Subscription ${subscriptionId} was charged (${String(response.status ?? 'status not given')})`;
	return await outputAfterWrite(this, i, done, async () => await fetchSubscription(this, subscriptionId, i), build, {
		...answered,
		subscription: { id: subscriptionId },
	});
}
