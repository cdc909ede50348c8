// <draftwave-chat>, the element: its attributes, the layout in its shadow root, the documents to draw
// on, and sending a request, reading its stream, stopping, retrying and copying. What a turn looks
// like is in turn.js, the stream's events in events.js, the kept conversations in conversations.js,
// the words in text.js. Loaded by
// draftwave-chat.js, the script other pages include.

import { ConversationList, startConversation } from './conversations.js';
import { el } from './dom.js';
import { copyText } from './draft-text.js';
import { applyEvent, blankAnswer, events } from './events.js';
import { Figures } from './figures.js';
import { CitationPopovers } from './popover.js';
import { diagnose, readProblem } from './problems.js';
import { loadDocuments, renderDocuments } from './documents.js';
import { KINDS, restore, save } from './storage.js';
import { STYLE } from './style.js';
import { TEXT } from './text.js';
import { citedSources, renderTurn, updateTurn } from './turn.js';

/** The service these modules came from: the folder above /widget/. */
const SERVICE_URL = new URL('..', import.meta.url);

/** A model that has written nothing for this long is reported as slow (the service falls back after 30 s). */
const SLOW_AFTER_MS = 8000;

let instances = 0;

class DraftwaveChat extends HTMLElement {

	static get observedAttributes() { return ['lang', 'kind']; }

	constructor() {
		super();
		this.uid = `dw${++instances}`;
		this.root = this.attachShadow({ mode: 'open' });
		this.turns = [];
		this.documents = null;
		this.selected = new Set();
		this.controller = null;
		this.popovers = new CitationPopovers(this);
		this.figures = new Figures(this);
		this.conversationId = null;
		this.conversations = new ConversationList(this);
	}

	/** The interface language: en, or ko for anything else. */
	get uiLang() { return this.getAttribute('lang') === 'en' ? 'en' : 'ko'; }

	get t() { return TEXT[this.uiLang]; }

	get base() {
		const attr = this.getAttribute('service-url');
		const url = attr ? new URL(attr, location.href) : SERVICE_URL;
		return url.href.endsWith('/') ? url.href : url.href + '/';
	}

	get storageKey() { return `draftwave-chat:${this.base}:${this.id || 'default'}`; }

	connectedCallback() {
		if (this.form) return;
		const state = restore(this.storageKey, this.getAttribute('kind'), this.getAttribute('documents'));
		Object.assign(this, { kind: state.kind, unsent: state.unsent, turns: state.turns, selected: new Set(state.documents),
			conversationId: state.conversationId });
		this.render();
		this.loadDocuments();
	}

	attributeChangedCallback(name, before, after) {
		if (before === after || !this.form) return;
		if (name === 'kind' && KINDS.includes(after)) this.kindSelect.value = after;
		if (name === 'lang') { this.form = null; this.render(); this.renderDocuments(); }
	}

	save() {
		save(this.storageKey, { kind: this.kind, unsent: this.unsent, turns: this.turns, documents: [...this.selected],
			conversationId: this.conversationId });
	}

