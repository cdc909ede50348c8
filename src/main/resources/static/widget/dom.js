// Building the widget's nodes. Data from the service and the model only ever becomes text nodes or
// attribute values; nothing is parsed as HTML.

/** An element with attributes (text: its text, on*: listeners) and children; false and null are skipped. */
export function el(tag, attrs, ...children) {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs || {})) {
		if (v === null || v === undefined || v === false) continue;
		if (k === 'class') node.className = v;
		else if (k === 'text') node.textContent = v;
		else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
		else node.setAttribute(k, v === true ? '' : String(v));
	}
	for (const child of children) {
		if (child !== null && child !== undefined && child !== false) node.append(child);
	}
	return node;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** An excerpt from the service: HTML-escaped text whose only markup is <mark>; rebuilt as text nodes. */
export function excerptNodes(excerpt) {
	const nodes = [];
	const parts = String(excerpt || '').split(/(<mark>|<\/mark>)/);
	let marked = false;
	for (const part of parts) {
		if (part === '<mark>') { marked = true; continue; }
		if (part === '</mark>') { marked = false; continue; }
		const text = part.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (e) => ENTITIES[e]);
		if (text) nodes.push(marked ? el('mark', { text }) : document.createTextNode(text));
	}
	return nodes;
}
