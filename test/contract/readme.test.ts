/**
 * The README documents what the nodes really offer: every operation of every resource of the
 * FluentCart node has a row in its resource's table, every GT Extensions operation and every
 * trigger event is listed, and no table row names an operation that does not exist.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { RESOURCES } from '../../nodes/FluentCart/resources';
import { TRIGGER_EVENTS } from '../../nodes/FluentCartTrigger/events';
import { GtExtensions } from '../../nodes/GtExtensions/GtExtensions.node';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The rows of the first table under a heading, as arrays of cells. */
function tableUnder(heading: string): string[][] {
	const start = README.indexOf(`\n${heading}\n`);
	if (start === -1) throw new Error(`README has no "${heading}" heading`);
	const rows: string[][] = [];
	let inTable = false;
	for (const line of README.slice(start + heading.length + 2).split('\n')) {
		if (line.startsWith('|')) {
			inTable = true;
			rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
		} else if (inTable) {
			break;
		} else if (line.startsWith('#')) {
			break;
		}
	}
	return rows.slice(2); // header and separator
}

/** "Pause / Resume / Reactivate" → ["Pause", "Resume", "Reactivate"]; bold and links removed. */
const namesIn = (cell: string) =>
	cell
		.replace(/\*\*/g, '')
		.replace(/\s*\(.*?\)\s*/g, '')
		.split('/')
		.map((name) => name.trim())
		.filter(Boolean);

function operationNames(properties: INodeProperties[], resource: string): string[] {
	const operation = properties.find(
		(p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
	);
	return ((operation?.options ?? []) as INodePropertyOptions[]).map((o) => o.name);
}

describe('README tables match the FluentCart node', () => {
	const properties = new FluentCart().description.properties;

	it.each(RESOURCES.map((r) => [r.option.name, String(r.option.value)]))('%s', (name, value) => {
		const heading = name === 'License' ? '#### License (Pro)' : `#### ${name}`;
		const documented = tableUnder(heading).flatMap((row) => namesIn(row[0]));
		const offered = operationNames(properties, value);
		expect(offered.length).toBeGreaterThan(0);
		expect([...documented].sort()).toEqual([...offered].sort());
	});
});

describe('README lists the other nodes’ operations and events', () => {
	it('GT Extensions for FluentCart', () => {
		const documented = tableUnder('### GT Extensions for FluentCart node').map((row) => row[0]);
		const properties = new GtExtensions().description.properties;
		const offered = ['currency', 'product', 'variation'].flatMap((resource) => {
			const resourceName = resource.charAt(0).toUpperCase() + resource.slice(1);
			return operationNames(properties, resource).map((op) => `${resourceName} → ${op}`);
		});
		expect([...documented].sort()).toEqual([...offered].sort());
	});

	it('FluentCart Trigger events', () => {
		const documented = tableUnder('### FluentCart Trigger').map((row) => [row[0], row[1].replace(/`/g, '')]);
		expect(documented).toEqual(TRIGGER_EVENTS.map((e) => [e.name, e.value]));
	});
});
