// Helpful / not helpful (👍/👎) under a finished draft, sent to POST /api/drafts/{id}/feedback with the widget's key. 👍 is sent
// at once; 👎 opens a small form with an optional reason and comment. What was sent is kept on the turn
// (and so in the tab with the conversation), so the buttons say so after a reload.

import { el } from './dom.js';

const REASONS = ['wrong-source', 'wrong-figure', 'missing', 'tone', 'other'];

/** The feedback row of a finished turn; rerender draws the turn again after a change. */
export function renderFeedback(chat, turn, rerender) {
	const t = chat.t.feedback;
	const state = turn.feedback || {};
	const row = el('div', { class: 'feedback', role: 'group', 'aria-label': t.label });
	if (state.sent) {
		row.append(el('span', { class: 'feedback-done', role: 'status', text: state.rating === 'up' ? t.thanksUp : t.thanksDown }));
		return row;
	}
	const send = async (rating, reason, comment) => {
		turn.feedback = { rating, sending: true };
		rerender();
		try {
			const response = await fetch(new URL(`api/drafts/${encodeURIComponent(turn.draftId)}/feedback`, chat.base), {
				method: 'POST',
				headers: chat.headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
				body: JSON.stringify({ rating, reason: reason || undefined, comment: comment || undefined }),
			});
			if (!response.ok) throw new Error(String(response.status));
			turn.feedback = { rating, sent: true };
		} catch (e) {
			turn.feedback = { rating, open: rating === 'down', failed: true, reason, comment };
		}
		chat.save?.();
		rerender();
	};
	const up = el('button', { type: 'button', class: 'feedback-up', 'aria-label': t.up, title: t.up, disabled: state.sending || null,
		onclick: () => send('up') }, t.up);
	const down = el('button', { type: 'button', class: 'feedback-down', 'aria-label': t.down, title: t.down,
		'aria-expanded': state.open ? 'true' : 'false', disabled: state.sending || null,
		onclick: () => { turn.feedback = { open: !state.open }; rerender(); } }, t.down);
	row.append(el('span', { class: 'feedback-ask', text: t.ask }), up, down);
	if (state.failed) row.append(el('span', { class: 'notice error', role: 'alert', text: t.failed }));
	if (state.open) {
		const reason = el('select', { class: 'feedback-reason', 'aria-label': t.reason },
			el('option', { value: '', text: t.noReason }),
			...REASONS.map((r) => el('option', { value: r, text: t.reasons[r], selected: state.reason === r || null })));
		const comment = el('textarea', { class: 'feedback-comment', rows: '2', maxlength: '2000', 'aria-label': t.comment,
			placeholder: t.comment });
		comment.value = state.comment || '';
		const form = el('form', { class: 'feedback-form', onsubmit: (e) => { e.preventDefault(); send('down', reason.value, comment.value.trim()); } },
			reason, comment, el('button', { type: 'submit', class: 'feedback-send', text: t.send }));
		row.append(form);
	}
	return row;
}
