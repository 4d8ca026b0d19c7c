/** Create a customer, then read it back (the create answer lacks the WordPress user it links). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { customerOutput, fetchCustomer, profileFields, requireEmail, requireText } from './helpers';

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const email = requireEmail(this, i, 'Email', this.getNodeParameter('email', i));
	const firstName = requireText(this, i, 'First Name', this.getNodeParameter('firstName', i), { required: true, max: 192 });
	const lastName = requireText(this, i, 'Last Name', this.getNodeParameter('lastName', i, ''), { max: 192 });
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const { createWpUser, ...profile } = additional;

	// FluentCart requires first_name, or full_name when the store's checkout asks for one name
	// field only (it then splits it at the last space): send both.
	const body: IDataObject = {
		email,
		first_name: firstName,
		last_name: lastName,
		full_name: `${firstName} ${lastName}`.trim(),
		...profileFields(this, i, profile),
	};
	if (createWpUser === true) body.wp_user = 'yes';

	const created = await fluentCartRequest(this, { method: 'POST', path: 'customers', body, itemIndex: i });
	const id = Number((created.data as IDataObject | undefined)?.id);
	const build = (customer: IDataObject) => customerOutput(this, customer, i);
	return await outputAfterWrite(this, i, `Customer ${id} was created`, async () => await fetchCustomer(this, id, i), build, {
		id,
		email: body.email,
	});
}
