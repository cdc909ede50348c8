package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class KoreanAnalysisTest {

	@Test
	void should_keep_stems_with_their_offsets_when_analysing_korean_sentence() throws IOException {
		// given
		String text = "데이터 인재 양성 교육을 받았다";

		// when
		List<Token> tokens = analyse(Analyzers.korean(), text);

		// then
		assertThat(tokens).containsExactly(new Token("데이터", 0, 3), new Token("인재", 4, 6), new Token("양성", 7, 9),
				new Token("교육", 10, 12), new Token("받", 14, 15));
	}

	@Test
	void should_split_compound_noun_when_written_without_space() throws IOException {
		// given
		String text = "참여인원";

		// when
		List<Token> tokens = analyse(Analyzers.korean(), text);

		// then
		assertThat(tokens).extracting(Token::term).contains("참여", "인원");
	}

	@Test
	void should_lowercase_latin_words_when_inside_korean_text() throws IOException {
		// given
		String text = "API 서버를 Docker로";

		// when
		List<Token> tokens = analyse(Analyzers.korean(), text);

		// then
		assertThat(tokens).containsExactly(new Token("api", 0, 3), new Token("서버", 4, 6), new Token("docker", 8, 14));
	}

	@Test
	void should_keep_report_a_noun_when_user_dictionary_is_on() throws IOException {
		// given: without the dictionary, 보고서 (U+BCF4 U+ACE0 U+C11C) at the end of a
		// phrase is read as the verb 보
		String text = "결과 보고서";

		// when
		List<Token> withDictionary = analyse(Analyzers.korean(KoreanAnalysis.UNTUNED.withUserDictionary(true)), text);
		List<Token> without = analyse(Analyzers.korean(KoreanAnalysis.UNTUNED), text);

		// then
		assertThat(withDictionary).containsExactly(new Token("결과", 0, 2), new Token("보고", 3, 5), new Token("서", 5, 6));
		assertThat(without).extracting(Token::term).containsExactly("결과", "보");
	}

	@Test
	void should_split_dictionary_compounds_into_their_listed_parts() throws IOException {
		// given
		String text = "행정안전부 참여자는 데이터플랫폼팀에";

		// when
		List<Token> tokens = analyse(Analyzers.korean(KoreanAnalysis.DEFAULT.withUserDictionary(true)), text);

		// then: not 행정 + 전부, not 여자 (참 dropped as a prefix), not 플랫 + 폼
		assertThat(tokens).extracting(Token::term).containsExactly("행정", "안전", "부", "참여", "자", "데이터", "플랫폼", "팀");
	}

	@Test
	void should_keep_compound_and_parts_when_dictionary_word_is_analysed_mixed() throws IOException {
		// given
		String text = "생성형 인공지능";

		// when
		List<Token> tokens = analyse(Analyzers.korean(
				KoreanAnalysis.DEFAULT.withUserDictionary(true).withDecompound(KoreanAnalysis.Decompound.MIXED)), text);

		// then: 생성형 is not read as 성형 (plastic surgery)
		assertThat(tokens).extracting(Token::term).containsExactly("생성형", "생성", "형", "인공지능", "인공", "지능");
	}

	@Test
	void should_change_signature_when_analysis_changes_but_not_when_query_weights_change() {
		// given
		KoreanAnalysis base = KoreanAnalysis.DEFAULT;

		// then
		assertThat(base.withBigramWeight(0.3f).withProximityWeight(0.1f).indexSignature())
			.isEqualTo(base.withBigramWeight(0.5f).withProximityWeight(0.2f).indexSignature());
		assertThat(base.withBigramWeight(0f).indexSignature()).isNotEqualTo(base.indexSignature());
		assertThat(base.withUserDictionary(true).indexSignature()).isNotEqualTo(base.indexSignature());
		assertThat(base.withDecompound(KoreanAnalysis.Decompound.MIXED).indexSignature())
			.isNotEqualTo(base.indexSignature());
		assertThat(base.withUserDictionary(true).indexSignature()).contains(KoreanUserDictionary.checksum());
		assertThat(base.withSentenceWeight(0.1f).indexSignature()).isNotEqualTo(base.indexSignature())
			.isEqualTo(base.withSentenceWeight(0.3f).indexSignature());
		assertThat(base.withBm25(1.2f, 0.75f).indexSignature()).isEqualTo(base.indexSignature());
	}

	private static List<Token> analyse(Analyzer analyzer, String text) throws IOException {
		List<Token> tokens = new ArrayList<>();
		try (analyzer; TokenStream stream = analyzer.tokenStream("body_ko", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		return tokens;
	}

	record Token(String term, int start, int end) {
	}

}
