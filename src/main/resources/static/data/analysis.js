// A question over the tables and what came of it: the result with the plan in words, the
// statement, the result table, the chart, the source rows and a CSV download; or a clarification
// with its candidates as suggestions; or the closest tables when no table answers.

import { ApiError, announce, api, cell, clearError, el, numeric, setQuery, showError, t } from './page.js';
import { PAGE_SIZE, columnType, rowsTable, tables } from './tables.js';

/** Source rows shown under a result; the rest are counted. */
const SOURCE_ROWS_SHOWN = 10;

let current = null;

let openTable = () => {};

/** What to do when a table is chosen from a result (show its rows at an offset). */
export function onOpenTable(open) {
	openTable = open;
}

/** Asks the question; shows the result, a clarification or the closest tables. */
export async function ask(question, tableIds) {
	const button = document.getElementById('ask-submit');
	clearError();
	button.disabled = true;
	button.textContent = t('ask.working');
	announce(t('ask.working'));
	try {
		const analysis = await api('/api/analyses', { question, ...(tableIds.length ? { tableIds } : {}) });
		await show(analysis);
	}
	catch (error) {
		const type = error instanceof ApiError ? error.problem?.type : null;
		if (type === '/problems/clarification-needed' || type === '/problems/no-table') {
			current = { problem: error.problem };
			setQuery({ analysis: null });
			render();
			announce(error.problem.detail ?? error.problem.title);
		}
		else {
			announce('');
			showError(error);
		}
	}
	finally {
		button.disabled = false;
		button.textContent = t('ask.submit');
	}
}

/** Opens a kept analysis by its id (the page's ?analysis=). */
export async function open(analysisId) {
	try {
		await show(await api(`/api/analyses/${encodeURIComponent(analysisId)}`));
	}
	catch (error) {
		showError(error instanceof ApiError && error.status === 404 ? new Error(t('analysis.missing')) : error);
	}
}

async function show(analysis) {
	current = { analysis, sources: null };
	setQuery({ analysis: analysis.analysisId });
	document.getElementById('question').value = analysis.question;
	render();
	announce(t('result.announce', { statement: analysis.statement }));
	current.sources = await sourceRows(analysis);
	render();
}

/** The first source rows, fetched in runs of consecutive row numbers, in one page. */
async function sourceRows(analysis) {
	const wanted = analysis.sourceRows.slice(0, SOURCE_ROWS_SHOWN);
	const runs = [];
	for (const row of wanted) {
		const last = runs.at(-1);
		if (last && row === last.to + 1) {
			last.to = row;
		}
		else {
			runs.push({ from: row, to: row });
		}
	}
	const pages = await Promise.all(runs.map(run => api(`/api/tables/${encodeURIComponent(analysis.tableId)}`
		+ `/rows?offset=${run.from - 1}&limit=${run.to - run.from + 1}`)));
	return { ...pages[0], rows: pages.flatMap(page => page.rows) };
}

/** Renders the current result (again, after a language change). */
export function render() {
	const section = document.getElementById('result');
	if (current === null) {
		section.hidden = true;
		return;
	}
	section.hidden = false;
	const body = document.getElementById('result-body');
	if (current.problem) {
		body.replaceChildren(current.problem.type === '/problems/no-table' ? noTable(current.problem) : clarification(current.problem));
		return;
	}
	body.replaceChildren(...result(current.analysis, current.sources));
}

