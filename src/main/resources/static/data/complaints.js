// The officials' complaint analysis page: a complaint data set chosen from
// /api/complaints/tables, filters (received period, field, district), and the five analyses of
// POST /api/complaints/analyses as keyboard-usable tabs, each with its settings, its figures to
// cite (statement, chart, CSV) and what it found. The choices live in the address
// (?table=&tab=&from=&to=&field=&district=) so a view can be shared.

import { announce, api, clearError, el, lang, number, onLanguage, setUpPage, showError, t } from './complaints-page.js';
import { emerging, figures, handling, hotspots, topics } from './complaints-views.js';
import { repeats } from './complaints-repeats.js';

const ANALYSES = ['topics', 'emerging', 'repeats', 'hotspots', 'handling'];

/** The settings each analysis offers, by parameter name; values are the server's defaults until changed. */
const PARAMETERS = {
	topics: [{ name: 'period', choices: ['quarter', 'year'] }],
	emerging: [{ name: 'minCount', min: 1, step: 1 }, { name: 'minZ', min: 0, step: 0.5 }],
	repeats: [{ name: 'count', min: 2, step: 1 }, { name: 'days', min: 1, step: 1 }],
	hotspots: [{ name: 'months', min: 1, step: 1 }],
	handling: [{ name: 'factor', min: 0.5, step: 0.5 }]
};

/** Fixed settings that keep the answers the page's size: a few outliers per group. */
const FIXED = { handling: { outliers: 20 } };

const query = new URLSearchParams(location.search);

const state = {
	tables: [],
	tableId: query.get('table'),
	tab: ANALYSES.includes(query.get('tab')) ? query.get('tab') : 'topics',
	filters: { from: query.get('from') ?? '', to: query.get('to') ?? '', field: query.get('field') ?? '', district: query.get('district') ?? '' },
	parameters: Object.fromEntries(ANALYSES.map(a => [a, {}])),
	findings: null,
	request: 0
};

const cache = new Map();

const table = () => state.tables.find(x => x.tableId === state.tableId);

function keepInAddress() {
	const params = new URLSearchParams();
	const values = { table: state.tableId, tab: state.tab, ...state.filters };
	for (const [name, value] of Object.entries(values)) {
		if (value) {
			params.set(name, value);
		}
	}
	history.replaceState(null, '', `${location.pathname}?${params}`);
}

function renderFilters() {
	const chosen = table();
	const options = (select, all, values, value) => {
		select.replaceChildren(el('option', { value: '' }, all), ...values.map(v => el('option', { value: v }, v)));
		select.value = values.includes(value) ? value : '';
	};
	const tableSelect = document.getElementById('table');
	tableSelect.replaceChildren(...state.tables.map(x => el('option', { value: x.tableId }, x.title)));
	tableSelect.value = state.tableId ?? '';
	options(document.getElementById('field'), t('filters.field.all'), chosen?.fields ?? [], state.filters.field);
	options(document.getElementById('district'), t('filters.district.all'), chosen?.districts ?? [], state.filters.district);
	for (const name of ['from', 'to']) {
		const input = document.getElementById(name);
		input.value = state.filters[name];
		input.min = chosen?.from ?? '';
		input.max = chosen?.to ?? '';
	}
	document.getElementById('table-facts').textContent = chosen ? t('filters.table.facts',
		{ rows: number(chosen.rows), from: chosen.from ?? '–', to: chosen.to ?? '–' }) : '';
}

function renderTabs() {
	const list = document.getElementById('tabs');
	list.replaceChildren(...ANALYSES.map(name => el('button', {
		type: 'button', role: 'tab', id: `tab-${name}`, 'aria-controls': 'panel', 'aria-selected': String(name === state.tab),
		tabindex: name === state.tab ? '0' : '-1', onclick: () => choose(name), onkeydown: event => moveTab(event, name)
	}, t(`tab.${name}`))));
	document.getElementById('panel').setAttribute('aria-labelledby', `tab-${state.tab}`);
}

/** Arrow keys, Home and End move between the tabs and open the one reached. */
function moveTab(event, name) {
	const index = ANALYSES.indexOf(name);
	const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: ANALYSES.length - 1 }[event.key];
	if (next === undefined) {
		return;
	}
	event.preventDefault();
	const target = ANALYSES[(next + ANALYSES.length) % ANALYSES.length];
	choose(target);
	document.getElementById(`tab-${target}`).focus();
}

function choose(name) {
	state.tab = name;
	renderTabs();
	keepInAddress();
	analyse();
}

