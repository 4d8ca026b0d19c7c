/**
 * The webhook secret check: random secrets, and a comparison that hashes both sides first so
 * that it takes the same time whatever the received value's length or content.
 */
import { newSecret, secretsMatch } from '../../nodes/shared/secrets';

describe('newSecret', () => {
	it('is 64 hex characters (256 bits) and different every time', () => {
		const secrets = new Set(Array.from({ length: 1000 }, () => newSecret()));
		expect(secrets.size).toBe(1000);
		for (const secret of secrets) expect(secret).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('secretsMatch', () => {
	const expected = newSecret();

	it('accepts exactly the expected secret', () => {
		expect(secretsMatch(expected, expected)).toBe(true);
		expect(secretsMatch(`${expected}`.slice(0), expected)).toBe(true);
	});

	it.each([
		['missing', undefined],
		['empty', ''],
		['shorter', expected.slice(0, 10)],
		['longer', `${expected}0`],
		['one character off', `${expected.slice(0, -1)}${expected.endsWith('0') ? '1' : '0'}`],
		['upper-cased', expected.toUpperCase()],
		['with spaces around', ` ${expected} `],
		['an array of the secret', [expected]],
		['a number', 42],
	])('refuses a %s value without throwing', (_label, received) => {
		expect(secretsMatch(received, expected)).toBe(false);
	});

	it('refuses everything when no secret is expected (lost static data, empty Manual secret)', () => {
		expect(secretsMatch('', '')).toBe(false);
		expect(secretsMatch('anything', undefined)).toBe(false);
	});
});
