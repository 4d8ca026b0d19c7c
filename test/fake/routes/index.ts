/**
 * Every route module of the fake WordPress site. A new resource adds its register function here.
 */
import type { FakeFluentCart } from '../server';
import { registerAttributeRoutes } from './attributes';
import { registerCouponRoutes } from './coupons';
import { registerCustomerRoutes } from './customers';
import { registerGtRoutes } from './gt';
import { registerIntegrationRoutes } from './integrations';
import { registerLicenseRoutes } from './licenses';
import { registerOrderRoutes } from './orders';
import { registerProductRoutes } from './products';
import { registerReportRoutes } from './reports';
import { registerSettingsRoutes } from './settings';
import { registerShippingRoutes } from './shipping';
import { registerSiteRoutes } from './site';
import { registerStoreLookupRoutes } from './store-lookups';
import { registerSubscriptionRoutes } from './subscriptions';
import { registerTermRoutes } from './terms';
import { registerWpRoutes } from './wp';

export function registerAllRoutes(fake: FakeFluentCart) {
	registerWpRoutes(fake);
	registerSiteRoutes(fake);
	// Before orders/{order}.
	registerShippingRoutes(fake);
	registerOrderRoutes(fake);
	registerCustomerRoutes(fake);
	registerCouponRoutes(fake);
	// Before products/{product}, which would take products/fetch-term.
	registerTermRoutes(fake);
	registerAttributeRoutes(fake);
	registerProductRoutes(fake);
	registerSettingsRoutes(fake);
	registerGtRoutes(fake);
	registerIntegrationRoutes(fake);
	registerSubscriptionRoutes(fake);
	registerLicenseRoutes(fake);
	registerReportRoutes(fake);
	registerStoreLookupRoutes(fake);
}
