// The Korean or English interface of a page of the service (the lab's, the data page): the reader's
// choice kept in localStorage under the page's own key, texts looked up with {name} placeholders,
// elements marked data-i18n, data-i18n-label and data-i18n-placeholder filled, and the header's
// toggle (#lang-toggle) switching the language and rendering again whatever registered.

/**
 * The language functions of one page.
 * @param texts {ko: {...}, en: {...}} the page's texts by key
 * @param storageKey where the reader's choice is kept
 * @returns {{lang: function(): string, t: function(string, object=): string,
 *   onLanguage: function(function()): void, setUpPage: function(): void}}
 */
export function pageLanguage(texts, storageKey) {
	const listeners = [];

	/** The interface language: what the reader chose last, else Korean. */
	const lang = () => (localStorage.getItem(storageKey) === 'en' ? 'en' : 'ko');

	/** Interface text in the current language, {name} placeholders filled from params. */
	const t = (key, params = {}) => {
		const text = texts[lang()][key] ?? texts.ko[key] ?? key;
		return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
	};

	/** Runs render now and again whenever the language changes. */
	const onLanguage = (render) => {
		listeners.push(render);
		render();
	};

	const translateStatic = () => {
		document.documentElement.lang = lang();
		for (const element of document.querySelectorAll('[data-i18n]')) {
			element.textContent = t(element.dataset.i18n);
		}
		for (const element of document.querySelectorAll('[data-i18n-label]')) {
			element.setAttribute('aria-label', t(element.dataset.i18nLabel));
		}
		for (const element of document.querySelectorAll('[data-i18n-placeholder]')) {
			element.setAttribute('placeholder', t(element.dataset.i18nPlaceholder));
		}
		const toggle = document.getElementById('lang-toggle');
		if (toggle) {
			toggle.textContent = t('lang.switch');
			toggle.setAttribute('aria-label', t('lang.switch.label'));
			toggle.lang = lang() === 'ko' ? 'en' : 'ko';
		}
	};

	/** Sets up the ko/en toggle of the page header; call once per page. */
	const setUpPage = () => {
		const toggle = document.getElementById('lang-toggle');
		toggle?.addEventListener('click', () => {
			localStorage.setItem(storageKey, lang() === 'ko' ? 'en' : 'ko');
			translateStatic();
			listeners.forEach((render) => render());
			toggle.focus();
		});
		translateStatic();
	};

	return { lang, t, onLanguage, setUpPage };
}
