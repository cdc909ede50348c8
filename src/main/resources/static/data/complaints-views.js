// What each complaint analysis shows beside its figures: the key terms of a period with example
// complaints, the emerging terms with their quarterly shares, the hotspots with their change and
// the handling days with their outliers (repeat complaints have a module of their own). Every
// value goes into the page as text.

import { el, number, percent, period, t, valueRow, valueTable } from './complaints-page.js';

/** Complaints as a table: row, received day, place, field, department, days, status, masked text. */
export function complaintTable(caption, complaints, id) {
	return valueTable(caption, [t('complaint.row'), t('complaint.received'), t('complaint.place'), t('complaint.field'),
		t('complaint.department'), t('complaint.days'), t('complaint.status'), t('complaint.text')],
	complaints.map(c => valueRow([String(c.row), c.received, [c.district, c.place].filter(Boolean).join(' '), c.field,
		c.department, { num: c.handlingDays }, c.status, el('span', { class: 'complaint-text' }, c.text)],
	{ 'data-row': c.row, 'data-district': c.district })),
	{ class: 'complaints', id });
}

/** The figures a draft would cite: statement, chart with alt text, CSV, link and method. */
export function figures(list) {
	return list.map((f, i) => el('article', { class: 'figure-card', 'data-analysis': f.analysisId },
		el('div', { class: 'figure-text' },
			el('h3', {}, f.title),
			el('p', { class: 'statement', id: `statement-${i}` }, f.statement),
			el('p', { class: 'actions' },
				el('a', { class: 'button figure-csv', href: f.csv, download: `complaints-${f.analysisId}.csv` }, t('figure.csv')),
				el('a', { href: f.page }, t('figure.link'))),
			el('details', { class: 'method' }, el('summary', {}, t('figure.method')), el('p', {}, f.description))),
		f.chart ? el('figure', { class: 'chart' },
			el('img', { class: 'chart-image', src: f.chart.svg, width: 720, height: 400,
				alt: t('figure.chart.alt', { title: f.title, statement: f.statement }) }),
			el('figcaption', { class: 'meta' },
				el('a', { href: f.chart.svg, target: '_blank', rel: 'noopener' }, t('figure.chart.open'))))
			: el('p', { class: 'meta' }, t('figure.nochart'))));
}

let topicPeriod = null;

/** The key terms of one period (all fields, then each field), with example complaints. */
export function topics(details, rerender) {
	const periods = [...new Set(details.groups.map(g => g.period))];
	if (!periods.includes(topicPeriod)) {
		topicPeriod = periods.at(-1);
	}
	const select = el('select', { id: 'topic-period', onchange: event => {
		topicPeriod = event.target.value;
		rerender();
		document.getElementById('topic-period').focus();
	} }, periods.map(p => el('option', { value: p, selected: p === topicPeriod }, period(p))));
	const groups = details.groups.filter(g => g.period === topicPeriod);
	return [
		el('p', { class: 'inline-field' }, el('label', { for: 'topic-period' }, t('topics.period')), select),
		el('div', { class: 'topic-grid', id: 'topic-groups' }, groups.map(g => el('section', { class: 'topic-group' },
			el('h4', {}, t('topics.group', { field: g.field || t('topics.all'), n: number(g.complaints) })),
			el('ol', { class: 'terms' }, g.terms.map(term => el('li', {},
				el('strong', { class: 'term' }, term.term), ' ',
				el('span', { class: 'meta' }, t('topics.term', { count: number(term.count), share: percent(term.share) })),
				term.examples.length ? el('details', { class: 'examples' },
					el('summary', {}, t('topics.examples', { n: term.examples.length })),
					el('ul', {}, term.examples.map(c => el('li', {},
						el('span', { class: 'meta' }, `${c.received} · ${[c.district, c.place].filter(Boolean).join(' ')} · `),
						c.text)))) : null))))))
	];
}

