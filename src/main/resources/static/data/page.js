// Shared parts of the data page: the Korean or English interface (toggle kept in localStorage),
// calls to /api with problem+json errors kept whole, number formatting, and a DOM helper that only
// ever creates text nodes from data.

import { pageLanguage } from '../common/page-language.js';
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

/** A failed call: the status and the problem+json body, when there was one. */
export class ApiError extends Error {
	constructor(message, status, problem) {
		super(message);
		this.status = status;
		this.problem = problem;
	}
}

/** Calls the API; resolves to the JSON body, rejects with an ApiError. */
export async function api(path, body) {
	let response;
	try {
		response = await fetch(path, {
			method: body ? 'POST' : 'GET',
			headers: {
				Accept: 'application/json',
				'Accept-Language': lang(),
				...(body ? { 'Content-Type': 'application/json' } : {})
			},
			body: body ? JSON.stringify(body) : undefined
		});
	}
	catch (e) {
		throw new ApiError(t('error.network'), 0, null);
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

/** Shows an error in the page's alert box (focused, so keyboard and screen-reader users land on it). */
export function showError(error) {
	const box = document.getElementById('error');
	box.replaceChildren(el('p', {}, error instanceof ApiError && error.status === 0 ? error.message
		: t('error', { detail: error.message })));
	box.hidden = false;
	box.focus();
}

export function clearError() {
	const box = document.getElementById('error');
	box.hidden = true;
	box.replaceChildren();
}

/** Announces a message in the page's polite live region. */
export function announce(message) {
	const region = document.getElementById('status');
	if (region.textContent !== message) {
		region.textContent = message;
	}
}

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
