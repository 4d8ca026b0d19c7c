/** A customer's saved addresses: Get Addresses, Add Address. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { requireOneOf } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { fetchCustomer, requireCountry, requireEmail, requireText } from './helpers';

const ADDRESS_TYPES = ['billing', 'shipping'] as const;

async function listAddresses(ctx: IExecuteFunctions, customerId: number, type: string | undefined, i: number) {
	const response = await fluentCartRequest(ctx, {
		method: 'GET',
		path: `customers/${customerId}/address`,
		// Without a type FluentCart lists both kinds.
		qs: type ? { type } : undefined,
		itemIndex: i,
	});
	return (response.addresses as IDataObject[] | undefined) ?? [];
}

export async function getAddresses(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const customerId = readId(this, 'customerId', i, 'Customer ID');
	const wanted = this.getNodeParameter('addressTypeFilter', i, 'all') as string;
	const type = wanted === 'all' ? undefined : requireOneOf(this, i, 'Address Type', wanted, ADDRESS_TYPES);
	const addresses = await listAddresses(this, customerId, type, i);
	// FluentCart lists nothing, without an error, for a customer that does not exist.
	if (addresses.length === 0) await fetchCustomer(this, customerId, i);
	return addresses;
}

export async function addAddress(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const customerId = readId(this, 'customerId', i, 'Customer ID');
	const type = requireOneOf(this, i, 'Address Type', this.getNodeParameter('addressType', i), ADDRESS_TYPES);
	const extra = this.getNodeParameter('addressFields', i, {}) as IDataObject;
	// CustomerAddressRequest's rules, checked before anything is sent.
	const body: IDataObject = {
		type,
		name: requireText(this, i, 'Name', this.getNodeParameter('addressName', i), { required: true, max: 255 }),
		email: requireEmail(this, i, 'Email', this.getNodeParameter('addressEmail', i)),
		address_1: requireText(this, i, 'Address Line 1', this.getNodeParameter('address1', i), { required: true, max: 192 }),
		city: requireText(this, i, 'City', this.getNodeParameter('addressCity', i), { required: true, max: 192 }),
		country: requireCountry(this, i, 'Country', this.getNodeParameter('addressCountry', i)),
	};
	const optional: Array<[string, string, string, number]> = [
		['address2', 'address_2', 'Address Line 2', 192],
		['companyName', 'company_name', 'Company Name', 255],
		['label', 'label', 'Label', 15],
		['phone', 'phone', 'Phone', 192],
		['postcode', 'postcode', 'Postcode', 32],
		['state', 'state', 'State', 192],
	];
	for (const [option, key, label, max] of optional) {
		if (extra[option] === undefined) continue;
		const value = requireText(this, i, label, extra[option], { max });
		if (value !== '') body[key] = value;
	}
	// FluentCart 1.5 (1.4+) stores a missing label as NULL into a NOT NULL column and fails with
	// HTTP 500; every version takes an empty one (recorded: live-customer-address-save-shipping*).
	body.label ??= '';

	// FluentCart saves an address for any customer ID, existing or not.
	await fetchCustomer(this, customerId, i);
	const created = await fluentCartRequest(this, {
		method: 'POST',
		path: `customers/${customerId}/address`,
		body,
		itemIndex: i,
	});
	const addressId = Number((created.data as IDataObject | undefined)?.id);
	if (!addressId) {
		throw new NodeOperationError(this.getNode(), 'FluentCart did not return the new address', {
			itemIndex: i,
			description: 'Check the customer’s addresses in FluentCart.',
		});
	}
	// The address exists from here on: a failure after this point is reported, not thrown, so that
	// running the item again does not save it twice.
	const report: IDataObject = {};
	if (extra.makePrimary === true && String((created.data as IDataObject).is_primary) !== '1') {
		try {
			await fluentCartRequest(this, {
				method: 'POST',
				path: `customers/${customerId}/address/make-primary`,
				body: { addressId, type },
				itemIndex: i,
			});
		} catch (error) {
			report.primary_warning = `Address ${addressId} was saved, but making it the primary ${type} address failed (${(error as Error).message}). Make it primary in FluentCart instead of adding it again.`;
			this.addExecutionHints({ message: `Item ${i}: ${String(report.primary_warning)}`, location: 'outputPane' });
		}
	}
	const build = (addresses: IDataObject[]) => {
		const output = addresses.find((address) => Number(address.id) === addressId) ?? (created.data as IDataObject);
		return { ...output, ...companyNameReport(body, output), ...report };
	};
	const read = async () => await listAddresses(this, customerId, type, i);
	return await outputAfterWrite(this, i, `Address ${addressId} of customer ${customerId} was saved`, read, build, {
		...(created.data as IDataObject),
		...report,
	});
}

/**
 * FluentCart 1.5 (1.4+) keeps a company name only on billing addresses, and only while its
 * checkout's Company Name field is enabled; otherwise it drops it without a word (recorded:
 * live-customer-address-save-billing-second). The address read back says whether it is there.
 */
function companyNameReport(sent: IDataObject, stored: IDataObject): IDataObject {
	if (sent.company_name === undefined) return {};
	const kept = (stored.company_name ?? (stored.meta as IDataObject | undefined)?.other_data) as unknown;
	const value = typeof kept === 'string' ? kept : (kept as IDataObject | undefined)?.company_name;
	if (value === sent.company_name) return {};
	return {
		company_name_warning:
			sent.type === 'billing'
				? "FluentCart saved the address without the company name: it keeps one only while the checkout's Company Name field is enabled (FluentCart → Settings → Checkout). Enable it and save the address again."
				: 'FluentCart saved the address without the company name: it keeps one only on billing addresses.',
	};
}
