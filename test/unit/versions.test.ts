/** Version bands from real route indexes, comparisons, and the money unit each band takes. */
import { moneyUnitFor } from '../../nodes/shared/profile';
import { atLeast, cleanVersion, compareVersions, describeRange, rangeFromRoutes, routeShape, VERSION_BANDS } from '../../nodes/shared/versions';
import { routeIndexOf } from '../fake/routes/site';
import { fixture } from '../helpers/fixtures';

const recordedRoutes = (version: '1.3.25' | '1.5.2') =>
	Object.keys((fixture('detect-namespace-index', version).response as { routes: object }).routes);

describe('the route fingerprint', () => {
	it('puts the recorded 1.3.25 index in 1.3.x and the recorded 1.5.2 index in 1.5.0 – 1.5.2', () => {
		expect(rangeFromRoutes(recordedRoutes('1.3.25'))).toEqual({ min: '1.3.0', below: '1.4.0' });
		expect(rangeFromRoutes(recordedRoutes('1.5.2'))).toEqual({ min: '1.5.0', below: '1.5.3' });
	});

	it('puts the 1.6.3 index (1.5.2 plus what 1.6.3’s route files add, less sales-growth) at 1.6.3 or later', () => {
		expect(rangeFromRoutes(Object.keys(routeIndexOf('1.6.3').routes))).toEqual({ min: '1.6.3' });
	});

	it('needs sales-growth gone as well as vendor-ids present for 1.6.2', () => {
		const keys = Object.keys(routeIndexOf('1.6.3').routes).filter((k) => !/reviews/.test(k));
		expect(rangeFromRoutes(keys)).toEqual({ min: '1.6.2', below: '1.6.3' });
		expect(rangeFromRoutes([...keys, '/fluent-cart/v2/reports/sales-growth'])).toEqual({ min: '1.6.1', below: '1.6.2' });
	});

	it('reads route regexes as shapes', () => {
		expect(routeShape('/fluent-cart/v2/orders/(?P<order>[^\\s(?!/)]+)/subscriptions/(?P<subscription>[^\\s(?!/)]+)/vendor-ids')).toBe(
			'orders/{}/subscriptions/{}/vendor-ids',
		);
		expect(routeShape('/fluent-cart/v2/renewals/(?P<id>[\\d]+)')).toBe('renewals/{}');
		expect(routeShape('/fluent-cart/v2')).toBe('');
	});
});

describe('versions and bands', () => {
	it('compares numerically, with four parts', () => {
		expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
		expect(compareVersions('1.6.0.1', '1.6.0')).toBeGreaterThan(0);
		expect(compareVersions('1.6', '1.6.0')).toBe(0);
		expect(cleanVersion('1.5.2-beta')).toBe('1.5.2');
		expect(cleanVersion('')).toBeUndefined();
	});

	it('answers yes, no or “cannot tell” for a feature', () => {
		expect(atLeast({ exact: '1.5.2' }, '1.6.0')).toBe(false);
		expect(atLeast({ min: '1.6.0', below: '1.6.2' }, '1.6.0')).toBe(true);
		expect(atLeast({ min: '1.6.0', below: '1.6.2' }, '1.6.2')).toBe(false);
		expect(atLeast({ min: '1.4.0', below: '1.6.0' }, '1.5.0')).toBeUndefined();
		expect(atLeast({}, '1.3.0')).toBeUndefined();
	});

	it('gives every band a money unit, and none to an unknown version', () => {
		expect(VERSION_BANDS.map((band) => [band.label, moneyUnitFor(band.range, 'refundAmount')])).toEqual([
			['1.3.0 – 1.3.26', 'decimal'],
			['1.3.27 – 1.3.28', 'decimal'],
			['1.4.x – 1.5.x', 'decimal'],
			['1.6.0 – 1.6.1', 'decimal'],
			['1.6.2 or later', 'cents'],
		]);
		expect(moneyUnitFor({ exact: '1.7.0' }, 'variationPrice')).toBe('cents');
		expect(moneyUnitFor({ min: '1.6.0' }, 'productPricing')).toBeUndefined();
		expect(moneyUnitFor({}, 'refundAmount')).toBeUndefined();
		expect(describeRange({ min: '1.4.0', below: '1.6.0' })).toBe('1.4.x – 1.5.x');
	});
});
