/**
 * Every route module of the fake WordPress site. A new resource adds its register function here.
 */
import type { FakeFluentCart } from '../server';
import { registerCouponRoutes } from './coupons';
import { registerCustomerRoutes } from './customers';
import { registerGtRoutes } from './gt';
import { registerIntegrationRoutes } from './integrations';
import { registerOrderRoutes } from './orders';
import { registerProductRoutes } from './products';
import { registerSettingsRoutes } from './settings';
import { registerWpRoutes } from './wp';

export function registerAllRoutes(fake: FakeFluentCart) {
	registerWpRoutes(fake);
	registerOrderRoutes(fake);
	registerCustomerRoutes(fake);
	registerCouponRoutes(fake);
	registerProductRoutes(fake);
	registerSettingsRoutes(fake);
	registerGtRoutes(fake);
	registerIntegrationRoutes(fake);
}
