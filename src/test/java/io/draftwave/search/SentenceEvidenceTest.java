package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SentenceEvidenceTest {

	private static final String TITLE = "시립도서관 운영 계획";

	/** Holds every word of the question, one or two per sentence. */
	private static final String SCATTERED = "주말에는 가족 프로그램을 연다. 야간에는 청소년 강좌가 열린다. 개관 시간은 바뀌지 않는다.";

	/** Holds every word of the question in its first sentence, then much else. */
	private static final String ANSWERING = "주말 야간 개관 시간은 오후 10시까지 늘어난다. 열람실 좌석을 새로 들이고 사서 두 명을 더 뽑는다. "
			+ "주차장과 매점은 그대로 운영하며 어린이 자료실은 리모델링을 거쳐 내년 봄에 다시 문을 연다. 전자책 대출도 늘린다. "
			+ "회원증 발급 절차를 간소화하고 무인 반납기를 역사 두 곳에 설치한다. 독서 동아리 지원금은 동아리당 연 50만 원으로 올린다.";

	private static final String OTHER = "사서 두 명을 더 뽑는다. 주차장은 그대로 운영한다.";

	private static final String QUESTION = "주말 야간 개관 시간은?";

	private static final IndexSettings WITHOUT = IndexSettings.defaults()
		.withKorean(KoreanAnalysis.DEFAULT.withEvidence(KoreanAnalysis.Evidence.NONE));

	@Test
	void should_put_passage_whose_one_sentence_answers_first_when_bm25_prefers_shorter_scattered_one() {
		try (LuceneIndex plain = library(WITHOUT); LuceneIndex ranked = library(IndexSettings.defaults())) {
			// when
			List<RankedSource> before = plain.rank(query(10));
			List<RankedSource> after = ranked.rank(query(10));

			// then: BM25 alone puts the short passage first (the long one is penalised
			// for its
			// length); the second ranking puts the sentence that holds the whole question
			// first
			assertThat(before).extracting(RankedSource::documentId).containsExactly("scattered", "answering");
			assertThat(after).extracting(RankedSource::documentId).containsExactly("answering", "scattered");
			assertThat(after.get(0).score()).isGreaterThan(after.get(1).score());
			assertThat(after.get(1).score()).isGreaterThanOrEqualTo(before.get(0).score());
		}
	}

	@Test
	void should_rank_again_before_cutting_when_fewer_hits_are_asked_than_ranked_again() {
		try (LuceneIndex ranked = library(IndexSettings.defaults())) {
			// when
			List<SearchHit> hits = ranked.retrieve(query(1));

			// then
			assertThat(hits).extracting(SearchHit::sourceId).containsExactly("answering-0");
			assertThat(hits.get(0).score()).isEqualTo(ranked.rank(query(10)).get(0).score());
		}
	}

	@Test
	void should_give_same_excerpts_and_passages_as_search_without_second_ranking() {
		try (LuceneIndex plain = library(WITHOUT); LuceneIndex ranked = library(IndexSettings.defaults())) {
			// when: the second ranking's stored fields and term vectors serve the
			// excerpts
			Map<String, SearchHit> before = bySource(plain.retrieve(query(10)));
			Map<String, SearchHit> after = bySource(ranked.retrieve(query(10)));

			// then
			assertThat(after).hasSameSizeAs(before).containsOnlyKeys(before.keySet());
			after.forEach((source, hit) -> {
				SearchHit other = before.get(source);
				assertThat(hit.excerpt()).isEqualTo(other.excerpt()).contains("주말");
				assertThat(hit.title()).isEqualTo(other.title());
				assertThat(hit.documentId()).isEqualTo(other.documentId());
			});
		}
	}

	@Test
	void should_leave_english_question_as_bm25_ranks_it() {
		// given
		IndexedDocument short1 = document("short", "Library plan", "Weekend opening hours stay the same.");
		IndexedDocument long1 = document("long", "Library plan",
				"Weekend evening opening hours grow to ten at night. New seats arrive in the reading room, two librarians join, "
						+ "and the children's room reopens next spring after works.");
		try (LuceneIndex plain = LuceneIndex.inMemory(WITHOUT);
				LuceneIndex ranked = LuceneIndex.inMemory(IndexSettings.defaults())) {
			for (LuceneIndex index : List.of(plain, ranked)) {
				index.index(short1);
				index.index(long1);
				index.commit();
			}
			SearchQuery english = new SearchQuery("weekend evening opening hours", 10, Language.EN, Set.of());

			// when / then
			assertThat(ranked.rank(english)).isEqualTo(plain.rank(english));
		}
	}

	@Test
	void should_leave_hits_in_place_when_only_one_matches() {
		try (LuceneIndex plain = library(WITHOUT); LuceneIndex ranked = library(IndexSettings.defaults())) {
			// given: only the answering passage speaks of the reading room
			SearchQuery query = new SearchQuery("열람실 좌석", 10, null, Set.of());

			// when / then
			assertThat(ranked.rank(query)).isEqualTo(plain.rank(query)).hasSize(1);
		}
	}

	@Test
	void should_weigh_word_all_hits_share_little_and_rare_word_much() {
		// then: BM25's inverse document frequency, ln(1 + (n - df + 0.5) / (df + 0.5))
		assertThat(SentenceEvidence.idf(10, 10)).isCloseTo(Math.log(1 + 0.5 / 10.5), within(1e-9));
		assertThat(SentenceEvidence.idf(1, 10)).isCloseTo(Math.log(1 + 9.5 / 1.5), within(1e-9));
		assertThat(SentenceEvidence.idf(1, 10)).isGreaterThan(40 * SentenceEvidence.idf(10, 10));
	}

	@Test
	void should_count_documents_holding_each_term_across_segments_like_the_reader() throws IOException {
		// given: three segments, one passage without the field
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (String text : List.of("주말 야간", "주말 개관", "야간 야간 시간")) {
				Document document = new Document();
				document.add(new TextField("body", text, Field.Store.NO));
				writer.addDocument(document);
				writer.commit();
			}
			writer.addDocument(new Document());
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				Set<String> terms = Set.of("주말", "야간", "시간", "없는말");

				// when
				Map<String, Integer> frequencies = SentenceEvidence.documentFrequencies(reader, "body", terms);

				// then
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				assertThat(frequencies).containsExactlyInAnyOrderEntriesOf(Map.of("주말", 2, "야간", 2, "시간", 1, "없는말", 0));
				for (String term : terms) {
					assertThat(frequencies.get(term)).isEqualTo(reader.docFreq(new Term("body", term)));
				}
			}
		}
	}

	@Test
	void should_refuse_negative_weights_and_count_shallow_depth_as_off() {
		assertThatThrownBy(() -> new KoreanAnalysis.Evidence(-0.1f, 0f, 10))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("words -0.1");
		assertThatThrownBy(() -> new KoreanAnalysis.Evidence(0.3f, 0.1f, -1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new KoreanAnalysis.Evidence(0.3f, 0.1f, 1).on()).isFalse();
		assertThat(new KoreanAnalysis.Evidence(0f, 0f, 10).on()).isFalse();
		assertThat(KoreanAnalysis.Evidence.DEFAULT.on()).isTrue();
	}

	private static Map<String, SearchHit> bySource(List<SearchHit> hits) {
		return hits.stream().collect(Collectors.toMap(SearchHit::sourceId, hit -> hit));
	}

	private static LuceneIndex library(IndexSettings settings) {
		LuceneIndex index = LuceneIndex.inMemory(settings);
		index.index(document("scattered", TITLE, SCATTERED));
		index.index(document("answering", TITLE, ANSWERING));
		index.index(document("other", TITLE, OTHER));
		index.commit();
		return index;
	}

	private static SearchQuery query(int k) {
		return new SearchQuery(QUESTION, k, null, Set.of());
	}

	private static IndexedDocument document(String id, String title, String text) {
		return new IndexedDocument(id, title, List.of(new Passage(0, text, 0, text.length(), null, null, null)));
	}

}
