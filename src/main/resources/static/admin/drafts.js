// The reviewers' list: drafts in one review state, newest first, each linking to its page.

import { api, el, onLanguage, setUpPage, showError, t, when } from './admin.js';

let page = null;

function render() {
	const table = document.getElementById('drafts');
	document.getElementById('total').textContent = page ? t('list.total', { n: page.total }) : '';
	if (!page) {
		return;
	}
	const head = el('thead', {}, el('tr', {},
		el('th', { scope: 'col' }, t('list.kind')), el('th', { scope: 'col' }, t('list.request')),
		el('th', { scope: 'col' }, t('list.owner')), el('th', { scope: 'col' }, t('list.state')),
		el('th', { scope: 'col' }, t('list.updated'))));
	const rows = page.drafts.length === 0
		? [el('tr', {}, el('td', { colspan: '5', class: 'meta' }, t('list.empty')))]
		: page.drafts.map(d => el('tr', {},
			el('td', {}, d.kind),
			el('td', {}, el('a', { href: `/admin/drafts/${encodeURIComponent(d.draftId)}` }, d.instructions)),
			el('td', {}, d.owner),
			el('td', {}, el('span', { class: `state ${d.state}` }, t(`state.${d.state}`))),
			el('td', {}, when(d.updatedAt))));
	table.replaceChildren(head, el('tbody', {}, rows));
}

async function load() {
	const state = document.getElementById('state').value;
	try {
		page = await api(`/api/drafts?state=${encodeURIComponent(state)}&size=100`);
		showError(null);
	}
	catch (e) {
		page = null;
		showError(e);
	}
	render();
}

setUpPage(load);
document.getElementById('state').addEventListener('change', load);
onLanguage(render);
load();
