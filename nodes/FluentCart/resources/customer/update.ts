/**
 * Update a customer. FluentCart's `PUT customers/{id}` writes every profile column from the body,
 * setting the ones left out to empty (`user_id` too, which unlinks the WordPress user), and checks
 * the email's uniqueness against the body's `id`. So we read the customer raw, change the user's
 * fields, and send the whole record back with its `id`, after reading it again just before the write
 * and refusing when anything moved (see `write-guard`).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { rereadUnchanged } from '../../../shared/write-guard';
import { customerOutput, fetchCustomer, profileFields, requireEmail, requireText } from './helpers';

/** The columns CustomerRequest sanitises and CustomerResource::update writes. */
const WHOLE_RECORD_FIELDS = [
	'email',
	'first_name',
	'last_name',
	'user_id',
	'status',
	'aov',
	'notes',
	'country',
	'city',
	'state',
	'postcode',
] as const;

/** The body that keeps the customer exactly as it is. */
export function wholeCustomerBody(customer: IDataObject): IDataObject {
	const body: IDataObject = { id: customer.id };
	for (const field of WHOLE_RECORD_FIELDS) body[field] = customer[field] ?? null;
	return body;
}

export async function update(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const customerId = readId(this, 'customerId', i, 'Customer ID');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0) {
		throw inputError(this, i, 'Update Fields is empty', 'Add at least one field to change.');
	}
	// Check everything before the first request.
	const { email, firstName, lastName, ...profile } = fields;
	const changes = profileFields(this, i, profile);
	if (email !== undefined) changes.email = requireEmail(this, i, 'Email', email);
	if (firstName !== undefined) changes.first_name = requireText(this, i, 'First Name', firstName, { required: true, max: 192 });
	if (lastName !== undefined) changes.last_name = requireText(this, i, 'Last Name', lastName, { max: 192 });

	// Raw: send back exactly what FluentCart returned (its numeric strings included).
	const customer = await fetchCustomer(this, customerId, i, { raw: true });
	const linkedUser = Number(customer.user_id) || 0;
	if (changes.email !== undefined && linkedUser !== 0 && String(changes.email).toLowerCase() !== String(customer.email).toLowerCase()) {
		throw inputError(
			this,
			i,
			`Customer ${customerId} is linked to WordPress user ${linkedUser}, and FluentCart keeps the email of linked customers`,
			"Change the email of the WordPress user instead (FluentCart follows it), or leave Email out of the update.",
		);
	}

	const body = { ...wholeCustomerBody(customer), ...changes };
	// Sent in both forms: stores that ask for one name field at checkout only read full_name.
	body.full_name = `${String(body.first_name ?? '')} ${String(body.last_name ?? '')}`.trim();
	await rereadUnchanged(this, i, {
		what: `Customer ${customerId}`,
		before: customer,
		reread: async () => await fetchCustomer(this, customerId, i, { raw: true }),
		sentBack: wholeCustomerBody,
	});
	const response = await fluentCartRequest(this, {
		method: 'PUT',
		path: `customers/${customerId}`,
		body,
		itemIndex: i,
	});
	// FluentCart answers the customer as re-read after the update.
	return customerOutput(this, response.data as IDataObject, i);
}
