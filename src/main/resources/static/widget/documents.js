// The documents an official may draw on: the service's list (GET /api/documents) as checkboxes in
// the form, all documents while none is ticked. A refusal of this page's origin or of its key shows
// in the widget's banner, since nothing else would work either.

import { el } from './dom.js';
import { diagnose, readProblem } from './problems.js';

/** Loads the list into chat.documents (null when it cannot be had) and shows it. */
export async function loadDocuments(chat) {
	try {
		const response = await fetch(chat.base + 'api/documents', { headers: chat.headers() });
		if (!response.ok) {
			const problem = await readProblem(chat.t, response);
			chat.documents = null;
			renderDocuments(chat);
			if (['origin', 'unauthorized', 'forbidden'].includes(problem.kind)) chat.showBanner(problem.message);
			return;
		}
		chat.documents = await response.json();
		renderDocuments(chat);
	} catch (e) {
		chat.documents = null;
		renderDocuments(chat);
		const problem = await diagnose(chat.t, chat.base, chat.uiLang);
		if (problem.kind === 'origin') chat.showBanner(problem.message);
	}
}

/** The checkboxes of chat.documents, ticked as chat.selected says. */
export function renderDocuments(chat) {
	const t = chat.t;
	chat.docsList.replaceChildren(el('legend', { class: 'sr', text: t.documents }));
	if (!chat.documents) {
		chat.docsList.append(el('p', { text: t.documentsUnavailable }));
	} else {
		for (const doc of chat.documents) {
			const box = el('input', {
				type: 'checkbox', value: doc.id, checked: chat.selected.has(doc.id),
				onchange: () => {
					if (box.checked) chat.selected.add(doc.id); else chat.selected.delete(doc.id);
					chat.save();
					updateDocsSummary(chat);
				},
			});
			chat.docsList.append(el('label', {}, box, el('span', { text: doc.title })));
		}
	}
	updateDocsSummary(chat);
}

function updateDocsSummary(chat) {
	const n = chat.selected.size;
	chat.docsSummary.textContent = n === 0 ? chat.t.allDocuments : chat.t.someDocuments(n);
}
