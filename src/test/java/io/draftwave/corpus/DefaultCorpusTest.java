package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.draftwave.corpus.format.DocumentParsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the default corpus: every file parses, states its date and source and marks its
 * invented facts as sample data, and every binary file matches the source it is made
 * from. With {@code -Ddraftwave.corpus.write=true} the binary files are written anew from
 * their sources.
 */
class DefaultCorpusTest {

	private static final Path CORPUS = Path.of("corpus");

	private final DocumentParsers parsers = new DocumentParsers();

	private final Chunker chunker = new Chunker();

	static Stream<Path> sources() throws IOException {
		try (var files = Files.list(CorpusSources.SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream();
		}
	}

	static Stream<Path> corpusFiles() throws IOException {
		try (var files = Files.walk(CORPUS)) {
			return files.filter(Files::isRegularFile).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sources")
	void should_keep_each_binary_document_in_step_with_its_source(Path source) throws IOException {
		// given
		Path target = CORPUS.resolve(source.getFileName().toString().replaceFirst("\\.md$", ""));
		byte[] rendered = CorpusSources.render(source);
		if (Boolean.getBoolean("draftwave.corpus.write")) {
			Files.write(target, rendered);
		}

		// when
		String expected = text(target, new java.io.ByteArrayInputStream(rendered));
		String committed = text(target, Files.newInputStream(target));

		// then
		assertThat(committed).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpusFiles")
	void should_state_date_source_and_sample_data_in_every_document(Path file) throws IOException {
		String text = text(file, Files.newInputStream(file));
		assertThat(text).as("date")
			.containsPattern(
					"20\\d\\d[-.]\\d\\d[-.]\\d\\d|20\\d\\d년 \\d+월|\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\\d\\d");
		assertThat(text).as("source").containsPattern("(?i)(source|출처|작성 부서|담당|제공기관)");
		assertThat(text).as("sample-data notice").containsPattern("(?i)(sample|예시|가상)");
	}

	@Test
	void should_hold_thirty_documents_in_five_formats_korean_and_english() throws IOException {
		List<Path> files = corpusFiles().toList();
		assertThat(files).hasSizeGreaterThanOrEqualTo(30);
		assertThat(files.stream().map(f -> DocumentFormat.fromFileName(f.toString()).orElseThrow()).distinct())
			.hasSizeGreaterThanOrEqualTo(5);
		long korean = files.stream().filter(f -> {
			try {
				return Language.detect(text(f, Files.newInputStream(f))) == Language.KO;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}).count();
		assertThat(korean).isGreaterThan(files.size() / 2).isLessThan(files.size());
	}

	private String text(Path file, InputStream in) throws IOException {
		try (in) {
			DocumentFormat format = DocumentFormat.fromFileName(file.getFileName().toString()).orElseThrow();
			return chunker.chunk(parsers.parse(format, in)).text();
		}
	}

}
