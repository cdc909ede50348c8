package io.draftwave.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up work of the service: before the HTTP server opens, the index is rebuilt from
 * the originals if it was built with another analysis, then repaired against the records
 * (so nothing acknowledged before a crash is missing); once the service is ready, the
 * configured corpus folders are ingested in the background on the thread
 * {@code corpus-ingest}, and {@link StartupIndexingEnded} is published there after them.
 */
@Component
public class CorpusStartup implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CorpusStartup.class);

	/** Runs before the web server, whose phase is {@code DEFAULT_PHASE - 1024}. */
	private static final int PHASE = 0;

	private final IndexMaintenance maintenance;

	private final FolderIngestion folders;

	private final CorpusProperties properties;

	private final ApplicationEventPublisher events;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "corpus-ingest");
		t.setDaemon(true);
		return t;
	});

	private final AtomicReference<String> state = new AtomicReference<>("waiting");

	private volatile boolean running;

	CorpusStartup(IndexMaintenance maintenance, FolderIngestion folders, CorpusProperties properties,
			ApplicationEventPublisher events) {
		this.maintenance = maintenance;
		this.folders = folders;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public void start() {
		maintenance.rebuildIfAnalysisChanged(IngestionProgress.logging(log));
		maintenance.repair();
		running = true;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ingestCorpusFolders() {
		if (!properties.syncOnStart()) {
			state.set("disabled");
			executor.execute(this::announceEnd);
			return;
		}
		state.set("running");
		executor.execute(() -> {
			try {
				for (Path dir : properties.dirs()) {
					if (Files.isDirectory(dir)) {
						folders.ingest(dir, IngestionProgress.logging(log), () -> !running);
					}
					else {
						log.warn("The corpus folder {} does not exist; set draftwave.corpus.dirs to index another",
								dir.toAbsolutePath());
					}
				}
				state.set("done");
			}
			catch (RuntimeException ex) {
				state.set("failed: " + ex.getMessage());
				log.error("Indexing the corpus folders stopped: {}", ex.getMessage(), ex);
			}
			announceEnd();
		});
	}

	private void announceEnd() {
		if (!running) {
			return;
		}
		try {
			events.publishEvent(new StartupIndexingEnded());
		}
		catch (RuntimeException ex) {
			log.error("Work after the start-up indexing failed: {}", ex.getMessage(), ex);
		}
	}

	/**
	 * {@code waiting}, {@code running}, {@code done}, {@code disabled} or
	 * {@code failed: <reason>}.
	 */
	public String state() {
		return state.get();
	}

	/**
	 * Stops the folder ingestion after the file it is reading: what was indexed until
	 * then is committed and marked before this returns, so the next start has nothing to
	 * repair.
	 */
	@Override
	public void stop() {
		// no interrupt: Lucene closes its writer and H2 its file when a thread is
		// interrupted during I/O
		running = false;
		executor.shutdown();
		try {
			if (!executor.awaitTermination(StoreWork.DRAIN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
				log.warn("The folder ingestion did not stop within {} s; the next start repairs what it left",
						StoreWork.DRAIN_LIMIT.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
