// The widget's look: light and dark colours (following the system or the theme attribute), the
// conversation, the rendered draft, computed figures' charts, citation popovers and the form; narrow
// screens stack the form.

/** The widget's styles, inside its shadow root. */
export const STYLE = `
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
.conversations { flex: 0 0 auto; border-bottom: 1px solid var(--dw-line); background: var(--dw-soft); padding: .6rem 1rem .8rem;
  max-height: 45%; overflow-y: auto; }
.conversations[hidden] { display: none; }
.conversations h3 { font-size: .9rem; margin: 0 0 .45rem; color: var(--dw-muted); font-weight: 600; }
.conversations ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .35rem; }
.conversations li { display: flex; align-items: center; gap: .5rem; padding: .35rem .45rem .35rem .7rem; background: var(--dw-bg);
  border: 1px solid var(--dw-line); border-radius: 8px; }
.conversations li[aria-current=true] { border-color: var(--dw-accent); box-shadow: inset 3px 0 0 var(--dw-accent); }
.conversations .open-conversation { flex: 1; min-width: 0; display: flex; flex-direction: column; align-items: flex-start;
  text-align: left; border: 0; background: none; padding: .1rem 0; min-height: 0; }
.conversations .open-conversation .title { font-weight: 600; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.conversations .when { font-size: .8rem; color: var(--dw-muted); }
.conversations li button.delete-conversation, .conversations li.confirm button { font-size: .82rem; min-height: 2rem; padding: .1rem .65rem; }
.conversations li.confirm { background: var(--dw-bad-bg); border-color: var(--dw-bad); flex-wrap: wrap; }
.conversations li.confirm .question { flex: 1 1 14rem; font-size: .88rem; }
.conversations .muted { margin: 0; color: var(--dw-muted); font-size: .88rem; }
.conversations .notice { margin: .4rem 0 0; }
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
.text { overflow-wrap: anywhere; position: relative; }
.text > :first-child { margin-top: 0; }
.text > :last-child { margin-bottom: 0; }
.text p { margin: 0 0 .55rem; }
.text h3, .text h4, .text h5, .text h6 { margin: .8rem 0 .3rem; line-height: 1.35; }
.text h3 { font-size: 1.15rem; }
.text h4 { font-size: 1.02rem; }
.text h5, .text h6 { font-size: .95rem; }
.text ul, .text ol { margin: 0 0 .55rem; padding-left: 1.4rem; }
.text li { margin: .1rem 0; }
.text code { font-family: ui-monospace, monospace; font-size: .9em; background: var(--dw-bg); border-radius: 4px; padding: 0 .2em; }
.notice details.model-text { font-size: .85rem; opacity: 1; margin-top: .3rem; }
.model-text summary { cursor: pointer; font-weight: 600; }
.model-text .written { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0 0; padding: .4rem .6rem; border-radius: 6px;
  background: var(--dw-bg); color: var(--dw-fg); border: 1px solid var(--dw-line); }
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
.figures { display: flex; flex-direction: column; gap: .6rem; margin: .6rem 0 0; }
.figure { margin: 0; }
.figure img, .popover img.chart { display: block; width: 100%; max-width: 36rem; height: auto; background: #fff;
  border: 1px solid var(--dw-line); border-radius: 8px; }
.figure figcaption { font-size: .9rem; margin-top: .3rem; max-width: 36rem; }
.figure figcaption .label { color: var(--dw-accent); font-weight: 700; }
.figure-source { display: block; font-size: .8rem; color: var(--dw-muted); }
.kind { display: inline-block; font-size: .75rem; font-weight: 600; color: var(--dw-accent); border: 1px solid var(--dw-accent);
  border-radius: 999px; padding: 0 .45rem; margin-right: .35rem; line-height: 1.5; }
.popover.figure-popover { width: min(28rem, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow-y: auto; }
.popover .kind { margin-bottom: .25rem; }
.popover .statement, .popover .plan, .popover .rows, .popover .loading { display: block; margin: .2rem 0 .4rem; }
.popover .plan .label { color: var(--dw-muted); }
.popover .rows { overflow-x: auto; }
.popover table { border-collapse: collapse; font-size: .8rem; width: 100%; }
.popover caption { text-align: left; color: var(--dw-muted); font-size: .8rem; }
.popover th, .popover td { border: 1px solid var(--dw-line); padding: .1rem .35rem; text-align: left; white-space: nowrap; }
.popover thead th { background: var(--dw-soft); }
.popover img.chart { margin: .2rem 0 .4rem; }
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
.feedback { display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; margin-top: .4rem; font-size: .85rem; }
.feedback button { min-height: 2rem; padding: .1rem .6rem; }
.feedback-form { display: flex; gap: .4rem; flex-wrap: wrap; width: 100%; }
.feedback-form textarea { flex: 1 1 14rem; font: inherit; }
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
@media (prefers-reduced-motion: no-preference) { .writing:empty::after, .writing > :last-child::after { content: '▍'; animation: blink 1s steps(2) infinite; } }
@keyframes blink { 50% { opacity: 0; } }
`;
