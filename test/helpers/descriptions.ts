/**
 * Walks the descriptions of our four nodes: every parameter, option, collection entry and
 * fixedCollection section, with the path that leads to it, for checks on how the editor shows them.
 */
import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { FluentCartPollingTrigger } from '../../nodes/FluentCartPollingTrigger/FluentCartPollingTrigger.node';
import { FluentCartTrigger } from '../../nodes/FluentCartTrigger/FluentCartTrigger.node';
import { GtExtensions } from '../../nodes/GtExtensions/GtExtensions.node';

export const NODES: Array<[string, INodeType]> = [
	['FluentCart', new FluentCart()],
	['GT Extensions', new GtExtensions()],
	['FluentCart Trigger', new FluentCartTrigger()],
	['FluentCart Polling Trigger', new FluentCartPollingTrigger()],
];

export const descriptionOf = (node: INodeType) => node.description as INodeTypeDescription;

/** A label the editor shows: a parameter's or section's displayName, an option's name, a locator mode. */
export interface Label {
	node: string;
	path: string;
	text: string;
	kind: 'parameter' | 'section' | 'option' | 'mode';
	/** The parameter it belongs to (for a parameter, itself). */
	parameter: INodeProperties;
}

const isCollectionSection = (o: unknown): o is INodePropertyCollection =>
	typeof o === 'object' && o !== null && 'values' in o && Array.isArray((o as INodePropertyCollection).values);
const isParameter = (o: unknown): o is INodeProperties =>
	typeof o === 'object' && o !== null && 'displayName' in o && 'type' in o;

function walkParameters(node: string, parameters: INodeProperties[], path: string, out: Label[]) {
	for (const parameter of parameters) {
		const here = `${path}${parameter.name}`;
		out.push({ node, path: here, text: parameter.displayName, kind: 'parameter', parameter });
		for (const mode of parameter.modes ?? []) {
			out.push({ node, path: `${here}#${mode.name}`, text: mode.displayName, kind: 'mode', parameter });
		}
		for (const option of (parameter.options ?? []) as Array<INodePropertyOptions | INodeProperties | INodePropertyCollection>) {
			if (isCollectionSection(option)) {
				out.push({ node, path: `${here}.${option.name}`, text: option.displayName, kind: 'section', parameter });
				walkParameters(node, option.values, `${here}.${option.name}.`, out);
			} else if (isParameter(option)) {
				walkParameters(node, [option], `${here}.`, out);
			} else {
				out.push({ node, path: `${here}=${String(option.value)}`, text: option.name, kind: 'option', parameter });
			}
		}
	}
}

export function labelsOf(): Label[] {
	const out: Label[] = [];
	for (const [name, node] of NODES) walkParameters(name, descriptionOf(node).properties, '', out);
	return out;
}

/** Every options / multiOptions parameter (top level or nested), with its node. */
export function optionParameters(): Array<{ node: string; path: string; parameter: INodeProperties }> {
	const seen = new Set<INodeProperties>();
	return labelsOf()
		.filter((l) => l.kind === 'parameter' && ['options', 'multiOptions'].includes(l.parameter.type))
		.filter((l) => !seen.has(l.parameter) && seen.add(l.parameter))
		.map((l) => ({ node: l.node, path: l.path, parameter: l.parameter }));
}
