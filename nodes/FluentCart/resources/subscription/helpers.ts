/** Reads, shapes and acts on subscriptions for the subscription operations. */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { FEATURES } from '../../../shared/profile';
import type { Feature } from '../../../shared/profile';
import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';

/** `GET subscriptions/{id}`: the subscription with customer, parent order and related orders. */
export async function fetchSubscription(
	ctx: IExecuteFunctions,
	subscriptionId: number,
	itemIndex: number,
): Promise<IDataObject> {
	const response = await fluentCartRequest(ctx, {
		method: 'GET',
		path: `subscriptions/${subscriptionId}`,
		itemIndex,
	});
	return response.subscription as IDataObject;
}

/** The parent order id FluentCart's subscription action routes need (`orders/{it}/subscriptions/…`). */
export function parentOrderIdOf(ctx: IExecuteFunctions, subscription: IDataObject, itemIndex: number): number {
	const parentId = Number(subscription.parent_order_id);
	if (!Number.isSafeInteger(parentId) || parentId < 1) {
		throw inputError(
			ctx,
			itemIndex,
			`Subscription ${String(subscription.id)} has no parent order`,
			'FluentCart addresses subscription actions through the order that started the subscription, and this one has none.',
		);
	}
	return parentId;
}

const MONEY_FIELDS = ['signup_fee', 'recurring_amount', 'recurring_tax_total', 'recurring_total'] as const;

/** About 25 fields a workflow usually needs; amounts stay in cents like FluentCart's. */
export function simplifySubscription(subscription: IDataObject): IDataObject {
	const config = (subscription.config ?? {}) as IDataObject;
	const out: IDataObject = {
		id: subscription.id,
		status: subscription.status,
		item_name: subscription.item_name,
		customer_id: subscription.customer_id,
		parent_order_id: subscription.parent_order_id,
		product_id: subscription.product_id,
		variation_id: subscription.variation_id,
		quantity: subscription.quantity,
		billing_interval: subscription.billing_interval,
		currency: subscription.currency ?? config.currency,
	};
	for (const field of MONEY_FIELDS) out[field] = subscription[field];
	Object.assign(out, {
		payment_info: subscription.payment_info,
		bill_times: subscription.bill_times,
		bill_count: subscription.bill_count,
		trial_days: subscription.trial_days,
		next_billing_date: subscription.next_billing_date,
		expire_at: subscription.expire_at,
		canceled_at: subscription.canceled_at,
		cancellation_reason: config.cancellation_reason ?? null,
		collection_method: subscription.collection_method,
		payment_method: subscription.current_payment_method,
		vendor_subscription_id: subscription.vendor_subscription_id,
	});
	const customer = subscription.customer as IDataObject | null | undefined;
	if (customer) out.customer = { id: customer.id, email: customer.email, full_name: customer.full_name };
	out.created_at = subscription.created_at;
	out.updated_at = subscription.updated_at;
	return out;
}

/** Applies the node's Simplify switch. */
export function subscriptionOutput(ctx: IExecuteFunctions, subscription: IDataObject, itemIndex: number): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifySubscription(subscription) : subscription;
}

/** What an action is called in messages, and how the site shows that it lacks it. */
export interface ActionFeature {
	/** "pause subscriptions" */
	label: string;
	/**
	 * `stub`: FluentCart 1.3.25 registers the route but always answers 422 "Not available yet".
	 * `newer`: the route only exists in FluentCart versions after 1.3.25 (404 rest_no_route before).
	 */
	gate: 'stub' | 'newer';
	/** The site-profile feature, for the version it needs. */
	feature: Feature;
}

function versionGateError(feature: ActionFeature): { message: string; description: string } {
	if (feature.gate === 'stub') {
		return {
			message: `This FluentCart version cannot ${feature.label} yet`,
			description: `FluentCart before ${FEATURES[feature.feature].since} only has a placeholder for this action and answers "Not available yet". FluentCart ${FEATURES[feature.feature].since} implements it: update FluentCart, or do it in the payment gateway's dashboard.`,
		};
	}
	return {
		message: `This FluentCart version cannot ${feature.label}: the feature needs a newer FluentCart`,
		description: `The site has no route for this action (WordPress answered rest_no_route). FluentCart added it in version ${FEATURES[feature.feature].since}, for store-billed subscriptions: update FluentCart.`,
	};
}

/**
 * Sends one action under `orders/{parentOrderId}/subscriptions/{id}/…`. A route the site's
 * FluentCart does not have, and the "Not available yet" placeholders, become one clear error
 * that names the version needed.
 */
export async function subscriptionAction(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: {
		method: IHttpRequestMethods;
		parentOrderId: number;
		subscriptionId: number;
		action: string;
		body?: IDataObject;
		feature?: ActionFeature;
	},
): Promise<IDataObject> {
	try {
		return await fluentCartRequest(ctx, {
			method: spec.method,
			path: `orders/${spec.parentOrderId}/subscriptions/${spec.subscriptionId}/${spec.action}`,
			body: spec.body,
			itemIndex,
		});
	} catch (error) {
		if (spec.feature && error instanceof FluentCartApiError) {
			const failure = error.failureInfo;
			const placeholder =
				failure.httpCode === 422 && /not available yet/i.test(failure.fluentCartMessage ?? '');
			if (failure.kind === 'no_route' || placeholder) {
				const gate = versionGateError(spec.feature);
				error.message = gate.message;
				error.description = `${gate.description} (FluentCart answered: ${failure.fluentCartMessage ?? failure.message}, HTTP ${failure.httpCode}.)`;
			}
		}
		throw new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex });
	}
}
