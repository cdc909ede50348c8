package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BigramPlacesTest {

	@ParameterizedTest
	@ValueSource(strings = { "주말 야간 개관 시간은 오후 10시까지 늘어난다.", "빅데이터 웨이브(Big-Data Wave) 오픈 API 인증키는 하루 1,000회까지.",
			"첫 사극 연기에 도전했다. 《최강칠우》 KBS 월화드라마", "Level 3 과정: Brightics와 BIX5로 분석·시각화 실습", "삼성 갤럭시 S8의 램은 4 GB다",
			"증가율은 3.5%로 2024.3.1. 기준, U.S. 정책과 O'Neil's 보고서", "가 나 다라 《세》 1,000명·2,000명" })
	void should_find_each_term_where_the_bigram_analyzer_puts_it(String text) throws IOException {
		try (Analyzer analyzer = Analyzers.koreanBigrams()) {
			// given: every term the field's analyzer gives for the text, with its start
			// offsets
			Map<String, List<Integer>> expected = analyse(analyzer, text);

			// when: the places of those same terms, found without the analyzer
			Map<String, List<Integer>> found = new BigramPlaces(expected.keySet()).in(text);

			// then
			assertThat(new TreeMap<>(found)).isEqualTo(new TreeMap<>(expected));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "시간", "간은" })
	void should_report_only_terms_asked_for(String term) {
		// when
		Map<String, List<Integer>> found = new BigramPlaces(Set.of(term)).in("개관 시간은 시간대별로");

		// then
		assertThat(found).containsOnlyKeys(term);
		assertThat(found.get(term)).isEqualTo(term.equals("시간") ? List.of(3, 7) : List.of(4));
	}

	private static Map<String, List<Integer>> analyse(Analyzer analyzer, String text) throws IOException {
		Map<String, List<Integer>> places = new java.util.HashMap<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				places.computeIfAbsent(term.toString(), t -> new ArrayList<>()).add(offset.startOffset());
			}
			stream.end();
		}
		return places;
	}

}
