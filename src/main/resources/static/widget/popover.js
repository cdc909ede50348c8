// Citation markers and their popovers: a superscript link per [n] whose source's title, page and
// excerpt open on hover (until the pointer leaves), or pinned by a click, tap or Enter; Escape closes
// and gives the focus back to the marker. The popover stays inside the window. A computed figure's
// popover is built by figures.js: its statement, plan, first source rows, chart and data page link.

import { el, excerptNodes } from './dom.js';

/** The popover of one widget; chat gives t, uid, root and passageUrl(source). */
export class CitationPopovers {

	constructor(chat) {
		this.chat = chat;
		this.openMarker = null;
		this.pinned = false;
		chat.root.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && this.openMarker) { e.stopPropagation(); this.close(true); }
		});
		chat.root.addEventListener('click', (e) => {
			if (this.openMarker && !e.composedPath().some((n) => n.classList && (n.classList.contains('popover') || n.classList.contains('cite')))) {
				this.close(false);
			}
		});
		const place = () => this.place();
		window.addEventListener('scroll', place, { passive: true, capture: true });
		window.addEventListener('resize', place, { passive: true });
	}

	/** The superscript link of marker n, source the cited source (or undefined while unknown). */
	marker(n, source) {
		const t = this.chat.t;
		const link = el('a', {
			href: source ? this.chat.passageUrl(source) : '#',
			'aria-label': source ? t.citationLabel(n, source.title) : `[${n}]`,
			'aria-expanded': 'false',
			'data-marker': n,
			text: String(n),
		});
		// a click or tap (or Enter) pins the popover; hovering shows it until the pointer leaves
		link.addEventListener('click', (e) => {
			e.preventDefault();
			if (this.openMarker === link && this.pinned) this.close(false);
			else if (this.openMarker === link) this.pinned = true;
			else this.open(link, n, source, true);
		});
		link.addEventListener('mouseenter', () => { if (this.openMarker !== link) this.open(link, n, source, false); });
		link.addEventListener('mouseleave', () => this.closeUnlessHovered(link));
		link.addEventListener('focus', () => { if (this.openMarker && this.openMarker !== link) this.close(false); });
		return el('sup', { class: 'cite' }, link);
	}

	/** Whether the open popover belongs to a marker inside node. */
	isOpenIn(node) {
		return Boolean(this.openMarker && node.contains(this.openMarker));
	}

	closeUnlessHovered(link) {
		setTimeout(() => {
			const popover = this.popoverOf(link);
			if (this.openMarker === link && !this.pinned && !link.matches(':hover') && !(popover && popover.matches(':hover'))) {
				this.close(false);
			}
		}, 250);
	}

	open(link, n, source, pinned) {
		this.close(false);
		if (!source) return;
		const t = this.chat.t;
		const id = `${this.chat.uid}-popover`;
		const figure = source.type === 'figure' && source.analysisId;
		const body = figure ? this.chat.figures.popover(n, source, () => this.place()) : [
			el('strong', { text: `[${n}] ${source.title}` }),
			source.page ? el('span', { class: 'where', text: t.page(source.page) }) : null,
			el('span', { class: 'excerpt', style: 'display:block' }, ...excerptNodes(source.excerpt)),
			el('a', { href: this.chat.passageUrl(source), target: '_blank', rel: 'noopener', text: t.openSource })];
		const label = figure ? `${t.computedFigure} ${n}: ${source.title}` : t.citationLabel(n, source.title);
		const popover = el('span', { class: figure ? 'popover figure-popover' : 'popover', id, role: 'dialog', 'aria-label': label },
			...body);
		popover.addEventListener('mouseleave', () => this.closeUnlessHovered(link));
		link.after(popover);
		link.setAttribute('aria-expanded', 'true');
		link.setAttribute('aria-describedby', id);
		this.openMarker = link;
		this.pinned = pinned;
		this.place();
	}

	popoverOf(link) {
		return link && link.parentNode && link.parentNode.querySelector('.popover');
	}

	/** Below the marker, or above it where the window has no room below; always inside the window. */
	place() {
		const link = this.openMarker;
		const popover = this.popoverOf(link);
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

	close(returnFocus) {
		const link = this.openMarker;
		if (!link) return;
		this.openMarker = null;
		const popover = this.popoverOf(link);
		if (popover) popover.remove();
		link.setAttribute('aria-expanded', 'false');
		link.removeAttribute('aria-describedby');
		if (returnFocus) link.focus();
	}

}
