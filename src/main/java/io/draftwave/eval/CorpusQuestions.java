package io.draftwave.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.draftwave.corpus.Chunker;
import io.draftwave.corpus.DocumentReader;
import io.draftwave.corpus.Passage;

/**
 * A question set over a folder of documents, turned into a {@link BeirDataset} at passage
 * level: every file of the folder is read and cut into passages as the service does, each
 * passage becomes one record (id {@code <file name>#<ordinal>}, the document's title as
 * its title), and a question's relevant records are the passages of its file that contain
 * its phrase.
 * <p>
 * The question file is tab-separated with a header line: {@code question}, {@code file}
 * (a file name in the folder), {@code phrase} (words of the answering passage, compared
 * after NFC and with runs of white space as one space) and any further columns, which are
 * ignored. A phrase that no passage of its file contains is an error, so a stale question
 * set does not quietly score 0. Blocking.
 */
public final class CorpusQuestions {

	private CorpusQuestions() {
	}

	/**
	 * Reads the folder and the questions.
	 * @param name the dataset's name in reports
	 * @throws IllegalArgumentException for a malformed line, an unknown file or a phrase
	 * no passage of its file holds
	 * @throws UncheckedIOException when a file cannot be read
	 */
	public static BeirDataset load(String name, Path corpusFolder, Path questionFile) {
		Map<String, List<Passage>> passagesByFile = new LinkedHashMap<>();
		List<BeirDocument> documents = new ArrayList<>();
		DocumentReader reader = DocumentReader.standalone(Chunker.DEFAULT_MAX_CHARS);
		for (Path file : files(corpusFolder)) {
			String fileName = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
			DocumentReader.ReadDocument read = reader.read(file, fileName);
			String title = read.titleOr(fileName);
			passagesByFile.put(fileName, read.text().passages());
			for (Passage passage : read.text().passages()) {
				documents.add(new BeirDocument(fileName + "#" + passage.ordinal(), title, passage.text()));
			}
		}
		List<BeirQuery> queries = new ArrayList<>();
		Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
		List<String> lines = readLines(questionFile);
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String where = questionFile + ":" + (i + 1);
			String[] columns = lines.get(i).split("\t");
			if (columns.length < 3) {
				throw new IllegalArgumentException(where + ": expected question, file and phrase separated by tabs");
			}
			String fileName = Normalizer.normalize(columns[1].strip(), Normalizer.Form.NFC);
			List<Passage> passages = passagesByFile.get(fileName);
			if (passages == null) {
				throw new IllegalArgumentException(where + ": no file '" + columns[1] + "' in " + corpusFolder);
			}
			String phrase = squeeze(columns[2]);
			Map<String, Integer> relevant = new LinkedHashMap<>();
			passages.stream()
				.filter(p -> squeeze(p.text()).contains(phrase))
				.forEach(p -> relevant.put(fileName + "#" + p.ordinal(), 1));
			if (relevant.isEmpty()) {
				throw new IllegalArgumentException(
						where + ": no passage of " + columns[1] + " contains '" + columns[2] + "'");
			}
			String id = "q" + i;
			queries.add(new BeirQuery(id, columns[0].strip()));
			qrels.put(id, relevant);
		}
		return new BeirDataset(name, documents, queries, qrels);
	}

	private static List<Path> files(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder, e);
		}
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	private static String squeeze(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

}
