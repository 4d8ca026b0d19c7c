/** License actions (FluentCart Pro): sites, key, validity, status. */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { inputError, requireOneOf, requirePositiveId } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { outputAfterWrite } from '../../../shared/read-back';
import { formatDate, readDate } from '../report/dates';
import {
	fetchLicenseDetails,
	licenseDetailsOutput,
	licenseOutput,
	licenseRequest,
	sameSite,
} from './helpers';
import { LICENSE_STATUSES } from './license.description';

/** A site address as FluentCart's admin screen accepts it: a host, optionally with scheme and path. */
function readSiteUrl(ctx: IExecuteFunctions, i: number): string {
	const raw = String(ctx.getNodeParameter('siteUrl', i, '') ?? '').trim();
	if (!raw) throw inputError(ctx, i, 'Site URL is empty', 'Enter the address of the site, e.g. https://client-site.com.');
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
	let host = '';
	try {
		const parsed = new URL(withScheme);
		host = /^https?:$/.test(parsed.protocol) ? parsed.hostname : '';
	} catch {
		host = '';
	}
	if (!host || /\s/.test(raw) || !(host.includes('.') || host === 'localhost')) {
		throw inputError(ctx, i, `Site URL "${raw}" is not a web address`, 'Enter it like https://client-site.com.');
	}
	return raw;
}

/** A write that answers 200 but reports failure in the body (`{success: false, error}`) is an error too. */
function refusedInBody(ctx: IExecuteFunctions, i: number, response: IDataObject) {
	if (response.success === false) {
		const reason = typeof response.error === 'string' ? response.error : 'FluentCart refused the request';
		throw new NodeApiError(ctx.getNode(), response as JsonObject, {
			message: reason,
			description: 'FluentCart answered HTTP 200 but reported that the action failed.',
			itemIndex: i,
		});
	}
}

export async function activateSite(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const licenseId = readId(this, 'licenseId', i, 'License ID');
	const url = readSiteUrl(this, i);
	const response = await licenseRequest(this, {
		method: 'POST',
		path: `licensing/licenses/${licenseId}/activate_site`,
		body: { id: licenseId, url },
		itemIndex: i,
	});
	refusedInBody(this, i, response);
	const build = (details: IDataObject) => ({ ...licenseDetailsOutput(this, details, i), message: response.message });
	return await outputAfterWrite(this, i, `License ${licenseId} was activated on ${url}`, async () => await fetchLicenseDetails(this, licenseId, i), build, {
		id: licenseId,
		message: response.message,
	});
}

export async function deactivateSite(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const licenseId = readId(this, 'licenseId', i, 'License ID');
	const by = this.getNodeParameter('siteBy', i, 'url') as string;
	let activationId: number;
	if (by === 'activationId') {
		activationId = requirePositiveId(this, i, 'Activation ID', this.getNodeParameter('activationId', i));
	} else {
		const url = readSiteUrl(this, i);
		// FluentCart deactivates by activation ID: find the activation of that site first.
		const details = await fetchLicenseDetails(this, licenseId, i);
		const activations = (details.activations as IDataObject[] | undefined) ?? [];
		const found = activations.find((a) => sameSite((a.site as IDataObject | undefined)?.site_url, url));
		if (!found) {
			const sites = activations.map((a) => String((a.site as IDataObject | undefined)?.site_url ?? '?'));
			throw inputError(
				this,
				i,
				`License ${licenseId} is not activated on "${url}"`,
				sites.length ? `It is activated on: ${sites.join(', ')}.` : 'It is not activated on any site.',
			);
		}
		activationId = Number(found.id);
	}
	const response = await licenseRequest(this, {
		method: 'POST',
		path: `licensing/licenses/${licenseId}/deactivate_site`,
		body: { id: licenseId, activation_id: activationId },
		itemIndex: i,
	});
	refusedInBody(this, i, response);
	const answered = { message: response.message, deactivated_activation_id: activationId };
	const build = (details: IDataObject) => ({ ...licenseDetailsOutput(this, details, i), ...answered });
	const done = `Activation ${activationId} of license ${licenseId} was deactivated`;
	return await outputAfterWrite(this, i, done, async () => await fetchLicenseDetails(this, licenseId, i), build, { id: licenseId, ...answered });
}

export async function regenerateKey(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const licenseId = readId(this, 'licenseId', i, 'License ID');
	const response = await licenseRequest(this, {
		method: 'POST',
		path: `licensing/licenses/${licenseId}/regenerate-key`,
		itemIndex: i,
	});
	return { ...licenseOutput(this, response.license as IDataObject, i), message: response.message };
}

export async function extendValidity(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const licenseId = readId(this, 'licenseId', i, 'License ID');
	let expiration: string;
	if (this.getNodeParameter('lifetime', i, false) === true) {
		expiration = 'lifetime';
	} else {
		const date = readDate(this, i, 'Expiration Date', this.getNodeParameter('expirationDate', i, ''));
		if (!date) {
			throw inputError(this, i, 'Expiration Date is empty', 'Pick the new expiration date, or switch on Lifetime.');
		}
		expiration = formatDate(date);
	}
	const response = await licenseRequest(this, {
		method: 'POST',
		path: `licensing/licenses/${licenseId}/extend-validity`,
		body: { expiration_date: expiration },
		itemIndex: i,
	});
	return { ...licenseOutput(this, response.license as IDataObject, i), message: response.message };
}

export async function updateStatus(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const licenseId = readId(this, 'licenseId', i, 'License ID');
	const status = requireOneOf(this, i, 'Status', this.getNodeParameter('licenseStatus', i), LICENSE_STATUSES);
	const response = await licenseRequest(this, {
		method: 'POST',
		path: `licensing/licenses/${licenseId}/update_status`,
		body: { status },
		itemIndex: i,
	});
	return { ...licenseOutput(this, response.license as IDataObject, i), message: response.message };
}
