package io.draftwave.cli;

import java.util.Set;
import java.util.concurrent.Callable;

import io.draftwave.corpus.Language;
import io.draftwave.search.PassageIndex;
import io.draftwave.search.SearchHit;
import io.draftwave.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Searches the index and prints the hits, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
		description = "Search the indexed passages and print the best hits with their source ids.")
class SearchCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "QUERY", description = "Question or keywords, e.g. \"2024년 교육 참여 인원\".")
	String query;

	@Option(names = { "-k", "--hits" }, defaultValue = "5",
			description = "Hits to show, 1..100 (default: ${DEFAULT-VALUE}).")
	int k;

	@Option(names = "--language", description = "ko or en; default: decided from the query.")
	@Nullable String language;

	@Mixin
	DataDirOption data;

	@Override
	public Integer call() {
		SearchQuery q = new SearchQuery(query, k, language == null ? null : Language.of(language), Set.of());
		try (var context = OfflineContext.start(data.dataDir)) {
			var hits = context.getBean(PassageIndex.class).retrieve(q);
			if (hits.isEmpty()) {
				System.out.println("No passage matches.");
				return 1;
			}
			int rank = 1;
			for (SearchHit hit : hits) {
				System.out.printf("%2d. %.3f  %s  [%s]%s%n      %s%n", rank++, hit.score(), hit.title(), hit.sourceId(),
						hit.page() == null ? "" : " p. " + hit.page(), plain(hit.excerpt()));
			}
			return 0;
		}
	}

	/** The excerpt with its HTML marks turned into »…« for a terminal. */
	static String plain(String excerpt) {
		return excerpt.replace("<mark>", "»")
			.replace("</mark>", "«")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replace('\n', ' ');
	}

}
