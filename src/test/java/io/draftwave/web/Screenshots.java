package io.draftwave.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;

/**
 * Pictures of the widget taken by the browser tests: into {@code target/screenshots}, or
 * into the folder named by the system property {@code draftwave.screenshots} (e.g.
 * {@code -Ddraftwave.screenshots=docs} to renew the README's pictures).
 */
final class Screenshots {

	private Screenshots() {
	}

	/**
	 * Writes the picture of what the page shows in its window as {@code <name>.png};
	 * returns the file.
	 */
	static Path save(Page page, String name) {
		Path folder = Path.of(System.getProperty("draftwave.screenshots", "target/screenshots"));
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path file = folder.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file));
		return file;
	}

}
