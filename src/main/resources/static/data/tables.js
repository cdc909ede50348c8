// The list of tables and one table's rows a page at a time.

import { announce, api, cell, el, numeric, setQuery, t } from './page.js';

export const PAGE_SIZE = 20;

/** The tables of GET /api/tables, by id; filled by loadTables. */
export const tables = new Map();

let shown = null;

/** The documents the tables came from, by id: file name and the link to the original. */
const documents = new Map();

/** Loads the list of tables and the names of their documents. */
export async function loadTables() {
	const [body, records] = await Promise.all([api('/api/tables'), api('/api/documents').catch(() => [])]);
	tables.clear();
	for (const table of body.tables) {
		tables.set(table.tableId, table);
	}
	for (const record of records) {
		documents.set(record.id, { name: record.fileName, url: record.url });
	}
}

function documentLink(documentId) {
	const document = documents.get(documentId);
	return document ? el('a', { href: document.url, class: 'document' }, document.name)
		: el('span', { class: 'document meta' }, t('tables.document', { id: documentId }));
}

/** The type of a table's column by its name, or undefined. */
export function columnType(tableId, name) {
	return tables.get(tableId)?.columns.find(c => c.name === name)?.type;
}

function columnLabel(column) {
	return `${column.name} · ${t(`type.${column.type}`)}`;
}

/** Renders the list; choosing a table calls onOpen(tableId). */
export function renderTableList(onOpen) {
	const list = document.getElementById('table-list');
	document.getElementById('table-count').textContent = t('tables.count', { n: tables.size });
	if (tables.size === 0) {
		list.replaceChildren(el('li', { class: 'meta' }, t('tables.empty')));
		return;
	}
	list.replaceChildren(...[...tables.values()].map(table => el('li', { class: 'table-card' },
		el('button', {
			type: 'button', class: 'table-open', 'data-table': table.tableId,
			'aria-current': shown?.tableId === table.tableId ? 'true' : null,
			onclick: () => onOpen(table.tableId)
		}, table.title),
		el('div', { class: 'meta' }, `${t('tables.rows', { n: table.rows.toLocaleString() })} · ${t('tables.columns', { n: table.columns.length })} · `,
			documentLink(table.documentId)),
		el('ul', { class: 'columns', 'aria-label': t('tables.columns', { n: table.columns.length }) },
			table.columns.map(column => el('li', { title: columnLabel(column) }, column.name,
				column.unit && !column.name.includes(column.unit) ? el('span', { class: 'unit' }, ` (${column.unit})`) : null,
				el('span', { class: 'type' }, ` ${t(`type.${column.type}`)}`)))))));
}

/**
 * A table of rows as GET /api/tables/{id}/rows returns them: a row-number column, then the table's
 * columns; total rows marked.
 */
export function rowsTable(page, caption) {
	return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
		el('table', { class: 'rows' },
			el('caption', {}, caption),
			el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num' }, t('rows.number')),
				page.columns.map(column => el('th', { scope: 'col', class: numeric(null, column.type) ? 'num' : null }, column.name)))),
			el('tbody', {}, page.rows.map(row => el('tr', { class: row.total ? 'total' : null, 'data-row': row.row },
				el('th', { scope: 'row', class: 'num' }, String(row.row), row.total ? el('span', { class: 'badge' }, t('rows.total')) : null),
				row.values.map((value, i) => el('td', { class: numeric(value, page.columns[i].type) ? 'num' : null },
					cell(value, page.columns[i].type))))))));
}

/** Shows a page of a table's rows in the rows section; resolves once shown. */
export async function showRows(tableId, offset = 0) {
	const section = document.getElementById('rows');
	section.hidden = false;
	announce(t('loading'));
	const page = await api(`/api/tables/${encodeURIComponent(tableId)}/rows?offset=${offset}&limit=${PAGE_SIZE}`);
	shown = { tableId, offset, page };
	setQuery({ table: tableId, offset: offset || null });
	renderRows();
	announce('');
	return page;
}

/** Renders the page shown (again, after a language change). */
export function renderRows() {
	if (shown === null) {
		return;
	}
	const { tableId, offset, page } = shown;
	const from = page.rows.length ? offset + 1 : 0;
	const to = offset + page.rows.length;
	const caption = t('rows.caption', { title: page.title, from, to, total: page.rowCount });
	document.getElementById('rows-title').textContent = page.title;
	document.getElementById('rows-body').replaceChildren(
		page.rows.length ? rowsTable(page, caption) : el('p', { class: 'meta' }, t('rows.none')),
		el('div', { class: 'pager' },
			el('button', { type: 'button', id: 'rows-previous', disabled: offset === 0,
				onclick: () => showRows(tableId, Math.max(0, offset - PAGE_SIZE)) }, `‹ ${t('rows.previous')}`),
			el('span', { class: 'meta', 'aria-live': 'polite' }, caption.replace(`${page.title}: `, '')),
			el('button', { type: 'button', id: 'rows-next', disabled: to >= page.rowCount,
				onclick: () => showRows(tableId, offset + PAGE_SIZE) }, `${t('rows.next')} ›`)));
	for (const button of document.querySelectorAll('.table-open')) {
		button.toggleAttribute('aria-current', button.dataset.table === tableId);
		if (button.dataset.table === tableId) {
			button.setAttribute('aria-current', 'true');
		}
	}
}

/** The table whose rows are shown, and the offset of the page. */
export function shownTable() {
	return shown === null ? null : { tableId: shown.tableId, offset: shown.offset };
}
