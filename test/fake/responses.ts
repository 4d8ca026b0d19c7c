/**
 * The answer shapes FluentCart 1.3.25 and WordPress really send (see the recorded fixtures).
 */
export interface FakeResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Send this text as-is instead of JSON. */
	raw?: string;
}

export const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });

/** WordPress REST error: `{code, message, data:{status}}`. */
export const wpError = (status: number, code: string, message: string): FakeResponse => ({
	status,
	body: { code, message, data: { status } },
});

export const restNoRoute = (): FakeResponse =>
	wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');

export const restForbidden = (status: 401 | 403): FakeResponse =>
	wpError(status, 'rest_forbidden', 'Sorry, you are not allowed to do that.');

/** 422 validation map: `{field: {rule: message}}`, no wrapper. */
export const validationError = (map: Record<string, Record<string, string>>): FakeResponse => ({
	status: 422,
	body: map,
});

/** Controller sendError: `{message}` with 422 unless a code is given. */
export const sendError = (message: string, status = 422, extra: Record<string, unknown> = {}): FakeResponse => ({
	status,
	body: { message, ...extra },
});

/** Resource-layer WP_Error: HTTP 500 with the intended status as a number in `code`. */
export const resourceError = (code: number, message: string): FakeResponse => ({
	status: 500,
	body: { code, message, data: null },
});

/** Any other exception (`plugin_exception`). */
export const pluginException = (message: string, status = 500): FakeResponse => ({
	status,
	body: { code: 'plugin_exception', message, data: [] },
});

/** Controller::entityNotFoundError: 404 with the message under data.message. */
export const entityNotFound = (
	message: string,
	buttonText: string,
	route: string,
	debug: Record<string, unknown>,
): FakeResponse => ({
	status: 404,
	body: {
		data: { message, buttonText, route, wpfluent: { env: 'dev', ...debug } },
		code: 'fluent_cart_entity_not_found',
	},
});

/** Route-model binding failure inside the permission callback: 403. */
export const permissionCallbackError = (model: string): FakeResponse =>
	wpError(403, 'Permission Callback Error', `No query results for model [FluentCart\\App\\Models\\${model}].`);

/** findOrFail inside a controller: 404 `{message}`. */
export const modelNotFound = (model: string): FakeResponse => ({
	status: 404,
	body: { message: `No query results for model [FluentCart\\App\\Models\\${model}].` },
});
