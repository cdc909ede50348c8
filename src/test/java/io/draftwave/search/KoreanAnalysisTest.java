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
