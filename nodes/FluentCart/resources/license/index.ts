import type { ResourceDefinition } from '../../../shared/types';
import { activateSite, deactivateSite, extendValidity, regenerateKey, updateStatus } from './actions';
import { licenseProperties } from './license.description';
import { get, getAll } from './read';
import { searchLicenses } from './search';

export const licenseResource: ResourceDefinition = {
	option: {
		name: 'License (Pro)',
		value: 'license',
		description: 'Software licenses of FluentCart Pro’s Licensing module: read, activate sites, key, validity, status',
	},
	properties: licenseProperties,
	operations: {
		activateSite,
		deactivateSite,
		extendValidity,
		get,
		getAll,
		regenerateKey,
		updateStatus,
	},
	listSearch: { searchLicenses },
};
