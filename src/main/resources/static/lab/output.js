// A model's output in the page: its Markdown headings, lists and bold rendered by the shared renderer, [n]
// markers as superscripts naming the cited document, and the words a variant added against another
// variant's output marked. Everything taken from the output becomes a text node; nothing is parsed as HTML.

import { markdown, textRuns } from '../common/markdown.js';

const TOKEN = /\[\d+(?:\s*,\s*\d+)*\]|\s+|[^\s[]+|\[/g;
const MARKER = /^\[(\d+(?:\s*,\s*\d+)*)\]$/;

/** Largest product of word counts diffed exactly; beyond it a word counts as added when the base lacks it. */
const MAX_CELLS = 4_000_000;

/** The tokens of a text: markers like [2] or [1, 3], runs of white space, and words. */
export function tokens(text) {
	return text.match(TOKEN) ?? [];
}

function isWord(token) {
	return !/^\s+$/.test(token) && !MARKER.test(token);
}

/** The words of a text in order, markers and white space left out. */
export function words(text) {
	return tokens(text).filter(isWord);
}

/**
 * Which words of other are not in base, by a longest common subsequence of their words:
 * added('가 나 다', '가 새 다') → [false, true, false]. Returns one flag per word of other.
 */
export function added(base, other) {
	return addedWords(shownWords(base), shownWords(other));
}

/** added() over the words themselves. */
function addedWords(a, b) {
	if (a.length * b.length > MAX_CELLS) {
		const present = new Set(a);
		return b.map(w => !present.has(w));
	}
	// lengths[i][j]: longest common subsequence of a[i..] and b[j..]
	const width = b.length + 1;
	const lengths = new Uint32Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1
				: Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
		}
	}
	const flags = new Array(b.length).fill(true);
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			flags[j] = false;
			i++;
			j++;
		}
		else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
			i++;
		}
		else {
			j++;
		}
	}
	return flags;
}

/** The words of an output as shown, in reading order: its text runs once the Markdown marks are gone. */
export function shownWords(text) {
	return textRuns(text ?? '').flatMap(run => words(run.text));
}

/**
 * Renders output into container: its Markdown headings, lists and bold as elements ("##" an
 * h4), markers as superscripts. citations: [{marker, sourceId, title}] from the run's cell; base:
 * another output to mark added words against, or null for no marking.
 */
export function renderOutput(container, output, citations = [], base = null) {
	const byMarker = new Map(citations.map(c => [Number(c.marker), c]));
	const flags = base === null ? null : addedWords(shownWords(base), shownWords(output));
	let wordIndex = 0;
	const onText = (parent, text) => {
		for (const token of tokens(text)) {
			const marker = MARKER.exec(token);
			if (marker) {
				parent.append(markerElement(marker[1], byMarker));
			}
			else if (isWord(token) && flags !== null && flags[wordIndex++]) {
				const ins = document.createElement('ins');
				ins.textContent = token;
				parent.append(ins);
			}
			else {
				parent.append(document.createTextNode(token));
			}
		}
	};
	container.replaceChildren(...markdown(output ?? '', { topLevel: 3, breaks: true, onText }));
}

/** [2] or [1, 3] as a superscript; each number links to its passage and names its document on hover. */
function markerElement(numbers, byMarker) {
	const sup = document.createElement('sup');
	sup.className = 'marker';
	sup.append('[');
	numbers.split(',').map(n => Number(n.trim())).forEach((n, index) => {
		if (index > 0) {
			sup.append(',');
		}
		const citation = byMarker.get(n);
		if (citation) {
			const link = document.createElement('a');
			link.href = `/api/sources/${encodeURIComponent(citation.sourceId)}`;
			link.title = citation.title ?? '';
			link.setAttribute('aria-label', `[${n}] ${citation.title ?? ''}`);
			link.textContent = String(n);
			sup.append(link);
		}
		else {
			sup.append(String(n));
		}
	});
	sup.append(']');
	return sup;
}
