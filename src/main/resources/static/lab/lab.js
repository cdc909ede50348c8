// Shared parts of the prompt lab's pages: interface text in Korean and English, calls to
// /api/lab with problem+json errors in plain words, and the rendering of a model's output.
// Model output is only ever put into the page as text nodes.

const LANG_KEY = 'draftwave.lab.lang';
const PARTICIPANT_KEY = 'draftwave.lab.participant';

const TEXT = {
	ko: {
		'lab': '프롬프트 실습실',
		'lab.tagline': '시의 문서로 초안을 쓰는 프롬프트를 연습하고 비교합니다.',
		'lang.switch': 'English',
		'lang.switch.label': '영어로 보기',
		'nav.exercises': '실습 목록',
		'nav.leaderboard': '순위표',
		'nav.start': '시작 페이지',
		'loading': '불러오는 중…',
		'level': '레벨 {n}',
		'level.empty': '이 레벨에는 아직 실습이 없습니다.',
		'cases': '사례 {n}개',
		'problems': '읽지 못한 실습 파일 (트레이너용)',
		'problems.line': '{line}행',
		'exercise.missing': '실습이 지정되지 않았습니다. 실습 목록에서 고르세요.',
		'exercise.goal': '목표',
		'exercise.instructions': '안내',
		'exercise.sources': '참고 문서',
		'exercise.cases': '사례',
		'exercise.checks': '확인 항목',
		'exercise.leaderboard': '이 실습의 순위표',
		'form.title': '프롬프트 실행',
		'form.participant': '참가자 이름',
		'form.participant.hint': '순위표에 표시됩니다. 이 브라우저에 기억됩니다.',
		'form.models': '모델 설정',
		'form.model': '모델',
		'form.temperature': '온도',
		'form.model.add': '모델 설정 추가',
		'form.model.remove': '모델 설정 {n} 삭제',
		'form.variants': '프롬프트 변형',
		'form.variants.hint': '{{input}} 자리에 각 사례의 입력이 들어갑니다.',
		'form.variant': '변형 {n}',
		'form.variant.name': '이름',
		'form.variant.prompt': '프롬프트',
		'form.variant.add': '변형 추가',
		'form.variant.remove': '변형 {n} 삭제',
		'form.variant.limit': '변형은 최대 {n}개입니다.',
		'form.run': '실행',
		'form.run.hint': '프롬프트 안에서 Ctrl+Enter로도 실행합니다.',
		'run.started': '실행을 시작했습니다.',
		'run.progress': '{done}/{total}개 칸 완료',
		'run.done': '실행이 끝났습니다: {done}/{total}개 칸.',
		'run.compare': '나란히 비교 보기',
		'run.previous': '지난 실행',
		'run.none': '아직 실행이 없습니다.',
		'run.by': '{participant}, {date}',
		'run.anonymous': '이름 없음',
		'results': '결과',
		'score': '점수',
		'passed': '{passed}/{total} 통과',
		'check.pass': '통과',
		'checks.passed': '통과한 확인 {n}개',
		'check.fail': '실패',
		'cell.pending': '대기 중',
		'cell.running': '실행 중',
		'cell.failed': '실패',
		'cell.rerun': '이 칸 다시 실행',
		'cell.rerun.label': '{case}, {column} 다시 실행',
		'cell.prompt': '보낸 프롬프트',
		'cell.took': '{ms} ms',
		'cell.best': '이 사례의 최고 점수',
		'compare.title': '나란히 비교',
		'compare.case': '사례',
		'compare.total': '합계',
		'compare.legend': '밑줄 친 굵은 글자는 첫 번째 열의 출력에 없는 단어입니다. 빨간 항목은 실패한 확인 항목이고, 강조된 칸은 그 사례의 최고 점수입니다.',
		'compare.export': '내보내기',
		'compare.export.csv': 'CSV 내려받기',
		'compare.export.json': 'JSON 내려받기',
		'compare.table': '변형별 출력과 점수 비교표',
		'compare.scroll': '표를 가로로 스크롤할 수 있습니다.',
		'compare.noRun': '비교할 실행이 지정되지 않았습니다. 실습 페이지에서 실행하세요.',
		'leaderboard.title': '순위표',
		'leaderboard.choose': '실습 선택',
		'leaderboard.rank': '순위',
		'leaderboard.participant': '참가자',
		'leaderboard.variant': '변형',
		'leaderboard.model': '모델',
		'leaderboard.passed': '통과한 확인',
		'leaderboard.run': '실행',
		'leaderboard.empty': '아직 기록이 없습니다.',
		'leaderboard.refresh': '새로 고침',
		'leaderboard.updated': '{time}에 갱신',
		'error': '문제가 생겼습니다: {detail}',
		'error.network': '서비스에 연결하지 못했습니다. 서비스가 실행 중인지 확인하세요.',
		'error.kept': '입력한 내용은 그대로 남아 있습니다.'
	},
	en: {
		'lab': 'Prompt lab',
		'lab.tagline': 'Practise and compare prompts that draft from the city\'s documents.',
		'lang.switch': '한국어',
		'lang.switch.label': 'Show in Korean',
		'nav.exercises': 'Exercises',
		'nav.leaderboard': 'Leaderboard',
		'nav.start': 'Start page',
		'loading': 'Loading…',
		'level': 'Level {n}',
		'level.empty': 'No exercises at this level yet.',
		'cases': '{n} cases',
		'problems': 'Exercise files that could not be read (for trainers)',
		'problems.line': 'line {line}',
		'exercise.missing': 'No exercise given. Choose one from the exercise list.',
		'exercise.goal': 'Goal',
		'exercise.instructions': 'Instructions',
		'exercise.sources': 'Sources',
		'exercise.cases': 'Cases',
		'exercise.checks': 'Checks',
		'exercise.leaderboard': 'Leaderboard of this exercise',
		'form.title': 'Run prompts',
		'form.participant': 'Participant name',
		'form.participant.hint': 'Shown on the leaderboard. Remembered in this browser.',
		'form.models': 'Model settings',
		'form.model': 'Model',
		'form.temperature': 'Temperature',
		'form.model.add': 'Add a model setting',
		'form.model.remove': 'Remove model setting {n}',
		'form.variants': 'Prompt variants',
		'form.variants.hint': '{{input}} is replaced by each case\'s input.',
		'form.variant': 'Variant {n}',
		'form.variant.name': 'Name',
		'form.variant.prompt': 'Prompt',
		'form.variant.add': 'Add a variant',
		'form.variant.remove': 'Remove variant {n}',
		'form.variant.limit': 'At most {n} variants.',
		'form.run': 'Run',
		'form.run.hint': 'Ctrl+Enter in a prompt runs too.',
		'run.started': 'The run has started.',
		'run.progress': '{done} of {total} cells done',
		'run.done': 'The run is finished: {done} of {total} cells.',
		'run.compare': 'Compare side by side',
		'run.previous': 'Earlier runs',
		'run.none': 'No runs yet.',
		'run.by': '{participant}, {date}',
		'run.anonymous': 'no name',
		'results': 'Results',
		'score': 'Score',
		'passed': '{passed}/{total} passed',
		'check.pass': 'passed',
		'checks.passed': '{n} checks passed',
		'check.fail': 'failed',
		'cell.pending': 'waiting',
		'cell.running': 'running',
		'cell.failed': 'failed',
		'cell.rerun': 'Run this cell again',
		'cell.rerun.label': 'Run {case}, {column} again',
		'cell.prompt': 'Prompt sent',
		'cell.took': '{ms} ms',
		'cell.best': 'best score for this case',
		'compare.title': 'Side by side',
		'compare.case': 'Case',
		'compare.total': 'Total',
		'compare.legend': 'Bold underlined words are not in the first column\'s output. Red items are failing checks; the highlighted cell is the best score for its case.',
		'compare.export': 'Export',
		'compare.export.csv': 'Download CSV',
		'compare.export.json': 'Download JSON',
		'compare.table': 'Outputs and scores of the variants',
		'compare.scroll': 'The table scrolls sideways.',
		'compare.noRun': 'No run given to compare. Run prompts from an exercise page.',
		'leaderboard.title': 'Leaderboard',
		'leaderboard.choose': 'Exercise',
		'leaderboard.rank': 'Rank',
		'leaderboard.participant': 'Participant',
		'leaderboard.variant': 'Variant',
		'leaderboard.model': 'Model',
		'leaderboard.passed': 'Checks passed',
		'leaderboard.run': 'Run',
		'leaderboard.empty': 'No entries yet.',
		'leaderboard.refresh': 'Refresh',
		'leaderboard.updated': 'updated {time}',
		'error': 'Something went wrong: {detail}',
		'error.network': 'Could not reach the service. Check that it is running.',
		'error.kept': 'What you entered is kept.'
	}
};

