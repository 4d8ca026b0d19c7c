import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** One operation for one input item; returns one or more output records. */
export type OperationHandler = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<IDataObject | IDataObject[]>;

export type ResourceOperations = Record<string, OperationHandler>;
