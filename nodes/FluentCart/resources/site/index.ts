import type { ResourceDefinition } from '../../../shared/types';
import { getConnectionInfo } from './operations';
import { siteProperties } from './site.description';

export const siteResource: ResourceDefinition = {
	option: {
		name: 'Site',
		value: 'site',
		description: 'The connection: which FluentCart version the site runs and what that means for the nodes',
	},
	properties: siteProperties,
	operations: { getConnectionInfo },
};
