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
 * The draft is read from POST /api/drafts/stream (server-sent events over POST, read with fetch
 * and a ReadableStream) and rendered with text nodes only: nothing the model writes becomes markup.
 * The conversation and the text not yet sent are kept in sessionStorage, so a reload of the tab
 * keeps them. ES2020, no dependencies.
 */
(() => {
	'use strict';

	const SCRIPT_URL = document.currentScript && document.currentScript.src
		? new URL(document.currentScript.src, location.href) : null;

	/** Draft kinds in the order an official meets them. */
	const KINDS = ['press-release', 'policy-report', 'complaint-reply', 'memo', 'answer'];

	/** A model that has written nothing for this long is reported as slow (the service falls back after 30 s). */
	const SLOW_AFTER_MS = 8000;

	const TEXT = {
		ko: {
			region: 'Draftwave 초안 도우미',
			subtitle: '시의 문서를 근거로, 출처를 달아 씁니다',
			newChat: '새 대화',
			kind: '종류',
			kinds: {
				'press-release': '보도자료', 'policy-report': '정책 보고서', 'complaint-reply': '민원 답변',
				memo: '내부 메모', answer: '질문 답변',
			},
			documents: '참고 문서',
			allDocuments: '전체 문서',
			someDocuments: (n) => `문서 ${n}개`,
			documentsUnavailable: '문서 목록을 불러오지 못했습니다.',
			input: '질문이나 요청',
			placeholder: '예: 2024년 데이터 인재 양성 교육 참여 인원은?',
			hint: 'Enter: 보내기 · Shift+Enter: 줄바꿈',
			send: '보내기',
			stop: '중지',
			retry: '다시 시도',
			copy: '복사',
			copied: '복사했습니다',
			copyFailed: '복사하지 못했습니다. 텍스트를 직접 선택해 복사하세요.',
			you: '요청',
			draftwave: 'Draftwave',
			writing: '작성 중…',
			searching: '근거 문서를 찾는 중…',
			slow: '모델이 답변을 쓰는 데 시간이 걸리고 있습니다. 기다리거나 중지할 수 있습니다.',
			done: '답변을 다 썼습니다.',
			stopped: '작성을 중지했습니다. 지금까지 쓴 내용만 남아 있습니다.',
			interrupted: '페이지를 다시 불러오는 동안 작성이 끊겼습니다.',
			extractive: '추출식 초안',
			extractiveNote: '언어 모델 없이 근거 문서의 문장을 그대로 모은 초안입니다.',
			sources: '출처',
			page: (p) => `${p}쪽`,
			openSource: '문서에서 보기',
			citationLabel: (n, title) => `출처 ${n}: ${title}`,
			unsupported: '근거 미확인',
			unsupportedLabel: (why) => `근거가 확인되지 않은 문장: ${why}`,
			details: '자세히',
			notice: '알림',
			error: '오류',
			empty: '질문이나 요청을 입력하세요.',
			warnings: {
				fallback: '언어 모델이 응답하지 않아, 근거 문서의 문장을 그대로 모아 초안을 만들었습니다. 다시 시도하면 모델에 다시 요청합니다.',
				stoppedEarly: '언어 모델이 답변 도중 멈췄습니다. 초안이 완전하지 않습니다. 다시 시도할 수 있습니다.',
				refused: '요청과 관련된 문서를 찾지 못해 답변하지 않았습니다. 질문을 바꾸거나 참고 문서를 넓혀 보세요.',
				removedMarker: (n) => `근거 자료에 없는 출처 번호 [${n}]를 지웠습니다.`,
				removedSentences: (n) => `근거가 확인되지 않은 문장 ${n}개를 지웠습니다.`,
			},
			reasons: {
				noCitation: '출처 표시가 없는 사실 주장입니다.',
				coverage: (p) => `인용한 자료에서 이 문장의 내용을 충분히 찾지 못했습니다(낱말 ${p}%만 일치).`,
				figure: (f) => `수치 ${f}이(가) 인용한 자료에 없습니다.`,
			},
			problems: {
				network: '서비스에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요.',
				dropped: '연결이 끊겨 답변이 중간에 멈췄습니다. 다시 시도하세요.',
				origin: (o) => `이 페이지(${o})에서는 Draftwave를 쓸 수 없도록 설정되어 있습니다. 관리자에게 이 사이트의 허용을 요청하세요.`,
				unauthorized: 'Draftwave를 쓰려면 API 키가 필요합니다. 관리자에게 위젯 설정을 문의하세요.',
				forbidden: '이 컴퓨터나 이 키로는 Draftwave를 쓸 수 없습니다. 관리자에게 문의하세요.',
				tooMany: (s) => `요청이 너무 많습니다. ${s ? s + '초 뒤' : '잠시 뒤'} 다시 시도하세요.`,
				invalid: (d) => `요청을 처리할 수 없습니다: ${d}`,
				server: '서비스에서 오류가 났습니다. 잠시 뒤 다시 시도하세요.',
			},
		},
		en: {
			region: 'Draftwave drafting assistant',
			subtitle: "Drafts from the city's own documents, with sources",
			newChat: 'New conversation',
			kind: 'Kind',
			kinds: {
				'press-release': 'Press release', 'policy-report': 'Policy report', 'complaint-reply': 'Complaint reply',
				memo: 'Memo', answer: 'Answer',
			},
			documents: 'Documents',
			allDocuments: 'All documents',
			someDocuments: (n) => `${n} document${n === 1 ? '' : 's'}`,
			documentsUnavailable: 'The list of documents could not be loaded.',
			input: 'Question or request',
			placeholder: 'e.g. How many people took the data training in 2024?',
			hint: 'Enter: send · Shift+Enter: new line',
			send: 'Send',
			stop: 'Stop',
			retry: 'Retry',
			copy: 'Copy',
			copied: 'Copied',
			copyFailed: 'Could not copy. Select the text and copy it yourself.',
			you: 'Request',
			draftwave: 'Draftwave',
			writing: 'Writing…',
			searching: 'Finding the documents to draw on…',
			slow: 'The model is taking a while to write. You can wait or stop.',
			done: 'The answer is complete.',
			stopped: 'Stopped. What was written so far is kept.',
			interrupted: 'Writing was interrupted when the page was reloaded.',
			extractive: 'Extractive draft',
			extractiveNote: 'Put together from the source passages as they are, without a language model.',
			sources: 'Sources',
			page: (p) => `p. ${p}`,
			openSource: 'Show in document',
			citationLabel: (n, title) => `Source ${n}: ${title}`,
			unsupported: 'unsupported',
			unsupportedLabel: (why) => `Sentence not supported by its sources: ${why}`,
			details: 'Details',
			notice: 'Notice',
			error: 'Error',
			empty: 'Type a question or request.',
			warnings: {
				fallback: 'The language model did not answer, so this draft was put together from the source passages as they are. Retry to ask the model again.',
				stoppedEarly: 'The language model stopped before it finished; the draft is incomplete. You can retry.',
				refused: 'No document relevant enough was found, so there is no answer. Rephrase the request or choose more documents.',
				removedMarker: (n) => `Removed the marker [${n}], which named no source.`,
				removedSentences: (n) => `Removed ${n} sentence${n === '1' ? '' : 's'} its sources did not support.`,
			},
			reasons: {
				noCitation: 'A factual claim without a source.',
				coverage: (p) => `The cited sources hardly say this (only ${p}% of its words appear in them).`,
				figure: (f) => `The figure ${f} is not in the cited sources.`,
			},
			problems: {
				network: 'Draftwave cannot be reached. Check the network connection and retry.',
				dropped: 'The connection dropped and the answer stopped halfway. Retry.',
				origin: (o) => `Draftwave is not enabled for this page (${o}). Ask the administrator to allow this site.`,
				unauthorized: 'Draftwave needs an API key here. Ask the administrator to configure the widget.',
				forbidden: 'Draftwave cannot be used from this computer or with this key. Ask the administrator.',
				tooMany: (s) => `Too many requests. Retry ${s ? 'in ' + s + ' seconds' : 'in a moment'}.`,
				invalid: (d) => `The request cannot be handled: ${d}`,
				server: 'The service had an error. Retry in a moment.',
			},
		},
	};

	const STYLE = `
:host { display: block; --dw-accent: #1f5fbf; --dw-bg: #ffffff; --dw-fg: #1b2230; --dw-muted: #5b6475;
  --dw-line: #d5dae3; --dw-soft: #f2f5fa; --dw-user: #e8f0fc; --dw-warn-bg: #fff6dc; --dw-warn-fg: #6b4a00;
  --dw-bad: #b3261e; --dw-bad-bg: #fdecea; --dw-mark: #ffe58a;
  font-family: "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", system-ui, sans-serif;
  font-size: 16px; line-height: 1.6; color: var(--dw-fg); }
:host([hidden]) { display: none; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme=light])) { --dw-accent: #8ab4ff; --dw-bg: #171a21; --dw-fg: #e4e7ee; --dw-muted: #a2aabb;
    --dw-line: #363c49; --dw-soft: #20242d; --dw-user: #23324d; --dw-warn-bg: #3a3016; --dw-warn-fg: #f3d98b;
    --dw-bad: #ffb4ab; --dw-bad-bg: #3c1f1c; --dw-mark: #7a6300; }
}
:host([theme=dark]) { --dw-accent: #8ab4ff; --dw-bg: #171a21; --dw-fg: #e4e7ee; --dw-muted: #a2aabb;
  --dw-line: #363c49; --dw-soft: #20242d; --dw-user: #23324d; --dw-warn-bg: #3a3016; --dw-warn-fg: #f3d98b;
  --dw-bad: #ffb4ab; --dw-bad-bg: #3c1f1c; --dw-mark: #7a6300; }
* { box-sizing: border-box; }
.chat { display: flex; flex-direction: column; background: var(--dw-bg); border: 1px solid var(--dw-line);
  border-radius: 12px; min-height: 24rem; max-height: var(--dw-height, 80vh); overflow: hidden; }
header { display: flex; align-items: center; gap: .75rem; padding: .6rem 1rem; border-bottom: 1px solid var(--dw-line); }
header h2 { font-size: 1.05rem; margin: 0; }
header p { margin: 0; color: var(--dw-muted); font-size: .85rem; flex: 1; }
button { font: inherit; border-radius: 8px; border: 1px solid var(--dw-line); background: var(--dw-soft);
  color: var(--dw-fg); padding: .35rem .8rem; cursor: pointer; min-height: 2.25rem; }
button:hover { border-color: var(--dw-accent); }
button.primary { background: var(--dw-accent); border-color: var(--dw-accent); color: var(--dw-bg); font-weight: 600; }
button.danger { border-color: var(--dw-bad); color: var(--dw-bad); }
button:disabled { opacity: .5; cursor: default; }
:focus-visible { outline: 3px solid var(--dw-accent); outline-offset: 2px; }
.banner { margin: .6rem 1rem 0; padding: .6rem .8rem; border-radius: 8px; background: var(--dw-bad-bg); color: var(--dw-bad); }
.log { list-style: none; margin: 0; padding: 1rem; overflow-y: auto; flex: 1; display: flex; flex-direction: column; gap: 1rem; }
.turn { max-width: 100%; }
.turn.user { align-self: flex-end; background: var(--dw-user); border-radius: 12px 12px 2px 12px; padding: .5rem .8rem;
  max-width: min(36rem, 90%); white-space: pre-wrap; overflow-wrap: anywhere; }
.turn.user .who, .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.turn.answer { background: var(--dw-soft); border: 1px solid var(--dw-line); border-radius: 12px 12px 12px 2px; padding: .7rem .9rem; }
.meta { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; font-size: .8rem; color: var(--dw-muted); margin-bottom: .3rem; }
.badge { border: 1px solid var(--dw-line); border-radius: 999px; padding: 0 .5rem; }
.badge.extractive { border-color: var(--dw-warn-fg); color: var(--dw-warn-fg); background: var(--dw-warn-bg); font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; position: relative; }
.text .unsupported { background: var(--dw-bad-bg); text-decoration: underline wavy var(--dw-bad); text-underline-offset: 3px;
  text-decoration-skip-ink: none; border-radius: 3px; }
.flag { color: var(--dw-bad); font-weight: 700; cursor: help; font-size: .75em; margin-left: .1em; }
sup.cite { line-height: 0; font-size: .72em; }
sup.cite > a { color: var(--dw-accent); text-decoration: none; font-weight: 700; padding: 0 .12em; border-radius: 4px; }
sup.cite > a:hover, sup.cite > a[aria-expanded=true] { background: var(--dw-accent); color: var(--dw-bg); }
.popover { position: fixed; z-index: 2147483000; top: 0; left: 0; width: min(24rem, calc(100vw - 16px)); font-size: .9rem;
  line-height: 1.55; white-space: normal; background: var(--dw-bg); color: var(--dw-fg); border: 1px solid var(--dw-line);
  border-radius: 10px; padding: .6rem .75rem; box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: left; font-weight: 400; }
.popover strong { display: block; margin-bottom: .2rem; }
.popover .excerpt { margin: .2rem 0 .4rem; color: var(--dw-fg); }
.popover mark, .excerpt mark { background: var(--dw-mark); color: inherit; border-radius: 2px; }
.popover a { color: var(--dw-accent); }
.status { font-size: .85rem; color: var(--dw-muted); margin-top: .4rem; }
.notices { display: flex; flex-direction: column; gap: .4rem; margin: .2rem 0 .5rem; }
.notice { background: var(--dw-warn-bg); color: var(--dw-warn-fg); border-radius: 8px; padding: .45rem .65rem; font-size: .9rem; }
.notice.error { background: var(--dw-bad-bg); color: var(--dw-bad); }
.notice details { font-size: .8rem; opacity: .85; }
.sources { margin: .6rem 0 0; padding: .5rem 0 0 1.4rem; border-top: 1px dashed var(--dw-line); font-size: .88rem; }
.sources h3 { font-size: .85rem; margin: 0 0 .2rem -1.4rem; color: var(--dw-muted); font-weight: 600; }
.sources a { color: var(--dw-accent); }
.sources .where { color: var(--dw-muted); margin-left: .3rem; }
.actions { display: flex; gap: .4rem; margin-top: .5rem; flex-wrap: wrap; }
.actions button { font-size: .85rem; min-height: 2rem; padding: .2rem .7rem; }
form { border-top: 1px solid var(--dw-line); padding: .6rem 1rem .8rem; display: grid; gap: .5rem;
  grid-template-columns: 1fr auto; grid-template-areas: "options options" "input buttons" "hint hint"; }
.options { grid-area: options; display: flex; gap: .6rem; flex-wrap: wrap; align-items: center; font-size: .9rem; }
.options label { display: flex; gap: .35rem; align-items: center; }
select { font: inherit; padding: .2rem .4rem; border-radius: 8px; border: 1px solid var(--dw-line); background: var(--dw-bg); color: var(--dw-fg); }
details.docs { position: relative; }
details.docs summary { cursor: pointer; padding: .2rem .5rem; border: 1px solid var(--dw-line); border-radius: 8px; list-style: none; }
details.docs summary::-webkit-details-marker { display: none; }
details.docs fieldset { position: absolute; z-index: 5; bottom: 2.3rem; left: 0; width: min(26rem, 86vw); max-height: 16rem;
  overflow-y: auto; margin: 0; background: var(--dw-bg); border: 1px solid var(--dw-line); border-radius: 10px; padding: .5rem .7rem;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
details.docs fieldset label { display: flex; gap: .4rem; align-items: flex-start; padding: .15rem 0; }
textarea { grid-area: input; font: inherit; width: 100%; resize: vertical; min-height: 2.8rem; max-height: 12rem; padding: .5rem .6rem;
  border-radius: 10px; border: 1px solid var(--dw-line); background: var(--dw-bg); color: var(--dw-fg); }
.buttons { grid-area: buttons; display: flex; align-items: flex-end; gap: .4rem; }
.hint { grid-area: hint; font-size: .75rem; color: var(--dw-muted); }
@media (max-width: 480px) {
  header p { display: none; }
  form { grid-template-columns: 1fr; grid-template-areas: "options" "input" "buttons" "hint"; }
  .buttons button { flex: 1; }
  .turn.user { max-width: 100%; }
}
@media (prefers-reduced-motion: no-preference) { .writing::after { content: '▍'; animation: blink 1s steps(2) infinite; } }
@keyframes blink { 50% { opacity: 0; } }
`;

	let instances = 0;

	/** Sets text only: model output never becomes markup. */
	function el(tag, attrs, ...children) {
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
	function excerptNodes(excerpt) {
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

	/** Citation markers as the service writes them: [1], [1, 2], [1 2], full-width brackets. */
	const MARKER = /[[［][ \t]{0,2}\d{1,3}(?:[ \t]{0,2}[,，][ \t]{0,2}\d{1,3}|[ \t]{1,2}\d{1,3})*[ \t]{0,2}[\]］]/g;

	class DraftwaveChat extends HTMLElement {

		static get observedAttributes() { return ['lang', 'kind']; }

		constructor() {
			super();
			this.uid = `dw${++instances}`;
			this.root = this.attachShadow({ mode: 'open' });
			this.turns = [];
			this.documents = null;
			this.selected = new Set();
			this.controller = null;
			this.openMarker = null;
			this.root.addEventListener('keydown', (e) => {
				if (e.key === 'Escape' && this.openMarker) { e.stopPropagation(); this.closePopover(true); }
			});
			this.root.addEventListener('click', (e) => {
				if (this.openMarker && !e.composedPath().some((n) => n.classList && (n.classList.contains('popover') || n.classList.contains('cite')))) {
					this.closePopover(false);
				}
			});
		}

		get t() { return TEXT[this.getAttribute('lang') === 'en' ? 'en' : 'ko']; }

		get base() {
			const attr = this.getAttribute('service-url');
			const url = attr ? new URL(attr, location.href) : SCRIPT_URL ? new URL('..', SCRIPT_URL) : new URL('/', location.href);
			return url.href.endsWith('/') ? url.href : url.href + '/';
		}

		get storageKey() { return `draftwave-chat:${this.base}:${this.id || 'default'}`; }

		connectedCallback() {
			if (this.form) return;
			this.restore();
			this.render();
			this.loadDocuments();
		}

		attributeChangedCallback(name, before, after) {
			if (before === after || !this.form) return;
			if (name === 'kind' && KINDS.includes(after)) this.kindSelect.value = after;
			if (name === 'lang') { this.form = null; this.render(); this.renderDocuments(); }
		}

		// ---- state kept in the tab -------------------------------------------------------

		restore() {
			let saved = null;
			try { saved = JSON.parse(sessionStorage.getItem(this.storageKey) || 'null'); } catch (e) { saved = null; }
			const attrKind = this.getAttribute('kind');
			this.kind = saved && KINDS.includes(saved.kind) ? saved.kind : KINDS.includes(attrKind) ? attrKind : 'answer';
			this.unsent = saved && typeof saved.unsent === 'string' ? saved.unsent : '';
			this.turns = saved && Array.isArray(saved.turns) ? saved.turns : [];
			const docs = saved && Array.isArray(saved.documents) ? saved.documents
				: (this.getAttribute('documents') || '').split(',').map((s) => s.trim()).filter(Boolean);
			this.selected = new Set(docs);
			for (const turn of this.turns) {
				if (turn.role === 'answer' && turn.state === 'writing') {
					turn.state = 'interrupted';
				}
			}
		}

		save() {
			try {
				sessionStorage.setItem(this.storageKey, JSON.stringify({
					kind: this.kind, unsent: this.unsent, turns: this.turns, documents: [...this.selected],
				}));
			} catch (e) {
				// storage full or disabled: the conversation still works, it is only not kept
			}
		}

		// ---- layout ------------------------------------------------------------------------

		render() {
			const t = this.t;
			this.root.replaceChildren();
			this.root.append(el('style', { text: STYLE }));
			this.kindSelect = el('select', { name: 'kind', onchange: () => { this.kind = this.kindSelect.value; this.save(); } },
				...KINDS.map((k) => el('option', { value: k, text: t.kinds[k], selected: k === this.kind })));
			this.docsSummary = el('summary', { text: t.allDocuments, 'aria-label': t.documents });
			this.docsList = el('fieldset', {}, el('legend', { class: 'sr', text: t.documents }));
			this.docsDetails = el('details', { class: 'docs' }, this.docsSummary, this.docsList);
			this.input = el('textarea', {
				id: `${this.uid}-input`, rows: 2, placeholder: t.placeholder, 'aria-describedby': `${this.uid}-hint`,
				oninput: () => { this.unsent = this.input.value; this.save(); },
				onkeydown: (e) => this.onInputKey(e),
			});
			this.input.value = this.unsent;
			this.sendButton = el('button', { type: 'submit', class: 'primary send', text: t.send });
			this.stopButton = el('button', { type: 'button', class: 'danger stop', text: t.stop, hidden: true, onclick: () => this.stop() });
			this.banner = el('div', { class: 'banner', role: 'alert', hidden: true });
			this.log = el('ol', { class: 'log', 'aria-label': t.region });
			this.live = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
			this.form = el('form', { onsubmit: (e) => { e.preventDefault(); this.send(); } },
				el('div', { class: 'options' },
					el('label', {}, el('span', { text: t.kind }), this.kindSelect),
					el('span', { class: 'docs-label', text: t.documents }), this.docsDetails),
				el('label', { class: 'sr', for: `${this.uid}-input`, text: t.input }),
				this.input,
				el('div', { class: 'buttons' }, this.sendButton, this.stopButton),
				el('div', { class: 'hint', id: `${this.uid}-hint`, text: t.hint }));
			const chat = el('section', { class: 'chat', 'aria-label': t.region, lang: this.getAttribute('lang') === 'en' ? 'en' : 'ko' },
				el('header', {},
					el('h2', { text: 'Draftwave' }),
					el('p', { text: t.subtitle }),
					el('button', { type: 'button', class: 'new-chat', text: t.newChat, onclick: () => this.clear() })),
				this.banner, this.log, this.form, this.live);
			this.root.append(chat);
			this.log.addEventListener('scroll', () => this.placePopover(), { passive: true });
			if (!this.windowListening) {
				this.windowListening = true;
				const place = () => this.placePopover();
				window.addEventListener('scroll', place, { passive: true, capture: true });
				window.addEventListener('resize', place, { passive: true });
			}
			for (const turn of this.turns) this.log.append(this.renderTurn(turn));
			this.setBusy(false);
			this.scrollToEnd();
		}

		onInputKey(e) {
			// Enter sends; Shift+Enter breaks the line; Enter that ends a Hangul composition only composes
			if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
				e.preventDefault();
				if (!this.controller) this.send();
			}
		}

		setBusy(busy) {
			this.sendButton.hidden = busy;
			this.stopButton.hidden = !busy;
			this.log.setAttribute('aria-busy', busy ? 'true' : 'false');
		}

		scrollToEnd() {
			this.log.scrollTop = this.log.scrollHeight;
		}

		announce(message) {
			this.live.textContent = message;
		}

		showBanner(message) {
			this.banner.textContent = message;
			this.banner.hidden = !message;
		}

		clear() {
			this.stop();
			this.turns = [];
			this.save();
			this.log.replaceChildren();
			this.input.focus();
		}

		// ---- documents to draw on -------------------------------------------------------------

		async loadDocuments() {
			try {
				const response = await fetch(this.base + 'api/documents', { headers: this.headers() });
				if (!response.ok) {
					const problem = await this.readProblem(response);
					this.documents = null;
					this.renderDocuments();
					if (problem.kind === 'origin' || problem.kind === 'unauthorized' || problem.kind === 'forbidden') {
						this.showBanner(problem.message);
					}
					return;
				}
				this.documents = await response.json();
				this.renderDocuments();
			} catch (e) {
				this.documents = null;
				this.renderDocuments();
				const problem = await this.diagnose();
				if (problem.kind === 'origin') this.showBanner(problem.message);
			}
		}

		renderDocuments() {
			const t = this.t;
			this.docsList.replaceChildren(el('legend', { class: 'sr', text: t.documents }));
			if (!this.documents) {
				this.docsList.append(el('p', { text: t.documentsUnavailable }));
			} else {
				for (const doc of this.documents) {
					const box = el('input', {
						type: 'checkbox', value: doc.id, checked: this.selected.has(doc.id),
						onchange: () => {
							if (box.checked) this.selected.add(doc.id); else this.selected.delete(doc.id);
							this.save();
							this.updateDocsSummary();
						},
					});
					this.docsList.append(el('label', {}, box, el('span', { text: doc.title })));
				}
			}
			this.updateDocsSummary();
		}

		updateDocsSummary() {
			const n = this.selected.size;
			this.docsSummary.textContent = n === 0 ? this.t.allDocuments : this.t.someDocuments(n);
		}

		// ---- talking to the service ----------------------------------------------------------

		headers(extra) {
			const headers = Object.assign({ 'Accept-Language': this.getAttribute('lang') === 'en' ? 'en' : 'ko' }, extra || {});
			const key = this.getAttribute('api-key');
			if (key) headers.Authorization = `Bearer ${key}`;
			return headers;
		}

		send() {
			const text = this.input.value.trim();
			if (!text) { this.announce(this.t.empty); this.input.focus(); return; }
			if (this.controller) return;
			const request = { kind: this.kindSelect.value, instructions: text };
			if (this.selected.size > 0) request.documentIds = [...this.selected];
			const user = { role: 'user', text, kind: request.kind };
			const answer = { role: 'answer', request, state: 'writing' };
			this.turns.push(user, answer);
			this.input.value = '';
			this.unsent = '';
			this.save();
			this.log.append(this.renderTurn(user));
			const node = this.renderTurn(answer);
			this.log.append(node);
			this.scrollToEnd();
			this.input.focus();
			this.stream(answer, node);
		}

		retry(answer, node) {
			if (this.controller) return;
			Object.assign(answer, { state: 'writing', text: '', sources: [], citations: [], sentences: [], warnings: [], mode: null, problem: null });
			this.save();
			const fresh = this.renderTurn(answer);
			node.replaceWith(fresh);
			this.input.focus();
			this.stream(answer, fresh);
		}

		stop() {
			if (this.controller) this.controller.abort();
		}

		async stream(answer, node) {
			const controller = new AbortController();
			this.controller = controller;
			this.setBusy(true);
			this.announce(this.t.searching);
			Object.assign(answer, { text: '', sources: [], citations: [], sentences: [], warnings: [], mode: null, problem: null });
			let slowTimer = null;
			const watch = () => {
				clearTimeout(slowTimer);
				slowTimer = setTimeout(() => { answer.slow = true; this.updateTurn(answer, node); }, SLOW_AFTER_MS);
			};
			watch();
			let finished = false;
			try {
				const response = await fetch(this.base + 'api/drafts/stream', {
					method: 'POST',
					headers: this.headers({ 'Content-Type': 'application/json', Accept: 'text/event-stream' }),
					body: JSON.stringify(answer.request),
					signal: controller.signal,
				});
				if (!response.ok) {
					answer.problem = await this.readProblem(response);
					answer.state = 'error';
					return;
				}
				for await (const event of this.events(response.body)) {
					answer.slow = false;
					watch();
					finished = this.apply(answer, event) || finished;
					this.updateTurn(answer, node);
				}
				if (!finished && answer.state === 'writing') {
					answer.state = 'error';
					answer.problem = { kind: 'dropped', message: this.t.problems.dropped };
				}
			} catch (e) {
				if (controller.signal.aborted) {
					answer.state = 'stopped';
				} else if (e && e.name === 'TypeError' && !answer.text && !(answer.sources || []).length) {
					answer.state = 'error';
					answer.problem = await this.diagnose();
				} else {
					answer.state = 'error';
					answer.problem = { kind: 'dropped', message: this.t.problems.dropped, detail: String(e && e.message || e) };
				}
			} finally {
				clearTimeout(slowTimer);
				answer.slow = false;
				if (this.controller === controller) this.controller = null;
				// the stop button disappears with the stream: keep keyboard users in the input
				const stopHadFocus = this.root.activeElement === this.stopButton;
				this.setBusy(false);
				if (stopHadFocus) this.input.focus();
				this.save();
				this.updateTurn(answer, node);
				this.announce(answer.state === 'done' ? this.t.done : answer.state === 'stopped' ? this.t.stopped
					: answer.problem ? answer.problem.message : '');
			}
		}

		/** Server-sent events from a fetch body: {event, data} with data parsed as JSON. */
		async *events(body) {
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

		/** Applies one event to the answer; true once the draft is done. */
		apply(answer, { event, data }) {
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
					answer.text = data.text;
					answer.citations = data.citations || [];
					answer.sentences = data.sentences || [];
					answer.mode = data.mode;
					answer.draftId = data.draftId;
					for (const w of data.warnings || []) if (!answer.warnings.includes(w)) answer.warnings.push(w);
					answer.state = 'done';
					return true;
				case 'error':
					answer.state = 'error';
					answer.problem = this.describeProblem(data, data.status || 500, null);
					return true;
				default:
					return false;
			}
		}

		async readProblem(response) {
			let body = null;
			try { body = await response.json(); } catch (e) { body = null; }
			return this.describeProblem(body || {}, response.status, response.headers.get('Retry-After'));
		}

		/** A problem (RFC 9457) in words a person understands, with the service's own words kept as detail. */
		describeProblem(problem, status, retryAfter) {
			const p = this.t.problems;
			const type = String(problem.type || '');
			const detail = [problem.title, problem.detail].filter(Boolean).join(': ');
			if (type.endsWith('/origin-not-allowed')) return { kind: 'origin', message: p.origin(location.origin), detail };
			if (status === 401) return { kind: 'unauthorized', message: p.unauthorized, detail };
			if (status === 403) return { kind: 'forbidden', message: p.forbidden, detail };
			if (status === 429) return { kind: 'rate', message: p.tooMany(retryAfter), detail };
			if (status >= 400 && status < 500) return { kind: 'invalid', message: p.invalid(problem.detail || problem.title || status), detail };
			return { kind: 'server', message: p.server, detail };
		}

		/**
		 * A request that failed before any answer: the service is unreachable, or it refused this page's
		 * origin (the browser hides why; a plain GET, which needs no preflight, lets the refusal be read).
		 */
		async diagnose() {
			try {
				const response = await fetch(this.base + 'api/documents', {
					headers: { 'Accept-Language': this.getAttribute('lang') === 'en' ? 'en' : 'ko' },
				});
				if (response.status === 403) {
					const problem = await this.readProblem(response);
					if (problem.kind === 'origin') return problem;
				}
			} catch (e) {
				// unreachable as well
			}
			return { kind: 'network', message: this.t.problems.network };
		}

		// ---- one turn of the conversation ---------------------------------------------------------

		renderTurn(turn) {
			const t = this.t;
			if (turn.role === 'user') {
				return el('li', { class: 'turn user' }, el('span', { class: 'who', text: `${t.you} (${t.kinds[turn.kind] || ''}): ` }), turn.text);
			}
			const node = el('li', { class: 'turn answer', 'aria-label': t.draftwave });
			this.updateTurn(turn, node);
			return node;
		}

		updateTurn(turn, node) {
			const t = this.t;
			const meta = el('div', { class: 'meta' }, el('span', { class: 'badge', text: t.kinds[turn.request.kind] || turn.request.kind }));
			if (turn.mode === 'extractive') {
				meta.append(el('span', { class: 'badge extractive', text: t.extractive, title: t.extractiveNote }));
			}
			const notices = el('div', { class: 'notices' });
			if (turn.mode === 'extractive' && turn.state === 'done') {
				notices.append(el('div', { class: 'notice extractive' }, `${t.extractive}: ${t.extractiveNote}`));
			}
			for (const w of turn.warnings || []) notices.append(this.renderWarning(w));
			if (turn.problem) {
				const problem = el('div', { class: 'notice error', role: 'alert' }, el('span', { class: 'message', text: turn.problem.message }));
				if (turn.problem.detail) problem.append(el('details', {}, el('summary', { text: t.details }), turn.problem.detail));
				notices.append(problem);
			}
			const text = el('div', { class: 'text' + (turn.state === 'writing' ? ' writing' : '') });
			this.renderText(text, turn);
			const status = el('div', { class: 'status' });
			if (turn.state === 'writing') status.textContent = turn.slow ? t.slow : turn.text ? t.writing : t.searching;
			if (turn.state === 'stopped') status.textContent = t.stopped;
			if (turn.state === 'interrupted') status.textContent = t.interrupted;
			const children = [meta, notices, text, status];
			const cited = this.citedSources(turn);
			if (cited.length > 0 && turn.state !== 'writing') {
				const list = el('ol', { class: 'sources', 'aria-label': t.sources }, el('h3', { text: t.sources, 'aria-hidden': 'true' }));
				for (const c of cited) {
					list.append(el('li', { value: c.marker },
						el('a', { href: this.passageUrl(c), target: '_blank', rel: 'noopener', text: c.title }),
						c.page ? el('span', { class: 'where', text: t.page(c.page) }) : null));
				}
				children.push(list);
			}
			if (turn.state !== 'writing') {
				const actions = el('div', { class: 'actions' });
				if (turn.text) actions.append(el('button', { type: 'button', class: 'copy', text: t.copy, onclick: (e) => this.copy(turn, e.currentTarget) }));
				const retriable = turn.state !== 'done' || turn.mode === 'extractive'
					|| (turn.warnings || []).some((w) => /did not answer|stopped early/.test(w));
				if (retriable) actions.append(el('button', { type: 'button', class: 'retry', text: t.retry, onclick: () => this.retry(turn, node) }));
				children.push(actions);
			}
			if (this.openMarker && node.contains(this.openMarker)) this.closePopover(false);
			const focused = this.root.activeElement;
			const keepFocus = focused && node.contains(focused) ? focused.className : null;
			node.setAttribute('aria-busy', turn.state === 'writing' ? 'true' : 'false');
			node.replaceChildren(...children);
			if (keepFocus) {
				const again = node.querySelector('.' + keepFocus.split(' ')[0]);
				if (again) again.focus();
			}
			if (turn.state === 'writing') this.scrollToEnd();
		}

		renderWarning(message) {
			const w = this.t.warnings;
			let plain = null;
			let m;
			if (/did not answer/.test(message)) plain = w.fallback;
			else if (/stopped early/.test(message)) plain = w.stoppedEarly;
			else if (/^refused/.test(message)) plain = w.refused;
			else if ((m = /^removed marker \[(\d+)\]/.exec(message))) plain = w.removedMarker(m[1]);
			else if ((m = /^removed (\d+) unsupported sentence/.exec(message))) plain = w.removedSentences(m[1]);
			const notice = el('div', { class: 'notice warning' }, el('span', { class: 'message', text: plain || message }));
			if (plain) notice.append(el('details', {}, el('summary', { text: this.t.details }), message));
			return notice;
		}

		/** The sources a turn cites, by marker; while writing, those announced by citation events. */
		citedSources(turn) {
			const byMarker = new Map();
			for (const c of turn.citations || []) byMarker.set(c.marker, c);
			return [...byMarker.values()].sort((a, b) => a.marker - b.marker);
		}

		sourceFor(turn, n) {
			return (turn.citations || []).find((c) => c.marker === n) || (turn.sources || []).find((s) => s.marker === n);
		}

		passageUrl(source) {
			const path = String(source.url || '').replace(/^\/?api\/sources\//, 'sources/');
			const url = new URL(path, this.base);
			url.searchParams.set('lang', this.getAttribute('lang') === 'en' ? 'en' : 'ko');
			return url.href;
		}

		/** The text with markers as superscript links and unsupported sentences marked, as nodes. */
		renderText(container, turn) {
			const text = turn.text || '';
			const unsupported = (turn.sentences || []).filter((s) => !s.supported)
				.sort((a, b) => a.start - b.start);
			let at = 0;
			for (const s of unsupported) {
				if (s.start < at || s.end > text.length) continue;
				this.appendWithMarkers(container, text.slice(at, s.start), turn);
				const why = this.reason(s.reason);
				const span = el('span', { class: 'unsupported', title: why });
				this.appendWithMarkers(span, text.slice(s.start, s.end), turn);
				span.append(el('span', { class: 'flag', title: why, role: 'img', 'aria-label': this.t.unsupportedLabel(why), tabindex: 0, text: '⚠' }));
				container.append(span);
				at = s.end;
			}
			this.appendWithMarkers(container, text.slice(at), turn);
		}

		reason(reason) {
			const r = this.t.reasons;
			let m;
			if (!reason) return this.t.unsupported;
			if (/no citation/.test(reason)) return r.noCitation;
			if ((m = /only (\d+)% of its content words/.exec(reason))) return r.coverage(m[1]);
			if ((m = /the figure (\S+) does not appear/.exec(reason))) return r.figure(m[1]);
			return reason;
		}

		appendWithMarkers(container, text, turn) {
			let at = 0;
			for (const match of text.matchAll(MARKER)) {
				if (match.index > at) container.append(text.slice(at, match.index));
				const numbers = match[0].match(/\d{1,3}/g).map(Number);
				for (const n of numbers) container.append(this.marker(turn, n));
				at = match.index + match[0].length;
			}
			if (at < text.length) container.append(text.slice(at));
		}

		marker(turn, n) {
			const source = this.sourceFor(turn, n);
			const link = el('a', {
				href: source ? this.passageUrl(source) : '#',
				'aria-label': source ? this.t.citationLabel(n, source.title) : `[${n}]`,
				'aria-expanded': 'false',
				'data-marker': n,
				text: String(n),
			});
			const sup = el('sup', { class: 'cite' }, link);
			// a click or tap (or Enter) pins the popover; hovering shows it until the pointer leaves
			link.addEventListener('click', (e) => {
				e.preventDefault();
				if (this.openMarker === link && this.pinned) this.closePopover(false);
				else if (this.openMarker === link) this.pinned = true;
				else this.openPopover(link, turn, n, true);
			});
			link.addEventListener('mouseenter', () => { if (this.openMarker !== link) this.openPopover(link, turn, n, false); });
			link.addEventListener('mouseleave', () => this.closeUnlessHovered(link));
			link.addEventListener('focus', () => { if (this.openMarker && this.openMarker !== link) this.closePopover(false); });
			return sup;
		}

		closeUnlessHovered(link) {
			setTimeout(() => {
				const popover = link.parentNode && link.parentNode.querySelector('.popover');
				if (this.openMarker === link && !this.pinned && !link.matches(':hover') && !(popover && popover.matches(':hover'))) {
					this.closePopover(false);
				}
			}, 250);
		}

		openPopover(link, turn, n, pinned) {
			this.closePopover(false);
			const source = this.sourceFor(turn, n);
			if (!source) return;
			const t = this.t;
			const id = `${this.uid}-popover`;
			const popover = el('span', { class: 'popover', id, role: 'dialog', 'aria-label': t.citationLabel(n, source.title) },
				el('strong', { text: `[${n}] ${source.title}` }),
				source.page ? el('span', { class: 'where', text: t.page(source.page) }) : null,
				el('span', { class: 'excerpt', style: 'display:block' }, ...excerptNodes(source.excerpt)),
				el('a', { href: this.passageUrl(source), target: '_blank', rel: 'noopener', text: t.openSource }));
			popover.addEventListener('mouseleave', () => this.closeUnlessHovered(link));
			link.after(popover);
			link.setAttribute('aria-expanded', 'true');
			link.setAttribute('aria-describedby', id);
			this.openMarker = link;
			this.pinned = pinned;
			this.placePopover();
		}

		/** Below the marker, or above it where the window has no room below; always inside the window. */
		placePopover() {
			const link = this.openMarker;
			const popover = link && link.parentNode && link.parentNode.querySelector('.popover');
			if (!popover) return;
			const marker = link.getBoundingClientRect();
			const width = popover.offsetWidth;
			const height = popover.offsetHeight;
			const left = Math.max(8, Math.min(marker.left - 16, window.innerWidth - width - 8));
			let top = marker.bottom + 6;
			if (top + height > window.innerHeight - 8 && marker.top - 6 - height >= 8) top = marker.top - 6 - height;
			popover.style.left = `${left}px`;
			popover.style.top = `${top}px`;
		}

		closePopover(returnFocus) {
			const link = this.openMarker;
			if (!link) return;
			this.openMarker = null;
			const popover = link.parentNode && link.parentNode.querySelector('.popover');
			if (popover) popover.remove();
			link.setAttribute('aria-expanded', 'false');
			link.removeAttribute('aria-describedby');
			if (returnFocus) link.focus();
		}

		async copy(turn, button) {
			const t = this.t;
			const lines = [turn.text || ''];
			const cited = this.citedSources(turn);
			if (cited.length) {
				lines.push('', `${t.sources}:`);
				for (const c of cited) lines.push(`[${c.marker}] ${c.title}${c.page ? ', ' + t.page(c.page) : ''} — ${this.passageUrl(c)}`);
			}
			const text = lines.join('\n');
			let ok = false;
			try {
				await navigator.clipboard.writeText(text);
				ok = true;
			} catch (e) {
				const area = el('textarea', { style: 'position:fixed;opacity:0' });
				area.value = text;
				this.root.append(area);
				area.select();
				try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
				area.remove();
			}
			button.textContent = ok ? t.copied : t.copy;
			this.announce(ok ? t.copied : t.copyFailed);
			setTimeout(() => { button.textContent = t.copy; }, 2000);
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

	if (!customElements.get('draftwave-chat')) customElements.define('draftwave-chat', DraftwaveChat);
})();
