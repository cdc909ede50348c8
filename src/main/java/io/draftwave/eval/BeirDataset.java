package io.draftwave.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A BEIR-layout test collection read from a folder: {@code corpus.jsonl} (or
 * {@code corpus.jsonl.gz}), {@code queries.jsonl} (or {@code .gz}) and the qrels, found
 * at {@code qrels.tsv} or {@code qrels/test.tsv}.
 *
 * @param name the folder's name
 * @param documents the corpus in file order
 * @param queries the queries in file order
 * @param qrels relevance grade per query id and document id, as listed (grades of 0
 * included)
 */
public record BeirDataset(String name, List<BeirDocument> documents, List<BeirQuery> queries,
		Map<String, Map<String, Integer>> qrels) {

	/** The qrels locations tried, in order. */
	public static final List<String> QRELS_FILES = List.of("qrels.tsv", "qrels/test.tsv");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public BeirDataset {
		documents = List.copyOf(documents);
		queries = List.copyOf(queries);
		qrels = Collections.unmodifiableMap(new LinkedHashMap<>(qrels));
	}

	/**
	 * Reads a dataset folder.
	 * @throws UncheckedIOException when a file is missing or unreadable
	 * @throws IllegalArgumentException when a line is malformed
	 */
	public static BeirDataset load(Path folder) {
		List<BeirDocument> documents = readJsonLines(find(folder, "corpus.jsonl", "corpus.jsonl.gz"),
				node -> new BeirDocument(node.path("_id").asString(), node.path("title").asString(""),
						node.path("text").asString("")));
		List<BeirQuery> queries = readJsonLines(find(folder, "queries.jsonl", "queries.jsonl.gz"),
				node -> new BeirQuery(node.path("_id").asString(), node.path("text").asString("")));
		Path qrelsFile = find(folder, QRELS_FILES.toArray(String[]::new));
		return new BeirDataset(folder.toAbsolutePath().normalize().getFileName().toString(), documents, queries,
				readQrels(qrelsFile));
	}

	/** The judgments of a query, empty when it has none. */
	public Map<String, Integer> judgments(String queryId) {
		return qrels.getOrDefault(queryId, Map.of());
	}

	private static Path find(Path folder, String... candidates) {
		for (String candidate : candidates) {
			Path file = folder.resolve(candidate);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new UncheckedIOException(new IOException("none of " + List.of(candidates) + " in " + folder));
	}

	private static <T> List<T> readJsonLines(Path file, Function<JsonNode, T> mapper) {
		List<T> records = new ArrayList<>();
		try (BufferedReader reader = open(file)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = JSON.readTree(line);
				if (!node.path("_id").isString() && !node.path("_id").isNumber()) {
					throw new IllegalArgumentException(file + ":" + number + ": no _id");
				}
				records.add(mapper.apply(node));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		return records;
	}

	private static Map<String, Map<String, Integer>> readQrels(Path file) {
		Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
		try (BufferedReader reader = open(file)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || number == 1 && line.startsWith("query-id")) {
					continue;
				}
				String[] columns = line.strip().split("\t");
				if (columns.length != 3) {
					throw new IllegalArgumentException(file + ":" + number + ": expected 3 tab-separated columns");
				}
				qrels.computeIfAbsent(columns[0], id -> new LinkedHashMap<>())
					.put(columns[1], Integer.parseInt(columns[2].strip()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		qrels.replaceAll((id, judgments) -> Collections.unmodifiableMap(judgments));
		return qrels;
	}

	private static BufferedReader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		if (file.getFileName().toString().endsWith(".gz")) {
			in = new GZIPInputStream(in, 1 << 16);
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

}