	render() {
		const t = this.t;
		this.root.replaceChildren(el('style', { text: STYLE }));
		this.kindSelect = el('select', { name: 'kind', onchange: () => { this.kind = this.kindSelect.value; this.save(); } },
			...KINDS.map((k) => el('option', { value: k, text: t.kinds[k], selected: k === this.kind })));
		this.docsSummary = el('summary', { text: t.allDocuments, 'aria-label': t.documents });
		this.docsList = el('fieldset', {}, el('legend', { class: 'sr', text: t.documents }));
		this.docsDetails = el('details', { class: 'docs' }, this.docsSummary, this.docsList);
		this.input = el('textarea', {
			id: `${this.uid}-input`, rows: 2, placeholder: t.placeholder, 'aria-describedby': `${this.uid}-hint`,
			oninput: () => { this.unsent = this.input.value; this.save(); },
			onkeydown: (e) => this.onInputKey(e),
		});
		this.input.value = this.unsent;
		this.sendButton = el('button', { type: 'submit', class: 'primary send', text: t.send });
		this.stopButton = el('button', { type: 'button', class: 'danger stop', text: t.stop, hidden: true, onclick: () => this.stop() });
		this.banner = el('div', { class: 'banner', role: 'alert', hidden: true });
		this.log = el('ol', { class: 'log', 'aria-label': t.region });
		this.live = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
		this.form = el('form', { onsubmit: (e) => { e.preventDefault(); this.send(); } },
			el('div', { class: 'options' },
				el('label', {}, el('span', { text: t.kind }), this.kindSelect),
				el('span', { class: 'docs-label', text: t.documents }), this.docsDetails),
			el('label', { class: 'sr', for: `${this.uid}-input`, text: t.input }),
			this.input,
			el('div', { class: 'buttons' }, this.sendButton, this.stopButton),
			el('div', { class: 'hint', id: `${this.uid}-hint`, text: t.hint }));
		const list = this.conversations.render();
		const chat = el('section', { class: 'chat', 'aria-label': t.region, lang: this.uiLang },
			el('header', {},
				el('h2', { text: 'Draftwave' }),
				el('p', { text: t.subtitle }),
				list.toggle,
				el('button', { type: 'button', class: 'new-chat', text: t.newChat, onclick: () => this.clear() })),
			list.panel, this.banner, this.log, this.form, this.live);
		this.root.append(chat);
		this.log.addEventListener('scroll', () => this.popovers.place(), { passive: true });
		for (const turn of this.turns) this.log.append(renderTurn(this, turn));
		this.setBusy(false);
		this.scrollToEnd();
	}

