package io.draftwave.web;

import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless {@link Chromium} for a browser test class: launched before its first test
 * (or the class skipped where no Chromium is installed) and closed after its last.
 * Register it as {@code @RegisterExtension static final BrowserPerClass chromium = new
 * BrowserPerClass(Duration.ofSeconds(20));} and open contexts on
 * {@code chromium.browser()}.
 */
final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

	private final @Nullable Duration assertionTimeout;

	private @Nullable Chromium chromium;

	/** Leaves Playwright's assertion timeout as it is. */
	BrowserPerClass() {
		this.assertionTimeout = null;
	}

	/**
	 * @param assertionTimeout how long Playwright's assertions wait for the page
	 */
	BrowserPerClass(Duration assertionTimeout) {
		this.assertionTimeout = assertionTimeout;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		chromium = Chromium.launch();
		if (assertionTimeout != null) {
			PlaywrightAssertions.setDefaultAssertionTimeout(assertionTimeout.toMillis());
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	Browser browser() {
		if (chromium == null) {
			throw new IllegalStateException("the browser starts before the class's first test");
		}
		return chromium.browser();
	}

}
