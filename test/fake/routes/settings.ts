/** Store settings (SettingsController::getStore); only what the package reads is modelled. */
import { ok } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';

export function registerSettingsRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	fake.route('GET', ns, 'settings/store', (req) => {
		const tab = typeof req.query.settings_name === 'string' ? req.query.settings_name : '';
		return ok({
			settings: {
				store_name: 'Fake Shop',
				currency: store.settings.currency,
				currency_position: 'before',
				decimal_separator: 'dot',
				order_mode: store.settings.order_mode,
				show_email_footer: 'yes',
			},
			fields: { [tab]: null },
		});
	});
}
