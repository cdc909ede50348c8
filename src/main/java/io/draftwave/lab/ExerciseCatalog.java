package io.draftwave.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The exercises, read from a folder trainers edit ({@code draftwave.lab.exercises-dir}):
 * every {@code *.yaml} or {@code *.yml} file below it, usually grouped in
 * {@code level-0/} .. {@code level-4/}. When the folder does not exist, the copies built
 * into the application (classpath {@code lab/exercises/}) are read instead. The folder is
 * looked at again on every call and read again when a file was added, removed or changed,
 * so a trainer's edit shows on the next page load. A bad file is left out and reported
 * with its line ({@link ExerciseProblem}); the others load. Of two files with the same
 * exercise id the one first in path order loads, the other is reported. Thread-safe;
 * reads files, so call it off the event loop.
 */
public final class ExerciseCatalog {

	private static final Logger log = LoggerFactory.getLogger(ExerciseCatalog.class);

	private static final String BUILT_IN = "lab/exercises/";

	private final Path dir;

	private final ExerciseParser parser = new ExerciseParser();

	private volatile Snapshot snapshot = new Snapshot("", List.of(), List.of());

	/**
	 * The exercises and the problems of the files that did not load.
	 *
	 * @param stamp the files' names, sizes and modification times when read
	 * @param exercises sorted by level, then id
	 * @param problems sorted by file, then line
	 */
	public record Snapshot(String stamp, List<Exercise> exercises, List<ExerciseProblem> problems) {

		public Snapshot {
			exercises = List.copyOf(exercises);
			problems = List.copyOf(problems);
		}

	}

	public ExerciseCatalog(Path dir) {
		this.dir = dir;
	}

	/** The exercises as the folder holds them now. */
	public Snapshot current() {
		Map<String, @Nullable String> texts;
		String stamp;
		try {
			if (Files.isDirectory(dir)) {
				List<Path> files = files();
				stamp = stamp(files);
				if (stamp.equals(snapshot.stamp())) {
					return snapshot;
				}
				texts = new java.util.LinkedHashMap<>();
				for (Path f : files) {
					texts.put(dir.relativize(f).toString().replace('\\', '/'), readBytes(Files.readAllBytes(f)));
				}
			}
			else {
				stamp = "built-in";
				if (stamp.equals(snapshot.stamp())) {
					return snapshot;
				}
				texts = builtIn();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the exercises folder " + dir.toAbsolutePath(), ex);
		}
		Snapshot read = read(stamp, texts);
		read.problems()
			.forEach(p -> log.warn("Exercise file {} is not loaded: {}", p.file() + ":" + p.line(), p.message()));
		log.info("Lab: {} exercises loaded from {}{}", read.exercises().size(),
				"built-in".equals(stamp) ? "the built-in copies" : dir.toAbsolutePath(),
				read.problems().isEmpty() ? "" : ", " + read.problems().size() + " problems in exercise files");
		snapshot = read;
		return read;
	}

	/**
	 * Writes an exercise file below the folder ({@code file} relative to it, e.g.
	 * {@code level-2/from-draft-1a2b3c4d.yaml}, replacing one of that name) and reads the
	 * folder again. When the folder does not exist yet, it is created with the built-in
	 * exercises copied in first, so that they stay offered beside the new one.
	 * @return the exercise as read back
	 * @throws IllegalArgumentException with the problem, when the text is not a valid
	 * exercise (the file is then removed again)
	 */
	public synchronized Exercise add(String file, String yaml) {
		Path target = dir.resolve(file).normalize();
		if (!target.startsWith(dir.normalize())) {
			throw new IllegalArgumentException("an exercise file stays inside the exercises folder, not " + file);
		}
		try {
			if (!Files.isDirectory(dir)) {
				for (Map.Entry<String, @Nullable String> e : builtIn().entrySet()) {
					if (e.getValue() != null) {
						Path copy = dir.resolve(e.getKey());
						Files.createDirectories(copy.getParent());
						Files.writeString(copy, e.getValue());
					}
				}
			}
			Files.createDirectories(target.getParent());
			Files.writeString(target, yaml);
			String relative = dir.relativize(target).toString().replace('\\', '/');
			Snapshot now = current();
			Optional<ExerciseProblem> problem = now.problems()
				.stream()
				.filter(p -> p.file().equals(relative))
				.findFirst();
			if (problem.isPresent()) {
				Files.deleteIfExists(target);
				throw new IllegalArgumentException(
						problem.get().file() + ":" + problem.get().line() + ": " + problem.get().message());
			}
			return now.exercises()
				.stream()
				.filter(e -> e.file().equals(relative))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("the exercise " + relative + " was written but not read"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the exercise file " + target.toAbsolutePath(), ex);
		}
	}

	/** The exercise with this id. */
	public Optional<Exercise> find(String id) {
		return current().exercises().stream().filter(e -> e.id().equals(id)).findFirst();
	}

	private Snapshot read(String stamp, Map<String, @Nullable String> texts) {
		List<Exercise> exercises = new ArrayList<>();
		List<ExerciseProblem> problems = new ArrayList<>();
		Map<String, String> fileById = new HashMap<>();
		texts.forEach((file, text) -> {
			if (text == null) {
				problems.add(new ExerciseProblem(file, 0, "not UTF-8 text; save the file as UTF-8"));
				return;
			}
			ExerciseParser.Result result = parser.parse(file, text);
			problems.addAll(result.problems());
			Exercise e = result.exercise();
			if (e != null) {
				String first = fileById.putIfAbsent(e.id(), file);
				if (first != null) {
					problems.add(new ExerciseProblem(file, 1,
							"the id '" + e.id() + "' is already used by " + first + "; give this exercise its own id"));
				}
				else {
					exercises.add(e);
				}
			}
		});
		exercises.sort(Comparator.comparingInt(Exercise::level).thenComparing(Exercise::id));
		problems.sort(Comparator.comparing(ExerciseProblem::file).thenComparingInt(ExerciseProblem::line));
		return new Snapshot(stamp, exercises, problems);
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter(f -> f.getFileName().toString().endsWith(".yaml")
						|| f.getFileName().toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
	}

	private static String stamp(List<Path> files) throws IOException {
		StringBuilder stamp = new StringBuilder();
		for (Path f : files) {
			stamp.append(f)
				.append('|')
				.append(Files.size(f))
				.append('|')
				.append(Files.getLastModifiedTime(f))
				.append('\n');
		}
		return stamp.toString();
	}

	private static Map<String, @Nullable String> builtIn() throws IOException {
		Map<String, @Nullable String> texts = new java.util.TreeMap<>();
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + BUILT_IN + "**/*.y*ml");
		for (Resource r : resources) {
			String url = r.getURL().toString();
			String file = url.substring(url.lastIndexOf(BUILT_IN) + BUILT_IN.length());
			try (InputStream in = r.getInputStream()) {
				texts.put(java.net.URLDecoder.decode(file, StandardCharsets.UTF_8), readBytes(in.readAllBytes()));
			}
		}
		return texts;
	}

	/** UTF-8 text, or null when the bytes are not UTF-8. */
	private static @Nullable String readBytes(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
