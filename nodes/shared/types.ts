import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** One operation for one input item; returns one or more output records. */
export type OperationHandler = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<IDataObject | IDataObject[]>;

export type ResourceOperations = Record<string, OperationHandler>;

export type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

export type LoadOptionsMethod = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/** Everything a resource brings to the FluentCart node. */
export interface ResourceDefinition {
	/** Option shown in the Resource dropdown. */
	option: INodePropertyOptions;
	/** The resource's Operation property and its fields. */
	properties: INodeProperties[];
	operations: ResourceOperations;
	listSearch?: Record<string, ListSearchMethod>;
	loadOptions?: Record<string, LoadOptionsMethod>;
}
