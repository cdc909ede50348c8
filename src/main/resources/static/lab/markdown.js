// The few Markdown forms an exercise's instructions use, built as elements from text nodes:
// "#" headings, "-"/"*"/"1." lists, paragraphs, `code` and **bold**. Anything else stays as text.

import { el } from './lab.js';

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*)/;

function inline(text) {
	return text.split(INLINE).filter(part => part !== '').map(part => {
		if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
			return el('code', {}, part.slice(1, -1));
		}
		if (part.startsWith('**') && part.endsWith('**') && part.length > 3) {
			return el('strong', {}, part.slice(2, -2));
		}
		return part;
	});
}

/** The elements of a Markdown text, headings starting at h{topLevel}. */
export function markdown(text, topLevel = 3) {
	const blocks = [];
	let list = null;
	let paragraph = [];
	const flush = () => {
		if (paragraph.length) {
			blocks.push(el('p', {}, inline(paragraph.join(' '))));
			paragraph = [];
		}
	};
	for (const raw of (text ?? '').split('\n')) {
		const line = raw.trim();
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const item = /^(?:[-*]|\d+[.)])\s+(.*)$/.exec(line);
		if (heading) {
			flush();
			list = null;
			blocks.push(el(`h${Math.min(6, topLevel + heading[1].length - 1)}`, {}, inline(heading[2])));
		}
		else if (item) {
			flush();
			if (list === null) {
				list = el(/^\d/.test(line) ? 'ol' : 'ul');
				blocks.push(list);
			}
			list.append(el('li', {}, inline(item[1])));
		}
		else if (line === '') {
			flush();
			list = null;
		}
		else {
			list = null;
			paragraph.push(line);
		}
	}
	flush();
	return blocks;
}
