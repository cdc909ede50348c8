// The side-by-side comparison of a run, following it while it runs; one cell can be run again.

import {
	announce, api, clearError, formatDate, onLanguage, param, pollRun, setUpPage, showError, t
} from './lab.js';
import { renderRunTable } from './table.js';

const runId = param('run');
let run = null;
let exercise = null;
let polling = false;

function render() {
	if (run === null) {
		return;
	}
	const exerciseTitle = document.getElementById('exercise-title');
	exerciseTitle.textContent = exercise ? `: ${exercise.title}` : '';
	document.title = `${t('compare.title')}${exercise ? ` · ${exercise.title}` : ''} · ${t('lab')}`;
	const exerciseLink = document.getElementById('exercise-link');
	exerciseLink.href = `/lab/exercise.html?id=${encodeURIComponent(run.exerciseId)}`;
	exerciseLink.textContent = exercise?.title ?? run.exerciseId;
	exerciseLink.hidden = false;
	document.getElementById('leaderboard-link').href = `/lab/leaderboard.html?exercise=${encodeURIComponent(run.exerciseId)}`;
	document.getElementById('run-meta').textContent =
		t('run.by', { participant: run.participant || t('run.anonymous'), date: formatDate(run.createdAt) });
	const progress = document.getElementById('progress');
	progress.hidden = run.status !== 'running';
	progress.max = Math.max(1, run.progress?.total ?? 1);
	progress.value = run.progress?.done ?? 0;
	announce(t(run.status === 'running' ? 'run.progress' : 'run.done',
		{ done: run.progress?.done ?? 0, total: run.progress?.total ?? 0 }));
	const base = `/api/lab/runs/${encodeURIComponent(run.runId)}/export?format=`;
	document.getElementById('export-csv').href = `${base}csv`;
	document.getElementById('export-json').href = `${base}json`;
	document.getElementById('exports').hidden = run.status === 'running';
	renderRunTable(document.getElementById('compare'), run, exercise, { prompts: true, onRerun: rerun });
}

async function follow() {
	if (polling) {
		return;
	}
	polling = true;
	try {
		run = await pollRun(run.runId, update => { run = update; render(); });
	}
	finally {
		polling = false;
	}
}

async function rerun(cell, button) {
	clearError();
	button.disabled = true;
	try {
		run = await api(`/api/lab/runs/${encodeURIComponent(run.runId)}/cells/${encodeURIComponent(cell.cellId)}/rerun`, { method: 'POST' });
		render();
		await follow();
		// the table was drawn again: put the focus back on the same cell's button
		document.querySelector(`button.rerun[data-cell="${CSS.escape(cell.cellId)}"]`)?.focus();
	}
	catch (e) {
		button.disabled = false;
		showError(e);
	}
}

setUpPage();
if (!runId) {
	announce(t('compare.noRun'));
}
else {
	try {
		run = await api(`/api/lab/runs/${encodeURIComponent(runId)}`);
		exercise = await api(`/api/lab/exercises/${encodeURIComponent(run.exerciseId)}`).catch(() => null);
		onLanguage(render);
		if (run.status === 'running') {
			await follow();
		}
	}
	catch (e) {
		showError(e);
	}
}