function renderParameters() {
	const form = document.getElementById('params');
	const given = state.findings?.query.analysis === state.tab ? state.findings.query.parameters : {};
	const inputs = PARAMETERS[state.tab].map(p => {
		const id = `param-${p.name}`;
		const value = state.parameters[state.tab][p.name] ?? given[p.name] ?? '';
		const control = p.choices
			? el('select', { id, name: p.name }, p.choices.map(c => el('option', { value: c, selected: c === value },
				t(`param.${state.tab}.${p.name}.${c}`))))
			: el('input', { id, name: p.name, type: 'number', inputmode: 'decimal', min: p.min, step: p.step, value });
		return el('div', { class: 'filter' }, el('label', { for: id }, t(`param.${state.tab}.${p.name}`)), control);
	});
	const rule = state.tab === 'repeats' && given.count
		? el('p', { class: 'meta rule', id: 'repeat-rule' }, t('param.repeats.rule', given)) : null;
	form.replaceChildren(el('fieldset', {}, el('legend', {}, t('params.title')),
		el('div', { class: 'param-row' }, inputs, el('button', { type: 'submit', id: 'params-apply' }, t('params.apply')))),
		...(rule ? [rule] : []));
}

function renderPanel() {
	const panel = document.getElementById('panel');
	panel.hidden = !table();
	document.getElementById('intro').textContent = t(`intro.${state.tab}`);
	renderParameters();
	const f = state.findings?.query.analysis === state.tab ? state.findings : null;
	document.getElementById('count').textContent = f
		? t(state.tab === 'hotspots' ? 'count.hotspots' : 'count', { n: number(f.complaintCount) }) : '';
	document.getElementById('figures').replaceChildren(...(f ? [el('h2', { class: 'visually-hidden' }, t('figures.title')),
		...figures(f.figures)] : []));
	document.getElementById('details').replaceChildren(...(f ? details(f).filter(Boolean) : []));
}

function details(f) {
	const rerender = () => document.getElementById('details').replaceChildren(...details(f).filter(Boolean));
	switch (f.query.analysis) {
		case 'topics': return topics(f.details, rerender);
		case 'emerging': return emerging(f.details);
		case 'repeats': return repeats(f.details, f, rerender);
		case 'hotspots': return hotspots(f.details);
		default: return handling(f.details, rerender);
	}
}

/** Runs the chosen analysis with the filters and settings (answers kept, so going back to a tab is instant). */
async function analyse() {
	if (!table()) {
		return;
	}
	const body = { tableId: state.tableId, analysis: state.tab, language: lang(), ...FIXED[state.tab],
		...Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)), ...state.parameters[state.tab] };
	const key = JSON.stringify(body);
	const request = ++state.request;
	clearError();
	const working = document.getElementById('working');
	if (!cache.has(key)) {
		state.findings = null;
		renderPanel();
		working.textContent = t('working');
		working.hidden = false;
		announce(t('working'));
	}
	try {
		const findings = cache.get(key) ?? await api('/api/complaints/analyses', body);
		cache.set(key, findings);
		if (request === state.request) {
			state.findings = findings;
			renderPanel();
			announce(findings.figures[0]?.statement ?? '');
		}
	}
	catch (error) {
		if (request === state.request) {
			announce('');
			showError(error);
		}
	}
	finally {
		if (request === state.request) {
			working.hidden = true;
		}
	}
}

function readFilters() {
	for (const name of ['from', 'to', 'field', 'district']) {
		state.filters[name] = document.getElementById(name).value.trim();
	}
}

setUpPage();
document.getElementById('filter-form').addEventListener('submit', event => {
	event.preventDefault();
	readFilters();
	keepInAddress();
	analyse();
});
document.getElementById('filter-clear').addEventListener('click', () => {
	state.filters = { from: '', to: '', field: '', district: '' };
	renderFilters();
	keepInAddress();
	analyse();
});
document.getElementById('table').addEventListener('change', event => {
	state.tableId = event.target.value;
	state.filters = { from: '', to: '', field: '', district: '' };
	renderFilters();
	keepInAddress();
	analyse();
});
document.getElementById('params').addEventListener('submit', event => {
	event.preventDefault();
	const values = {};
	for (const p of PARAMETERS[state.tab]) {
		const value = document.getElementById(`param-${p.name}`).value.trim();
		if (value) {
			values[p.name] = p.choices ? value : Number(value);
		}
	}
	state.parameters[state.tab] = values;
	analyse();
});
announce(t('loading'));
try {
	state.tables = (await api('/api/complaints/tables')).tables;
	if (!table()) {
		state.tableId = state.tables[0]?.tableId ?? null;
	}
	announce('');
}
catch (error) {
	announce('');
	showError(error);
}
document.getElementById('no-tables').hidden = state.tables.length > 0;
document.getElementById('filter-form').hidden = state.tables.length === 0;
document.getElementById('tabs').hidden = state.tables.length === 0;
keepInAddress();
onLanguage(() => {
	renderFilters();
	renderTabs();
	renderPanel();
	analyse();
});
