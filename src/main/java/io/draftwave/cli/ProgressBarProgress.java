package io.draftwave.cli;

import io.draftwave.corpus.IngestionProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/** Ingestion progress drawn as a bar on standard error. */
final class ProgressBarProgress implements IngestionProgress {

	private @Nullable ProgressBar bar;

	@Override
	public void start(String task, long total) {
		bar = new ProgressBarBuilder().setTaskName(task.length() > 40 ? "…" + task.substring(task.length() - 39) : task)
			.setInitialMax(total)
			.setConsumer(new ConsoleProgressBarConsumer(System.err))
			.setUnit(" files", 1)
			.showSpeed()
			.build();
	}

	@Override
	public void step(String item) {
		if (bar != null) {
			bar.step();
			bar.setExtraMessage(item.length() > 30 ? item.substring(0, 29) + "…" : item);
		}
	}

	@Override
	public void end() {
		if (bar != null) {
			bar.setExtraMessage("");
			bar.close();
		}
	}

}
