package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRanksTest {

	@Test
	void should_leave_rank_empty_and_flatten_query_when_document_not_retrieved(@TempDir Path temp) throws IOException {
		// given: a query with a tab and a line break, found by one configuration only
		List<BeirQuery> queries = List.of(new BeirQuery("q1", "첫 줄\t둘째\n줄"), new BeirQuery("q2", "예산"));
		List<ConfigurationResult> results = List.of(result("a", List.of(3, 1)), result("b", List.of(0, 2)));
		Path file = temp.resolve("deep/ranks.tsv");

		// when
		QueryRanks.writeTsv(file, queries, results);

		// then
		assertThat(Files.readAllLines(file)).containsExactly("query-id\tquery\ta\tb", "q1\t첫 줄 둘째 줄\t3\t",
				"q2\t예산\t1\t2");
	}

	@Test
	void should_refuse_result_with_another_number_of_ranks_than_queries(@TempDir Path temp) {
		// given
		List<BeirQuery> queries = List.of(new BeirQuery("q1", "예산"));
		List<ConfigurationResult> results = List.of(result("a", List.of(1, 2)));

		// when / then
		assertThatThrownBy(() -> QueryRanks.writeTsv(temp.resolve("ranks.tsv"), queries, results))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("a has 2 ranks for 1 queries");
		assertThat(temp.resolve("ranks.tsv")).doesNotExist();
	}

	private static ConfigurationResult result(String name, List<Integer> ranks) {
		return new ConfigurationResult(name, name, ranks.size(), 0, 0, 0, 0, 0, 0, 0, 0, 0, ranks);
	}

}
