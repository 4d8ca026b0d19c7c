import type { ResourceDefinition } from '../../../shared/types';
import { countryProperties } from './country.description';
import { get, getAll } from './operations';

export const countryResource: ResourceDefinition = {
	option: {
		name: 'Country',
		value: 'country',
		description: 'The countries the store knows, and a country’s states and address rules (state and postcode required or not)',
	},
	properties: countryProperties,
	operations: { get, getAll },
};
