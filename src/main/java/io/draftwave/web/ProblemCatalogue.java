package io.draftwave.web;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Builds every RFC 9457 problem body of the service: the exception advice's, the
 * {@code error} event's of a draft stream, and the access filters' refusals. A body has
 * the {@link ProblemType}'s {@code type}, its title in Korean or English, the status, the
 * detail and, when given, the {@code instance} path. Titles are read once, at start, from
 * {@code messages_ko.properties} and {@code messages.properties}; a title missing from
 * either stops the start naming its key.
 * <p>
 * The title's language is the request's: the language its body names, where it names one,
 * else the first of {@code ko} and {@code en} in {@code Accept-Language}
 * ({@code en-US,en;q=0.9} is English, {@code fr, en;q=0.5} English too), else Korean.
 * Thread-safe.
 */
@Component
class ProblemCatalogue {

	/** The language of titles when the request names none the service speaks. */
	static final Language DEFAULT_LANGUAGE = Language.KO;

	private static final List<String> LANGUAGE_TAGS = Arrays.stream(Language.values()).map(Language::code).toList();

	private final Map<ProblemType, Map<Language, String>> titles = new EnumMap<>(ProblemType.class);

	/**
	 * @throws IllegalStateException naming the key of a title missing from either bundle
	 */
	ProblemCatalogue(MessageSource messages) {
		for (ProblemType type : ProblemType.values()) {
			String key = titleKey(type);
			String english = title(messages, key, Locale.ENGLISH, "messages.properties");
			String korean = title(messages, key, Locale.KOREAN, "messages_ko.properties");
			if (korean.equals(english)) {
				// the Korean lookup falls back to the English bundle when its own key is
				// missing
				throw new IllegalStateException("The problem title " + key + " is missing from messages_ko.properties");
			}
			Map<Language, String> both = new EnumMap<>(Language.class);
			both.put(Language.EN, english);
			both.put(Language.KO, korean);
			titles.put(type, both);
		}
	}

	/** The message key of a type's title, {@code problem.<slug>.title}. */
	static String titleKey(ProblemType type) {
		return "problem." + type.slug() + ".title";
	}

	/** The title of the type in the language. */
	String title(ProblemType type, Language language) {
		return titles.get(type).get(language);
	}

	/** The body of a problem answered with its type's own status. */
	ProblemDetail problem(ProblemType type, @Nullable String detail, Language language, @Nullable String instance) {
		return problem(type, type.status(), detail, language, instance);
	}

	/**
	 * The body of a problem answered with another status, as Spring's own refusals bring
	 * theirs.
	 */
	ProblemDetail problem(ProblemType type, HttpStatusCode status, @Nullable String detail, Language language,
			@Nullable String instance) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(type.type());
		body.setTitle(title(type, language));
		if (instance != null) {
			body.setInstance(URI.create(instance));
		}
		return body;
	}

	/**
	 * The body of {@link #problem(ProblemType, String, Language, String)} as an ordered
	 * map ({@code type, title, status, detail, instance}), for bodies written outside the
	 * HTTP message codecs: the stream's {@code error} event and the access filters.
	 */
	Map<String, Object> fields(ProblemType type, @Nullable String detail, Language language,
			@Nullable String instance) {
		ProblemDetail problem = problem(type, detail, language, instance);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", String.valueOf(problem.getType()));
		fields.put("title", String.valueOf(problem.getTitle()));
		fields.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			fields.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			fields.put("instance", problem.getInstance().toString());
		}
		return fields;
	}

	/**
	 * The language a request's titles are in, from {@code Accept-Language} alone: the
	 * first of {@code ko} and {@code en} its ranges accept, else (no header, other
	 * languages only, or a header that does not parse) {@link #DEFAULT_LANGUAGE}.
	 */
	static Language language(ServerHttpRequest request) {
		List<Locale.LanguageRange> ranges;
		try {
			ranges = request.getHeaders().getAcceptLanguage();
		}
		catch (IllegalArgumentException ex) {
			return DEFAULT_LANGUAGE;
		}
		String tag = Locale.lookupTag(ranges, LANGUAGE_TAGS);
		return tag == null ? DEFAULT_LANGUAGE : Language.of(tag);
	}

	private static String title(MessageSource messages, String key, Locale locale, String bundle) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalStateException("The problem title " + key + " is missing from " + bundle, ex);
		}
	}

}
