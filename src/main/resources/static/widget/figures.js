// Computed figures a draft cites: the analysis (GET /api/analyses/{id}), its chart and its first source
// rows, fetched with the widget's headers and kept per widget. An <img> cannot send the API key, so
// the chart's SVG comes as a blob and shows from an object URL, with or without a key. A finished
// answer shows each figure's chart under the text, its statement as caption and a source line; a
// figure marker's popover says what it is, how it was computed and the rows it was computed from.

import { el, excerptNodes } from './dom.js';

/** Source rows a popover shows. */
const SOURCE_ROWS = 3;

/** Source rows further apart than this are fetched one by one rather than as one page. */
const ONE_PAGE = 100;

export class Figures {

	constructor(chat) {
		this.chat = chat;
		this.loaded = new Map();
	}

	/** { value } once the figure is loaded, { failed } when it cannot be; promise settles either way. */
	load(analysisId) {
		let entry = this.loaded.get(analysisId);
		if (!entry) {
			entry = {};
			entry.promise = this.fetchFigure(analysisId).then((value) => { entry.value = value; },
				(e) => { entry.failed = e; this.loaded.delete(analysisId); });
			this.loaded.set(analysisId, entry);
		}
		return entry;
	}

	async fetchFigure(id) {
		const analysis = await this.json(`api/analyses/${encodeURIComponent(id)}`);
		const [chart, rows, document] = await Promise.all([
			analysis.chart ? this.blobUrl(analysis.chart.svg).catch(() => null) : null,
			this.sourceRows(analysis).catch(() => null),
			this.documentTitle(analysis.documentId).catch(() => analysis.documentId),
		]);
		return { analysis, chart, rows, document };
	}

	url(path) { return new URL(String(path).replace(/^\//, ''), this.chat.base); }

	async json(path) {
		const response = await fetch(this.url(path), { headers: this.chat.headers({ Accept: 'application/json' }) });
		if (!response.ok) throw new Error(`${response.status} for ${path}`);
		return response.json();
	}

	async blobUrl(path) {
		const response = await fetch(this.url(path), { headers: this.chat.headers() });
		if (!response.ok) throw new Error(`${response.status} for ${path}`);
		return URL.createObjectURL(await response.blob());
	}

	async documentTitle(documentId) {
		const known = (this.chat.documents || []).find((d) => d.id === documentId);
		return known ? known.title : (await this.json(`api/documents/${encodeURIComponent(documentId)}`)).title;
	}

	/** The first source rows as { columns, rows: [{ row, values }], total }, read from the table. */
	async sourceRows(analysis) {
		const wanted = (analysis.sourceRows || []).slice(0, SOURCE_ROWS);
		if (!wanted.length) return null;
		const first = wanted[0];
		const last = wanted[wanted.length - 1];
		const pages = last - first < ONE_PAGE ? [[first - 1, last - first + 1]] : wanted.map((r) => [r - 1, 1]);
		const table = `api/tables/${encodeURIComponent(analysis.tableId)}/rows`;
		const found = await Promise.all(pages.map(([offset, limit]) => this.json(`${table}?offset=${offset}&limit=${limit}`)));
		const rows = found.flatMap((page) => page.rows).filter((r) => wanted.includes(r.row));
		return { columns: found[0].columns.map((c) => c.name), rows, total: analysis.sourceRowCount };
	}

	/** The charts of a finished turn's figures, under its text; filled in as they load. */
	charts(cited) {
		const figures = cited.filter((c) => c.type === 'figure' && c.analysisId);
		if (!figures.length) return null;
		const node = el('div', { class: 'figures' });
		for (const c of figures) {
			const figure = el('figure', { class: 'figure', 'data-analysis': c.analysisId, hidden: true });
			node.append(figure);
			this.whenLoaded(c.analysisId, (value) => this.fillChart(figure, c, value), () => figure.remove());
		}
		return node;
	}

	fillChart(figure, citation, { analysis, chart, document }) {
		if (!chart) { figure.remove(); return; }
		const t = this.chat.t;
		figure.replaceChildren(
			el('img', { src: chart, alt: t.chartAlt(analysis.title), width: 720, height: 400 }),
			el('figcaption', {},
				el('span', { class: 'label', text: `[${citation.marker}] ` }),
				el('span', { class: 'statement', text: analysis.statement }),
				el('span', { class: 'figure-source', text: t.figureSource(analysis.title, document) })));
		figure.hidden = false;
	}

	/** The body of figure source n's popover; placed() is called when it grows. */
	popover(n, source, placed) {
		const t = this.chat.t;
		const detail = el('span', { class: 'figure-detail' }, el('span', { class: 'loading', text: t.figureLoading }));
		this.whenLoaded(source.analysisId, (value) => { detail.replaceChildren(...this.details(value)); placed(); },
			() => { detail.replaceChildren(el('span', { class: 'loading', text: t.figureGone })); placed(); });
		return [
			el('span', { class: 'kind', text: t.computedFigure }),
			el('strong', { text: `[${n}] ${source.title}` }),
			el('span', { class: 'excerpt statement' }, ...excerptNodes(source.excerpt)),
			detail,
			el('a', { href: this.chat.dataPageUrl(source.analysisId), target: '_blank', rel: 'noopener', text: t.moreDetail }),
		];
	}

	details({ analysis, chart, rows }) {
		const t = this.chat.t;
		const nodes = [el('span', { class: 'plan' }, el('span', { class: 'label', text: `${t.figurePlan}: ` }), analysis.description)];
		if (rows && rows.rows.length) {
			const head = el('tr', {}, el('th', { scope: 'col', text: t.row }), ...rows.columns.map((c) => el('th', { scope: 'col', text: c })));
			const body = rows.rows.map((r) => el('tr', {}, el('th', { scope: 'row', text: String(r.row) }),
				...r.values.map((v) => el('td', { text: v === null || v === undefined ? '-' : String(v) }))));
			nodes.push(el('span', { class: 'rows' }, el('table', {},
				el('caption', { text: t.sourceRows(rows.rows.length, rows.total) }), el('thead', {}, head), el('tbody', {}, ...body))));
		}
		if (chart) nodes.push(el('img', { class: 'chart', src: chart, alt: t.chartAlt(analysis.title) }));
		return nodes;
	}

	whenLoaded(analysisId, done, failed) {
		const entry = this.load(analysisId);
		if (entry.value) done(entry.value);
		else entry.promise.then(() => (entry.value ? done(entry.value) : failed(entry.failed)));
	}

}
