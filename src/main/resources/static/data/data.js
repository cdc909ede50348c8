// The officials' data page: the tables, a question box and one table's rows. ?analysis=<id> opens
// a kept analysis (where a figure cited in a draft leads); ?table=<id>&offset=<n> a table's rows.

import { EXAMPLES } from './text.js';
import { announce, el, lang, onLanguage, setQuery, setUpPage, showError, t } from './page.js';
import { loadTables, renderRows, renderTableList, shownTable, showRows, tables } from './tables.js';
import * as analysis from './analysis.js';

async function openTable(tableId, offset = 0) {
	try {
		await showRows(tableId, offset);
		document.getElementById('rows-title').focus();
	}
	catch (error) {
		showError(error);
	}
}

function renderScope() {
	const select = document.getElementById('scope');
	const chosen = select.value;
	select.replaceChildren(el('option', { value: '' }, t('ask.scope.all')),
		...[...tables.values()].map(table => el('option', { value: table.tableId }, table.title)));
	select.value = tables.has(chosen) ? chosen : '';
}

function renderExamples() {
	document.getElementById('examples').replaceChildren(...EXAMPLES[lang()].map(question => el('li', {},
		el('button', { type: 'button', class: 'suggestion', onclick: () => {
			document.getElementById('question').value = question;
			analysis.ask(question, analysis.scope());
		} }, question))));
}

setUpPage();
analysis.onOpenTable(openTable);
document.getElementById('ask-form').addEventListener('submit', event => {
	event.preventDefault();
	const question = document.getElementById('question').value.trim();
	if (!question) {
		showError(new Error(t('ask.empty')));
		return;
	}
	analysis.ask(question, analysis.scope());
});
announce(t('loading'));
try {
	await loadTables();
	announce('');
}
catch (error) {
	announce('');
	showError(error);
}
onLanguage(() => {
	renderTableList(openTable);
	renderScope();
	renderExamples();
	renderRows();
	analysis.render();
});
const query = new URLSearchParams(location.search);
if (query.get('table')) {
	await openTable(query.get('table'), Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0));
}
if (query.get('analysis')) {
	await analysis.open(query.get('analysis'));
}
