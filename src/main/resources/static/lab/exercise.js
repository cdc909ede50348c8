// The trainee view of one exercise: its goal, instructions, sources and cases; prompt variants
// (the exercise's starters prefilled) and model settings to run over the cases; progress while the
// run goes on; scores and failing checks per cell; the way to the side-by-side comparison.

import {
	announce, api, clearError, el, formatDate, onLanguage, param, participant, percent, pollRun,
	rememberParticipant, setUpPage, showError, t
} from './lab.js';
import { markdown } from '../common/markdown.js';
import { renderRunTable } from './table.js';

/** What POST /api/lab/runs accepts at most. */
const MAX_VARIANTS = 6;
const MAX_MODELS = 4;
const DEFAULT_TEMPERATURE = 0.2;

const exerciseId = param('id');
let exercise = null;
let models = [{ id: 'extractive', label: 'extractive', kind: 'extractive', temperatures: false }];
let variants = [];
let settings = [{ model: 'extractive' }];
let run = null;
let runs = [];

function renderBrief() {
	if (exercise === null) {
		return;
	}
	document.title = `${exercise.title} · ${t('lab')}`;
	const title = document.getElementById('title');
	title.textContent = exercise.title;
	title.lang = exercise.language;
	document.getElementById('exercise-meta').textContent =
		`${t('level', { n: exercise.level })} · ${exercise.kind} · ${exercise.language}`;
	const leaderboard = `/lab/leaderboard.html?exercise=${encodeURIComponent(exercise.id)}`;
	document.getElementById('leaderboard-link').href = leaderboard;
	document.getElementById('brief').replaceChildren(
		el('h2', {}, t('exercise.goal')),
		el('p', { lang: exercise.language }, exercise.goal),
		exercise.instructions ? el('h2', {}, t('exercise.instructions')) : null,
		exercise.instructions ? el('div', { class: 'instructions', lang: exercise.language }, markdown(exercise.instructions, { breaks: false })) : null,
		(exercise.sources ?? []).length ? el('h2', {}, t('exercise.sources')) : null,
		(exercise.sources ?? []).length ? el('ul', {}, exercise.sources.map(s => el('li', {},
			el('a', { href: `/api/documents/${encodeURIComponent(s.documentId)}/original` }, s.title)))) : null,
		el('h2', {}, t('exercise.cases')),
		el('ol', { class: 'cases-list' }, (exercise.cases ?? []).map(c => el('li', {},
			el('strong', {}, c.id), ' ',
			el('span', { class: 'case-input', lang: exercise.language }, c.input),
			(c.checks ?? []).length ? el('ul', { class: 'meta', 'aria-label': t('exercise.checks') },
				c.checks.map(check => el('li', {}, check.description || check.type))) : null))),
		el('p', {}, el('a', { href: leaderboard }, t('exercise.leaderboard'))));
}

function modelOf(id) {
	return models.find(m => m.id === id) ?? { id, label: id, temperatures: false };
}

function renderModels() {
	const rows = document.getElementById('model-rows');
	rows.replaceChildren(...settings.map((setting, index) => {
		const model = modelOf(setting.model);
		const selectId = `model-${index}`;
		const temperatureId = `temperature-${index}`;
		return el('div', { class: 'row model-row' },
			el('div', { class: 'field' },
				el('label', { for: selectId }, `${t('form.model')} ${settings.length > 1 ? index + 1 : ''}`),
				el('select', {
					id: selectId, name: 'model',
					onchange: event => {
						setting.model = event.target.value;
						setting.temperature = modelOf(setting.model).temperatures ? DEFAULT_TEMPERATURE : undefined;
						renderModels();
						document.getElementById(selectId).focus();
					}
				}, models.map(m => {
					const option = el('option', { value: m.id }, m.label || m.id);
					option.selected = m.id === setting.model;
					return option;
				}))),
			model.temperatures ? el('div', { class: 'field' },
				el('label', { for: temperatureId }, t('form.temperature')),
				el('input', {
					id: temperatureId, type: 'number', min: '0', max: '2', step: '0.1', value: setting.temperature ?? DEFAULT_TEMPERATURE,
					oninput: event => { setting.temperature = event.target.valueAsNumber; }
				})) : null,
			settings.length > 1 ? el('button', {
				type: 'button', 'aria-label': t('form.model.remove', { n: index + 1 }),
				onclick: () => {
					settings.splice(index, 1);
					renderModels();
					document.getElementById('add-model').focus();
				}
			}, '✕') : null);
	}));
	document.getElementById('add-model').disabled = settings.length >= MAX_MODELS;
	document.getElementById('models').hidden = models.length < 2 && settings.length < 2
		&& !models.some(m => m.temperatures);
}

