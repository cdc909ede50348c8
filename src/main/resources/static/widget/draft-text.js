// A draft's text as the official reads it: its Markdown headings, lists and bold as elements, each [n]
// marker a superscript link, and the sentences the check found unsupported tinted with a flag giving
// the reason. The check's sentence offsets point into the draft's text; the Markdown renderer hands
// over each run of text with its offset, so the tint follows the sentences across the rendering.

import { blocks, markdown, plainText } from '../common/markdown.js';
import { el } from './dom.js';

/** Citation markers as the service writes them: [1], [1, 2], [1 2], full-width brackets. */
const MARKER = /[[［][ \t]{0,2}\d{1,3}(?:[ \t]{0,2}[,，][ \t]{0,2}\d{1,3}|[ \t]{1,2}\d{1,3})*[ \t]{0,2}[\]］]/g;

/** A run of text cut into plain pieces and markers (never cut), each with its offset in the draft. */
function pieces(text, offset) {
	const result = [];
	let at = 0;
	for (const match of text.matchAll(MARKER)) {
		if (match.index > at) result.push({ text: text.slice(at, match.index), offset: offset + at });
		result.push({ markers: match[0].match(/\d{1,3}/g).map(Number), offset: offset + match.index });
		at = match.index + match[0].length;
	}
	if (at < text.length) result.push({ text: text.slice(at), offset: offset + at });
	return result;
}

/** Below the widget's own h2, the draft's shallowest heading is an h3, whether it was written "#" or "##". */
function topLevel(text) {
	const levels = blocks(text).filter((b) => b.kind === 'heading').map((b) => b.level);
	return levels.length ? 4 - Math.min(...levels) : 3;
}

/**
 * Renders the turn's text into container. marker(n) makes the node of marker n; reason(sentence) says
 * why a sentence is unsupported; flagLabel(why) labels its flag for screen readers.
 */
export function renderDraft(container, turn, { marker, reason, flagLabel }) {
	const text = turn.text || '';
	const unsupported = [];
	for (const s of [...(turn.sentences || [])].filter((s) => !s.supported).sort((a, b) => a.start - b.start)) {
		const last = unsupported[unsupported.length - 1];
		if (s.start >= 0 && s.end <= text.length && s.start < s.end && (!last || s.start >= last.end)) unsupported.push(s);
	}
	const sentenceAt = (offset) => unsupported.find((s) => s.start <= offset && offset < s.end);
	const spans = new Map();
	const target = (parent, s) => {
		if (!s) return parent;
		const span = spans.get(s);
		if (span && span.parentNode === parent && parent.lastChild === span) return span;
		const fresh = el('span', { class: 'unsupported', title: reason(s) });
		parent.append(fresh);
		spans.set(s, fresh);
		return fresh;
	};
	const onText = (parent, run, offset) => {
		for (const piece of pieces(run, offset)) {
			if (piece.markers) {
				const into = target(parent, sentenceAt(piece.offset));
				for (const n of piece.markers) into.append(marker(n));
				continue;
			}
			// cut the piece where an unsupported sentence starts or ends
			const end = piece.offset + piece.text.length;
			const cuts = [piece.offset];
			for (const s of unsupported) {
				for (const at of [s.start, s.end]) if (at > piece.offset && at < end) cuts.push(at);
			}
			cuts.sort((a, b) => a - b).push(end);
			for (let i = 0; i + 1 < cuts.length; i++) {
				if (cuts[i] === cuts[i + 1]) continue;
				target(parent, sentenceAt(cuts[i])).append(piece.text.slice(cuts[i] - piece.offset, cuts[i + 1] - piece.offset));
			}
		}
	};
	container.replaceChildren(...markdown(text, { topLevel: topLevel(text), breaks: true, onText }));
	for (const [s, span] of spans) {
		const why = reason(s);
		span.append(el('span', { class: 'flag', title: why, role: 'img', 'aria-label': flagLabel(why), tabindex: 0, text: '⚠' }));
	}
}

/** The draft as clean text for the clipboard: no Markdown marks, markers as [n], then its sources. */
export function copyText(text, cited, t, passageUrl) {
	const lines = [plainText(text || '')];
	if (cited.length) {
		lines.push('', `${t.sources}:`);
		for (const c of cited) lines.push(`[${c.marker}] ${c.title}${c.page ? ', ' + t.page(c.page) : ''} — ${passageUrl(c)}`);
	}
	return lines.join('\n');
}
