// Shared parts of the complaint analysis page: the Korean or English interface (the same choice as
// the data page's), calls to /api with problem+json errors kept whole, numbers as officials read
// them, and the page's alert box and live region.

import { pageLanguage } from '../common/page-language.js';
import { ApiError, announce, clearError, el, pageCalls } from '../common/page-parts.js';
import { TEXT } from './complaints-text.js';

/** The data pages share the reader's language choice. */
const LANG_KEY = 'draftwave.data.lang';

const language = pageLanguage(TEXT, LANG_KEY);

export const lang = language.lang;

export const t = language.t;

export const onLanguage = language.onLanguage;

export const setUpPage = language.setUpPage;

export { ApiError, announce, clearError, el };

const calls = pageCalls(language);

/** Calls the API; resolves to the JSON body, rejects with an ApiError (the problem's title and detail). */
export const api = calls.api;

/** A number grouped as the reader's language writes it: 20,153; 6.2. */
export function number(value, digits = 1) {
	if (value === null || value === undefined) {
		return '–';
	}
	return value.toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: digits });
}

/** A period as the reader's language writes it: 2025-Q4 → 2025년 4분기 or Q4 2025; 2025 → 2025년 or 2025. */
export function period(text) {
	const [year, quarter] = String(text).split('-Q');
	if (quarter) {
		return lang() === 'ko' ? `${year}년 ${quarter}분기` : `Q${quarter} ${year}`;
	}
	return lang() === 'ko' ? `${year}년` : year;
}

/** A share from 0 to 1 as a percentage with one decimal: 0.062 → 6.2. */
export function percent(share) {
	return share === null || share === undefined ? '–' : number(Math.round(share * 1000) / 10);
}

/** Shows an error in the page's alert box, focused. */
export const showError = calls.showError;

/** A table of values: a caption, column headers, rows of cells (numbers right-aligned), scrolling sideways. */
export function valueTable(caption, headers, rows, attributes = {}) {
	return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
		el('table', attributes,
			el('caption', {}, caption),
			el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
			el('tbody', {}, rows)));
}

/** A row of a value table; a cell given as {num: value} is a number, right-aligned. */
export function valueRow(cells, attributes = {}) {
	return el('tr', attributes, cells.map((c, i) => {
		const numeric = c !== null && typeof c === 'object' && 'num' in c;
		return el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: numeric ? 'num' : null },
			numeric ? number(c.num) : c);
	}));
}
