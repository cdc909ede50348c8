// The exercise list: every exercise by level, linking to its trainee view, and the exercise files
// that could not be read, for trainers to fix.

import { announce, api, el, onLanguage, setUpPage, showError, t } from './lab.js';

const LEVELS = [0, 1, 2, 3, 4];

let catalogue = null;

function render() {
	if (catalogue === null) {
		return;
	}
	const levels = document.getElementById('levels');
	levels.replaceChildren(...LEVELS.map(level => {
		const exercises = catalogue.exercises.filter(e => e.level === level);
		const headingId = `level-${level}`;
		return el('section', { class: 'level', id: `level-${level}-section`, 'aria-labelledby': headingId },
			el('h2', { id: headingId }, t('level', { n: level })),
			exercises.length === 0 ? el('p', { class: 'meta' }, t('level.empty'))
				: el('ul', {}, exercises.map(exercise => el('li', {},
					el('a', { href: `/lab/exercise.html?id=${encodeURIComponent(exercise.id)}`, lang: exercise.language }, exercise.title),
					el('div', { class: 'meta', lang: exercise.language }, exercise.goal),
					el('div', { class: 'meta' }, `${exercise.kind} · ${exercise.language} · ${t('cases', { n: exercise.cases })}`)))));
	}));
	const problems = catalogue.problems ?? [];
	document.getElementById('problems').hidden = problems.length === 0;
	document.getElementById('problem-list').replaceChildren(...problems.map(p => el('li', {},
		el('code', {}, p.file), p.line ? ` (${t('problems.line', { line: p.line })})` : '', `: ${p.message}`)));
}

setUpPage();
announce(t('loading'));
try {
	catalogue = await api('/api/lab/exercises');
	announce('');
}
catch (e) {
	announce('');
	showError(e);
}
onLanguage(render);