function result(a, sources) {
	const resultCaption = t('result.table');
	const parts = [
		el('p', { class: 'statement', id: 'statement' }, a.statement),
		el('p', { class: 'plan' }, el('strong', {}, `${t('result.plan')}: `), el('span', { id: 'plan' }, a.description)),
		el('p', { class: 'meta' }, t('result.source', { title: a.title })),
		el('div', { class: 'result-grid' },
			el('div', {},
				el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': resultCaption },
					el('table', { class: 'result', id: 'result-table' },
						el('caption', {}, resultCaption),
						el('thead', {}, el('tr', {}, a.columns.map(name => el('th', { scope: 'col' }, name)))),
						el('tbody', {}, a.rows.map(row => el('tr', {}, row.map((value, i) => el(i === 0 ? 'th' : 'td',
							{ scope: i === 0 ? 'row' : null, class: numeric(value) ? 'num' : null },
							cell(value, columnType(a.tableId, a.columns[i]))))))))),
				el('p', { class: 'actions' },
					el('a', { class: 'button', id: 'result-csv', href: a.csv, download: `analysis-${a.analysisId}.csv` }, t('result.csv')),
					el('a', { href: a.page }, t('result.link')))),
			a.chart ? chart(a) : null),
		el('section', { class: 'sources', 'aria-labelledby': 'sources-title' },
			el('h3', { id: 'sources-title' }, t('result.sources')),
			el('p', { class: 'meta' }, t('result.sources.count', { count: a.sourceRowCount.toLocaleString() }),
				a.sourceRows.length > SOURCE_ROWS_SHOWN ? ` ${t('result.sources.shown', { shown: SOURCE_ROWS_SHOWN })}` : ''),
			sources ? rowsTable(sources, `${t('result.sources')}: ${a.title}`) : el('p', { class: 'meta' }, t('loading')),
			a.sourceRows.length ? el('button', { type: 'button', class: 'link',
				onclick: () => openTable(a.tableId, Math.floor((a.sourceRows[0] - 1) / PAGE_SIZE) * PAGE_SIZE) }, t('result.sources.open')) : null),
		el('details', { class: 'sql' }, el('summary', {}, t('result.sql')),
			el('pre', {}, el('code', {}, a.sql)),
			el('pre', {}, el('code', {}, JSON.stringify(a.parameters))))
	];
	return parts;
}

function chart(a) {
	return el('figure', { class: 'chart' },
		el('img', { id: 'chart', src: a.chart.svg, width: 720, height: 400,
			alt: t('result.chart.alt', { title: a.title, statement: a.statement }) }),
		el('figcaption', { class: 'meta' }, `${t('result.chart')} · `,
			el('a', { href: a.chart.svg, target: '_blank', rel: 'noopener' }, t('result.chart.open', { format: 'SVG' })), ' · ',
			el('a', { href: a.chart.png, target: '_blank', rel: 'noopener' }, t('result.chart.open', { format: 'PNG' }))));
}

function clarification(problem) {
	const question = problem.question ?? document.getElementById('question').value;
	return el('div', { class: 'notice', id: 'clarification' },
		el('h3', {}, t('clarify.title')),
		el('p', { class: 'reason' }, problem.reason ?? problem.detail),
		problem.tableTitle ? el('p', { class: 'meta' }, t('clarify.table', { title: problem.tableTitle })) : null,
		problem.candidates?.length ? [
			el('p', {}, t('clarify.candidates')),
			el('ul', { class: 'suggestions' }, problem.candidates.map(candidate => el('li', {},
				el('button', { type: 'button', class: 'suggestion', onclick: () => askAgain(`${question} ${candidate}`) }, candidate))))
		] : null);
}

function noTable(problem) {
	const closest = problem.closest ?? [];
	return el('div', { class: 'notice', id: 'no-table' },
		el('h3', {}, t('notable.title')),
		closest.length ? [
			el('p', {}, t('notable.closest')),
			el('ul', { class: 'suggestions' }, closest.map(table => el('li', {},
				el('button', { type: 'button', class: 'suggestion', onclick: () => openTable(table.tableId, 0) }, table.title),
				el('span', { class: 'meta' }, ` ${table.columns.map(c => c.name).join(', ')}`))))
		] : el('p', { class: 'meta' }, t('notable.none')));
}

function askAgain(question) {
	const input = document.getElementById('question');
	input.value = question;
	input.focus();
	ask(question, scope());
}

/** The tables the question is limited to: the chosen one, or none for all. */
export function scope() {
	const chosen = document.getElementById('scope').value;
	return chosen && tables.has(chosen) ? [chosen] : [];
}