function renderVariants() {
	const list = document.getElementById('variant-list');
	list.replaceChildren(...variants.map((variant, index) => {
		const nameId = `variant-name-${index}`;
		const promptId = `variant-prompt-${index}`;
		return el('fieldset', { class: 'variant', 'data-variant': index },
			el('legend', {}, t('form.variant', { n: index + 1 })),
			el('div', { class: 'variant-head' },
				el('div', { class: 'field' },
					el('label', { for: nameId }, t('form.variant.name')),
					el('input', { id: nameId, name: 'variant-name', value: variant.name, maxlength: '60', oninput: e => { variant.name = e.target.value; } })),
				variants.length > 1 ? el('button', {
					type: 'button', class: 'remove-variant', 'aria-label': t('form.variant.remove', { n: index + 1 }),
					onclick: () => removeVariant(index)
				}, '✕') : null),
			el('div', { class: 'field' },
				el('label', { for: promptId }, t('form.variant.prompt')),
				Object.assign(el('textarea', {
					id: promptId, name: 'variant-prompt', rows: '6', lang: exercise?.language,
					'aria-invalid': variant.invalid ? 'true' : null,
					oninput: e => { variant.prompt = e.target.value; variant.invalid = false; e.target.removeAttribute('aria-invalid'); }
				}), { value: variant.prompt })));
	}));
	document.getElementById('add-variant').disabled = variants.length >= MAX_VARIANTS;
	document.getElementById('variant-limit').textContent = t('form.variant.limit', { n: MAX_VARIANTS });
}

function addVariant() {
	if (variants.length >= MAX_VARIANTS) {
		return;
	}
	const template = variants[variants.length - 1]?.prompt ?? '{{input}}';
	variants.push({ name: nextName(), prompt: template });
	renderVariants();
	document.getElementById(`variant-prompt-${variants.length - 1}`).focus();
}

function nextName() {
	const names = new Set(variants.map(v => v.name));
	let n = variants.length + 1;
	while (names.has(String.fromCharCode(64 + n)) && n < 26) {
		n++;
	}
	return String.fromCharCode(64 + n);
}

function removeVariant(index) {
	variants.splice(index, 1);
	renderVariants();
	const next = document.getElementById(`variant-name-${Math.min(index, variants.length - 1)}`);
	(next ?? document.getElementById('add-variant')).focus();
}

function renderRun() {
	if (run === null) {
		return;
	}
	const state = document.getElementById('run-state');
	state.hidden = false;
	const progress = document.getElementById('progress');
	progress.max = Math.max(1, run.progress?.total ?? 1);
	progress.value = run.progress?.done ?? 0;
	const link = document.getElementById('compare-link');
	link.href = `/lab/compare.html?run=${encodeURIComponent(run.runId)}`;
	link.hidden = run.status === 'running';
	const key = run.status === 'running' ? 'run.progress' : 'run.done';
	announce(t(key, { done: run.progress?.done ?? 0, total: run.progress?.total ?? 0 }));
	document.getElementById('results').hidden = false;
	renderRunTable(document.getElementById('results-table'), run, exercise);
}

