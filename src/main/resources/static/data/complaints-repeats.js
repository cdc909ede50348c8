// Repeat complaints: the groups found (place, district, field, size, received days, why grouped),
// and one group opened with its complaints, their texts masked. The opened group is kept while
// the same findings are shown again (after a language change) and closed when others arrive.

import { el, number, t, valueRow, valueTable } from './complaints-page.js';
import { complaintTable } from './complaints-views.js';

let shownFindings = null;

let opened = null;

/** The groups' table and, when one is opened, its complaints. */
export function repeats(details, findings, rerender) {
	if (findings !== shownFindings) {
		shownFindings = findings;
		opened = null;
	}
	const summary = el('p', { class: 'count', id: 'repeat-summary' },
		t('repeats.summary', { clusters: number(details.clusterCount), complaints: number(details.complaintCount) }),
		details.clusters.length < details.clusterCount ? ` ${t('repeats.shown', { n: details.clusters.length })}` : '');
	if (!details.clusters.length) {
		return [summary, el('p', { class: 'notice' }, t('repeats.none'))];
	}
	const toggle = index => {
		opened = opened === index ? null : index;
		rerender();
		document.getElementById(opened === null ? `cluster-open-${index}` : 'cluster-title').focus();
	};
	const rows = details.clusters.map((c, i) => valueRow([String(i + 1), c.places.join(', '), districts(c).join(', '),
		c.field, { num: c.complaints.length }, `${c.first} ~ ${c.last}`,
		c.reasons.map(r => t(`repeats.reason.${r}`)).join(', '),
		el('button', { type: 'button', id: `cluster-open-${i}`, class: 'cluster-open', 'aria-expanded': String(opened === i),
			'aria-controls': 'cluster', onclick: () => toggle(i) },
		opened === i ? t('repeats.close') : t('repeats.open'),
		el('span', { class: 'visually-hidden' }, ` ${t('repeats.open.label', { n: i + 1 })}`))],
	{ class: opened === i ? 'opened' : null, 'data-cluster': i + 1 }));
	return [
		summary,
		valueTable(t('repeats.table'), [t('repeats.number'), t('repeats.place'), t('repeats.district'), t('repeats.field'),
			t('repeats.size'), t('repeats.dates'), t('repeats.reasons'), ''], rows, { id: 'cluster-table' }),
		opened === null ? null : cluster(details.clusters[opened], opened)
	];
}

function cluster(c, index) {
	return el('section', { class: 'cluster', id: 'cluster', 'aria-labelledby': 'cluster-title' },
		el('h3', { id: 'cluster-title', tabindex: '-1' }, t('repeats.cluster', { n: index + 1, place: c.places.join(', '),
			field: c.field, size: number(c.complaints.length) })),
		el('p', { class: 'meta' }, t('repeats.masked')),
		complaintTable(t('repeats.cluster', { n: index + 1, place: c.places.join(', '), field: c.field,
			size: number(c.complaints.length) }), c.complaints, 'cluster-complaints'));
}

/** The districts of a group's complaints, in order of first appearance. */
function districts(c) {
	return [...new Set(c.complaints.map(row => row.district).filter(Boolean))];
}
