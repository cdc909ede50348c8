/*
 * <draftwave-chat>: Draftwave's drafting assistant as a web component, for any page.
 *
 *   <script src="https://draftwave.example.go.kr/widget/draftwave-chat.js" defer></script>
 *   <draftwave-chat lang="ko" kind="answer"></draftwave-chat>
 *
 * Attributes
 *   service-url  where Draftwave runs; default: the address this script was loaded from
 *   lang         ko (default) or en: the interface's language
 *   kind         the draft kind selected at first: answer (default), press-release,
 *                policy-report, complaint-reply or memo
 *   documents    comma-separated document ids to draw on at first; default: all documents
 *   api-key      sent as "Authorization: Bearer <key>" where the service requires keys
 *   theme        light, dark or auto (default: follows the system)
 *
 * This classic script only loads the widget's ES modules (chat.js and what it imports, beside this
 * file; the Markdown renderer in ../common/) from the same service, so pages keep including one plain
 * script. The draft is read from POST /api/drafts/stream and rendered with text nodes only: nothing the
 * model or a source writes becomes markup. No build step, no dependencies.
 */
(() => {
	'use strict';
	const script = document.currentScript;
	const here = script && script.src ? script.src : new URL('/widget/draftwave-chat.js', location.href).href;
	import(new URL('chat.js', here).href).catch((e) => {
		console.error(`Draftwave: the widget could not be loaded from ${new URL('.', here).href}: ${e && e.message || e}`);
	});
})();
