// The audit page: reads the filters, asks /api/audit for a page of events (newest first) and shows
// them in a table; CSV downloads the same selection. The API key, when one is typed, is kept in
// the tab (sessionStorage) and sent as X-API-Key; on this machine without keys none is needed.

import { pageLanguage } from '/common/page-language.js';
import { el } from '/common/page-parts.js';

const KINDS = ['search', 'draft', 'draft-stream', 'chat-completion', 'analysis', 'table-read', 'export', 'upload',
	'deletion', 'lab-run', 'refused', 'rate-limited'];
const SIZE = 50;

const texts = {
	ko: {
		audit: '감사 기록', 'nav.skip': '기록으로 건너뛰기', 'nav.data': '표 데이터', 'nav.start': '시작 페이지',
		'audit.tagline': '누가 무엇을 요청했고, 어떤 자료와 모델을 썼으며, 무엇이 서비스 밖으로 나갔는지 보여 줍니다. 관리자 키가 필요합니다.',
		'f.from': '시작일', 'f.to': '종료일', 'f.key': '키 이름', 'f.kind': '종류', 'f.outcome': '결과', 'f.draft': '초안 ID',
		'f.apikey': 'API 키', 'f.apply': '조회', 'f.csv': 'CSV 내려받기', 'f.all': '전체', 'o.ok': '성공', 'o.error': '실패',
		'c.time': '시각', 'c.key': '키', 'c.client': '주소', 'c.kind': '종류', 'c.request': '요청', 'c.sources': '근거',
		'c.model': '모델', 'c.left': '외부 전송', 'c.draft': '초안', 'c.outcome': '결과', 'c.duration': '소요',
		pager: '쪽 이동', 'pager.prev': '이전', 'pager.next': '다음', 'page': '{page} / {pages}쪽',
		summary: '조건에 맞는 기록 {total}건', none: '조건에 맞는 기록이 없습니다.', yes: '예', no: '아니요',
		unreachable: '서비스에 연결할 수 없습니다.', 'lang.switch': 'English', 'lang.switch.label': 'Switch to English',
		'k.search': '검색', 'k.draft': '초안', 'k.draft-stream': '초안(스트림)', 'k.chat-completion': '대화 API(/v1)',
		'k.analysis': '분석', 'k.table-read': '표 조회', 'k.export': '내보내기', 'k.upload': '업로드', 'k.deletion': '삭제',
		'k.lab-run': '실습 실행', 'k.refused': '거부', 'k.rate-limited': '요청 한도 초과'
	},
	en: {
		audit: 'Audit trail', 'nav.skip': 'Skip to the events', 'nav.data': 'Data', 'nav.start': 'Start page',
		'audit.tagline': 'Who asked what, which sources and models were used, and what left the service. Needs an admin key.',
		'f.from': 'From', 'f.to': 'To', 'f.key': 'Key name', 'f.kind': 'Kind', 'f.outcome': 'Outcome', 'f.draft': 'Draft id',
		'f.apikey': 'API key', 'f.apply': 'Show', 'f.csv': 'Download CSV', 'f.all': 'All', 'o.ok': 'Succeeded', 'o.error': 'Failed',
		'c.time': 'Time', 'c.key': 'Key', 'c.client': 'Address', 'c.kind': 'Kind', 'c.request': 'Request', 'c.sources': 'Sources',
		'c.model': 'Model', 'c.left': 'Sent out', 'c.draft': 'Draft', 'c.outcome': 'Outcome', 'c.duration': 'Took',
		pager: 'Pages', 'pager.prev': 'Previous', 'pager.next': 'Next', 'page': 'page {page} of {pages}',
		summary: '{total} events match', none: 'No event matches.', yes: 'yes', no: 'no',
		unreachable: 'The service cannot be reached.', 'lang.switch': '한국어', 'lang.switch.label': '한국어로 보기',
		'k.search': 'search', 'k.draft': 'draft', 'k.draft-stream': 'draft (stream)', 'k.chat-completion': 'chat API (/v1)',
		'k.analysis': 'analysis', 'k.table-read': 'table read', 'k.export': 'export', 'k.upload': 'upload', 'k.deletion': 'deletion',
		'k.lab-run': 'lab run', 'k.refused': 'refused', 'k.rate-limited': 'rate limited'
	}
};

const { lang, t, onLanguage, setUpPage } = pageLanguage(texts, 'draftwave.admin.lang');
const form = document.getElementById('filters');
const state = { page: 0, data: null };

