// Shared parts of the review pages: the Korean or English interface, the reviewer's API key (kept in
// sessionStorage, sent as a bearer token), calls to the API with problem+json errors kept whole.

import { pageLanguage } from '../common/page-language.js';
import { callApi, el } from '../common/page-parts.js';
import { TEXT } from './text.js';

const KEY = 'draftwave.admin.key';

const language = pageLanguage(TEXT, 'draftwave.admin.lang');

export const { lang, t, onLanguage } = language;

export { el };

/** The key this tab uses, or none (loopback without keys). */
export function apiKey() {
	return sessionStorage.getItem(KEY) ?? '';
}

/** Calls the API with the tab's key; resolves to the JSON body, rejects with an ApiError. */
export function api(path, options = {}) {
	const key = apiKey();
	const headers = key ? { Authorization: `Bearer ${key}` } : {};
	return callApi(path, { ...options, headers, body: options.body ? JSON.stringify(options.body) : undefined },
		lang(), t('error.network'));
}

/** A time for people, in the page's language. */
export function when(iso) {
	return iso ? new Date(iso).toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-GB') : '';
}

/** Shows an error (null clears it). */
export function showError(error) {
	const box = document.getElementById('error');
	box.hidden = !error;
	box.textContent = error ? error.message : '';
}

/** Sets up the language toggle and the key field; calls reload when the key changes. */
export function setUpPage(reload) {
	language.setUpPage();
	const form = document.getElementById('key-form');
	const input = document.getElementById('key');
	input.value = apiKey();
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		sessionStorage.setItem(KEY, input.value.trim());
		reload();
	});
}
