/**
 * Canvas subtitles ("Create Order", "New Order", "Order Paid + 1 more"). n8n evaluates a node's
 * subtitle as an expression in the editor, so each one carries a lookup table generated from the
 * same options the dropdowns show: a renamed or added option cannot drift from its subtitle.
 * The tables are flat objects (no `}}` inside an expression) and an unknown value shows as it is.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

const ARTICLES = new Set(['a', 'an', 'the']);
const SMALL_WORDS = new Set(['and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'per', 'to', 'via', 'with']);

/** An operation's action in Title Case without articles: "Get the orders of a customer" → "Get Orders of Customer". */
export function actionLabel(action: string): string {
	const words = action.split(/\s+/).filter((word) => word !== '' && !ARTICLES.has(word.toLowerCase()));
	return words
		.map((word, index) => {
			const edge = index === 0 || index === words.length - 1;
			return !edge && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1);
		})
		.join(' ');
}

const optionsOf = (property: INodeProperties | undefined) => (property?.options ?? []) as INodePropertyOptions[];

/** `resource:operation` → label, for every operation of every resource of an action node. */
export function operationLabels(properties: INodeProperties[]): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			for (const option of optionsOf(property)) {
				labels[`${resource}:${String(option.value)}`] = actionLabel(option.action ?? option.name);
			}
		}
	}
	return labels;
}

/** Subtitle of an action node: the chosen operation's action, e.g. "Create Order". */
export function operationSubtitle(properties: INodeProperties[]): string {
	const table = JSON.stringify(operationLabels(properties));
	return `={{ (${table})[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}

/** The option names of the parameter `name`, by value, as an object literal. */
const namesOf = (properties: INodeProperties[], name: string) =>
	JSON.stringify(
		Object.fromEntries(optionsOf(properties.find((p) => p.name === name)).map((option) => [String(option.value), option.name])),
	);

/** Subtitle of a trigger with one event (`options`): the event's name, e.g. "New Order". */
export function eventSubtitle(properties: INodeProperties[], name: string): string {
	const p = `$parameter["${name}"]`;
	return `={{ (${namesOf(properties, name)})[${p}] || ${p} }}`;
}

/** Subtitle of a trigger with several events (`multiOptions`): "Order Paid", "Order Paid + 2 more". */
export function eventsSubtitle(properties: INodeProperties[], name: string): string {
	const p = `($parameter["${name}"] || [])`;
	const first = `((${namesOf(properties, name)})[${p}[0]] || ${p}[0])`;
	const more = `(${p}.length > 1 ? " + " + (${p}.length - 1) + " more" : "")`;
	return `={{ ${p}.length ? ${first} + ${more} : "" }}`;
}