	onInputKey(e) {
		// Enter sends; Shift+Enter breaks the line; Enter that ends a Hangul composition only composes
		if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
			e.preventDefault();
			if (!this.controller) this.send();
		}
	}

	setBusy(busy) {
		this.sendButton.hidden = busy;
		this.stopButton.hidden = !busy;
		this.log.setAttribute('aria-busy', busy ? 'true' : 'false');
	}

	scrollToEnd() { this.log.scrollTop = this.log.scrollHeight; }

	announce(message) { this.live.textContent = message; }

	showBanner(message) {
		this.banner.textContent = message;
		this.banner.hidden = !message;
	}

	clear() {
		this.stop();
		this.turns = [];
		this.conversationId = null;
		this.save();
		this.log.replaceChildren();
		this.input.focus();
	}

	loadDocuments() { return loadDocuments(this); }

	renderDocuments() { renderDocuments(this); }

	headers(extra) {
		const headers = Object.assign({ 'Accept-Language': this.uiLang }, extra || {});
		const key = this.getAttribute('api-key');
		if (key) headers.Authorization = `Bearer ${key}`;
		return headers;
	}

	/** Where a source opens: a passage in its document, a computed figure on the data page. */
	passageUrl(source) {
		if (source.type === 'figure' && source.analysisId) return this.dataPageUrl(source.analysisId);
		const path = String(source.url || '').replace(/^\/?api\/sources\//, 'sources/');
		const url = new URL(path, this.base);
		url.searchParams.set('lang', this.uiLang);
		return url.href;
	}

	/** The officials' data page showing analysis id in full. */
	dataPageUrl(analysisId) {
		const url = new URL('data/', this.base);
		url.searchParams.set('analysis', analysisId);
		return url.href;
	}

	send() {
		const text = this.input.value.trim();
		if (!text) { this.announce(this.t.empty); this.input.focus(); return; }
		if (this.controller) return;
		const request = { kind: this.kindSelect.value, instructions: text };
		if (this.selected.size > 0) request.documentIds = [...this.selected];
		const user = { role: 'user', text, kind: request.kind };
		const answer = { role: 'answer', request, state: 'writing' };
		this.turns.push(user, answer);
		this.input.value = '';
		this.unsent = '';
		this.save();
		this.log.append(renderTurn(this, user));
		const node = renderTurn(this, answer);
		this.log.append(node);
		this.scrollToEnd();
		this.input.focus();
		this.stream(answer, node);
	}

	retry(answer, node) {
		if (this.controller) return;
		Object.assign(answer, blankAnswer(), { state: 'writing' });
		this.save();
		const fresh = renderTurn(this, answer);
		node.replaceWith(fresh);
		this.input.focus();
		this.stream(answer, fresh);
	}

	stop() {
		if (this.controller) this.controller.abort();
	}

	async stream(answer, node) {
		const t = this.t;
		const controller = new AbortController();
		this.controller = controller;
		this.setBusy(true);
		this.announce(t.searching);
		Object.assign(answer, blankAnswer());
		let slowTimer = null;
		const watch = () => {
			clearTimeout(slowTimer);
			slowTimer = setTimeout(() => { answer.slow = true; updateTurn(this, answer, node); }, SLOW_AFTER_MS);
		};
		watch();
		let finished = false;
		try {
			// the first question starts a kept conversation; the next ones are asked within it
			if (!this.conversationId) this.conversationId = await startConversation(this);
			// a retry of an answer the conversation holds (it has a draft id) answers that turn again
			const body = Object.assign({}, answer.request, this.conversationId ? { conversationId: this.conversationId, retryOf: answer.draftId } : {});
			const response = await fetch(this.base + 'api/drafts/stream', {
				method: 'POST',
				headers: this.headers({ 'Content-Type': 'application/json', Accept: 'text/event-stream' }),
				body: JSON.stringify(body),
				signal: controller.signal,
			});
			if (!response.ok) {
				// a conversation deleted meanwhile (in another tab): the retry starts a new one
				if (response.status === 404 && body.conversationId) this.conversationId = null;
				answer.problem = await readProblem(t, response);
				answer.state = 'error';
				return;
			}
			for await (const event of events(response.body)) {
				answer.slow = false;
				watch();
				finished = applyEvent(t, answer, event) || finished;
				updateTurn(this, answer, node);
			}
			if (!finished && answer.state === 'writing') {
				answer.state = 'error';
				answer.problem = { kind: 'dropped', message: t.problems.dropped };
			}
		} catch (e) {
			answer.state = 'error';
			if (controller.signal.aborted) {
				answer.state = 'stopped';
			} else if (e && e.name === 'TypeError' && !answer.text && !(answer.sources || []).length) {
				answer.problem = await diagnose(t, this.base, this.uiLang);
			} else {
				answer.problem = { kind: 'dropped', message: t.problems.dropped, detail: String(e && e.message || e) };
			}
		} finally {
			clearTimeout(slowTimer);
			answer.slow = false;
			if (this.controller === controller) this.controller = null;
			// the stop button disappears with the stream: keep keyboard users in the input
			const stopHadFocus = this.root.activeElement === this.stopButton;
			this.setBusy(false);
			if (stopHadFocus) this.input.focus();
			this.save();
			updateTurn(this, answer, node);
			this.announce(answer.state === 'done' ? t.done : answer.state === 'stopped' ? t.stopped
				: answer.problem ? answer.problem.message : '');
		}
	}

	async copy(turn, button) {
		const t = this.t;
		const text = copyText(turn.text, citedSources(turn), t, (c) => this.passageUrl(c));
		let ok = false;
		try {
			await navigator.clipboard.writeText(text);
			ok = true;
		} catch (e) {
			const area = el('textarea', { style: 'position:fixed;opacity:0' });
			area.value = text;
			this.root.append(area);
			area.select();
			try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
			area.remove();
		}
		button.textContent = ok ? t.copied : t.copy;
		this.announce(ok ? t.copied : t.copyFailed);
		setTimeout(() => { button.textContent = t.copy; }, 2000);
	}

}

if (!customElements.get('draftwave-chat')) customElements.define('draftwave-chat', DraftwaveChat);
