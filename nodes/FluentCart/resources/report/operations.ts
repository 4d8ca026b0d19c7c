/**
 * Reports: Overview, Dashboard Stats, Sales Report. FluentCart reads report inputs nested under
 * `params` (`params[startDate]=…`), as its admin screens send them.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireOneOf } from '../../../shared/validation';
import type { WallClock } from './dates';
import { compareDates, formatDate, readDate } from './dates';
import { REPORT_COMPARISONS, REPORT_GROUPS, REPORT_ORDER_TYPES } from './report.description';

function readCurrency(ctx: IExecuteFunctions, i: number): string | undefined {
	const raw = String(ctx.getNodeParameter('currency', i, '') ?? '').trim();
	if (!raw) return undefined;
	if (!/^[a-z]{3}$/i.test(raw)) {
		throw inputError(ctx, i, `Currency must be a 3-letter code, got "${raw}"`, 'Use an ISO 4217 code such as USD or EUR.');
	}
	return raw.toUpperCase();
}

function readRange(ctx: IExecuteFunctions, i: number): { start?: WallClock; end?: WallClock } {
	const start = readDate(ctx, i, 'Start Date', ctx.getNodeParameter('startDate', i, ''));
	const end = readDate(ctx, i, 'End Date', ctx.getNodeParameter('endDate', i, ''));
	if (start && end && compareDates(start, end) > 0) {
		throw inputError(ctx, i, `Start Date ${formatDate(start, 'start').slice(0, 10)} is after End Date ${formatDate(end, 'end').slice(0, 10)}`);
	}
	return { start, end };
}

const fromDate = (date: Date): WallClock => ({
	year: date.getUTCFullYear(),
	month: date.getUTCMonth() + 1,
	day: date.getUTCDate(),
	hour: 0,
	minute: 0,
	second: 0,
});

async function report(ctx: IExecuteFunctions, i: number, path: string, params: IDataObject): Promise<IDataObject> {
	const qs = Object.keys(params).length ? { params } : undefined;
	return await fluentCartRequest(ctx, { method: 'GET', path: `reports/${path}`, qs, itemIndex: i });
}

export async function overview(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const currency = readCurrency(this, i);
	const response = await report(this, i, 'overview', currency ? { currency } : {});
	return (response.data as IDataObject) ?? response;
}

export async function dashboardStats(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const { start, end } = readRange(this, i);
	if (!!start !== !!end) {
		throw inputError(
			this,
			i,
			`${start ? 'End' : 'Start'} Date is empty`,
			'Give both dates, or leave both empty for everything since the first order.',
		);
	}
	const params: IDataObject = {};
	if (start && end) {
		params.startDate = formatDate(start, 'start');
		params.endDate = formatDate(end, 'end');
	}
	const currency = readCurrency(this, i);
	if (currency) params.currency = currency;
	const response = await report(this, i, 'dashboard-stats', params);
	const stats = (response.dashBoardStats ?? {}) as Record<string, IDataObject>;
	if (!(this.getNodeParameter('simplify', i, true) as boolean)) return response;
	const legacy = this.getNode().typeVersion < 2;
	const pick = (key: string, which: 'current_count' | 'compare_count') => Number(stats[key]?.[which] ?? 0);
	return {
		start_date: params.startDate ?? null,
		end_date: params.endDate ?? null,
		total_orders: pick('total_orders', 'current_count'),
		total_orders_previous: pick('total_orders', 'compare_count'),
		paid_orders: pick('paid_orders', 'current_count'),
		paid_orders_previous: pick('paid_orders', 'compare_count'),
		paid_order_items: pick('total_paid_order_items', 'current_count'),
		paid_order_items_previous: pick('total_paid_order_items', 'compare_count'),
		// Node version 1 named the amounts by FluentCart's unit; from version 2 Money Output sets it.
		[legacy ? 'paid_amount_cents' : 'paid_amount']: pick('total_paid_amounts', 'current_count'),
		[legacy ? 'paid_amount_previous_cents' : 'paid_amount_previous']: pick('total_paid_amounts', 'compare_count'),
	};
}

export async function salesReport(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const range = readRange(this, i);
	const now = new Date();
	const monthAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, now.getUTCDate()));
	const start = range.start ?? fromDate(monthAgo);
	const end = range.end ?? fromDate(now);
	if (compareDates(start, end) > 0) {
		throw inputError(this, i, `Start Date ${formatDate(start).slice(0, 10)} is after End Date ${formatDate(end).slice(0, 10)}`);
	}
	const groupKey = requireOneOf(this, i, 'Group By', this.getNodeParameter('groupBy', i, 'default'), REPORT_GROUPS);
	const compareType = String(this.getNodeParameter('compareWith', i, '') ?? '');
	if (!(REPORT_COMPARISONS as readonly string[]).includes(compareType)) {
		requireOneOf(this, i, 'Compare With', compareType, REPORT_COMPARISONS.filter(Boolean));
	}
	const orderTypes = (this.getNodeParameter('orderTypes', i, []) as unknown[]).map((type) =>
		requireOneOf(this, i, 'Order Types', type, REPORT_ORDER_TYPES),
	);
	const params: IDataObject = {
		startDate: formatDate(start, 'start'),
		endDate: formatDate(end, 'end'),
		groupKey,
	};
	// FluentCart only compares when both compareType and a compareDate are sent.
	if (compareType) Object.assign(params, { compareType, compareDate: params.startDate });
	if (orderTypes.length) params.orderTypes = orderTypes;
	const currency = readCurrency(this, i);
	if (currency) params.currency = currency;
	return await report(this, i, 'sales-report', params);
}
