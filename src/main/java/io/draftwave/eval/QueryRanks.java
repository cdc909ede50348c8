package io.draftwave.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Per-query results of an evaluation, for finding what one configuration gets right and
 * another does not: a tab-separated file with a header line, one line per scored query
 * (its id, its text, then for each configuration the rank of its first relevant document,
 * empty when that document was not among the retrieved). Tabs and line breaks inside a
 * query are written as spaces.
 */
public final class QueryRanks {

	private QueryRanks() {
	}

	/**
	 * Writes the file, creating the parent folders.
	 * @param queries the scored queries, in the order of every result's
	 * {@link ConfigurationResult#ranks()}
	 * @throws IllegalArgumentException when a result holds another number of ranks than
	 * queries
	 */
	public static void writeTsv(Path file, List<BeirQuery> queries, List<ConfigurationResult> results) {
		StringBuilder out = new StringBuilder("query-id\tquery");
		for (ConfigurationResult result : results) {
			if (result.ranks().size() != queries.size()) {
				throw new IllegalArgumentException(result.configuration() + " has " + result.ranks().size()
						+ " ranks for " + queries.size() + " queries");
			}
			out.append('\t').append(result.configuration());
		}
		out.append('\n');
		for (int i = 0; i < queries.size(); i++) {
			BeirQuery query = queries.get(i);
			out.append(cell(query.id())).append('\t').append(cell(query.text()));
			for (ConfigurationResult result : results) {
				int rank = result.ranks().get(i);
				out.append('\t').append(rank > 0 ? Integer.toString(rank) : "");
			}
			out.append('\n');
		}
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private static String cell(String text) {
		return text.replaceAll("[\\t\\r\\n]+", " ");
	}

}
