/**
 * Site → Get Connection Info: what n8n's credential Test button cannot show (it only reports
 * failures). The FluentCart version as the site profile finds it, the logged-in user, and what
 * that version means for the nodes.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { describeProfile, FEATURES, getSiteProfile, moneyUnitFor, SET_VERSION_HINT, VERSIONED_MONEY } from '../../../shared/profile';
import type { Feature, VersionedMoneyField } from '../../../shared/profile';
import { fluentCartRequest } from '../../../shared/transport';
import { atLeast, describeRange } from '../../../shared/versions';

export async function getConnectionInfo(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const me = await fluentCartRequest(this, { method: 'GET', namespace: 'wp/v2', path: 'users/me', itemIndex: i });
	const user = String(me.slug ?? me.name ?? '');
	const profile = await getSiteProfile(this, i);
	const known = profile.source !== 'unknown';
	const features: IDataObject = {};
	for (const [key, feature] of Object.entries(FEATURES) as Array<[Feature, (typeof FEATURES)[Feature]]>) {
		features[key] = atLeast(profile.range, feature.since) ?? null;
	}
	const moneyUnits: IDataObject = {};
	for (const key of Object.keys(VERSIONED_MONEY) as VersionedMoneyField[]) moneyUnits[key] = moneyUnitFor(profile.range, key) ?? null;
	let message = known
		? `Connected to FluentCart ${describeRange(profile.range)} as ${user}`
		: `Connected as ${user}, but the FluentCart version could not be told: refunds and price changes are refused until it is set`;
	if (profile.inactive) message = `Connected as ${user}, but FluentCart ${describeRange(profile.range)} is installed and not active`;
	return {
		message,
		fluentcart_version: profile.range.exact ?? null,
		fluentcart_versions: describeRange(profile.range),
		detected_by: profile.source,
		detection: describeProfile(profile),
		...(profile.note ? { note: profile.note } : {}),
		...(known ? {} : { fix: SET_VERSION_HINT }),
		user: { id: me.id, username: user, name: me.name },
		features,
		money_units: moneyUnits,
	};
}
