import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { RESOURCES, SHARED_METHODS } from './resources';
import type { ListSearchMethod, LoadOptionsMethod, ResourceOperations } from './shared/types';

const OPERATIONS: Record<string, ResourceOperations> = Object.fromEntries(
	RESOURCES.map((resource) => [String(resource.option.value), resource.operations]),
);

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
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage a FluentCart shop (WordPress): orders, payments and refunds, customers, products and variations, subscriptions, coupons, reports, licenses (Pro), and any other FluentCart API call',
		defaults: { name: 'FluentCart' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fluentCartApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: RESOURCES.map((resource) => resource.option),
				default: 'order',
			},
			...RESOURCES.flatMap((resource) => resource.properties),
		],
	};

	methods = {
		listSearch: collect<ListSearchMethod>((r) => r.listSearch, SHARED_METHODS.listSearch),
		loadOptions: collect<LoadOptionsMethod>((r) => r.loadOptions, SHARED_METHODS.loadOptions),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];

		for (let i = 0; i < items.length; i++) {
			try {
				const resource = this.getNodeParameter('resource', i) as string;
				const operation = this.getNodeParameter('operation', i) as string;
				const handler = OPERATIONS[resource]?.[operation];
				if (!handler) {
					throw new NodeOperationError(
						this.getNode(),
						`The operation "${operation}" is not supported for resource "${resource}"`,
						{ itemIndex: i },
					);
				}
				const result = await handler.call(this, i);
				returnData.push(
					...this.helpers.constructExecutionMetaData(
						this.helpers.returnJsonArray(result as IDataObject | IDataObject[]),
						{ itemData: { item: i } },
					),
				);
			} catch (error) {
				if (this.continueOnFail()) {
					const description = (error as NodeApiError).description;
					returnData.push({
						json: { error: (error as Error).message, ...(description ? { description } : {}) },
						pairedItem: { item: i },
					});
					continue;
				}
				if (error instanceof NodeApiError) {
					error.context.itemIndex ??= i;
					throw new NodeApiError(this.getNode(), error as unknown as JsonObject, { itemIndex: i });
				}
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
			}
		}
		return [returnData];
	}
}
