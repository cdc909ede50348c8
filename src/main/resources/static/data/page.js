// Shared parts of the data page: the Korean or English interface (toggle kept in localStorage),
// calls to /api with problem+json errors kept whole, number formatting, and a DOM helper that only
// ever creates text nodes from data.

import { pageLanguage } from '../common/page-language.js';
import { ApiError, announce, clearError, el, pageCalls } from '../common/page-parts.js';
import { TEXT } from './text.js';

const LANG_KEY = 'draftwave.data.lang';

const language = pageLanguage(TEXT, LANG_KEY);

/** The interface language: what the reader chose last, else Korean. */
export const lang = language.lang;

/** Interface text in the current language, {name} placeholders filled from params. */
export const t = language.t;

/** Runs render now and again whenever the language changes. */
export const onLanguage = language.onLanguage;

/** Sets up the ko/en toggle of the page header; call once per page. */
export const setUpPage = language.setUpPage;

export { ApiError, announce, clearError, el };

const calls = pageCalls(language);

/** Calls the API; resolves to the JSON body, rejects with an ApiError (the problem's title and detail). */
export const api = calls.api;

/** A cell's value as text: numbers grouped (54,756), years and text as they are, missing as –. */
export function cell(value, type) {
	if (value === null || value === undefined) {
		return '–';
	}
	if (typeof value === 'number' && type !== 'year') {
		return value.toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 2 });
	}
	return String(value);
}

/** Whether a value is shown right-aligned, as numbers are. */
export function numeric(value, type) {
	return typeof value === 'number' || type === 'integer' || type === 'decimal';
}

/** Shows an error in the page's alert box, focused. */
export const showError = calls.showError;

/** Sets (or, with null, removes) parameters of the page address's query, without a new history entry. */
export function setQuery(params) {
	const query = new URLSearchParams(location.search);
	for (const [name, value] of Object.entries(params)) {
		if (value === null || value === undefined) {
			query.delete(name);
		}
		else {
			query.set(name, value);
		}
	}
	const text = query.toString();
	history.replaceState(null, '', text ? `${location.pathname}?${text}` : location.pathname);
}
