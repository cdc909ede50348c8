// One turn of the conversation: the official's request, or an answer with its kind and mode, its
// notices (extractive draft, a model that stopped, warnings and problems in plain words), the draft,
// its status while written, the cited sources, and copy and retry. An answer is drawn again whole on
// every event, keeping the focus where it was. A finished answer citing computed figures shows their
// charts under the text (figures.js); the sources list marks a figure as one. A finished draft can be
// rated 👍/👎 (feedback.js).

import { el } from './dom.js';
import { renderDraft } from './draft-text.js';
import { renderFeedback } from './feedback.js';

/** The node of a turn; chat is the widget (t, popovers, passageUrl, retry, copy, root, scrollToEnd). */
export function renderTurn(chat, turn) {
	const t = chat.t;
	if (turn.role === 'user') {
		return el('li', { class: 'turn user' }, el('span', { class: 'who', text: `${t.you} (${t.kinds[turn.kind] || ''}): ` }), turn.text);
	}
	const node = el('li', { class: 'turn answer', 'aria-label': t.draftwave });
	updateTurn(chat, turn, node);
	return node;
}

/** The sources a turn cites, by marker; while writing, those announced by citation events. */
export function citedSources(turn) {
	const byMarker = new Map();
	for (const c of turn.citations || []) byMarker.set(c.marker, c);
	return [...byMarker.values()].sort((a, b) => a.marker - b.marker);
}

function sourceFor(turn, n) {
	return (turn.citations || []).find((c) => c.marker === n) || (turn.sources || []).find((s) => s.marker === n);
}

/** Whether a warning of the service says the model failed, so that asking again may get its draft. */
function modelFailure(warning) {
	return /did not answer|stopped early|stopped before the draft was complete/.test(warning);
}

export function updateTurn(chat, turn, node) {
	const t = chat.t;
	const meta = el('div', { class: 'meta' }, el('span', { class: 'badge', text: t.kinds[turn.request.kind] || turn.request.kind }));
	if (turn.mode === 'extractive') {
		meta.append(el('span', { class: 'badge extractive', text: t.extractive, title: t.extractiveNote }));
	}
	const notices = el('div', { class: 'notices' });
	let warnings = turn.warnings || [];
	if (turn.modelText && turn.state === 'done') {
		// the note says why the model's words are not the draft; the service's own words go with it
		const why = warnings.filter(modelFailure);
		warnings = warnings.filter((w) => !modelFailure(w));
		notices.append(el('div', { class: 'notice model-stopped' },
			el('span', { class: 'message', text: t.modelStopped }),
			el('details', { class: 'model-text' }, el('summary', { text: t.modelText }),
				el('div', { class: 'written', lang: turn.request.language || null, text: turn.modelText })),
			why.length ? el('details', { class: 'why' }, el('summary', { text: t.details }), why.join('\n')) : null));
	} else if (turn.mode === 'extractive' && turn.state === 'done') {
		notices.append(el('div', { class: 'notice extractive' }, `${t.extractive}: ${t.extractiveNote}`));
	}
	for (const w of warnings) notices.append(renderWarning(t, w));
	if (turn.problem) {
		const problem = el('div', { class: 'notice error', role: 'alert' }, el('span', { class: 'message', text: turn.problem.message }));
		if (turn.problem.detail) problem.append(el('details', {}, el('summary', { text: t.details }), turn.problem.detail));
		notices.append(problem);
	}
	const text = el('div', { class: 'text' + (turn.state === 'writing' ? ' writing' : '') });
	renderDraft(text, turn, {
		marker: (n) => chat.popovers.marker(n, sourceFor(turn, n)),
		reason: (s) => reason(t, s.reason),
		flagLabel: (why) => t.unsupportedLabel(why),
	});
	const status = el('div', { class: 'status' });
	if (turn.state === 'writing') status.textContent = turn.slow ? t.slow : turn.text ? t.writing : t.searching;
	if (turn.state === 'stopped') status.textContent = t.stopped;
	if (turn.state === 'interrupted') status.textContent = t.interrupted;
	const children = [meta, notices, text, status];
	const cited = citedSources(turn);
	// no figure cited: no charts node (replaceChildren would show a null as the text "null")
	const charts = turn.state === 'done' ? chat.figures.charts(cited) : null;
	if (charts) children.push(charts);
	if (cited.length > 0 && turn.state !== 'writing') {
		const list = el('ol', { class: 'sources', 'aria-label': t.sources }, el('h3', { text: t.sources, 'aria-hidden': 'true' }));
		for (const c of cited) {
			list.append(el('li', { value: c.marker, class: c.type === 'figure' ? 'figure-cited' : null },
				c.type === 'figure' ? el('span', { class: 'kind', text: chat.t.computedFigure }) : null,
				el('a', { href: chat.passageUrl(c), target: '_blank', rel: 'noopener', text: c.title }),
				c.page ? el('span', { class: 'where', text: t.page(c.page) }) : null));
		}
		children.push(list);
	}
	if (turn.state !== 'writing') {
		const actions = el('div', { class: 'actions' });
		if (turn.text) actions.append(el('button', { type: 'button', class: 'copy', text: t.copy, onclick: (e) => chat.copy(turn, e.currentTarget) }));
		const retriable = turn.state !== 'done' || turn.mode === 'extractive' || (turn.warnings || []).some(modelFailure);
		if (retriable) actions.append(el('button', { type: 'button', class: 'retry', text: t.retry, onclick: () => chat.retry(turn, node) }));
		children.push(actions);
	}
	if (turn.state === 'done' && turn.draftId) children.push(renderFeedback(chat, turn, () => updateTurn(chat, turn, node)));
	if (chat.popovers.isOpenIn(node)) chat.popovers.close(false);
	const focused = chat.root.activeElement;
	const keepFocus = focused && node.contains(focused) ? focused.className : null;
	const openDetails = [...node.querySelectorAll('details[open]')].map((d) => d.className);
	node.setAttribute('aria-busy', turn.state === 'writing' ? 'true' : 'false');
	node.replaceChildren(...children);
	for (const name of openDetails) {
		const again = name && node.querySelector('details.' + name.split(' ')[0]);
		if (again) again.open = true;
	}
	if (keepFocus) {
		const again = node.querySelector('.' + keepFocus.split(' ')[0]);
		if (again) again.focus();
	}
	if (turn.state === 'writing') chat.scrollToEnd();
}

/** A warning of the service in plain words, its own words behind "details". */
function renderWarning(t, message) {
	const w = t.warnings;
	let plain = null;
	let m;
	if (/did not answer/.test(message)) plain = w.fallback;
	else if (/stopped before the draft was complete/.test(message)) plain = t.modelStopped;
	else if (/stopped early/.test(message)) plain = w.stoppedEarly;
	else if (/^refused/.test(message)) plain = w.refused;
	else if ((m = /^removed marker \[(\d+)\]/.exec(message))) plain = w.removedMarker(m[1]);
	else if ((m = /^removed (\d+) unsupported sentence/.exec(message))) plain = w.removedSentences(m[1]);
	const notice = el('div', { class: 'notice warning' }, el('span', { class: 'message', text: plain || message }));
	if (plain) notice.append(el('details', {}, el('summary', { text: t.details }), message));
	return notice;
}

function reason(t, why) {
	const r = t.reasons;
	let m;
	if (!why) return t.unsupported;
	if (/no citation/.test(why)) return r.noCitation;
	if ((m = /only (\d+)% of its content words/.exec(why))) return r.coverage(m[1]);
	if ((m = /the figure (\S+) does not appear/.exec(why))) return r.figure(m[1]);
	return why;
}
