package io.draftwave.corpus;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion settings.
 *
 * @param dirs folders indexed at start-up: new and changed files are (re)indexed, files
 * gone from them are removed from the index
 * @param syncOnStart whether the service indexes {@code dirs} when it starts
 * @param maxUploadSize largest file accepted, by upload or from a folder
 * @param maxPassageChars upper bound of a passage's length in characters
 * @param commitEvery during folder ingestion, documents indexed between two index commits
 */
@ConfigurationProperties("draftwave.corpus")
public record CorpusProperties(@DefaultValue("./corpus") List<Path> dirs, @DefaultValue("true") boolean syncOnStart,
		@DefaultValue("50MB") DataSize maxUploadSize, @DefaultValue("800") int maxPassageChars,
		@DefaultValue("25") int commitEvery) {

	public CorpusProperties {
		if (maxPassageChars < 200) {
			throw new IllegalArgumentException(
					"draftwave.corpus.max-passage-chars must be at least 200, not " + maxPassageChars);
		}
		if (commitEvery < 1) {
			throw new IllegalArgumentException("draftwave.corpus.commit-every must be at least 1, not " + commitEvery);
		}
	}

}
