package io.draftwave.corpus;

import org.slf4j.Logger;

/**
 * Receives the progress of a long ingestion task (a folder, a rebuild). The command line
 * shows a progress bar; the service logs a line every tenth of the way.
 */
public interface IngestionProgress {

	/** The task starts with this many steps. */
	void start(String task, long total);

	/** One more step is done; {@code item} names it (a file name). */
	void step(String item);

	/** The task has ended. */
	void end();

	/**
	 * Progress reported as log lines: the start, every tenth of the steps, and the end.
	 */
	static IngestionProgress logging(Logger log) {
		return new IngestionProgress() {

			private String task = "";

			private long total;

			private long done;

			private long started;

			@Override
			public void start(String task, long total) {
				this.task = task;
				this.total = total;
				this.done = 0;
				this.started = System.nanoTime();
				log.info("{}: {} files to check", task, total);
			}

			@Override
			public void step(String item) {
				done++;
				if (total >= 10 && done % Math.max(1, total / 10) == 0 && done < total) {
					log.info("{}: {}/{} files ({}%)", task, done, total, done * 100 / total);
				}
			}

			@Override
			public void end() {
				log.info("{}: done, {} files in {} ms", task, done, (System.nanoTime() - started) / 1_000_000);
			}
		};
	}

}