const listeners = [];

/** The interface language: what the reader chose last, else Korean. */
export function lang() {
	const stored = localStorage.getItem(LANG_KEY);
	return stored === 'en' ? 'en' : 'ko';
}

/** Interface text in the current language, {name} placeholders filled from params. */
export function t(key, params = {}) {
	const text = TEXT[lang()][key] ?? TEXT.ko[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Runs render now and again whenever the language changes. */
export function onLanguage(render) {
	listeners.push(render);
	render();
}

/** Fills elements marked data-i18n (text) and data-i18n-label (aria-label) and sets the page's lang. */
function translateStatic() {
	document.documentElement.lang = lang();
	for (const el of document.querySelectorAll('[data-i18n]')) {
		el.textContent = t(el.dataset.i18n);
	}
	for (const el of document.querySelectorAll('[data-i18n-label]')) {
		el.setAttribute('aria-label', t(el.dataset.i18nLabel));
	}
	const toggle = document.getElementById('lang-toggle');
	if (toggle) {
		toggle.textContent = t('lang.switch');
		toggle.setAttribute('aria-label', t('lang.switch.label'));
		toggle.lang = lang() === 'ko' ? 'en' : 'ko';
	}
}

/** Sets up the ko/en toggle of the page header; call once per page. */
export function setUpPage() {
	const toggle = document.getElementById('lang-toggle');
	toggle?.addEventListener('click', () => {
		localStorage.setItem(LANG_KEY, lang() === 'ko' ? 'en' : 'ko');
		translateStatic();
		for (const render of listeners) {
			render();
		}
		toggle.focus();
	});
	translateStatic();
}

/** The participant name this browser used last. */
export function participant() {
	return localStorage.getItem(PARTICIPANT_KEY) ?? '';
}

export function rememberParticipant(name) {
	localStorage.setItem(PARTICIPANT_KEY, name);
}

/** A failed call, with the problem's detail in plain words. */
export class LabError extends Error {
	constructor(message, status, problem) {
		super(message);
		this.status = status;
		this.problem = problem;
	}
}

/** Calls the lab API; resolves to the JSON body, rejects with a LabError carrying problem+json's detail. */
export async function api(path, options = {}) {
	let response;
	try {
		response = await fetch(path, {
			...options,
			headers: {
				Accept: 'application/json',
				'Accept-Language': lang(),
				...(options.body ? { 'Content-Type': 'application/json' } : {})
			}
		});
	}
	catch (e) {
		throw new LabError(t('error.network'), 0, null);
	}
	const type = response.headers.get('Content-Type') ?? '';
	const body = type.includes('json') ? await response.json() : null;
	if (!response.ok) {
		// the title comes in the page's language (Accept-Language); the detail says what exactly
		const detail = [body?.title, body?.detail].filter(Boolean).join(' — ') || `HTTP ${response.status}`;
		throw new LabError(detail, response.status, body);
	}
	return body;
}

/** The text of an error for a person: the problem's detail, or what failed to connect. */
export function describe(error) {
	return error instanceof LabError && error.status === 0 ? error.message : t('error', { detail: error.message });
}

/** Creates an element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name === 'class') {
			element.className = value;
		}
		else if (name.startsWith('on')) {
			element.addEventListener(name.slice(2), value);
		}
		else {
			element.setAttribute(name, value === true ? '' : value);
		}
	}
	element.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
	return element;
}

/** A query parameter of the page's address. */
export function param(name) {
	return new URLSearchParams(location.search).get(name);
}

/** The label of a column: variant, and model and temperature when the run has more than one setting. */
export function columnLabel(column, withModel) {
	if (!withModel) {
		return column.variant;
	}
	const temperature = column.temperature !== undefined && column.temperature !== null ? ` · ${column.temperature}` : '';
	return `${column.variant} · ${column.model}${temperature}`;
}

/** The key of a (variant, model, temperature) column. */
export function columnKey(item) {
	return JSON.stringify([item.variant, item.model, item.temperature ?? null]);
}

/** A score 0..1 as a percentage. */
export function percent(score) {
	return typeof score === 'number' ? `${Math.round(score * 100)}%` : '–';
}

export function formatDate(iso) {
	if (!iso) {
		return '';
	}
	return new Date(iso).toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** Announces a message in the page's polite live region. */
export function announce(message) {
	const region = document.getElementById('status');
	// the same text again would be read out again on every poll
	if (region && region.textContent !== message) {
		region.textContent = message;
	}
}

/** Shows an error in the page's alert box (focused, so keyboard and screen-reader users land on it). */
export function showError(error, keptInput = false) {
	const box = document.getElementById('error');
	if (!box) {
		return;
	}
	box.replaceChildren(el('p', {}, describe(error)), keptInput ? el('p', {}, t('error.kept')) : null);
	box.hidden = false;
	box.focus();
}

export function clearError() {
	const box = document.getElementById('error');
	if (box) {
		box.hidden = true;
		box.replaceChildren();
	}
}

/** Polls a run every ~500 ms until it is done, calling onUpdate with each state; resolves to the last. */
export async function pollRun(runId, onUpdate, interval = 500) {
	for (;;) {
		const run = await api(`/api/lab/runs/${encodeURIComponent(runId)}`);
		onUpdate(run);
		if (run.status !== 'running') {
			return run;
		}
		await new Promise(resolve => setTimeout(resolve, interval));
	}
}
