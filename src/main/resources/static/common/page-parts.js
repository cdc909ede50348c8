// Parts shared by the service's pages (the lab's, the data page): calls to the API with
// problem+json errors kept whole, and a DOM helper that only ever creates text nodes from data.

/** A failed call: the status (0 when the service could not be reached) and the problem+json body, when there was one. */
export class ApiError extends Error {
	constructor(message, status, problem) {
		super(message);
		this.status = status;
		this.problem = problem;
	}
}

/**
 * Calls the API and resolves to the JSON body; rejects with an ApiError whose message is the
 * problem's title and detail (the title in the page's language, sent as Accept-Language).
 * @param init fetch options; a body is sent as JSON; its headers are added (e.g. Authorization)
 * @param language the page's language
 * @param unreachable the message when the service cannot be reached
 */
export async function callApi(path, init, language, unreachable) {
	let response;
	try {
		response = await fetch(path, {
			...init,
			headers: {
				Accept: 'application/json',
				'Accept-Language': language,
				...(init.body ? { 'Content-Type': 'application/json' } : {}),
				...(init.headers ?? {})
			}
		});
	}
	catch (e) {
		throw new ApiError(unreachable, 0, null);
	}
	const type = response.headers.get('Content-Type') ?? '';
	const json = type.includes('json') ? await response.json() : null;
	if (!response.ok) {
		const detail = [json?.title, json?.detail].filter(Boolean).join(' — ') || `HTTP ${response.status}`;
		throw new ApiError(detail, response.status, json);
	}
	return json;
}

/** Creates an element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name === 'class') {
			element.className = value;
		}
		else if (name.startsWith('on')) {
			element.addEventListener(name.slice(2), value);
		}
		else {
			element.setAttribute(name, value === true ? '' : value);
		}
	}
	element.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
	return element;
}

/**
 * Shows paragraphs in the page's alert box #error and focuses it, so keyboard and
 * screen-reader users land on it; null paragraphs are left out.
 */
export function showAlert(...paragraphs) {
	const box = document.getElementById('error');
	if (!box) {
		return;
	}
	box.replaceChildren(...paragraphs.filter(p => p !== null).map(p => el('p', {}, p)));
	box.hidden = false;
	box.focus();
}

/** Empties and hides the page's alert box #error. */
export function clearError() {
	const box = document.getElementById('error');
	if (box) {
		box.hidden = true;
		box.replaceChildren();
	}
}

/** Announces a message in the page's polite live region #status; the same text is not read out again. */
export function announce(message) {
	const region = document.getElementById('status');
	if (region && region.textContent !== message) {
		region.textContent = message;
	}
}

/**
 * The API call and the error display of a page whose language is `language` (what
 * pageLanguage gives): api(path, body?) GETs, or POSTs the body as JSON, and rejects with
 * an ApiError; showError(error) puts a service that cannot be reached in the alert box as
 * it is, any other problem in the page's own `error` wording.
 */
export function pageCalls(language) {
	return {
		api(path, body) {
			const init = body ? { method: 'POST', body: JSON.stringify(body) } : { method: 'GET' };
			return callApi(path, init, language.lang(), language.t('error.network'));
		},
		showError(error) {
			showAlert(error instanceof ApiError && error.status === 0 ? error.message
				: language.t('error', { detail: error.message }));
		},
	};
}
