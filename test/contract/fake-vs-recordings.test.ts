/**
 * The fake answers like the recordings. Every recorded read of a kind the package sends (see
 * test/fake/request-kinds.ts), made by an administrator, is sent again to a fake answering as the
 * same FluentCart version (free plugin, no GT Extensions, like the recorded sites), and the
 * answers must agree on the HTTP status, the top-level keys, and the keys of the first row of a
 * list. IDs in the path are swapped for ones that exist in the fake (or one that does not, for a
 * recorded "not found"); values are not compared, since the two shops hold different data.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import axios from 'axios';

import { recordFigure } from '../helpers/capture';
import { addSubscriptionScenario, SUBSCRIPTIONS } from '../fake/routes/subscription-shapes';
import { addImage } from '../fake/routes/wp-media';
import { kindInput } from '../fake/recorded';
import type { RecordedRequest } from '../fake/recorded';
import { classify } from '../fake/request-kinds';
import { FakeFluentCart } from '../fake/server';
import type { FakeVersion } from '../fake/version';

const VERSIONS: FakeVersion[] = ['1.3.25', '1.5.2'];
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const FIXTURES = join(__dirname, '..', 'fixtures');

/** Recordings of a site state the fake is not in for this comparison, and why. */
const OTHER_SITE_STATE = /inactive|plain-permalinks|not-rest|wp-debug-off|editor/;

interface Recording extends RecordedRequest {
	response: unknown;
	login?: string;
}

const topKeys = (value: unknown) =>
	value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).sort() : [typeof value];

function firstRowKeys(value: unknown): string[] | undefined {
	if (!value || typeof value !== 'object') return undefined;
	for (const part of Object.values(value)) {
		const rows = (part as { data?: unknown } | null)?.data;
		if (Array.isArray(rows) && rows.length && rows[0] && typeof rows[0] === 'object') return Object.keys(rows[0]).sort();
	}
	return undefined;
}

function comparable(version: string): Recording[] {
	const dir = join(FIXTURES, `fluentcart-${version}`);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json') && !OTHER_SITE_STATE.test(file))
		.map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Recording, 'file'>) }))
		.filter((r) => r.request?.method === 'GET' && r.request.path.startsWith('/wp-json/') && !r.auth && !r.login)
		.filter((r) => !/no-auth|bad-(app-)?password/.test(r.file))
		.filter((r) => classify(kindInput(r)).every((kind) => !kind.startsWith('unclassified')));
}

describe.each(VERSIONS)('the fake answering as FluentCart %s', (version) => {
	let fake: FakeFluentCart;
	let url: string;
	beforeAll(async () => {
		fake = new FakeFluentCart({ version });
		addSubscriptionScenario(fake);
		addImage(fake.store, 'lamp-front');
		fake.disabledNamespaces.add('gt-extensions-fluentcart/v1');
		url = await fake.start();
	});
	afterAll(async () => fake.stop());

	it('answers every recorded read with the same status and keys', async () => {
		const admin = fake.store.users.find((u) => u.isAdmin)!;
		const existing: Record<string, number> = {
			orders: Number([...fake.store.orders.keys()][0]),
			customers: Number([...fake.store.customers.keys()][0]),
			products: Number([...fake.store.products.keys()][0]),
			subscriptions: Number([...fake.store.table(SUBSCRIPTIONS).keys()][0]),
			coupons: Number([...fake.store.table('coupons').keys()][0]),
			media: Number([...fake.store.attachments.keys()][0]),
		};
		const mismatches: string[] = [];
		const recordings = comparable(version);
		for (const recording of recordings) {
			const notFound = /not-found/.test(recording.file);
			const path = recording.request.path.replace(
				/\/(orders|customers|products|subscriptions|coupons|media)\/\d+/,
				(whole, type: string) => (existing[type] ? `/${type}/${notFound ? 999999 : existing[type]}` : whole),
			);
			const res = await axios.get(`${url}${path}`, {
				auth: { username: admin.username, password: admin.appPassword },
				validateStatus: () => true,
				maxRedirects: 0,
				transformResponse: (text: string) => {
					try {
						return JSON.parse(text) as unknown;
					} catch {
						return text;
					}
				},
			});
			const recorded = { status: recording.status, keys: topKeys(recording.response), row: firstRowKeys(recording.response) };
			const answered = { status: res.status, keys: topKeys(res.data), row: firstRowKeys(res.data) };
			const rows = recorded.row && answered.row;
			if (
				recorded.status !== answered.status ||
				recorded.keys.join() !== answered.keys.join() ||
				(rows && recorded.row!.join() !== answered.row!.join())
			) {
				mismatches.push(`${recording.file} (${path}): recorded ${JSON.stringify(recorded)}, fake ${JSON.stringify(answered)}`);
			}
		}
		recordFigure(`recorded reads the fake answers alike (FluentCart ${version})`, `${recordings.length - mismatches.length} of ${recordings.length}`);
		expect(recordings.length).toBeGreaterThan(50);
		expect(mismatches).toEqual([]);
	});
});
