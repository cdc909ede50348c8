// The draft stream of POST /api/drafts/stream: server-sent events read from a fetch body (EventSource
// cannot POST), and what each event does to the answer being written.

import { describeProblem } from './problems.js';

/** Server-sent events from a fetch body: {event, data} with data parsed as JSON. */
export async function* events(body) {
	const reader = body.getReader();
	const decoder = new TextDecoder('utf-8');
	let buffer = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
			let cut;
			while ((cut = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, cut);
				buffer = buffer.slice(cut + 2);
				const event = parseEvent(block);
				if (event) yield event;
			}
		}
	} finally {
		reader.releaseLock();
	}
}

function parseEvent(block) {
	let event = 'message';
	const data = [];
	for (const line of block.split('\n')) {
		if (!line || line.startsWith(':')) continue;
		const colon = line.indexOf(':');
		const field = colon < 0 ? line : line.slice(0, colon);
		let value = colon < 0 ? '' : line.slice(colon + 1);
		if (value.startsWith(' ')) value = value.slice(1);
		if (field === 'event') event = value;
		else if (field === 'data') data.push(value);
	}
	if (data.length === 0) return null;
	try {
		return { event, data: JSON.parse(data.join('\n')) };
	} catch (e) {
		return { event, data: { text: data.join('\n') } };
	}
}

/** An answer before its first event. */
export function blankAnswer() {
	return { text: '', sources: [], citations: [], sentences: [], warnings: [], mode: null, modelText: null, problem: null };
}

/**
 * Applies one event to the answer; true once the draft is done or failed. The done event's draft
 * replaces everything streamed before it: its text is the checked one (markers checked, and the
 * extractive draft when the model failed), whatever the deltas said.
 */
export function applyEvent(t, answer, { event, data }) {
	switch (event) {
		case 'sources':
			answer.sources = data.sources || [];
			return false;
		case 'delta':
			answer.text += data.text || '';
			return false;
		case 'citation':
			answer.citations = answer.citations.filter((c) => c.marker !== data.marker).concat([data]);
			return false;
		case 'warning':
			if (data.message && !answer.warnings.includes(data.message)) answer.warnings.push(data.message);
			return false;
		case 'done':
			answer.text = typeof data.text === 'string' ? data.text : '';
			answer.citations = data.citations || [];
			answer.sentences = data.sentences || [];
			answer.mode = data.mode;
			answer.modelText = typeof data.modelText === 'string' && data.modelText.trim() ? data.modelText : null;
			answer.draftId = data.draftId;
			for (const w of data.warnings || []) if (!answer.warnings.includes(w)) answer.warnings.push(w);
			answer.state = 'done';
			return true;
		case 'error':
			answer.state = 'error';
			answer.problem = describeProblem(t, data, data.status || 500, null);
			return true;
		default:
			return false;
	}
}
