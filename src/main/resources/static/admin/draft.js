// One kept draft for its reviewer: request, text with warnings, sources, model, feedback, review
// history, a word-level diff between two versions, the review steps the draft's state allows, and its
// audit events when the service keeps an audit trail (the section stays hidden otherwise).

import { api, apiKey, el, lang, onLanguage, setUpPage, showError, t, when } from './admin.js';

const draftId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');

let view = null;
let notice = '';

const STEPS = {
	draft: ['save', 'comment', 'submit'],
	returned: ['save', 'comment', 'submit'],
	'in-review': ['save', 'comment', 'approve', 'return'],
	approved: [],
};

function plain(html) {
	const doc = new DOMParser().parseFromString(`<p>${html ?? ''}</p>`, 'text/html');
	return doc.body.textContent ?? '';
}

function facts(d) {
	const rows = [
		['draft.owner', d.owner], ['draft.model', d.draft.model], ['draft.template', d.template],
		['draft.created', when(d.createdAt)], ['draft.version', String(d.version)],
	];
	if (d.approvedBy) {
		rows.push(['draft.approved', t('draft.approvedValue', { who: d.approvedBy, when: when(d.approvedAt) })]);
	}
	return el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)]));
}

function sources(d) {
	return el('ol', { class: 'sources' }, d.sources.map(s => el('li', { value: String(s.marker) },
		el('a', { href: s.url, target: '_blank', rel: 'noopener' }, s.title),
		s.page ? ` (p. ${s.page})` : '',
		el('div', { class: 'excerpt' }, plain(s.excerpt)))));
}

function feedbackList(list) {
	if (list.length === 0) {
		return el('p', { class: 'meta' }, t('draft.feedback.empty'));
	}
	return el('ul', { class: 'feedback' }, list.map(f => el('li', { class: `rating-${f.rating}` },
		t(`rating.${f.rating}`), f.reason ? ` · ${t(`reason.${f.reason}`)}` : '', f.comment ? ` — ${f.comment}` : '',
		el('span', { class: 'meta' }, ` (${f.author}, ${when(f.at)})`))));
}

function history(events) {
	return el('ol', { class: 'history' }, events.map(e => el('li', {},
		el('strong', {}, t(`action.${e.action}`)), ` · ${e.actor} · v${e.version} · `, el('span', { class: 'meta' }, when(e.at)),
		e.comment ? el('div', {}, e.comment) : null)));
}

function diffSection(versions) {
	const section = el('section', { id: 'diff-section' }, el('h2', {}, t('draft.diff')));
	if (versions.length < 2) {
		section.append(el('p', { class: 'meta' }, t('draft.diff.none')));
		return section;
	}
	const options = (selected) => versions.map(v => el('option', { value: String(v.number), selected: v.number === selected || null },
		`v${v.number} · ${v.author}`));
	const from = el('select', { id: 'diff-from' }, options(versions.length - 1));
	const to = el('select', { id: 'diff-to' }, options(versions.length));
	const out = el('div', { class: 'diff', id: 'diff', 'aria-live': 'polite' });
	const show = async () => {
		try {
			const diff = await api(`/api/drafts/${encodeURIComponent(draftId)}/versions/${to.value}/diff?against=${from.value}`);
			out.replaceChildren(...diff.pieces.map(p => p.change === 'insert' ? el('ins', {}, p.text)
				: p.change === 'delete' ? el('del', {}, p.text) : p.text));
		}
		catch (e) {
			showError(e);
		}
	};
	section.append(el('div', { class: 'row' },
		el('div', {}, el('label', { for: 'diff-from' }, t('draft.diff.from')), from),
		el('div', {}, el('label', { for: 'diff-to' }, t('draft.diff.to')), to),
		el('button', { type: 'button', onclick: show }, t('draft.diff.show'))), out);
	show();
	return section;
}

