/**
 * Requests to FluentCart Pro's licensing routes and the shapes of their answers. Without Pro
 * (or with its Licensing module off) the routes do not exist: WordPress answers rest_no_route.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import type { RequestSpec } from '../../../shared/transport';

export const PRO_MESSAGE = 'Licenses require FluentCart Pro (the Licensing module)';
export const PRO_DESCRIPTION =
	'The site has no licensing routes (WordPress answered rest_no_route): FluentCart Pro is not active, or its Licensing module is switched off. Activate FluentCart Pro and turn on Licensing in FluentCart’s settings (Modules).';

/** Turns "route missing" into the Pro message; other failures pass unchanged. */
export function asProError(error: unknown): unknown {
	if (error instanceof FluentCartApiError && error.failureInfo.kind === 'no_route') {
		error.message = PRO_MESSAGE;
		error.description = PRO_DESCRIPTION;
	}
	return error;
}

/** A request under `licensing/…`. */
export async function licenseRequest(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	spec: RequestSpec,
): Promise<IDataObject> {
	try {
		return await fluentCartRequest(ctx, spec);
	} catch (error) {
		throw new NodeApiError(ctx.getNode(), asProError(error) as JsonObject, { itemIndex: spec.itemIndex });
	}
}

/** `GET licensing/licenses/{id}`: `{license, activations, order, product, …}`. */
export async function fetchLicenseDetails(
	ctx: IExecuteFunctions,
	licenseId: number,
	itemIndex: number,
): Promise<IDataObject> {
	return await licenseRequest(ctx, { method: 'GET', path: `licensing/licenses/${licenseId}`, itemIndex });
}

/** One activated site, flat. */
export function simplifyActivation(activation: IDataObject): IDataObject {
	const site = (activation.site ?? {}) as IDataObject;
	return {
		id: activation.id,
		site_url: site.site_url ?? null,
		status: activation.status,
		is_local: activation.is_local,
		created_at: activation.created_at,
	};
}

/** About 20 fields a workflow usually needs. */
export function simplifyLicense(license: IDataObject): IDataObject {
	const out: IDataObject = {
		id: license.id,
		license_key: license.license_key,
		status: license.status,
		limit: license.limit,
		activation_count: license.activation_count,
		expiration_date: license.expiration_date ?? null,
		product_id: license.product_id,
		variation_id: license.variation_id,
		order_id: license.order_id,
		customer_id: license.customer_id,
		subscription_id: license.subscription_id ?? null,
	};
	const customer = license.customer as IDataObject | null | undefined;
	if (customer) out.customer = { id: customer.id, email: customer.email, full_name: customer.full_name };
	const product = license.product as IDataObject | null | undefined;
	if (product) out.product_title = product.post_title;
	const variant = license.product_variant as IDataObject | null | undefined;
	if (variant) out.variation_title = variant.variation_title;
	out.created_at = license.created_at;
	out.updated_at = license.updated_at;
	return out;
}

/** Get's answer: the whole body raw, or the license with its activated sites. */
export function licenseDetailsOutput(ctx: IExecuteFunctions, details: IDataObject, itemIndex: number): IDataObject {
	if (!(ctx.getNodeParameter('simplify', itemIndex, true) as boolean)) return details;
	const activations = (details.activations as IDataObject[] | undefined) ?? [];
	return { ...simplifyLicense(details.license as IDataObject), activations: activations.map(simplifyActivation) };
}

export function licenseOutput(ctx: IExecuteFunctions, license: IDataObject, itemIndex: number): IDataObject {
	return (ctx.getNodeParameter('simplify', itemIndex, true) as boolean) ? simplifyLicense(license) : license;
}

/** Compares site addresses the way people type them: no scheme, no "www.", no trailing slash. */
export function sameSite(a: unknown, b: unknown): boolean {
	const clean = (value: unknown) =>
		String(value ?? '')
			.trim()
			.toLowerCase()
			.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
			.replace(/^www\./, '')
			.replace(/\/+$/, '');
	return clean(a) !== '' && clean(a) === clean(b);
}
