package io.draftwave.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

class ProblemCatalogueTest {

	/**
	 * The catalogue over the service's own bundles, configured as
	 * {@code application.yaml} does.
	 */
	static ProblemCatalogue fromBundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ProblemCatalogue(messages);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ProblemType.class)
	void should_have_a_status_and_a_title_in_each_bundle_for_every_problem_type(ProblemType type) throws IOException {
		// given
		ProblemCatalogue problems = fromBundles();
		String key = ProblemCatalogue.titleKey(type);

		// then
		assertThat(bundle("messages.properties").getProperty(key)).as(key).isNotBlank();
		assertThat(bundle("messages_ko.properties").getProperty(key)).as(key).isNotBlank();
		assertThat(type.status().isError()).isTrue();
		assertThat(type.type()).hasToString("/problems/" + type.slug());
		assertThat(Language.hangulShare(problems.title(type, Language.KO))).as("Korean title").isPositive();
		assertThat(Language.hangulShare(problems.title(type, Language.EN))).as("English title").isZero();
	}

	@Test
	void should_give_every_problem_type_its_own_slug() {
		assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).doesNotHaveDuplicates();
	}

	@Test
	void should_build_a_problem_with_type_title_status_detail_and_instance() {
		// when
		ProblemDetail problem = fromBundles().problem(ProblemType.NOT_FOUND, "no passage has the source id 'x'",
				Language.KO, "/api/sources/x");

		// then
		assertThat(problem.getType()).hasToString("/problems/not-found");
		assertThat(problem.getTitle()).isEqualTo("찾을 수 없음");
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getDetail()).isEqualTo("no passage has the source id 'x'");
		assertThat(problem.getInstance()).hasToString("/api/sources/x");
		assertThat(fromBundles().fields(ProblemType.NOT_FOUND, "no passage", Language.EN, "/api/sources/x"))
			.containsExactly(entry("type", "/problems/not-found"), entry("title", "Not found"), entry("status", 404),
					entry("detail", "no passage"), entry("instance", "/api/sources/x"));
	}

	@Test
	void should_stop_naming_the_key_when_a_title_is_missing_from_the_korean_bundle() {
		// given the English titles only
		StaticMessageSource messages = new StaticMessageSource();
		for (ProblemType type : ProblemType.values()) {
			messages.addMessage(ProblemCatalogue.titleKey(type), Locale.ENGLISH, type.name());
		}

		// then
		assertThatIllegalStateException().isThrownBy(() -> new ProblemCatalogue(messages))
			.withMessageContaining("problem.invalid-request.title")
			.withMessageContaining("messages_ko.properties");
	}

	@Test
	void should_stop_naming_the_key_when_the_korean_title_falls_back_to_the_english_one() {
		// given
		StaticMessageSource messages = new StaticMessageSource();
		for (ProblemType type : ProblemType.values()) {
			messages.addMessage(ProblemCatalogue.titleKey(type), Locale.ENGLISH, type.name());
			messages.addMessage(ProblemCatalogue.titleKey(type), Locale.KOREAN,
					type == ProblemType.TOO_MANY_REQUESTS ? type.name() : "한국어 " + type.name());
		}

		// then
		assertThatIllegalStateException().isThrownBy(() -> new ProblemCatalogue(messages))
			.withMessageContaining("problem.too-many-requests.title")
			.withMessageContaining("messages_ko.properties");
	}

	@ParameterizedTest(name = "Accept-Language ''{0}'' -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                    | KO
			ko-KR                 | KO
			en                    | EN
			en-US,en;q=0.9        | EN
			ko;q=0.5, en;q=0.8    | EN
			fr                    | KO
			fr, en;q=0.5          | EN
			de-DE, ko;q=0.3       | KO
			;;not a range         | KO
			""")
	void should_title_problems_in_the_first_language_of_accept_language_it_speaks_else_korean(String header,
			Language expected) {
		// given
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/search");
		if (!header.isEmpty()) {
			request.header("Accept-Language", header);
		}

		// then
		assertThat(ProblemCatalogue.language(request.build())).isEqualTo(expected);
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
