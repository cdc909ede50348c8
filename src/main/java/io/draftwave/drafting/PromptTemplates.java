package io.draftwave.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prompt templates, one Markdown file per kind and language
 * ({@code press-release.ko.md}), read from an editable folder. A file changed on disk is
 * read again on the next {@link #render} (its modification time or size changed):
 * trainers' edits apply without a rebuild or restart. A file missing from the folder, or
 * the folder itself, falls back to the copy built into the application (classpath
 * {@code prompts/}). A malformed file — no {@code ## system} or {@code ## user} section,
 * or a placeholder other than {@code {{sources}}}, {@code {{instructions}}},
 * {@code {{today}}} — is logged with its file and line, listed by {@link #problems()},
 * and the built-in copy is used until the file is fixed. Thread-safe.
 */
public final class PromptTemplates {

	private static final Logger log = LoggerFactory.getLogger(PromptTemplates.class);

	private static final DateTimeFormatter KOREAN_DATE = DateTimeFormatter.ofPattern("yyyy. M. d.");

	private final Path dir;

	private final Clock clock;

	private final Map<Path, Loaded> files = new ConcurrentHashMap<>();

	private final Map<String, PromptTemplate> builtIn = new ConcurrentHashMap<>();

	/** A file as last read: its stamp, and the template or why it was rejected. */
	private record Loaded(FileTime modified, long size, @Nullable PromptTemplate template, @Nullable String problem) {
	}

	/** Templates from this folder, falling back to the built-in copies. */
	public PromptTemplates(Path dir) {
		this(dir, Clock.systemDefaultZone());
	}

	PromptTemplates(Path dir, Clock clock) {
		this.dir = dir;
		this.clock = clock;
	}

	/**
	 * Renders the template of the request's kind and language.
	 * @param sources the numbered sources, rendered as {@code [1] 제목 — 본문} blocks in
	 * order, a computed figure marked after its title
	 * @throws IllegalStateException when neither the folder nor the application has a
	 * usable copy
	 */
	public DraftPrompt render(DraftRequest request, List<NumberedSource> sources) {
		PromptTemplate template = template(request.kind().id() + "." + request.language().code() + ".md");
		Map<String, String> values = Map.of("sources", sources(sources, request.language()), "instructions",
				request.instructions().strip(), "today", today(request.language()));
		return new DraftPrompt(request, sources, template.system(values), template.user(values));
	}

	/**
	 * The problems of the folder's files as last read, e.g. {@code prompts/memo.ko.md:7:
	 * unknown placeholder {{date}}}; empty when all are usable.
	 */
	public List<String> problems() {
		return files.values().stream().map(Loaded::problem).filter(p -> p != null).sorted().toList();
	}

	private PromptTemplate template(String name) {
		Path file = dir.resolve(name);
		Loaded loaded = load(file);
		if (loaded != null && loaded.template() != null) {
			return loaded.template();
		}
		return builtIn.computeIfAbsent(name, PromptTemplates::readBuiltIn);
	}

	/** The file as last read, read again when it changed; null when it does not exist. */
	private @Nullable Loaded load(Path file) {
		FileTime modified;
		long size;
		try {
			modified = Files.getLastModifiedTime(file);
			size = Files.size(file);
		}
		catch (NoSuchFileException e) {
			files.remove(file);
			return null;
		}
		catch (IOException e) {
			String problem = file + ":1: unreadable (" + e + "); using the built-in template meanwhile";
			log.warn("Prompt template {}", problem);
			return new Loaded(FileTime.fromMillis(0), -1, null, problem);
		}
		Loaded known = files.get(file);
		if (known != null && known.modified().equals(modified) && known.size() == size) {
			return known;
		}
		Loaded fresh = parse(file, modified, size);
		files.put(file, fresh);
		return fresh;
	}

	private static Loaded parse(Path file, FileTime modified, long size) {
		try {
			PromptTemplate template = PromptTemplate.parse(Files.readString(file, StandardCharsets.UTF_8));
			log.info("Read prompt template {}", file);
			return new Loaded(modified, size, template, null);
		}
		catch (PromptTemplate.MalformedTemplateException e) {
			String problem = file + ":" + e.line() + ": " + e.getMessage() + "; using the built-in template meanwhile";
			log.warn("Prompt template {}", problem);
			return new Loaded(modified, size, null, problem);
		}
		catch (IOException e) {
			String problem = file + ":1: unreadable (" + e.getMessage() + "); using the built-in template meanwhile";
			log.warn("Prompt template {}", problem);
			return new Loaded(modified, size, null, problem);
		}
	}

	private static PromptTemplate readBuiltIn(String name) {
		String resource = "prompts/" + name;
		try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no built-in prompt template " + resource);
			}
			return PromptTemplate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read built-in prompt template " + resource, e);
		}
		catch (PromptTemplate.MalformedTemplateException e) {
			throw new IllegalStateException(
					"built-in prompt template " + resource + ":" + e.line() + ": " + e.getMessage(), e);
		}
	}

	private String today(Language language) {
		LocalDate today = LocalDate.now(clock);
		return language == Language.KO ? today.format(KOREAN_DATE) : today.toString();
	}

	/**
	 * {@code [1] 제목 — 본문}, one block per source, separated by blank lines; a computed
	 * figure says so after its title: {@code [1] 민원 접수 현황 (계산된 수치) — 2025년 …}, in English
	 * {@code (computed figure)}.
	 */
	static String sources(List<NumberedSource> sources, Language language) {
		String figure = language == Language.KO ? " (계산된 수치)" : " (computed figure)";
		return sources.stream()
			.map(s -> "[" + s.number() + "] " + s.title().strip() + (s.isFigure() ? figure : "") + " — "
					+ s.text().strip())
			.collect(Collectors.joining("\n\n"));
	}

}
