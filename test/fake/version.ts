/**
 * The FluentCart versions the fake answers as, and the version-dependent answers that several
 * route modules share (see ../../../shared/reference/fluentcart-versions.md, and the recordings in
 * test/fixtures/fluentcart-<version>/).
 */
import { compareVersions } from '../../nodes/shared/versions';
import type { FakeResponse } from './responses';

export const FAKE_VERSIONS = ['1.3.25', '1.5.2', '1.6.3'] as const;
export type FakeVersion = (typeof FAKE_VERSIONS)[number];
export const DEFAULT_FAKE_VERSION: FakeVersion = '1.3.25';

export function isFakeVersion(value: unknown): value is FakeVersion {
	return (FAKE_VERSIONS as readonly unknown[]).includes(value);
}

export function versionAtLeast(version: string, wanted: string): boolean {
	return compareVersions(version, wanted) >= 0;
}

/** What the fake's site knows to decide version-dependent answers. */
export interface VersionedSite {
	wpDebug: boolean;
	atLeast(version: string): boolean;
}

/** FluentCart 1.4+ with WP_DEBUG off: every uncaught error says only this (recorded on 1.5.2). */
export const HIDDEN_ERROR: FakeResponse = {
	status: 500,
	body: { code: 'plugin_exception', data: [], message: 'An internal error occurred.' },
};

/**
 * An uncaught exception: its message on 1.3.x, or on 1.4+ with WP_DEBUG on; FluentCart 1.4+ with
 * WP_DEBUG off hides it.
 */
export function uncaught(site: VersionedSite, message: string): FakeResponse {
	if (site.atLeast('1.4.0') && !site.wpDebug) return HIDDEN_ERROR;
	return { status: 500, body: { code: 'plugin_exception', message, data: [] } };
}

/**
 * FluentCart 1.4+ binds PHP null as SQL NULL, so an insert that leaves a NOT NULL column out
 * fails. With WP_DEBUG on, wpdb prints its error block before FluentCart's JSON (recorded:
 * fluentcart-1.5.2/order-create.json, coupon-create-fixed.json).
 */
export function notNullColumn(site: VersionedSite, table: string, column: string): FakeResponse {
	if (!site.wpDebug) return HIDDEN_ERROR;
	const message = `Column '${column}' cannot be null`;
	const sql = `insert into \`wp_fct_${table}\` (\`${column}\`) values (NULL)`;
	const html =
		`<div id="error"><p class="wpdberror"><strong>WordPress database error:</strong> [${message.replace(/'/g, '&#039;')}]<br />` +
		`<code>${sql.replace(/'/g, '&#039;')}</code></p></div>`;
	const json = JSON.stringify({
		code: 'plugin_exception',
		data: { file: '/var/www/html/wp-content/plugins/fluent-cart/vendor/wpfluent/framework/src/WPFluent/Database/Query/WPDBConnection.php', line: 566 },
		message: `${message} (SQL: ${sql})`,
	});
	return { status: 500, raw: html + json, headers: { 'Content-Type': 'application/json; charset=UTF-8' } };
}

/** Whether a value counts as "not given" for a NOT NULL column (absent or null). */
export const missing = (value: unknown) => value === undefined || value === null;

/**
 * Money a write takes as decimals before 1.6.2 and as cents from 1.6.2 (refund amount, variation
 * and product prices), stored as cents. 1.6.2+ rounds to a whole cent without scaling.
 */
export function writtenMoneyToCents(site: VersionedSite, value: unknown): number {
	const amount = Number(value ?? 0) || 0;
	return site.atLeast('1.6.2') ? Math.round(amount) : Math.round(amount * 100);
}

/**
 * Columns FluentCart 1.4+ leaves NULL where 1.3.x stored an empty form, with that form (recorded:
 * customer-get, coupon-get, variants-list and order-get of 1.3.25 against 1.5.2).
 */
const EMPTY_FORMS: Record<string, ReadonlyArray<unknown>> = {
	user_id: ['0', 0],
	status: [''],
	aov: ['0.00'],
	state: [''],
	postcode: [''],
	priority: ['0', 0],
	start_date: ['0000-00-00 00:00:00'],
	end_date: ['0000-00-00 00:00:00'],
	serial_index: [0, '0'],
	manage_stock: ['0', 0],
	shipping_class: ['0'],
	downloadable: [''],
	subscription_id: ['0', 0],
};

/** A 1.3-shaped answer as FluentCart 1.4+ sends it: those empty forms become null, in place. */
export function emptiesAsNull(value: unknown): unknown {
	if (Array.isArray(value)) {
		for (const entry of value) emptiesAsNull(entry);
	} else if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		for (const [key, field] of Object.entries(record)) {
			if (EMPTY_FORMS[key]?.includes(field)) record[key] = null;
			else if (field !== null && typeof field === 'object') emptiesAsNull(field);
		}
	}
	return value;
}