function fillSelects() {
	const kind = document.getElementById('f-kind');
	const chosenKind = kind.value;
	kind.replaceChildren(el('option', { value: '' }, t('f.all')),
		...KINDS.map(k => el('option', { value: k }, t('k.' + k))));
	kind.value = chosenKind;
	const outcome = document.getElementById('f-outcome');
	const chosenOutcome = outcome.value;
	outcome.replaceChildren(el('option', { value: '' }, t('f.all')), el('option', { value: 'ok' }, t('o.ok')),
		el('option', { value: 'error' }, t('o.error')));
	outcome.value = chosenOutcome;
}

function filters() {
	const params = new URLSearchParams();
	for (const name of ['from', 'to', 'key', 'kind', 'outcome', 'draftId']) {
		const value = form.elements[name].value.trim();
		if (value) {
			params.set(name, value);
		}
	}
	return params;
}

function headers() {
	const key = sessionStorage.getItem('draftwave.admin.key');
	return { Accept: 'application/json', 'Accept-Language': lang(), ...(key ? { 'X-API-Key': key } : {}) };
}

async function call(path) {
	let response;
	try {
		response = await fetch(path, { headers: headers() });
	}
	catch (e) {
		throw new Error(t('unreachable'));
	}
	if (!response.ok) {
		const problem = (response.headers.get('Content-Type') ?? '').includes('json') ? await response.json() : null;
		throw new Error([problem?.title, problem?.detail].filter(Boolean).join(' — ') || `HTTP ${response.status}`);
	}
	return response;
}

function showError(message) {
	const box = document.getElementById('error');
	box.hidden = !message;
	box.textContent = message ?? '';
	if (message) {
		box.focus();
	}
}

async function load() {
	const params = filters();
	params.set('page', state.page);
	params.set('size', SIZE);
	try {
		state.data = await (await call('/api/audit?' + params)).json();
		showError(null);
	}
	catch (e) {
		state.data = null;
		showError(e.message);
	}
	render();
}

function render() {
	const body = document.querySelector('#events tbody');
	const data = state.data;
	const events = data?.events ?? [];
	body.replaceChildren(...events.map(row));
	if (data && events.length === 0) {
		body.append(el('tr', {}, el('td', { colspan: 11 }, t('none'))));
	}
	const total = data?.total ?? 0;
	const pages = Math.max(1, Math.ceil(total / SIZE));
	document.getElementById('summary').textContent = data ? t('summary', { total: total.toLocaleString(lang()) }) : '';
	document.getElementById('page-label').textContent = t('page', { page: state.page + 1, pages });
	document.getElementById('prev').disabled = state.page === 0;
	document.getElementById('next').disabled = state.page + 1 >= pages;
}

function row(e) {
	const time = new Date(e.time).toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-GB', { timeZone: 'Asia/Seoul' });
	const sources = [...e.sourceIds, ...e.figureIds];
	return el('tr', { class: e.outcome === 'ok' ? 'ok' : 'failed', 'data-seq': e.seq },
		el('td', {}, time),
		el('td', {}, e.key + (e.role ? ` (${e.role})` : '')),
		el('td', {}, e.client),
		el('td', { class: 'kind' }, t('k.' + e.kind)),
		el('td', { class: 'request' }, el('div', {}, e.endpoint), e.request ? el('div', { class: 'meta' }, e.request) : null),
		el('td', {}, sources.length ? `${sources.length}: ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? ' …' : ''}` : '—'),
		el('td', {}, e.model ?? '—'),
		el('td', { title: e.sentSha256 ?? '' }, e.textLeft ? `${t('yes')} · ${e.sentSha256.slice(0, 12)}…` : t('no')),
		el('td', { class: 'hash' }, e.draftId ? e.draftId.slice(0, 8) : '—'),
		el('td', { class: 'outcome' }, `${e.status} ${e.outcome}`),
		el('td', {}, `${e.durationMs} ms`));
}

async function downloadCsv() {
	try {
		const blob = await (await call('/api/audit.csv?' + filters())).blob();
		const link = el('a', { href: URL.createObjectURL(blob), download: 'audit.csv' });
		document.body.append(link);
		link.click();
		link.remove();
	}
	catch (e) {
		showError(e.message);
	}
}

setUpPage();
const keyInput = document.getElementById('f-apikey');
keyInput.value = sessionStorage.getItem('draftwave.admin.key') ?? '';
form.addEventListener('submit', (event) => {
	event.preventDefault();
	const key = keyInput.value.trim();
	key ? sessionStorage.setItem('draftwave.admin.key', key) : sessionStorage.removeItem('draftwave.admin.key');
	state.page = 0;
	load();
});
document.getElementById('csv').addEventListener('click', downloadCsv);
document.getElementById('prev').addEventListener('click', () => { state.page--; load(); });
document.getElementById('next').addEventListener('click', () => { state.page++; load(); });
onLanguage(() => { fillSelects(); render(); });
load();
