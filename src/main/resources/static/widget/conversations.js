// The conversations the service keeps for the widget's key (/api/conversations): one is started on
// the first question, and each question after it is asked within it, so the service drafts a
// follow-up with the earlier turns. The list panel under the header shows the caller's conversations
// (title, last change, number of questions), reopens one with its drafts as they were, and deletes one
// after a confirmation in the row. sessionStorage (storage.js) stays the tab's copy of the current
// conversation: when the service cannot be reached, that copy is what the widget shows.

import { el } from './dom.js';
import { blankAnswer } from './events.js';
import { readProblem } from './problems.js';
import { renderTurn } from './turn.js';

/** Conversations listed at once. */
const PAGE_SIZE = 30;

/** Starts a conversation on the service: its id, or null when none can be kept now (the question is asked anyway). */
export async function startConversation(chat) {
	try {
		const response = await fetch(chat.base + 'api/conversations', {
			method: 'POST',
			headers: chat.headers({ Accept: 'application/json' }),
		});
		if (!response.ok) return null;
		const started = await response.json();
		return typeof started.conversationId === 'string' ? started.conversationId : null;
	} catch (e) {
		return null;
	}
}

/** A kept conversation's turns as the widget keeps them: the request, then its answer as the done event left it. */
export function turnsOf(t, conversation) {
	const turns = [];
	for (const turn of conversation.turns || []) {
		const request = { kind: turn.kind, instructions: turn.question, language: turn.language };
		if (turn.documentIds && turn.documentIds.length) request.documentIds = turn.documentIds;
		turns.push({ role: 'user', text: turn.question, kind: turn.kind });
		const answer = Object.assign({ role: 'answer', request }, blankAnswer());
		const d = turn.draft;
		if (d) {
			Object.assign(answer, {
				state: 'done', text: d.text || '', citations: d.citations || [], sentences: d.sentences || [], mode: d.mode,
				modelText: typeof d.modelText === 'string' && d.modelText.trim() ? d.modelText : null,
				draftId: d.draftId, warnings: d.warnings || [],
			});
		} else {
			Object.assign(answer, { state: 'error', problem: { kind: 'gone', message: t.conversations.draftGone } });
		}
		turns.push(answer);
	}
	return turns;
}

/** The list panel of the widget chat, opened and closed by its toggle button in the header. */
export class ConversationList {

	constructor(chat) {
		this.chat = chat;
		this.items = null;
		this.failed = false;
		this.confirming = null;
	}

	/** The toggle button and the panel, made anew whenever the widget renders. */
	render() {
		const t = this.chat.t.conversations;
		const id = `${this.chat.uid}-conversations`;
		this.toggle = el('button', {
			type: 'button', class: 'conversations-toggle', text: t.list, 'aria-expanded': 'false', 'aria-controls': id,
			onclick: () => (this.panel.hidden ? this.open() : this.close()),
		});
		this.panel = el('section', { class: 'conversations', id, 'aria-label': t.list, hidden: true });
		return { toggle: this.toggle, panel: this.panel };
	}

	async open() {
		this.panel.hidden = false;
		this.toggle.setAttribute('aria-expanded', 'true');
		this.confirming = null;
		this.draw(true);
		await this.load();
	}

	close() {
		this.panel.hidden = true;
		this.toggle.setAttribute('aria-expanded', 'false');
	}

	async load() {
		try {
			const response = await fetch(`${this.chat.base}api/conversations?size=${PAGE_SIZE}`, {
				headers: this.chat.headers({ Accept: 'application/json' }),
			});
			if (!response.ok) throw new Error((await readProblem(this.chat.t, response)).message);
			this.items = (await response.json()).conversations || [];
			this.failed = false;
		} catch (e) {
			this.failed = true;
		}
		this.draw(false);
	}

	/** Draws the panel: loading, the list, or why there is none. */
	draw(loading) {
		const t = this.chat.t.conversations;
		const children = [el('h3', { text: t.heading })];
		if (loading) {
			children.push(el('p', { class: 'muted', role: 'status', text: t.loading }));
		} else if (this.failed) {
			children.push(el('p', { class: 'notice error', role: 'alert', text: t.unavailable }));
		} else if (!this.items.length) {
			children.push(el('p', { class: 'muted', text: t.none }));
		} else {
			children.push(el('ul', {}, ...this.items.map((c) => this.row(c))));
		}
		this.panel.replaceChildren(...children);
	}

	row(c) {
		const t = this.chat.t.conversations;
		const title = c.title || t.untitled;
		const current = c.conversationId === this.chat.conversationId;
		if (this.confirming === c.conversationId) {
			return el('li', { class: 'confirm', role: 'alertdialog', 'aria-label': t.confirm(title) },
				el('span', { class: 'question', text: t.confirm(title) }),
				el('button', { type: 'button', class: 'danger confirm-delete', text: t.delete, onclick: () => this.remove(c) }),
				el('button', { type: 'button', class: 'cancel-delete', text: t.cancel, onclick: () => { this.confirming = null; this.draw(false); } }));
		}
		return el('li', { 'aria-current': current ? 'true' : null },
			el('button', { type: 'button', class: 'open-conversation', onclick: () => this.reopen(c.conversationId) },
				el('span', { class: 'title', text: title }),
				el('span', { class: 'when', text: `${this.when(c.updatedAt)} · ${t.questions(c.turns)}` })),
			el('button', { type: 'button', class: 'delete-conversation', text: t.delete, 'aria-label': `${t.delete}: ${title}`,
				onclick: () => { this.confirming = c.conversationId; this.draw(false); this.panel.querySelector('.cancel-delete').focus(); } }));
	}

	when(instant) {
		const date = new Date(instant);
		if (Number.isNaN(date.getTime())) return '';
		return new Intl.DateTimeFormat(this.chat.uiLang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
	}

	/** Shows a kept conversation in place of the current one, and asks further questions within it. */
	async reopen(id) {
		const chat = this.chat;
		try {
			const response = await fetch(`${chat.base}api/conversations/${encodeURIComponent(id)}`, {
				headers: chat.headers({ Accept: 'application/json' }),
			});
			if (!response.ok) throw new Error((await readProblem(chat.t, response)).message);
			const conversation = await response.json();
			chat.stop();
			chat.turns = turnsOf(chat.t, conversation);
			chat.conversationId = conversation.conversationId;
			chat.save();
			chat.log.replaceChildren(...chat.turns.map((turn) => renderTurn(chat, turn)));
			this.close();
			chat.scrollToEnd();
			chat.announce(chat.t.conversations.reopened(conversation.title || chat.t.conversations.untitled));
			chat.input.focus();
		} catch (e) {
			this.panel.append(el('p', { class: 'notice error', role: 'alert', text: chat.t.conversations.openFailed }));
		}
	}

	/** Deletes a conversation on the service; the current one deleted, the widget starts afresh. */
	async remove(c) {
		const chat = this.chat;
		try {
			const response = await fetch(`${chat.base}api/conversations/${encodeURIComponent(c.conversationId)}`, {
				method: 'DELETE', headers: chat.headers(),
			});
			if (!response.ok && response.status !== 404) throw new Error(String(response.status));
			this.confirming = null;
			if (c.conversationId === chat.conversationId) chat.clear();
			chat.announce(chat.t.conversations.deleted);
			await this.load();
			this.toggle.focus();
		} catch (e) {
			this.confirming = null;
			this.draw(false);
			this.panel.append(el('p', { class: 'notice error', role: 'alert', text: chat.t.conversations.deleteFailed }));
		}
	}

}
