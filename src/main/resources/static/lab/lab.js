// Shared parts of the prompt lab's pages: the Korean or English interface (toggle kept in
// localStorage), calls to /api/lab with problem+json errors in plain words, polling a run, and
// small DOM helpers that only ever create text nodes from data.

import { pageLanguage } from '../common/page-language.js';
import { ApiError, announce, callApi, clearError, el, showAlert } from '../common/page-parts.js';
import { TEXT } from './text.js';

const LANG_KEY = 'draftwave.lab.lang';
const PARTICIPANT_KEY = 'draftwave.lab.participant';

const language = pageLanguage(TEXT, LANG_KEY);

/** The interface language: what the reader chose last, else Korean. */
export const lang = language.lang;

/** Interface text in the current language, {name} placeholders filled from params. */
export const t = language.t;

/** Runs render now and again whenever the language changes. */
export const onLanguage = language.onLanguage;

/** Sets up the ko/en toggle of the page header; call once per page. */
export const setUpPage = language.setUpPage;

/** The participant name this browser used last. */
export function participant() {
	return localStorage.getItem(PARTICIPANT_KEY) ?? '';
}

export function rememberParticipant(name) {
	localStorage.setItem(PARTICIPANT_KEY, name);
}

/** Calls the lab API; resolves to the JSON body, rejects with an ApiError carrying problem+json's detail. */
export function api(path, options = {}) {
	return callApi(path, options, lang(), t('error.network'));
}

/** The text of an error for a person: the problem's detail, or what failed to connect. */
export function describe(error) {
	return error instanceof ApiError && error.status === 0 ? error.message : t('error', { detail: error.message });
}

export { announce, clearError, el };

/** A query parameter of the page's address. */
export function param(name) {
	return new URLSearchParams(location.search).get(name);
}

/** The label of a column: variant, and model and temperature when the run has more than one setting. */
export function columnLabel(column, withModel) {
	if (!withModel) {
		return column.variant;
	}
	const temperature = column.temperature !== undefined && column.temperature !== null ? ` · ${column.temperature}` : '';
	return `${column.variant} · ${column.model}${temperature}`;
}

/** The key of a (variant, model, temperature) column. */
export function columnKey(item) {
	return JSON.stringify([item.variant, item.model, item.temperature ?? null]);
}

/** A score 0..1 as a percentage. */
export function percent(score) {
	return typeof score === 'number' ? `${Math.round(score * 100)}%` : '–';
}

export function formatDate(iso) {
	if (!iso) {
		return '';
	}
	return new Date(iso).toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** Shows an error in the page's alert box (focused, so keyboard and screen-reader users land on it). */
export function showError(error, keptInput = false) {
	showAlert(describe(error), keptInput ? t('error.kept') : null);
}

/** Polls a run every ~500 ms until it is done, calling onUpdate with each state; resolves to the last. */
export async function pollRun(runId, onUpdate, interval = 500) {
	for (;;) {
		const run = await api(`/api/lab/runs/${encodeURIComponent(runId)}`);
		onUpdate(run);
		if (run.status !== 'running') {
			return run;
		}
		await new Promise(resolve => setTimeout(resolve, interval));
	}
}
