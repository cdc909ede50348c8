package io.draftwave;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the capabilities' dependencies pointing one way, read from the sources' imports
 * and qualified names (see {@link DependencyRules}): nothing uses {@code web} but
 * {@code web.openai}, {@code security} uses no other capability, the top-level classes
 * wire the capabilities together, Lucene stays inside {@code search}, and Spring's HTTP
 * and web types stay inside {@code web}.
 */
class PackageDependenciesTest {

	private static final Path SOURCES = Path.of("src/main/java/io/draftwave");

	/** The global settings every capability may read. */
	private static final String SETTINGS = "DraftwaveProperties";

	// @formatter:off
	private static final Map<String, Set<String>> PARTS = Map.ofEntries(
			// DraftwaveApplication starts the commands of cli, and DrafterConfiguration picks the drafter
			Map.entry(DependencyRules.ROOT, Set.of("cli", "drafting", "llm")),
			Map.entry("corpus", Set.of("security", SETTINGS)),
			Map.entry("search", Set.of("corpus", SETTINGS)),
			Map.entry("tables", Set.of("corpus", "search", SETTINGS)),
			Map.entry("security", Set.of(SETTINGS)),
			Map.entry("audit", Set.of("security")),
			Map.entry("complaints", Set.of("corpus", "search", "tables", "drafting", "security", SETTINGS)),
			Map.entry("drafting", Set.of("corpus", "search", "tables", "security", SETTINGS)),
			Map.entry("llm", Set.of("corpus", "search", "tables", "drafting", "security", "audit", SETTINGS)),
			Map.entry("export", Set.of("corpus", "tables", "drafting", SETTINGS)),
			Map.entry("eval", Set.of("corpus", "search", "tables", "drafting", "llm", SETTINGS)),
			Map.entry("lab", Set.of("corpus", "search", "drafting", "security", SETTINGS)),
			Map.entry("review", Set.of("corpus", "drafting", "security", SETTINGS)),
			Map.entry("conversations", Set.of("corpus", "drafting", "review", "security", SETTINGS)),
			Map.entry("web", Set.of("corpus", "search", "tables", "complaints", "drafting", "security", "export",
					"lab", "review", "conversations", "audit", SETTINGS)),
			Map.entry("web.openai", Set.of("corpus", "tables", "drafting", "web", "review", "conversations",
					SETTINGS)),
			// the commands start the service's context for their work (a cycle with DraftwaveApplication)
			Map.entry("cli", Set.of("corpus", "search", "tables", "drafting", "eval", "complaints", "audit", SETTINGS,
					"DraftwaveApplication")));
	// @formatter:on

	/** Libraries only some parts may use; no other part uses them today. */
	private static final Map<String, Set<String>> LIBRARIES = Map.of("org.apache.lucene", Set.of("search"),
			"org.springframework.web", Set.of("web", "web.openai"), "org.springframework.http",
			Set.of("web", "web.openai"));

	private final DependencyRules rules = new DependencyRules(PARTS, LIBRARIES);

	@Test
	void should_keep_every_part_within_its_allowed_dependencies() throws Exception {
		// given
		Set<String> found;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			found = files.filter(f -> f.toString().endsWith(".java"))
				.map(f -> rules.partOf(SOURCES.relativize(f)))
				.collect(java.util.stream.Collectors.toSet());
		}

		// when
		var breaches = rules.check(SOURCES);

		// then
		assertThat(found).as("every part has sources, the top-level classes included").containsAll(PARTS.keySet());
		assertThat(breaches).isEmpty();
	}

	@Test
	void should_report_each_use_the_rules_forbid_when_a_source_imports_what_its_part_may_not() {
		// given a corpus class that reaches into Lucene, Spring's HTTP types and web, and
		// says so in a comment too
		String leaky = """
				package io.draftwave.corpus;

				import io.draftwave.search.SearchHit;
				import io.draftwave.web.Links;
				import org.apache.lucene.document.Document;

				// org.apache.lucene.index.Term is only named here
				class LeakyParser {
					org.springframework.http.HttpStatus status;
				}
				""";
		String wiring = """
				package io.draftwave;

				import io.draftwave.web.DraftController;

				class Wiring {
				}
				""";

		// when
		var corpusBreaches = rules.check(Path.of("corpus/LeakyParser.java"), leaky);
		var rootBreaches = rules.check(Path.of("Wiring.java"), wiring);

		// then
		assertThat(corpusBreaches).containsExactly(
				"corpus/LeakyParser.java: corpus uses org.apache.lucene (org.apache.lucene.document)",
				"corpus/LeakyParser.java: corpus uses org.springframework.http (org.springframework.http)",
				"corpus/LeakyParser.java: corpus uses search (io.draftwave.search.SearchHit)",
				"corpus/LeakyParser.java: corpus uses web (io.draftwave.web.Links)");
		assertThat(rootBreaches).containsExactly("Wiring.java: (root) uses web (io.draftwave.web.DraftController)");
	}

	@Test
	void should_accept_a_source_that_uses_only_what_its_part_may() {
		// given
		String search = """
				package io.draftwave.search;

				import io.draftwave.DraftwaveProperties;
				import io.draftwave.corpus.Passage;
				import org.apache.lucene.document.Document;

				class Indexing {
				}
				""";
		String openAi = """
				package io.draftwave.web.openai;

				import io.draftwave.web.Links;
				import org.springframework.http.HttpStatus;

				class Views {
				}
				""";

		// then
		assertThat(rules.check(Path.of("search/Indexing.java"), search)).isEmpty();
		assertThat(rules.check(Path.of("web/openai/Views.java"), openAi)).isEmpty();
		assertThat(rules.check(Path.of("web/Views.java"),
				openAi.replace("io.draftwave.web.openai", "io.draftwave.web")
					.replace("import io.draftwave.web.Links;", "import io.draftwave.web.openai.ChunkStream;")))
			.containsExactly("web/Views.java: web uses web.openai (io.draftwave.web.openai.ChunkStream)");
	}

}
