package io.draftwave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the capabilities' dependencies pointing one way, read from the sources' imports:
 */
class PackageDependenciesTest {

	private static final Path SOURCES = Path.of("src/main/java/io/draftwave");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.draftwave\\.(\\w+)\\.",
			Pattern.MULTILINE);

	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("corpus", Set.of()),
			Map.entry("search", Set.of("corpus")),
			Map.entry("drafting", Set.of("corpus", "search", "security")),
			Map.entry("security", Set.of()),
			Map.entry("tables", Set.of()),
			Map.entry("llm", Set.of("corpus", "search", "drafting", "security")),
			Map.entry("export", Set.of("corpus", "drafting")),
			Map.entry("eval", Set.of("corpus", "search", "drafting", "llm")),
			Map.entry("lab", Set.of("corpus", "search", "drafting", "security")),
			Map.entry("web", Set.of("corpus", "search", "drafting", "security", "export", "lab")),
			Map.entry("cli", Set.of("corpus", "search", "drafting", "eval", "tables")));

	@Test
	void should_keep_every_capability_within_its_allowed_dependencies() throws IOException {
		// given
		Map<String, Set<String>> actual = dependencies();

		// then
		assertThat(actual.keySet()).containsAll(ALLOWED.keySet());
		actual.forEach((pkg, uses) -> assertThat(uses).as("packages used by %s", pkg)
			.isSubsetOf(ALLOWED.getOrDefault(pkg, Set.of())));
	}

	private static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class and global settings wire the capabilities together
				}
				String pkg = relative.getName(0).toString();
				Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
				Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(pkg)) {
						used.add(m.group(1));
					}
				}
			}
		}
		return uses;
	}

}
