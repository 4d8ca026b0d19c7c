/**
 * The resources of the FluentCart node, in the order of the Resource dropdown. A new resource
 * is a folder under resources/ exporting a ResourceDefinition, added here.
 */
import type { ResourceDefinition } from '../../shared/types';
import { getVariations } from './variation/search';
import { searchCustomers } from './customer/search';
import { countryResource } from './country';
import { couponResource } from './coupon';
import { customApiCallResource } from './customApiCall';
import { customerResource } from './customer';
import { licenseResource } from './license';
import { orderResource } from './order';
import { productResource } from './product';
import { productTermResource } from './productTerm';
import { renewalResource } from './renewal';
import { reportResource } from './report';
import { shippingResource } from './shipping';
import { siteResource } from './site';
import { subscriptionResource } from './subscription';
import { variationResource } from './variation';

export const RESOURCES: ResourceDefinition[] = [
	countryResource,
	couponResource,
	customApiCallResource,
	customerResource,
	licenseResource,
	orderResource,
	productResource,
	productTermResource,
	renewalResource,
	reportResource,
	shippingResource,
	siteResource,
	subscriptionResource,
	variationResource,
];

/** Searches and option lists shared by several resources (e.g. picking a customer for an order). */
export const SHARED_METHODS = {
	listSearch: { searchCustomers },
	loadOptions: { getVariations },
};
