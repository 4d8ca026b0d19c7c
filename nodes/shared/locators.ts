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
