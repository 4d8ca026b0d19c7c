/**
 * Images of the WordPress media library, for the operations that set product and variation
 * images. FluentCart stores whatever `{id, title, url}` it is sent and checks none of it
 * (recorded on 1.3.25 and 1.5.2: an unknown attachment id is stored and its made-up url shown),
 * so every id is looked up in WordPress core (`GET wp/v2/media/{id}`) before anything is written.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { FluentCartApiError, fluentCartRequest } from './transport';
import { inputError, requirePositiveId } from './validation';

export interface Attachment {
	id: number;
	title: string;
	url: string;
}

/**
 * Set Images' input: Remove All Images (→ no ids), or the Image IDs, which must then name at least
 * one image. Throws the input error before anything is sent.
 */
export function readImageSelection(ctx: IExecuteFunctions, i: number, field: string): { removeAll: boolean; ids: number[] } {
	const removeAll = ctx.getNodeParameter('removeAllImages', i, false) as boolean;
	const ids = removeAll ? [] : readImageIds(ctx, i, 'imageIds', field);
	if (!removeAll && ids.length === 0) {
		throw inputError(ctx, i, `${field} is empty`, 'Enter the IDs of WordPress media library images, e.g. "26, 27", or switch on Remove All Images.');
	}
	return { removeAll, ids };
}

/** "26, 27", 26 or [26, 27] → [26, 27], in the given order, each id once; empty → []. */
export function readImageIds(ctx: IExecuteFunctions, i: number, parameter: string, field: string): number[] {
	const value = ctx.getNodeParameter(parameter, i, '') as unknown;
	const parts = Array.isArray(value) ? value : typeof value === 'number' ? [value] : String(value ?? '').split(',');
	const ids = parts
		.map((part) => (typeof part === 'string' ? part.trim() : part))
		.filter((part) => part !== '' && part !== null && part !== undefined)
		.map((part) => requirePositiveId(ctx, i, field, part));
	return [...new Set(ids)];
}

const rendered = (value: unknown): string => {
	if (value && typeof value === 'object') return String((value as IDataObject).rendered ?? (value as IDataObject).raw ?? '');
	return typeof value === 'string' ? value : '';
};

/**
 * Each id as an image of the media library, in order. An id that is not an attachment, or an
 * attachment that is not an image, is refused with an error naming the field and the item.
 */
export async function lookUpImages(ctx: IExecuteFunctions, i: number, ids: number[], field: string): Promise<Attachment[]> {
	const out: Attachment[] = [];
	for (const id of ids) {
		let media: IDataObject;
		try {
			media = await fluentCartRequest(ctx, { method: 'GET', namespace: 'wp/v2', path: `media/${id}`, itemIndex: i });
		} catch (error) {
			if (error instanceof FluentCartApiError && error.failureInfo.kind === 'not_found') {
				throw inputError(
					ctx,
					i,
					`${field}: ${id} is not an image of the WordPress media library`,
					'Use the ID of an image uploaded to WordPress (Media → Library shows it in the address of the image, "item=…"). Nothing was changed.',
				);
			}
			throw new NodeApiError(ctx.getNode(), error as JsonObject);
		}
		if (media.media_type !== undefined && media.media_type !== 'image') {
			throw inputError(
				ctx,
				i,
				`${field}: attachment ${id} is not an image (its type is ${String(media.mime_type ?? media.media_type)})`,
				'Use the ID of an image (JPEG, PNG, GIF, WebP…). Nothing was changed.',
			);
		}
		out.push({ id, title: rendered(media.title), url: String(media.source_url ?? '') });
	}
	return out;
}

/** The attachment ids of a stored image list (`[{id,…}]`); anything else (e.g. FluentCart's "[]" string) is no image. */
export function storedImageIds(list: unknown): number[] {
	return Array.isArray(list) ? (list as IDataObject[]).map((m) => Number(m?.id)) : [];
}

export const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((id, k) => id === b[k]);
