// The class leaderboard of an exercise: each participant's best run, refreshed every few seconds
// while the page is open so a competition can be followed on a projector.

import { announce, api, clearError, el, lang, onLanguage, param, percent, setUpPage, showError, t } from './lab.js';

const REFRESH_MS = 10_000;

let exercises = [];
let entries = [];
let chosen = param('exercise');
let updated = null;

function renderChoice() {
	const select = document.getElementById('exercise');
	select.replaceChildren(...exercises.map(e => {
		const option = el('option', { value: e.id }, `${t('level', { n: e.level })} · ${e.title}`);
		option.selected = e.id === chosen;
		return option;
	}));
}

function renderBoard() {
	const table = document.getElementById('leaderboard');
	const head = el('thead', {}, el('tr', {},
		el('th', { scope: 'col', class: 'num' }, t('leaderboard.rank')),
		el('th', { scope: 'col' }, t('leaderboard.participant')),
		el('th', { scope: 'col' }, t('leaderboard.variant')),
		el('th', { scope: 'col' }, t('leaderboard.model')),
		el('th', { scope: 'col', class: 'num' }, t('score')),
		el('th', { scope: 'col', class: 'num' }, t('leaderboard.passed')),
		el('th', { scope: 'col' }, t('leaderboard.run'))));
	const body = el('tbody', {}, entries.length === 0
		? el('tr', {}, el('td', { colspan: '7', class: 'meta' }, t('leaderboard.empty')))
		: entries.map(entry => el('tr', {},
			el('td', { class: 'num' }, String(entry.rank)),
			el('td', {}, entry.participant || t('run.anonymous')),
			el('td', {}, entry.variant),
			el('td', {}, entry.model),
			el('td', { class: 'num' }, percent(entry.score)),
			el('td', { class: 'num' }, `${entry.passed}/${entry.total}`),
			el('td', {}, el('a', { href: `/lab/compare.html?run=${encodeURIComponent(entry.runId)}` }, t('run.compare'))))));
	table.replaceChildren(el('caption', { class: 'visually-hidden' }, t('leaderboard.title')), head, body);
	if (updated) {
		announce(t('leaderboard.updated', { time: updated.toLocaleTimeString(lang() === 'ko' ? 'ko-KR' : 'en-GB') }));
	}
}

async function load() {
	if (!chosen) {
		return;
	}
	try {
		entries = (await api(`/api/lab/leaderboard?exerciseId=${encodeURIComponent(chosen)}`)).entries ?? [];
		updated = new Date();
		clearError();
		renderBoard();
	}
	catch (e) {
		showError(e);
	}
}

setUpPage();
document.getElementById('choose').addEventListener('submit', event => {
	event.preventDefault();
	chosen = document.getElementById('exercise').value;
	history.replaceState(null, '', `?exercise=${encodeURIComponent(chosen)}`);
	load();
});
document.getElementById('exercise').addEventListener('change', event => {
	chosen = event.target.value;
	history.replaceState(null, '', `?exercise=${encodeURIComponent(chosen)}`);
	load();
});
try {
	exercises = (await api('/api/lab/exercises')).exercises ?? [];
	chosen = chosen ?? exercises[0]?.id ?? null;
}
catch (e) {
	showError(e);
}
onLanguage(() => { renderChoice(); renderBoard(); });
await load();
setInterval(load, REFRESH_MS);
