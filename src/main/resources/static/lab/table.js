// The side-by-side table of a run: one row per case, one column per variant and model setting,
// each cell with its score, checks and output; words a variant added against the first column's
// output are marked, and the best cell of each case is highlighted.

import { columnKey, columnLabel, el, percent, t } from './lab.js';
import { cellBody, cellHeader } from './cells.js';

/** The run's columns in the order of its summary (variants × model settings). */
export function columns(run) {
	const seen = new Map();
	for (const item of [...(run.summary ?? []), ...(run.cells ?? [])]) {
		const key = columnKey(item);
		if (!seen.has(key)) {
			seen.set(key, { key, variant: item.variant, model: item.model, temperature: item.temperature });
		}
	}
	return [...seen.values()];
}

/** The case ids in the exercise's order, then any the run has that the exercise no longer lists. */
function caseIds(run, exercise) {
	const ids = (exercise?.cases ?? []).map(c => c.id);
	for (const cell of run.cells ?? []) {
		if (!ids.includes(cell.caseId)) {
			ids.push(cell.caseId);
		}
	}
	return ids;
}

/** The keys of the columns with the best score of a case; none when every column scores the same. */
function bestKeys(cells) {
	const scored = cells.filter(c => c && c.status === 'done' && typeof c.score === 'number');
	if (scored.length < 2) {
		return new Set();
	}
	const best = Math.max(...scored.map(c => c.score));
	const winners = scored.filter(c => c.score === best);
	return winners.length === scored.length ? new Set() : new Set(winners.map(columnKey));
}

/**
 * Fills table with the run. options.onRerun(cell, button): shows a rerun button per cell;
 * options.prompts: shows each column's prompt in its header.
 */
export function renderRunTable(table, run, exercise, options = {}) {
	const cols = columns(run);
	const manyModels = new Set(cols.map(c => JSON.stringify([c.model, c.temperature ?? null]))).size > 1;
	const prompts = new Map((run.variants ?? []).map(v => [v.name, v.prompt]));
	const cases = new Map((exercise?.cases ?? []).map(c => [c.id, c]));
	const cellAt = new Map((run.cells ?? []).map(c => [`${c.caseId}\u0000${columnKey(c)}`, c]));
	const summary = new Map((run.summary ?? []).map(s => [columnKey(s), s]));

	const head = el('thead', {}, el('tr', {},
		el('th', { scope: 'col', class: 'case' }, t('compare.case')),
		cols.map((column, index) => el('th', { scope: 'col', class: 'column', 'data-column': index },
			el('span', { class: 'column-name' }, columnLabel(column, manyModels)),
			options.prompts && prompts.has(column.variant)
				? el('details', { class: 'column-prompt' }, el('summary', {}, t('form.variant.prompt')), el('pre', {}, prompts.get(column.variant)))
				: null))));

	const body = el('tbody', {}, caseIds(run, exercise).map(caseId => {
		const exerciseCase = cases.get(caseId);
		const rowCells = cols.map(column => cellAt.get(`${caseId}\u0000${column.key}`));
		const best = bestKeys(rowCells);
		const base = rowCells[0]?.status === 'done' ? rowCells[0].output ?? '' : null;
		return el('tr', { 'data-case': caseId },
			el('th', { scope: 'row', class: 'case' },
				el('span', { class: 'case-id' }, caseId),
				exerciseCase ? el('span', { class: 'case-input' }, exerciseCase.input) : null),
			rowCells.map((cell, index) => {
				if (!cell) {
					return el('td', { class: 'cell' }, '–');
				}
				const isBest = best.has(columnKey(cell));
				const label = `${caseId}, ${columnLabel(cols[index], manyModels)}`;
				return el('td', { class: isBest ? 'cell best' : 'cell', 'data-column': index, 'data-status': cell.status, lang: exercise?.language },
					cellHeader(cell),
					isBest ? el('p', { class: 'best-badge' }, `★ ${t('cell.best')}`) : null,
					cellBody(cell, index > 0 && cell.status === 'done' ? base : null),
					options.onRerun && cell.status !== 'pending' && cell.status !== 'running'
						? el('button', {
							type: 'button', class: 'rerun',
							'aria-label': t('cell.rerun.label', { case: caseId, column: columnLabel(cols[index], manyModels) }),
							'data-cell': cell.cellId,
							onclick: event => options.onRerun(cell, event.currentTarget)
						}, t('cell.rerun'))
						: null);
			}));
	}));

	const foot = el('tfoot', {}, el('tr', {},
		el('th', { scope: 'row', class: 'case' }, t('compare.total')),
		cols.map((column, index) => {
			const s = summary.get(column.key);
			return el('td', { class: 'total', 'data-column': index },
				s ? [el('span', { class: 'score' }, percent(s.score)), ' ', el('span', { class: 'passed' }, t('passed', { passed: s.passed, total: s.total }))] : '–');
		})));

	table.replaceChildren(el('caption', { class: 'visually-hidden' }, t('compare.table')), head, body, foot);
}
