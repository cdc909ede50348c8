package io.draftwave.search;

import io.draftwave.corpus.IndexedDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

	/**
	 * The service's analysis without the second ranking, so that a test sees one knob of
	 * the first pass.
	 */
	private static final KoreanAnalysis FIRST_PASS = KoreanAnalysis.DEFAULT.withEvidence(KoreanAnalysis.Evidence.NONE);

	private final LuceneIndex index = LuceneIndex.inMemory(IndexSettings.defaults());

	@AfterEach
	void closeIndex() {
		index.close();
	}

	@Test
	void should_find_inflected_forms_when_query_is_the_stem() {
		// given
		index.index(document("a", "보고서", "지난달 시민 200명을 교육했다."));
		index.index(document("b", "계획", "내년에도 교육을 이어간다."));
		index.index(document("c", "기타", "도서관 개관 시간이 바뀌었다."));

		// when
		List<SearchHit> hits = index.retrieve(SearchQuery.of("교육", 10));

		// then
		assertThat(hits).extracting(SearchHit::documentId).containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void should_match_compound_when_query_spaces_it_differently() {
		// given
		index.index(document("joined", "결과", "올해 참여인원은 847명이다."));
		index.index(document("spaced", "결과", "작년 참여 인원은 512명이었다."));
		index.index(document("other", "결과", "예산은 3억 원이다."));

		// when
		List<SearchHit> hits = index.retrieve(SearchQuery.of("참여 인원", 10));

		// then
		assertThat(hits).extracting(SearchHit::documentId).containsExactlyInAnyOrder("joined", "spaced");
	}

	@Test
	void should_stem_english_when_passage_is_english() {
		// given
		index.index(document("en", "Report", "The city ran a training for data analysts."));
		index.index(document("other", "Report", "The library opens at nine."));

		// when
		List<SearchHit> hits = index.retrieve(SearchQuery.of("trainings", 10));

		// then
		assertThat(hits).extracting(SearchHit::documentId).containsExactly("en");
	}

	@Test
	void should_rank_title_match_first_when_title_boost_is_high() {
		// given
		IndexedDocument inText = document("in-text", "공지", "도서관 도서관 도서관 안내");
		IndexedDocument inTitle = document("in-title", "도서관", "휴관 이용 안내 자료");
		try (LuceneIndex low = LuceneIndex.inMemory(IndexSettings.defaults().withTitleBoost(0.01f));
				LuceneIndex high = LuceneIndex.inMemory(IndexSettings.defaults().withTitleBoost(5f))) {
			low.indexAll(List.of(inText, inTitle));
			high.indexAll(List.of(inText, inTitle));

			// when
			List<SearchHit> lowHits = low.retrieve(SearchQuery.of("도서관", 10));
			List<SearchHit> highHits = high.retrieve(SearchQuery.of("도서관", 10));

			// then
			assertThat(lowHits).extracting(SearchHit::documentId).containsExactly("in-text", "in-title");
			assertThat(highHits).extracting(SearchHit::documentId).containsExactly("in-title", "in-text");
		}
	}

	@Test
	void should_return_no_hits_when_document_deleted() {
		// given
		index.index(document("a", "보고서", "빅데이터 교육 결과", "두 번째 문단의 교육 내용"));
		index.index(document("b", "보고서", "예산 집행 현황"));

		// when
		index.delete("a");

		// then
		assertThat(index.retrieve(SearchQuery.of("교육", 10))).isEmpty();
		assertThat(index.documentIds()).containsExactly("b");
		assertThat(index.passageCount()).isEqualTo(1);
	}

	@Test
	void should_replace_passages_when_document_indexed_again() {
		// given
		index.index(document("a", "보고서", "첫 판의 교육 문단", "첫 판의 둘째 문단"));

		// when
		index.index(document("a", "보고서", "둘째 판의 예산 문단"));

		// then
		assertThat(index.retrieve(SearchQuery.of("교육", 10))).isEmpty();
		assertThat(index.retrieve(SearchQuery.of("예산", 10))).extracting(SearchHit::sourceId).containsExactly("a-0");
		assertThat(index.passageCount()).isEqualTo(1);
	}

	@Test
	void should_only_return_listed_documents_when_filter_given() {
		// given
		index.index(document("a", "보고서", "교육 결과 a"));
		index.index(document("b", "보고서", "교육 결과 b"));
		index.index(document("c", "보고서", "교육 결과 c"));

		// when
		List<SearchHit> hits = index.retrieve(new SearchQuery("교육", 10, null, Set.of("a", "c")));

		// then
		assertThat(hits).extracting(SearchHit::documentId).containsExactlyInAnyOrder("a", "c");
	}

	@Test
	void should_return_exact_text_and_offsets_when_source_found() {
		// given
		Passage passage = new Passage(3, "참여 인원은 847명이다.", 120, 134, "2. 결과", 7, null);
		index.index(new IndexedDocument("doc", "교육 결과 보고", List.of(passage)));

		// when
		var source = index.findSource("doc-3");

		// then
		assertThat(source)
			.contains(new SourcePassage("doc-3", "doc", "교육 결과 보고", "참여 인원은 847명이다.", "2. 결과", 7, null, 120, 134));
		assertThat(index.findSource("doc-4")).isEmpty();
	}

	@Test
	void should_mark_matched_word_and_escape_html_when_building_excerpt() {
		// given
		index.index(document("a", "Note", "Use <script> tags & the training API carefully."));

		// when
		List<SearchHit> hits = index.retrieve(SearchQuery.of("training", 10));

		// then
		assertThat(hits).singleElement()
			.extracting(SearchHit::excerpt)
			.isEqualTo("Use &lt;script&gt; tags &amp; the <mark>training</mark> API carefully.");
	}

	@Test
	void should_mark_korean_stem_when_word_is_inflected() {
		// given
		index.index(document("a", "보고서", "지난달 시민을 교육했다."));

		// when
		List<SearchHit> hits = index.retrieve(SearchQuery.of("교육", 10));

		// then
		assertThat(hits).singleElement().extracting(SearchHit::excerpt).isEqualTo("지난달 시민을 <mark>교육</mark>했다.");
	}

	@Test
	void should_cut_excerpt_around_match_when_passage_is_long() {
		// given
		String text = "가".repeat(500) + " 예산 " + "나".repeat(500);
		index.index(document("a", "보고서", text));

		// when
		String excerpt = index.retrieve(SearchQuery.of("예산", 10)).getFirst().excerpt();

		// then
		assertThat(excerpt).startsWith(Excerpts.ELLIPSIS).endsWith(Excerpts.ELLIPSIS).contains("<mark>예산</mark>");
		assertThat(excerpt.replace("<mark>", "").replace("</mark>", "").replace(Excerpts.ELLIPSIS, ""))
			.hasSize(Excerpts.LENGTH);
	}

	@Test
	void should_see_document_when_searching_right_after_index() {
		// given
		assertThat(index.retrieve(SearchQuery.of("도서관", 10))).isEmpty();

		// when
		index.index(document("a", "공지", "도서관 휴관 안내"));

		// then
		assertThat(index.retrieve(SearchQuery.of("도서관", 10))).hasSize(1);
		assertThat(index.documentIds()).containsExactly("a");
	}

	@Test
	void should_order_ties_by_source_id_when_scores_are_equal() {
		// given
		for (String id : List.of("d", "b", "e", "a", "c")) {
			index.index(document(id, "공지", "도서관 휴관 안내"));
		}

		// when
		List<SearchHit> first = index.retrieve(SearchQuery.of("도서관", 3));
		List<SearchHit> second = index.retrieve(SearchQuery.of("도서관", 3));

		// then
		assertThat(first).extracting(SearchHit::sourceId).containsExactly("a-0", "b-0", "c-0");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void should_match_latin_word_when_korean_question_asks_about_english_passage() {
		// given
		index.index(document("en", "Platform", "The Big-Data Wave platform stores sensor readings."));
		index.index(document("ko", "공지", "도서관 휴관 안내"));

		// when
		List<SearchHit> hits = index.retrieve(new SearchQuery("platform 저장 방식은?", 10, Language.KO, Set.of()));

		// then
		assertThat(hits).extracting(SearchHit::documentId).containsExactly("en");
	}

	@Test
	void should_return_empty_when_query_has_only_stop_words() {
		// given
		index.index(document("en", "Report", "The city ran a training."));

		// when
		List<SearchHit> hits = index.retrieve(SearchQuery.of("the of and", 10));

		// then
		assertThat(hits).isEmpty();
	}

	@Test
	void should_keep_documents_when_folder_index_reopened(@TempDir Path folder) {
		// given
		try (LuceneIndex onDisk = new LuceneIndex(folder, IndexSettings.defaults())) {
			onDisk.index(document("a", "공지", "도서관 휴관 안내"));
			onDisk.commit();
		}

		// when
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults())) {

			// then
			assertThat(reopened.documentIds()).containsExactly("a");
			assertThat(reopened.retrieve(SearchQuery.of("도서관", 10))).hasSize(1);
		}
	}

	@Test
	void should_report_stale_analysis_when_folder_index_was_built_with_other_korean_analysis(@TempDir Path folder) {
		// given
		IndexSettings before = IndexSettings.defaults().withKorean(KoreanAnalysis.UNTUNED);
		try (LuceneIndex onDisk = new LuceneIndex(folder, before)) {
			onDisk.index(document("a", "공지", "결과 보고서"));
			onDisk.commit();
		}

		// when
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults())) {

			// then
			assertThat(reopened.staleAnalysis()).contains(before.analysisSignature());
			reopened.commit();
		}
		try (LuceneIndex again = new LuceneIndex(folder, IndexSettings.defaults())) {
			assertThat(again.staleAnalysis()).as("a commit before the rebuild keeps the old record").isPresent();
		}
	}

	@Test
	void should_not_report_stale_analysis_when_rebuilt_or_reopened_with_same_analysis(@TempDir Path folder) {
		// given
		try (LuceneIndex old = new LuceneIndex(folder, IndexSettings.defaults().withKorean(KoreanAnalysis.UNTUNED))) {
			old.index(document("a", "공지", "결과 보고서"));
			old.commit();
		}

		// when
		try (LuceneIndex rebuilt = new LuceneIndex(folder, IndexSettings.defaults())) {
			rebuilt.deleteAll();
			rebuilt.index(document("a", "공지", "결과 보고서"));
			rebuilt.commit();
			assertThat(rebuilt.staleAnalysis()).isEmpty();
		}

		// then
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults().withBm25(1.2f, 0.75f))) {
			assertThat(reopened.staleAnalysis()).as("BM25 parameters apply at search time").isEmpty();
			assertThat(reopened.retrieve(SearchQuery.of("보고서", 10))).hasSize(1);
		}
	}

	@Test
	void should_find_part_of_compound_when_bigram_field_is_on() {
		// given: Nori keeps 국민신문고 as 국민 + 신문고, so the word 신문 alone matches only its
		// bigrams
		IndexedDocument portal = document("portal", "안내", "국민신문고로 접수된 민원");
		KoreanAnalysis without = KoreanAnalysis.DEFAULT.withBigramWeight(0f);
		try (LuceneIndex plain = LuceneIndex.inMemory(IndexSettings.defaults().withKorean(without));
				LuceneIndex fused = LuceneIndex.inMemory(IndexSettings.defaults())) {
			plain.index(portal);
			fused.index(portal);

			// when
			List<SearchHit> plainHits = plain.retrieve(SearchQuery.of("신문", 10));
			List<SearchHit> fusedHits = fused.retrieve(SearchQuery.of("신문", 10));

			// then
			assertThat(plainHits).isEmpty();
			assertThat(fusedHits).extracting(SearchHit::documentId).containsExactly("portal");
		}
	}

	@Test
	void should_rank_passage_with_neighbouring_words_first_when_word_pairs_are_on() {
		// given: the same words in both passages, neighbours only in "z" (which loses the
		// tie by id)
		KoreanAnalysis pairs = FIRST_PASS.withBigramWeight(0f).withProximityWeight(0.2f);
		try (LuceneIndex withPairs = LuceneIndex.inMemory(IndexSettings.defaults().withKorean(pairs))) {
			withPairs.index(document("a", "안내", "귀가 안내를 오늘 시작한다 심야 버스"));
			withPairs.index(document("z", "안내", "심야 귀가 버스 안내를 오늘 시작한다"));

			// when
			List<SearchHit> hits = withPairs.retrieve(SearchQuery.of("심야 귀가 버스", 10));

			// then
			assertThat(hits).extracting(SearchHit::documentId).containsExactly("z", "a");
		}
	}

	@Test
	void should_rank_passage_with_words_in_one_sentence_first_when_sentence_pairs_are_on() {
		// given: the same words in both passages, in one sentence only in "z" (which
		// loses the tie by id)
		KoreanAnalysis sentences = FIRST_PASS.withBigramWeight(0f).withProximityWeight(0f).withSentenceWeight(0.2f);
		try (LuceneIndex withSentences = LuceneIndex.inMemory(IndexSettings.defaults().withKorean(sentences))) {
			withSentences.index(document("a", "안내", "심야 버스를 늘린다. 귀가 안내는 오늘 시작한다."));
			withSentences.index(document("z", "안내", "심야 귀가 버스를 늘린다. 안내는 오늘 시작한다."));

			// when
			List<SearchHit> hits = withSentences.retrieve(SearchQuery.of("귀가 버스", 10));

			// then
			assertThat(hits).extracting(SearchHit::documentId).containsExactly("z", "a");
		}
	}

	@Test
	void should_not_match_pair_across_sentences_when_sentence_pairs_are_on() {
		// given: the two words are neighbours across the sentence break only
		KoreanAnalysis sentences = KoreanAnalysis.DEFAULT.withBigramWeight(0f)
			.withProximityWeight(0f)
			.withSentenceWeight(1f);
		try (LuceneIndex withSentences = LuceneIndex.inMemory(IndexSettings.defaults().withKorean(sentences));
				LuceneIndex without = LuceneIndex
					.inMemory(IndexSettings.defaults().withKorean(sentences.withSentenceWeight(0f)))) {
			IndexedDocument split = document("split", "안내", "오늘 심야 버스. 귀가 안내를 시작한다.");
			withSentences.index(split);
			without.index(split);

			// when
			float withScore = withSentences.retrieve(SearchQuery.of("버스 귀가", 10)).getFirst().score();
			float withoutScore = without.retrieve(SearchQuery.of("버스 귀가", 10)).getFirst().score();

			// then: no sentence holds both words, so the pair adds nothing
			assertThat(withScore).isEqualTo(withoutScore);
		}
	}

	@Test
	void should_keep_excerpt_offsets_when_sentence_field_is_on() {
		// given
		KoreanAnalysis sentences = KoreanAnalysis.DEFAULT.withSentenceWeight(0.2f);
		try (LuceneIndex withSentences = LuceneIndex.inMemory(IndexSettings.defaults().withKorean(sentences))) {
			withSentences.index(document("d", "안내", "첫 문장이다. 심야 버스를 늘린다."));

			// when
			List<SearchHit> hits = withSentences.retrieve(SearchQuery.of("버스", 10));

			// then
			assertThat(hits).singleElement().extracting(SearchHit::excerpt).asString().contains("<mark>버스</mark>");
		}
	}

	@Test
	void should_score_korean_fields_with_korean_bm25_parameters() {
		// given: one passage repeats the word, the other says it once; a k1 of 0 ignores
		// repeats
		KoreanAnalysis flat = FIRST_PASS.withBigramWeight(0f).withProximityWeight(0f).withBm25(0f, 0f);
		try (LuceneIndex saturated = LuceneIndex.inMemory(IndexSettings.defaults().withKorean(flat));
				LuceneIndex counting = LuceneIndex
					.inMemory(IndexSettings.defaults().withKorean(flat.withBm25(1.2f, 0f)))) {
			for (LuceneIndex each : List.of(saturated, counting)) {
				each.index(document("a", "", "버스 버스 버스 노선"));
				each.index(document("z", "", "버스 노선"));
			}

			// when
			List<SearchHit> saturatedHits = saturated.retrieve(SearchQuery.of("버스", 10));
			List<SearchHit> countingHits = counting.retrieve(SearchQuery.of("버스", 10));

			// then
			assertThat(saturatedHits.get(0).score()).isEqualTo(saturatedHits.get(1).score());
			assertThat(countingHits).extracting(SearchHit::documentId).containsExactly("a", "z");
			assertThat(countingHits.get(0).score()).isGreaterThan(countingHits.get(1).score());
		}
	}

	private static IndexedDocument document(String id, String title, String... texts) {
		List<Passage> passages = new ArrayList<>();
		int offset = 0;
		for (int i = 0; i < texts.length; i++) {
			passages.add(new Passage(i, texts[i], offset, offset + texts[i].length(), null, null, null));
			offset += texts[i].length() + 1;
		}
		return new IndexedDocument(id, title, passages);
	}

}