/** The emerging terms: counts and shares, their share in every quarter, and examples. */
export function emerging(details) {
	if (!details.terms.length) {
		return [el('p', { class: 'notice' }, t('emerging.none'))];
	}
	return [
		el('p', { class: 'meta' }, t('emerging.quarter', { quarter: period(details.quarter) })),
		valueTable(t('emerging.table'), [t('emerging.term'), t('emerging.count'), t('emerging.share'),
			t('emerging.previous'), t('emerging.yearBefore'), t('emerging.z')],
		details.terms.map(({ term }) => valueRow([term.term, { num: term.count }, share(term.share),
			share(term.previousShare), share(term.yearBeforeShare), { num: term.z }])), { id: 'emerging-terms' }),
		valueTable(t('emerging.shares'), [t('emerging.term'), ...details.quarters.map(period)],
			details.terms.map(trend => valueRow([trend.term.term, ...trend.shares.map(share)]))),
		...details.terms.slice(0, 3).map(({ term }) => el('details', { class: 'examples' },
			el('summary', {}, t('emerging.examples', { term: term.term })),
			el('ul', {}, term.examples.map(text => el('li', {}, text)))))
	];
}

/** A share (0 to 1) as a right-aligned percentage cell with one decimal; – when unknown. */
function share(value) {
	return value === null || value === undefined ? '–' : { num: Math.round(value * 1000) / 10 };
}

/** The hotspots of every field: place, count, count before and change. */
export function hotspots(details) {
	if (!details.hotspots.length) {
		return [el('p', { class: 'notice' }, t('hotspots.none'))];
	}
	return [
		el('p', { class: 'meta' }, t('hotspots.period', details)),
		valueTable(t('hotspots.table'), [t('hotspots.field'), t('hotspots.place'), t('hotspots.count'), t('hotspots.previous'),
			t('hotspots.change'), t('hotspots.changePercent')],
		details.hotspots.map(h => valueRow([h.field, [h.district, h.place].filter((p, i, all) => p && all.indexOf(p) === i).join(' '),
			{ num: h.count }, { num: h.previousCount }, h.change > 0 ? `+${number(h.change)}` : number(h.change),
			h.changePercent === undefined || h.changePercent === null ? '–' : number(h.changePercent)],
		{ 'data-district': h.district })), { id: 'hotspot-table' })
	];
}

let outlierGroup = null;

/** Handling days per field and per department, and the outliers of the group chosen. */
export function handling(details, rerender) {
	const key = s => `${s.group}:${s.name}`;
	if (!details.summaries.some(s => key(s) === outlierGroup)) {
		outlierGroup = details.summaries.length ? key(details.summaries[0]) : null;
	}
	const headers = [t('handling.name'), t('handling.count'), t('handling.median'), t('handling.p90'), t('handling.mean'),
		t('handling.max'), t('handling.threshold'), t('handling.outliers')];
	const row = s => valueRow([s.name || t('handling.all'), { num: s.count }, { num: s.median }, { num: s.p90 },
		{ num: s.mean }, { num: s.max }, { num: s.threshold },
		el('button', { type: 'button', class: 'link', 'aria-pressed': String(key(s) === outlierGroup), onclick: () => {
			outlierGroup = key(s);
			rerender();
			document.getElementById('outliers-title').focus();
		} }, number(s.outlierCount))]);
	const chosen = details.summaries.find(s => key(s) === outlierGroup);
	return [
		el('p', { class: 'meta' }, t('handling.factor', { factor: number(details.factor) })),
		valueTable(t('handling.fields'), headers,
			details.summaries.filter(s => s.group !== 'department').map(row), { id: 'handling-fields' }),
		valueTable(t('handling.departments'), headers,
			details.summaries.filter(s => s.group === 'department').map(row), { id: 'handling-departments' }),
		chosen ? el('section', { class: 'outliers', 'aria-labelledby': 'outliers-title' },
			el('h3', { id: 'outliers-title', tabindex: '-1' }, `${t('handling.outliers.title')} · ${chosen.name || t('handling.all')}`),
			el('p', { class: 'meta' }, t('handling.outliers.shown', { n: chosen.outliers.length, total: number(chosen.outlierCount) })),
			complaintTable(t('handling.outliers.title'), chosen.outliers, 'outlier-table')) : null
	];
}
