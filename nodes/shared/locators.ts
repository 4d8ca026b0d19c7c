/**
 * Resource locators (From List / By ID / By URL) shared by the resources, and the reader that
 * turns their value into a checked FluentCart id.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requirePositiveId } from './validation';

interface LocatorSpec {
	displayName: string;
	name: string;
	/** methods.listSearch entry. */
	searchListMethod: string;
	/** Admin SPA route, e.g. `orders` for `admin.php?page=fluent-cart#/orders/12/view`. */
	adminRoute?: string;
	description?: string;
}

export function locator(spec: LocatorSpec): INodeProperties {
	const route = spec.adminRoute;
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'Enter a whole number, e.g. 42' },
					},
				],
			},
			...(route
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: `e.g. https://shop.example.com/wp-admin/admin.php?page=fluent-cart#/${route}/42`,
							extractValue: { type: 'regex' as const, regex: `#/${route}/([0-9]+)` },
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: `.*#/${route}/[0-9]+.*`,
										errorMessage: `Paste the address of a FluentCart ${route.replace(/s$/, '')} page from WordPress admin`,
									},
								},
							],
						},
					]
				: []),
		],
	};
}

/** Reads a resource locator (or a plain id) parameter and checks it is a FluentCart id. */
export function readId(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): number {
	const value = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	return requirePositiveId(ctx, itemIndex, label, value);
}

/**
 * A picker inside a Filters or Options collection: From List / By ID / By URL, where nothing
 * picked (the empty value) means "no filter". Read it with readOptionalId.
 */
export function optionalLocator(spec: LocatorSpec): INodeProperties {
	return { ...locator(spec), required: false };
}

/** Nothing chosen: empty, or 0, which earlier versions of the node stored for "none". */
const isNone = (value: unknown) =>
	value === undefined ||
	value === null ||
	value === 0 ||
	(typeof value === 'string' && (value.trim() === '' || value.trim() === '0'));

/**
 * Reads an optional id at `path` (e.g. `filters.customerId`): a picker's value, or the plain
 * number a workflow saved before the field was a picker. Returns undefined when none is chosen.
 */
export function readOptionalId(
	ctx: IExecuteFunctions,
	path: string,
	itemIndex: number,
	label: string,
): number | undefined {
	const value = ctx.getNodeParameter(path, itemIndex, '', { extractValue: true }) as unknown;
	return isNone(value) ? undefined : requirePositiveId(ctx, itemIndex, label, value);
}

/** The same reading for a value already in hand (a dropdown inside a collection). */
export function optionalId(ctx: IExecuteFunctions, value: unknown, itemIndex: number, label: string): number | undefined {
	return isNone(value) ? undefined : requirePositiveId(ctx, itemIndex, label, value);
}
