// The few Markdown forms drafts, passages and exercises use, built as elements from text nodes only:
// "#" headings, "-"/"*"/"1." lists, paragraphs, **bold** and `code`. Anything else (HTML included)
// stays as text. Each run of text is handed to a callback with its offset in the original text, so a
// caller can mark ranges of the source (unsupported sentences, added words) and turn [n] markers into
// links inside the rendered blocks. Shared by the widget, the passage page and the prompt lab.

const HEADING = /^(#{1,6})[ \t]+/;
const ITEM = /^([-*+•]|\d{1,3}[.)])[ \t]+/;
const INLINE = /\*\*(?=\S)([^*\n]*?\S)\*\*|`([^`\n]+)`/g;

/**
 * The blocks of a text: {kind: 'heading', level, line}, {kind: 'list', ordered, items: [line]} or
 * {kind: 'paragraph', lines: [line]}, where a line is {text, offset, bullet?}: its content without the
 * Markdown marks before it, and where that content starts in the original text.
 */
export function blocks(text) {
	const source = String(text ?? '');
	const result = [];
	let list = null;
	let paragraph = null;
	let at = 0;
	for (const raw of source.split('\n')) {
		const start = at;
		at += raw.length + 1;
		const lead = raw.length - raw.trimStart().length;
		const line = raw.trim();
		if (line === '') {
			list = null;
			paragraph = null;
			continue;
		}
		const heading = HEADING.exec(line);
		const item = heading ? null : ITEM.exec(line);
		const content = (match) => ({
			text: line.slice(match ? match[0].length : 0).replace(/[ \t]+#+$/, heading ? '' : '$&'),
			offset: start + lead + (match ? match[0].length : 0),
		});
		if (heading) {
			list = null;
			paragraph = null;
			result.push({ kind: 'heading', level: heading[1].length, line: content(heading) });
		}
		else if (item) {
			paragraph = null;
			const ordered = /^\d/.test(item[1]);
			if (list === null || list.ordered !== ordered) {
				list = { kind: 'list', ordered, items: [] };
				result.push(list);
			}
			list.items.push({ ...content(item), bullet: ordered ? item[1] : '-' });
		}
		else {
			list = null;
			if (paragraph === null) {
				paragraph = { kind: 'paragraph', lines: [] };
				result.push(paragraph);
			}
			paragraph.lines.push(content(null));
		}
	}
	return result;
}

/** The runs of one line: {text, offset, style: null | 'strong' | 'code'}. */
export function runs(line) {
	const result = [];
	let at = 0;
	for (const match of line.text.matchAll(INLINE)) {
		if (match.index > at) {
			result.push({ text: line.text.slice(at, match.index), offset: line.offset + at, style: null });
		}
		const inner = match[1] ?? match[2];
		const innerAt = match.index + match[0].indexOf(inner);
		result.push({ text: inner, offset: line.offset + innerAt, style: match[1] !== undefined ? 'strong' : 'code' });
		at = match.index + match[0].length;
	}
	if (at < line.text.length) {
		result.push({ text: line.text.slice(at), offset: line.offset + at, style: null });
	}
	return result;
}

/** Every run of the text in reading order, as rendered. */
export function textRuns(text) {
	return lines(blocks(text)).flatMap(runs);
}

function lines(list) {
	return list.flatMap(b => b.kind === 'heading' ? [b.line] : b.kind === 'list' ? b.items : b.lines);
}

function appendText(parent, text) {
	parent.append(document.createTextNode(text));
}

function renderLine(parent, line, onText) {
	for (const run of runs(line)) {
		const target = run.style === null ? parent : parent.appendChild(document.createElement(run.style));
		onText(target, run.text, run.offset);
	}
	return parent;
}

/**
 * The elements of a Markdown text. Options: topLevel, the element of a "#" heading (3: h3, "##" h4);
 * breaks, whether a line break inside a paragraph stays one (true) or joins the lines (false);
 * onText(parent, text, offset), which appends the nodes for a run of text (default: one text node).
 */
export function markdown(text, { topLevel = 3, breaks = true, onText = appendText } = {}) {
	return blocks(text).map(block => {
		if (block.kind === 'heading') {
			const level = Math.min(6, topLevel + block.level - 1);
			return renderLine(document.createElement(`h${level}`), block.line, onText);
		}
		if (block.kind === 'list') {
			const list = document.createElement(block.ordered ? 'ol' : 'ul');
			if (block.ordered) {
				const first = parseInt(block.items[0].bullet, 10);
				if (first !== 1) {
					list.start = first;
				}
			}
			for (const item of block.items) {
				list.append(renderLine(document.createElement('li'), item, onText));
			}
			return list;
		}
		const paragraph = document.createElement('p');
		block.lines.forEach((line, index) => {
			if (index > 0) {
				paragraph.append(breaks ? document.createElement('br') : document.createTextNode(' '));
			}
			renderLine(paragraph, line, onText);
		});
		return paragraph;
	});
}

/**
 * The text without its Markdown marks, for copying: a heading as a line above its section, paragraphs
 * as lines, list items with their bullet; a blank line between a section's blocks and before a heading.
 */
export function plainText(text) {
	const plain = line => runs(line).map(run => run.text).join('');
	let out = '';
	let previous = null;
	for (const block of blocks(text)) {
		const shown = block.kind === 'heading' ? plain(block.line)
			: block.kind === 'list' ? block.items.map(item => `${item.bullet} ${plain(item)}`).join('\n')
				: block.lines.map(plain).join('\n');
		out += previous === null ? shown : (previous.kind === 'heading' ? '\n' : '\n\n') + shown;
		previous = block;
	}
	return out;
}
