/**
 * Contract: for each Coupon operation with a recorded request, the request the node sends has
 * the method, path, query and body recorded against a real FluentCart 1.3.25.
 */
import type { IDataObject } from 'n8n-workflow';

import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { expectLikeBothRecorded, expectLikeRecorded, lastSent } from '../helpers/contract';
import { rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const sent = (method: string, path: RegExp) => lastSent(ctx.fake, method, path);
const expectLike = expectLikeRecorded;

const run = (operation: string, extra: IDataObject) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'coupon', operation, ...extra } });

/** The recorded session's coupons: LAB10 (#1, percentage) and LAB5 (#2, fixed). */
async function createRecordedCoupons() {
	await run('create', {
		title: 'Lab 10% off',
		code: 'LAB10',
		type: 'percentage',
		amount: '10',
		status: 'active',
		couponConditions: { maxUses: 100 },
	});
	await run('create', { title: 'Lab $5 off', code: 'LAB5', type: 'fixed', amount: '5', status: 'active' });
}

describe('Coupon requests match the recorded ones', () => {
	it('Get Many on an empty shop → coupons-list-empty.json', async () => {
		await run('getAll', { returnAll: true });
		expectLike('coupons-list-empty', sent('GET', /coupons$/));
	});

	it('Create → coupon-create-percentage.json and coupon-create-fixed.json, body for body', async () => {
		await createRecordedCoupons();
		const [percentage, fixed] = ctx.fake.requestsTo('POST', /coupons$/);
		expectLikeBothRecorded({ '1.3.25': 'coupon-create-percentage', '1.5.2': 'extra-coupon-create-percentage-with-notes' }, percentage, { notes: '' });
		expectLikeBothRecorded({ '1.3.25': 'coupon-create-fixed', '1.5.2': 'extra-coupon-create-fixed-with-notes' }, fixed, { notes: '' });
	});

	it('never sends the incomplete body of error-422-coupon-validation.json', async () => {
		const result = await run('create', { title: 'x', code: '={{ "" }}', type: 'fixed', amount: '5', status: 'active' });
		expect(result.error?.message).toMatch(/Code is empty/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	it('Get → coupon-get.json; Get Many → coupons-list.json', async () => {
		await createRecordedCoupons();
		await run('get', { couponId: rl(1) });
		expectLike('coupon-get', sent('GET', /coupons\/1$/));
		await run('getAll', { returnAll: false, limit: 10 });
		expectLike('coupons-list', sent('GET', /coupons$/));
	});

	it('Update → coupon-update.json (plus the fields FluentCart would otherwise empty)', async () => {
		await createRecordedCoupons();
		const result = await run('update', { couponId: rl(1), updateFields: { title: 'Lab 15% off', amount: '15', showOnCheckout: true } });
		expect(result.error).toBeUndefined();
		const request = sent('PUT', /coupons\/1$/);
		expectLike('coupon-update', request, 'contains');
		expect(request.body).toMatchObject({ priority: '0', notes: '', start_date: null, end_date: null });
	});

	it('Delete → coupon-delete.json; Get of the deleted coupon → coupon-get-deleted.json', async () => {
		await createRecordedCoupons();
		const deleted = await run('delete', { couponId: rl(2) });
		expect(deleted.json).toEqual([{ deleted: true, id: 2 }]);
		expectLike('coupon-delete', sent('DELETE', /coupons\/2$/));
		const missing = await run('get', { couponId: rl(2) });
		expectLike('coupon-get-deleted', sent('GET', /coupons\/2$/));
		expect(missing.error?.httpCode).toBe('404');
	});
});
