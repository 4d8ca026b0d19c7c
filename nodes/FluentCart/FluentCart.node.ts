import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { fluentCartApiTest } from '../shared/connection-test';
import { runOperations, type OperationTable } from '../shared/execute';
import { operationSubtitle } from '../shared/subtitle';

import { RESOURCES, SHARED_METHODS } from './resources';
import type { ListSearchMethod, LoadOptionsMethod } from '../shared/types';

const OPERATIONS: OperationTable = Object.fromEntries(
	RESOURCES.map((resource) => [String(resource.option.value), resource.operations]),
);

const PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: RESOURCES.map((resource) => resource.option),
		default: 'order',
	},
	...RESOURCES.flatMap((resource) => resource.properties),
];

function collect<T>(pick: (resource: (typeof RESOURCES)[number]) => Record<string, T> | undefined, shared: Record<string, T>) {
	return Object.assign({}, shared, ...RESOURCES.map((resource) => pick(resource) ?? {})) as Record<string, T>;
}

export class FluentCart implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FluentCart',
		name: 'fluentCart',
		icon: { light: 'file:../../icons/fluentcart.svg', dark: 'file:../../icons/fluentcart.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(PROPERTIES),
		description:
			'Manage a FluentCart shop (WordPress): orders, payments and refunds, customers, products and variations, subscriptions, coupons, reports, licenses (Pro), and any other FluentCart API call',
		defaults: { name: 'FluentCart' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fluentCartApi', required: true, testedBy: 'fluentCartApiTest' }],
		properties: PROPERTIES,
	};

	methods = {
		credentialTest: { fluentCartApiTest },
		listSearch: collect<ListSearchMethod>((r) => r.listSearch, SHARED_METHODS.listSearch),
		loadOptions: collect<LoadOptionsMethod>((r) => r.loadOptions, SHARED_METHODS.loadOptions),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, OPERATIONS);
	}
}
