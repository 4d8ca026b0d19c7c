import type { ResourceDefinition } from '../../../shared/types';
import { call } from './call';
import { customApiCallProperties } from './customApiCall.description';

export const customApiCallResource: ResourceDefinition = {
	option: {
		name: 'Custom API Call',
		value: 'customApiCall',
		description: 'Any other FluentCart REST route, with the node’s credential and error handling',
	},
	properties: customApiCallProperties,
	operations: { call },
};
