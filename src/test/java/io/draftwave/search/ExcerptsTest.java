package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import io.draftwave.corpus.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					KO | 교육 보고서 | 지난달 시민 200명을 교육했다. 올해 참여인원은 847명이고 예산은 3억 원이다. 교육은 내년에도 이어진다. | 교육 예산 참여 인원 | true
					KO |            | 도서관 <휴관> 안내: "시민" & 학생의 교육 시간이 바뀌었다. | 도서관 교육 시간 | true
					KO | 긴 문서     | 가나다라마바사 아자차카타파하 예산 집행 결과를 보고한다. 예산은 모두 교육에 쓰였다. 집행률은 98%였다. 남은 예산은 이월한다. 다음 해 예산 계획은 따로 보고한다. 교육 예산의 절반은 강사료였다. 나머지는 교재와 장소에 썼다. | 예산 교육 | true
					EN | Training   | The city ran a training for data analysts; trainers trained 40 analysts <in> "two" weeks & more. | training analysts weeks | true
					EN | Report     | Nothing here matches the query at all. | library hours | false
					""")
	void should_equal_reanalysed_excerpt_when_read_from_term_vector(String language, String title, String text,
			String query, boolean marked) throws IOException {
		// given
		Language passageLanguage = Language.of(language.toLowerCase(Locale.ROOT));
		String safeTitle = title == null ? "" : title;
		try (SearchSchema schema = SearchSchema.of(AnalysisScheme.KOREAN_ENGLISH);
				ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			Document document = new Document();
			schema.addSearchableFields(document, safeTitle, text, passageLanguage);
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
				writer.addDocument(document);
			}
			String field = schema.bodyField(passageLanguage);
			Set<String> terms = schema.plan(query, passageLanguage, 1f).termsFor(field);

			// when
			String fromVector;
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				Terms vector = reader.termVectors().get(0, field);
				assertThat(vector).isNotNull();
				assertThat(vector.hasOffsets()).isTrue();
				fromVector = Excerpts.excerpt(text, vector, SearchSchema.bodyPrefix(safeTitle), terms);
			}

			// then
			assertThat(fromVector).isEqualTo(Excerpts.excerpt(text, schema.analyzer(), field, terms));
			assertThat(fromVector.contains("<mark>")).isEqualTo(marked);
		}
	}

}
