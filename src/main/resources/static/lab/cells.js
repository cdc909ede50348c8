// One cell of a run (a variant and model setting over one case) as the pages show it: its status,
// score, check results with the reasons of failing ones, and its output.

import { el, percent, t } from './lab.js';
import { renderOutput } from './output.js';

function checkItem(check) {
	return el('li', { class: check.passed ? 'check pass' : 'check fail' },
		el('span', { class: 'check-mark', 'aria-hidden': 'true' }, check.passed ? '✓' : '✗'),
		el('span', { class: 'visually-hidden' }, `${t(check.passed ? 'check.pass' : 'check.fail')}: `),
		el('span', { class: 'check-description' }, check.description || check.type),
		!check.passed && check.reason ? el('span', { class: 'check-reason' }, check.reason) : null);
}

/** The check results of a cell: failing checks in full with their reasons, passing ones folded. */
export function checkList(checks = []) {
	const failing = checks.filter(c => !c.passed);
	const passing = checks.filter(c => c.passed);
	return el('div', { class: 'check-results' },
		failing.length ? el('ul', { class: 'checks failing' }, failing.map(checkItem)) : null,
		passing.length ? el('details', { class: 'passing' },
			el('summary', {}, `✓ ${t('checks.passed', { n: passing.length })}`),
			el('ul', { class: 'checks' }, passing.map(checkItem))) : null);
}

/** Score and passed checks of a cell, or its status while it is not done. */
export function cellHeader(cell) {
	if (cell.status === 'pending' || cell.status === 'running') {
		return el('p', { class: `cell-status ${cell.status}` }, t(`cell.${cell.status}`));
	}
	const checks = cell.checks ?? [];
	const passed = checks.filter(c => c.passed).length;
	return el('p', { class: 'cell-score' },
		el('span', { class: 'score', 'data-score': cell.score ?? '' }, `${t('score')} ${percent(cell.score)}`),
		' ',
		el('span', { class: 'passed' }, t('passed', { passed, total: checks.length })),
		cell.tookMs !== undefined ? el('span', { class: 'took' }, t('cell.took', { ms: cell.tookMs })) : null);
}

/** The body of a cell: error or warnings, checks, output (words added against base marked). */
export function cellBody(cell, base = null) {
	const output = el('div', { class: 'output' });
	if (cell.output) {
		renderOutput(output, cell.output, cell.citations ?? [], base);
	}
	return [
		cell.status === 'failed' || cell.error ? el('p', { class: 'cell-error', role: 'note' }, cell.error ?? t('cell.failed')) : null,
		(cell.warnings ?? []).length ? el('ul', { class: 'warnings' }, cell.warnings.map(w => el('li', {}, String(w)))) : null,
		checkList(cell.checks),
		output,
		cell.prompt ? el('details', { class: 'sent-prompt' }, el('summary', {}, t('cell.prompt')), el('pre', {}, cell.prompt)) : null
	];
}
