/**
 * Order → Create's customer: an existing one (picked or by ID), or "by email, created if missing".
 *
 * FluentCart's order create takes a numeric `customer_id` only (an email or a customer object in the
 * body is ignored and answered with 422 "Customer selection is required"), so the node looks the
 * email up first and creates the customer when there is none. The look-up is `customers?search=`,
 * which FluentCart runs as a case-insensitive `LIKE '%…%'` over names and email, with `_` and `%`
 * unescaped: `a_a@example.test` finds `ada@example.test`. Only a whole, case-insensitive match
 * counts. Running the item again finds the customer it created, so a retry never makes a second one.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { readId } from '../../../shared/locators';
import { FluentCartApiError, fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { requireEmail, requireText } from '../customer/helpers';

export type OrderCustomerInput =
	| { by: 'existing'; customerId: number }
	| { by: 'email'; email: string; firstName: string; lastName: string };

export interface OrderCustomer {
	customerId: number;
	/** Set for Customer By: Email; whether this item created the customer. */
	created?: boolean;
}

/** Reads and checks the customer fields; nothing is sent. */
export function readOrderCustomer(ctx: IExecuteFunctions, i: number): OrderCustomerInput {
	const by = ctx.getNodeParameter('customerBy', i, 'existing') as string;
	// The saved-address fields are not shown for Email (n8n drops them): a customer found or
	// created by email may have no address, and the picker lists the picked customer's.
	if (by !== 'email') return { by: 'existing', customerId: readId(ctx, 'customerId', i, 'Customer ID') };
	return {
		by: 'email',
		email: requireEmail(ctx, i, 'Customer Email', ctx.getNodeParameter('customerEmail', i, '')),
		firstName: requireText(ctx, i, 'Customer First Name', ctx.getNodeParameter('customerFirstName', i, ''), { max: 192 }),
		lastName: requireText(ctx, i, 'Customer Last Name', ctx.getNodeParameter('customerLastName', i, ''), { max: 192 }),
	};
}

/** The customer whose email is `email` (whole, ignoring case), if FluentCart has one. */
export async function findCustomerByEmail(ctx: IExecuteFunctions, email: string, i: number): Promise<IDataObject | undefined> {
	const wanted = email.toLowerCase();
	const rows = await fluentCartList(ctx, {
		path: 'customers',
		key: 'customers',
		qs: { search: email, sort_by: 'id', sort_type: 'asc' },
		returnAll: true,
		keep: (row) => String(row.email ?? '').toLowerCase() === wanted,
		itemIndex: i,
	});
	return rows[0];
}

/** The customer id for the order: as given, found by email, or created (then `created: true`). */
export async function resolveOrderCustomer(ctx: IExecuteFunctions, i: number, input: OrderCustomerInput): Promise<OrderCustomer> {
	if (input.by === 'existing') return { customerId: input.customerId };
	const found = await findCustomerByEmail(ctx, input.email, i);
	if (found) return { customerId: Number(found.id), created: false };
	if (input.firstName === '') {
		throw inputError(
			ctx,
			i,
			`No customer has the email ${input.email}, and Customer First Name is empty`,
			'FluentCart needs a first name to create the customer. Nothing was created.',
		);
	}
	const body = {
		email: input.email,
		first_name: input.firstName,
		last_name: input.lastName,
		full_name: `${input.firstName} ${input.lastName}`.trim(),
	};
	try {
		const created = await fluentCartRequest(ctx, { method: 'POST', path: 'customers', body, itemIndex: i });
		return { customerId: Number((created.data as IDataObject | undefined)?.id), created: true };
	} catch (error) {
		// Another run created the customer between the look-up and this create: use theirs.
		const info = error instanceof FluentCartApiError ? error.failureInfo : undefined;
		if (info?.httpCode === 422 && (info.fields ?? []).includes('email')) {
			const now = await findCustomerByEmail(ctx, input.email, i);
			if (now) return { customerId: Number(now.id), created: false };
		}
		rethrow(ctx, error, i);
	}
}

/** Throws `error` on as n8n's error types (the same object when it already is one). */
export function rethrow(ctx: IExecuteFunctions, error: unknown, i: number): never {
	if (error instanceof NodeApiError) throw new NodeApiError(ctx.getNode(), error as unknown as JsonObject, { itemIndex: i });
	throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: i });
}

/** Tells the user, on an order create that failed, that the customer it needed was created. */
export function noteCreatedCustomer(error: unknown, customer: OrderCustomer, email: string): void {
	if (!customer.created || !(error instanceof Error)) return;
	const said = `Customer ${customer.customerId} (${email}) was created before the order failed; running the item again uses it and creates no second customer.`;
	const withDescription = error as Error & { description?: string | null };
	withDescription.description = withDescription.description ? `${withDescription.description} ${said}` : said;
}
