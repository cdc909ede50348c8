package io.draftwave.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright, for the pages the service serves. Playwright
 * never downloads a browser of its own here: the one installed at
 * {@code /usr/bin/chromium} (or the path in {@code DRAFTWAVE_CHROMIUM}) is used, and a
 * test that needs it is skipped, with the reason, where it is missing. One instance
 * serves a whole test class ({@link BrowserPerClass} launches and closes it).
 */
public final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path
		.of(System.getenv().getOrDefault("DRAFTWAVE_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Starts a headless Chromium, or skips the calling test when none is installed.
	 */
	public static Chromium launch() {
		assumeTrue(Files.isExecutable(EXECUTABLE),
				"browser test skipped: no Chromium at " + EXECUTABLE + " (apt-get install chromium)");
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
							"--disable-component-update", "--no-first-run")));
			return new Chromium(playwright, browser);
		}
		catch (RuntimeException e) {
			playwright.close();
			throw e;
		}
	}

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
