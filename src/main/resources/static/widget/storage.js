// The conversation kept in the tab: draft kind, the text not yet sent, the turns, the chosen
// documents and the id of the conversation the service keeps, in sessionStorage under a key per
// service and widget, so a reload keeps them, and the conversation shows even when the service cannot
// be reached.

/** Draft kinds in the order an official meets them. */
export const KINDS = ['press-release', 'policy-report', 'complaint-reply', 'memo', 'answer'];

/**
 * The saved state, or a fresh one from the attributes: {kind, unsent, turns, documents, conversationId}. An answer
 * that was being written when the page went away is marked interrupted.
 */
export function restore(key, attrKind, attrDocuments) {
	let saved = null;
	try { saved = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) { saved = null; }
	const kind = saved && KINDS.includes(saved.kind) ? saved.kind : KINDS.includes(attrKind) ? attrKind : 'answer';
	const unsent = saved && typeof saved.unsent === 'string' ? saved.unsent : '';
	const turns = saved && Array.isArray(saved.turns) ? saved.turns : [];
	const documents = saved && Array.isArray(saved.documents) ? saved.documents
		: (attrDocuments || '').split(',').map((s) => s.trim()).filter(Boolean);
	const conversationId = saved && typeof saved.conversationId === 'string' ? saved.conversationId : null;
	for (const turn of turns) {
		if (turn.role === 'answer' && turn.state === 'writing') turn.state = 'interrupted';
	}
	return { kind, unsent, turns, documents, conversationId };
}

/** Keeps the state; when storage is full or disabled the conversation still works, it is only not kept. */
export function save(key, state) {
	try {
		sessionStorage.setItem(key, JSON.stringify(state));
	} catch (e) {
		// not kept, nothing else to do
	}
}
