/** Reads, checks and shapes customers for the customer operations. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toNumber } from '../../../shared/normalize';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireOneOf } from '../../../shared/validation';

export const CUSTOMER_STATUSES = ['active', 'inactive'] as const;

/** `GET customers/{id}`; a missing customer is FluentCart's 404 "Customer not found". */
export async function fetchCustomer(
	ctx: IExecuteFunctions,
	customerId: number,
	itemIndex: number,
	options: { raw?: boolean; withAddresses?: boolean } = {},
): Promise<IDataObject> {
	const response = await fluentCartRequest(ctx, {
		method: 'GET',
		path: `customers/${customerId}`,
		qs: options.withAddresses ? { with: ['billing_address', 'shipping_address'] } : undefined,
		itemIndex,
		raw: options.raw,
	});
	return response.customer as IDataObject;
}

/**
 * About 20 fields a workflow needs; money (ltv, aov) stays in cents like FluentCart's. Empty
 * values read the same on every version: FluentCart 1.4+ answers null where 1.3 answered '' / '0'.
 */
export function simplifyCustomer(customer: IDataObject): IDataObject {
	const text = (value: unknown) => (value === null || value === undefined ? '' : value);
	const out: IDataObject = {
		id: customer.id,
		email: customer.email,
		first_name: customer.first_name,
		last_name: customer.last_name,
		full_name: customer.full_name,
		status: text(customer.status),
		user_id: toNumber(customer.user_id, 0),
		country: customer.country,
		city: customer.city,
		state: text(customer.state),
		postcode: text(customer.postcode),
		notes: customer.notes,
		purchase_count: customer.purchase_count,
		ltv: customer.ltv,
		aov: toNumber(customer.aov, 0),
		first_purchase_date: customer.first_purchase_date,
		last_purchase_date: customer.last_purchase_date,
		created_at: customer.created_at,
		updated_at: customer.updated_at,
	};
	for (const key of ['billing_address', 'shipping_address']) {
		if (Array.isArray(customer[key])) out[`${key}es`] = customer[key];
	}
	return out;
}

/** Applies the Simplify switch. */
export function customerOutput(ctx: IExecuteFunctions, customer: IDataObject, itemIndex: number): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifyCustomer(customer) : customer;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A trimmed text field; `required` refuses it empty. */
export function requireText(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	options: { required?: boolean; max?: number } = {},
): string {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (options.required && text === '') throw inputError(ctx, itemIndex, `${field} is empty`, `Enter the ${field}.`);
	if (options.max !== undefined && text.length > options.max) {
		throw inputError(ctx, itemIndex, `${field} is longer than ${options.max} characters (${text.length})`);
	}
	return text;
}

export function requireEmail(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string {
	const email = requireText(ctx, itemIndex, field, value, { required: true, max: 255 });
	if (!EMAIL.test(email)) {
		throw inputError(ctx, itemIndex, `${field} "${email}" is not a valid email address`, 'Enter an address such as name@example.com.');
	}
	return email;
}

/** Two-letter ISO 3166 country code, upper-cased (FluentCart stores and validates codes). */
export function requireCountry(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string {
	const code = requireText(ctx, itemIndex, field, value).toUpperCase();
	if (!/^[A-Z]{2}$/.test(code)) {
		throw inputError(ctx, itemIndex, `${field} must be a two-letter country code, got "${String(value)}"`, 'Use the ISO 3166 code, e.g. GB, US, DE.');
	}
	return code;
}

export function requireCustomerStatus(ctx: IExecuteFunctions, itemIndex: number, value: unknown): string {
	return requireOneOf(ctx, itemIndex, 'Status', value, CUSTOMER_STATUSES);
}

/**
 * The optional profile fields shared by Create and Update, checked, in FluentCart's names. Only
 * the fields present in `fields` are returned.
 */
export function profileFields(ctx: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	if (fields.city !== undefined) out.city = requireText(ctx, itemIndex, 'City', fields.city, { max: 45 });
	if (fields.state !== undefined) out.state = requireText(ctx, itemIndex, 'State', fields.state, { max: 45 });
	if (fields.postcode !== undefined) out.postcode = requireText(ctx, itemIndex, 'Postcode', fields.postcode, { max: 45 });
	if (fields.country !== undefined) {
		const country = requireText(ctx, itemIndex, 'Country', fields.country);
		out.country = country === '' ? '' : requireCountry(ctx, itemIndex, 'Country', country);
	}
	if (fields.status !== undefined) out.status = requireCustomerStatus(ctx, itemIndex, fields.status);
	if (fields.notes !== undefined) out.notes = String(fields.notes);
	return out;
}
