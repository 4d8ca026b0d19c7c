/**
 * The storefront's address look-ups: `checkout/get-country-info` (PublicPolicy: answers with any
 * login or none) and `address-info/countries` (UserPolicy: any logged-in user), answered from the
 * rec-17 recordings of the version (1.6.3: 1.5.2's; its checkout routes are unchanged). Recorded
 * countries: US, DE (also guessed from the timezone Europe/Berlin) and GB; any other country gets
 * no states and no address locale, which is this fake's assumption.
 */
import { fixture } from '../../helpers/fixtures';
import type { RecordedVersion } from '../../helpers/fixtures';
import { ok } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';

type CountryInfo = { country_code: string; country_name?: string; states: unknown[]; address_locale: unknown };

const TIMEZONES: Record<string, string> = { 'Europe/Berlin': 'DE' };

export function registerStoreLookupRoutes(fake: FakeFluentCart) {
	const ns = FLUENTCART_NS;
	const recorded: RecordedVersion = fake.atLeast('1.4.0') ? '1.5.2' : '1.3.25';
	const answer = (name: string) => fixture(name, recorded).response as CountryInfo;

	const countryInfo = (code: string): CountryInfo => {
		if (code === 'US') return answer('live-checkout-country-info-us');
		if (code === 'DE') return answer('live-checkout-country-info-de-no-auth');
		if (code === 'GB') {
			// Recorded through address-info/get-country-info, which adds country_name.
			const info = { ...answer('live-checkout-address-info-country') };
			delete info.country_name;
			return info;
		}
		return { country_code: code, states: [], address_locale: [] };
	};

	fake.route(
		'GET',
		ns,
		'checkout/get-country-info',
		(req) => {
			const code = typeof req.query.country_code === 'string' ? req.query.country_code.toUpperCase() : '';
			const timezone = typeof req.query.timezone === 'string' ? req.query.timezone : '';
			return ok(countryInfo(code || TIMEZONES[timezone] || 'US'));
		},
		{ access: 'public' },
	);

	fake.route('GET', ns, 'address-info/countries', () => ok(fixture('live-checkout-address-info-countries', recorded).response), {
		access: 'logged_in',
	});
}
