/**
 * Country → Get / Get Many: the storefront's address look-ups. `checkout/get-country-info` is
 * public in FluentCart (no cart or session needed) but has no country name;
 * `address-info/countries` lists the names.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { requireCountry } from '../customer/helpers';

async function countries(ctx: IExecuteFunctions, i: number): Promise<Array<{ code: string; name: string }>> {
	const response = await fluentCartRequest(ctx, { method: 'GET', path: 'address-info/countries', itemIndex: i, raw: true });
	const rows = Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
	return rows.map((row) => ({ code: String(row.value), name: String(row.name) }));
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return (await countries(this, i)).map((c) => ({ ...c }));
}

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const code = requireCountry(this, i, 'Country Code', this.getNodeParameter('countryCode', i));
	const country = (await countries(this, i)).find((c) => c.code === code);
	if (!country) {
		throw inputError(this, i, `Country Code "${code}" is not a country FluentCart knows`, 'Use Country → Get Many to see the codes.');
	}
	const info = await fluentCartRequest(this, { method: 'GET', path: 'checkout/get-country-info', qs: { country_code: code }, itemIndex: i, raw: true });
	const locale = (info.address_locale && typeof info.address_locale === 'object' ? info.address_locale : {}) as IDataObject;
	const field = (name: string) => (locale[name] && typeof locale[name] === 'object' ? (locale[name] as IDataObject) : {});
	const states = Array.isArray(info.states) ? (info.states as IDataObject[]) : [];
	return {
		country_code: code,
		country_name: country.name,
		states: states.map((s) => ({ code: String(s.value), name: String(s.name) })),
		// FluentCart marks only the optional fields (`required: false`).
		state_required: field('state').required !== false,
		state_label: field('state').label ?? null,
		postcode_required: field('postcode').required !== false,
		postcode_label: field('postcode').label ?? null,
	};
}