function reviewSection(d) {
	const section = el('section', { id: 'review' }, el('h2', {}, t('draft.review')));
	const steps = STEPS[d.state] ?? [];
	if (steps.length === 0) {
		section.append(el('p', { class: 'meta' }, t('draft.final')));
		return section;
	}
	const text = el('textarea', { id: 'edit-text', class: 'text', lang: d.draft.language });
	text.value = d.draft.text;
	const comment = el('textarea', { id: 'comment' });
	const run = (path, body) => async (e) => {
		const button = e.currentTarget;
		button.disabled = true;
		try {
			await api(`/api/drafts/${encodeURIComponent(draftId)}/${path}`, { method: 'POST', body: body() });
			notice = t('draft.done');
			await load();
		}
		catch (error) {
			showError(error);
			button.disabled = false;
		}
	};
	const note = () => ({ comment: comment.value.trim() || undefined });
	const buttons = {
		save: el('button', { type: 'button', id: 'save', class: 'primary', onclick: run('versions', () => ({ text: text.value, ...note() })) }, t('draft.save')),
		comment: el('button', { type: 'button', id: 'add-comment', onclick: run('comments', () => ({ comment: comment.value.trim() })) }, t('draft.addComment')),
		submit: el('button', { type: 'button', id: 'submit', onclick: run('submit', note) }, t('draft.submit')),
		approve: el('button', { type: 'button', id: 'approve', class: 'primary', onclick: run('approve', note) }, t('draft.approve')),
		return: el('button', { type: 'button', id: 'return', onclick: run('return', note) }, t('draft.return')),
	};
	section.append(el('label', { for: 'edit-text' }, t('draft.edit')), text,
		el('label', { for: 'comment' }, t('draft.comment')), comment,
		el('div', { class: 'row' }, steps.map(s => buttons[s])));
	return section;
}

async function download(format) {
	try {
		const key = apiKey();
		const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/export?format=${format}`,
			{ headers: key ? { Authorization: `Bearer ${key}` } : {} });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const link = el('a', { href: URL.createObjectURL(await response.blob()), download: `draft-${draftId}.${format}` });
		link.click();
	}
	catch (e) {
		showError(e);
	}
}

function render() {
	const root = document.getElementById('draft');
	if (!view) {
		root.replaceChildren();
		return;
	}
	const d = view.draft;
	document.title = `${t('draft.title', { kind: d.draft.kind })} · Draftwave`;
	root.replaceChildren(
		el('h1', {}, t('draft.title', { kind: d.draft.kind }), ' ', el('span', { class: `state ${d.state}`, id: 'state' }, t(`state.${d.state}`))),
		notice ? el('p', { id: 'notice', role: 'status' }, notice) : '',
		facts(d),
		el('div', { class: 'row' },
			el('button', { type: 'button', onclick: () => download('docx') }, t('export.docx')),
			el('button', { type: 'button', onclick: () => download('hwpx') }, t('export.hwpx'))),
		el('h2', {}, t('draft.request')), el('div', { class: 'request', lang: d.draft.language }, d.request.instructions),
		d.request.documentIds.length ? el('p', { class: 'meta' }, `${t('draft.documents')}: ${d.request.documentIds.join(', ')}`) : '',
		el('h2', {}, t('draft.text', { n: d.version })), el('div', { class: 'draft-text', id: 'text', lang: d.draft.language }, d.draft.text),
		d.draft.warnings.length ? el('section', {}, el('h2', {}, t('draft.warnings')),
			el('ul', { class: 'warnings', id: 'warnings' }, d.draft.warnings.map(w => el('li', {}, w)))) : '',
		el('h2', {}, t('draft.sources')), sources(d),
		el('section', { id: 'feedback' }, el('h2', {}, t('draft.feedback')), feedbackList(view.feedback)),
		el('section', { id: 'history' }, el('h2', {}, t('draft.history')), history(view.history)),
		diffSection(view.versions),
		reviewSection(d),
		view.audit ? el('section', { id: 'audit' }, el('h2', {}, t('draft.audit')),
			el('pre', { class: 'meta' }, JSON.stringify(view.audit, null, 2))) : '');
}

async function load() {
	if (!draftId || draftId === 'drafts') {
		showError(new Error(t('draft.missing')));
		return;
	}
	const base = `/api/drafts/${encodeURIComponent(draftId)}`;
	try {
		const [draft, versions, history, feedback] = await Promise.all([api(base), api(`${base}/versions`),
			api(`${base}/history`), api(`${base}/feedback`)]);
		// the audit trail is a separate capability: where it does not answer, its section stays hidden
		const audit = await api(`/api/audit?draftId=${encodeURIComponent(draftId)}`).catch(() => null);
		view = { draft, versions, history, feedback, audit };
		showError(null);
	}
	catch (e) {
		view = null;
		showError(e);
	}
	render();
	notice = '';
}

setUpPage(load);
onLanguage(render);
load();
document.documentElement.lang = lang();
