/**
 * n8n-workflow runs the resource locators' regular expressions in a vm with a 250 ms wall-clock
 * limit, a guard against catastrophic patterns typed by users. On a loaded 2-core CI machine one
 * of the nodes' own plain patterns once ran past it ("Regular expression execution timed out"),
 * which made a test depend on timing. The suites run the same patterns without the limit.
 */
import { setSafeRegexEngine } from 'n8n-workflow';

const globalFlags = (flags?: string) => (flags?.includes('g') ? flags : `${flags ?? ''}g`);

setSafeRegexEngine({
	exec: (pattern: string, input: string, flags?: string) => new RegExp(pattern, flags).exec(input),
	test: (pattern: string, input: string, flags?: string) => new RegExp(pattern, flags).test(input),
	replace: (pattern: string, input: string, flags: string | undefined, replacement: string) =>
		input.replace(new RegExp(pattern, flags), replacement),
	matchAll: (pattern: string, input: string, flags?: string) => Array.from(input.matchAll(new RegExp(pattern, globalFlags(flags)))),
	split: (pattern: string, input: string, flags?: string) => input.split(new RegExp(pattern, flags)),
});
