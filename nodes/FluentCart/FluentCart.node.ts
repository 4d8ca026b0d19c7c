import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { fluentCartApiTest } from '../shared/connection-test';
import { runOperations, type MoneyOutputSpec, type OperationTable } from '../shared/execute';
import type { ResponseKind } from '../shared/money-fields';
import { responseKindFor } from '../shared/money-fields';
import { moneyOutputProperty } from '../shared/money-output';
import { operationSubtitle } from '../shared/subtitle';

import { RESOURCES, SHARED_METHODS } from './resources';
import type { ListSearchMethod, LoadOptionsMethod } from '../shared/types';

const OPERATIONS: OperationTable = Object.fromEntries(
	RESOURCES.map((resource) => [String(resource.option.value), resource.operations]),
);

const REPORT_KINDS: Record<string, ResponseKind> = {
	overview: 'reportOverview',
	dashboardStats: 'reportDashboardStats',
	salesReport: 'reportSalesReport',
};

/** Version 2 outputs money in the Money Output unit; version 1 as FluentCart answers it. */
const MONEY: MoneyOutputSpec = {
	since: 2,
	kindOf: (ctx, i, resource, operation) => {
		if (resource === 'report') return REPORT_KINDS[operation] ?? 'record';
		if (resource === 'shipping') return 'shipping';
		if (resource === 'customApiCall') return responseKindFor(String(ctx.getNodeParameter('path', i, '')));
		return 'record';
	},
};

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
	moneyOutputProperty([2]),
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
		version: [1, 2],
		defaultVersion: 2,
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
		return await runOperations.call(this, OPERATIONS, MONEY);
	}
}