function renderRuns() {
	const list = document.getElementById('runs');
	if (runs.length === 0) {
		list.replaceChildren(el('li', { class: 'meta' }, t('run.none')));
		return;
	}
	list.replaceChildren(...runs.map(r => {
		const best = Math.max(...(r.summary ?? []).map(s => s.score ?? 0), 0);
		return el('li', {},
			el('a', { href: `/lab/compare.html?run=${encodeURIComponent(r.runId)}` },
				t('run.by', { participant: r.participant || t('run.anonymous'), date: formatDate(r.createdAt) })),
			' ', el('span', { class: 'meta' }, r.status === 'running'
				? t('run.progress', { done: r.progress?.done ?? 0, total: r.progress?.total ?? 0 })
				: `${t('score')} ${percent(best)}`));
	}));
}

async function loadRuns() {
	try {
		runs = (await api(`/api/lab/runs?exerciseId=${encodeURIComponent(exerciseId)}`)).runs ?? [];
	}
	catch (e) {
		runs = [];
	}
	renderRuns();
}

async function submit(event) {
	event.preventDefault();
	clearError();
	const name = document.getElementById('participant').value.trim();
	rememberParticipant(name);
	const body = {
		exerciseId,
		...(name ? { participant: name } : {}),
		variants: variants.map(v => ({ name: v.name.trim(), prompt: v.prompt })),
		models: settings.map(s => (modelOf(s.model).temperatures && Number.isFinite(s.temperature)
			? { model: s.model, temperature: s.temperature } : { model: s.model }))
	};
	const button = document.getElementById('run');
	button.disabled = true;
	try {
		run = await api('/api/lab/runs', { method: 'POST', body: JSON.stringify(body) });
		announce(t('run.started'));
		renderRun();
		document.getElementById('progress').scrollIntoView({ block: 'nearest' });
		run = await pollRun(run.runId, update => { run = update; renderRun(); });
		const link = document.getElementById('compare-link');
		link.focus();
		loadRuns();
	}
	catch (e) {
		markEmptyPrompts();
		showError(e, true);
	}
	finally {
		button.disabled = false;
	}
}

function markEmptyPrompts() {
	variants.forEach((variant, index) => {
		if (variant.prompt.trim() === '') {
			variant.invalid = true;
			document.getElementById(`variant-prompt-${index}`)?.setAttribute('aria-invalid', 'true');
		}
	});
}

setUpPage();
const participantInput = document.getElementById('participant');
participantInput.value = participant();
participantInput.addEventListener('change', () => rememberParticipant(participantInput.value.trim()));
document.getElementById('add-variant').addEventListener('click', addVariant);
document.getElementById('add-model').addEventListener('click', () => {
	if (settings.length < MAX_MODELS) {
		const model = models.find(m => m.kind === 'llm') ?? models[0];
		settings.push({ model: model.id, temperature: model.temperatures ? DEFAULT_TEMPERATURE : undefined });
		renderModels();
		document.getElementById(`model-${settings.length - 1}`).focus();
	}
});
document.getElementById('run-form').addEventListener('submit', submit);
document.getElementById('run-form').addEventListener('keydown', event => {
	// Ctrl+Enter (⌘+Enter) runs from inside a prompt, as in most editors
	if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
		event.preventDefault();
		document.getElementById('run-form').requestSubmit();
	}
});

if (!exerciseId) {
	document.getElementById('title').textContent = t('exercise.missing');
	document.getElementById('run-form').hidden = true;
}
else {
	try {
		const [loaded, modelList] = await Promise.all([
			api(`/api/lab/exercises/${encodeURIComponent(exerciseId)}`),
			api('/api/lab/models').catch(() => null)
		]);
		exercise = loaded;
		if (modelList?.models?.length) {
			models = modelList.models;
			settings = [{ model: models[0].id, temperature: models[0].temperatures ? DEFAULT_TEMPERATURE : undefined }];
		}
		variants = (exercise.variants ?? []).slice(0, MAX_VARIANTS).map(v => ({ name: v.name, prompt: v.prompt }));
		if (variants.length === 0) {
			variants = [{ name: 'A', prompt: '{{input}}' }];
		}
		onLanguage(() => { renderBrief(); renderModels(); renderVariants(); renderRun(); renderRuns(); });
		loadRuns();
	}
	catch (e) {
		showError(e);
	}
}
