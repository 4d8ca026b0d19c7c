/**
 * The end-of-suite checks themselves: the secret search finds a planted secret in any captured
 * form, error messages are collected from every place the package reports them, and README
 * troubleshooting entries match the messages they describe.
 */
import { findLeaks, producedMessages } from '../setup/captured';
import { troubleshootingEntries, unexplained } from '../setup/troubleshooting';

describe('secret search', () => {
	const secrets = [{ label: 'Application Password', value: 'abcd EFGH ijkl MNOP qrst UVWX' }];

	it('finds a secret as is and URL-encoded, and nothing in clean text', () => {
		const texts = [
			'{"message":"WordPress did not accept the credentials (HTTP 401)"}',
			'{"message":"login failed for abcd EFGH ijkl MNOP qrst UVWX"}',
			'GET https://shop.example.com/?pw=abcd%20EFGH%20ijkl%20MNOP%20qrst%20UVWX',
		];
		const leaks = findLeaks(texts, secrets);
		expect(leaks).toHaveLength(2);
		expect(leaks[0]).toMatch(/^Application Password in: .*login failed/);
	});
});

describe('messages the package produced', () => {
	it('reads node errors, error items, trigger, poll, credential-test and webhook answers', () => {
		const messages = producedMessages([
			{
				kind: 'run',
				value: {
					runData: {
						Items: [{ error: { message: 'ignored: the test input node' } }],
						FluentCart: [
							{ error: { message: 'Order ID is empty [item 0]', description: 'Enter the Order ID' } },
							{ data: { main: [[{ json: { error: 'Order not found', description: 'x' } }, { json: { id: 1, error: 'a field, not an error' } }]] } },
						],
					},
				},
			},
			{ kind: 'poll-error', value: { message: 'Threshold must be at least 0, got -1' } },
			{ kind: 'trigger-activation-error', value: { message: 'Events is empty: no event is selected' } },
			{ kind: 'credential-test', value: { status: 'Error', message: 'Wrong Application Password (HTTP 401).' } },
			{ kind: 'credential-test', value: { status: 'OK', message: 'Connection successful!' } },
			{ kind: 'webhook', value: { status: 401, body: { message: 'Authorization problem!' } } },
			{ kind: 'webhook', value: { status: 200, body: { message: 'Workflow was started' } } },
		]).map((m) => m.message);
		expect(messages).toEqual([
			'Order ID is empty [item 0]',
			'Order not found',
			'Threshold must be at least 0, got -1',
			'Events is empty: no event is selected',
			'Wrong Application Password (HTTP 401).',
			'Authorization problem!',
		]);
	});
});

describe('README troubleshooting entries', () => {
	const readme = [
		'## Troubleshooting',
		'| Error | Meaning |',
		'|---|---|',
		'| *… is empty* / *… must be a whole number of 1 or more, got …* | input |',
		'| *The site is rate-limiting requests (HTTP 429)* | wait |',
		'## Development',
		'| *Not an entry: outside the section* | x |',
	].join('\n');
	const entries = troubleshootingEntries(readme);

	it('reads every italic message of the section’s table rows, and only those', () => {
		expect(entries.map((e) => e.text)).toEqual([
			'… is empty',
			'… must be a whole number of 1 or more, got …',
			'The site is rate-limiting requests (HTTP 429)',
		]);
	});

	it('matches whole messages, ignoring the item and retry suffixes', () => {
		expect(
			unexplained(
				[
					'Order ID is empty [item 3]',
					'Customer ID must be a whole number of 1 or more, got "abc" [item 0]',
					'The site is rate-limiting requests (HTTP 429) after 3 tries',
					'The site is rate-limiting requests (HTTP 503)',
					'Not an entry: outside the section',
				],
				entries,
			),
		).toEqual(['The site is rate-limiting requests (HTTP 503)', 'Not an entry: outside the section']);
	});
});
