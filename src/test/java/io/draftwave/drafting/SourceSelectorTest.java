package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.LuceneIndex;
import io.draftwave.search.PassageReader;
import io.draftwave.search.SearchQuery;
import io.draftwave.search.SelectedPassage;
import io.draftwave.search.SourcePassage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourceSelectorTest {

	private final LuceneIndex index = LuceneIndex.inMemory(IndexSettings.defaults());

	@AfterEach
	void closeIndex() {
		index.close();
	}

	@Test
	void should_keep_at_most_two_passages_of_a_document_when_one_document_dominates() {
		// given
		index.indexAll(List.of(
				DraftingFixtures.document("big", "청년 일자리 박람회", "청년 일자리 박람회에 1,200명이 왔다.", "청년 일자리 박람회에서 143명이 채용되었다.",
						"청년 일자리 박람회 참여 기업은 85곳이다.", "청년 일자리 박람회는 5월에 열렸다."),
				DraftingFixtures.document("small", "일자리 정책", "청년 일자리 정책 예산은 30억 원이다.")));

		// when
		List<NumberedSource> sources = selector(properties(2, 3000, 0.3)).select(request("청년 일자리 박람회", 8));

		// then
		assertThat(sources).filteredOn(s -> s.documentId().equals("big")).hasSize(2);
		assertThat(sources).extracting(NumberedSource::documentId).contains("small");
		assertThat(sources).extracting(NumberedSource::number).containsExactly(1, 2, 3);
	}

	@Test
	void should_read_each_hit_once_and_give_excerpts_only_to_kept_passages_when_one_document_dominates() {
		// given: four passages of one document, of which two may be kept, and one of
		// another
		index.indexAll(List.of(
				DraftingFixtures.document("big", "청년 일자리 박람회", "청년 일자리 박람회에 1,200명이 왔다.", "청년 일자리 박람회에서 143명이 채용되었다.",
						"청년 일자리 박람회 참여 기업은 85곳이다.", "청년 일자리 박람회는 5월에 열렸다."),
				DraftingFixtures.document("small", "일자리 정책", "청년 일자리 정책 예산은 30억 원이다.")));
		CountingReader reader = new CountingReader(index);

		// when
		List<NumberedSource> sources = new SourceSelector(reader, new ContentWords(), properties(2, 3000, 0.3))
			.select(request("청년 일자리 박람회", 8));

		// then: every hit offered once, by the search itself, and only the three kept
		// came back with an excerpt
		assertThat(sources).hasSize(3);
		assertThat(reader.offered).containsExactlyInAnyOrder("big-0", "big-1", "big-2", "big-3", "small-0");
		assertThat(reader.selected).isEqualTo(3);
		assertThat(reader.lookups).isZero();
		assertThat(sources).allSatisfy(s -> assertThat(s.excerpt()).contains("<mark>"));
	}

	@Test
	void should_number_in_rank_order_with_full_text_when_passages_are_found() {
		// given
		String text = "청년 일자리 박람회에는 청년 1,200명과 기업 85곳이 참여했다.";
		index.indexAll(List.of(DraftingFixtures.document("fair", "박람회 결과", text),
				DraftingFixtures.document("other", "도서관", "도서관 개관 시간이 바뀌었다. 청년 독서 모임도 열린다.")));

		// when
		List<NumberedSource> sources = selector(properties(2, 3000, 0.3)).select(request("청년 일자리 박람회 참여 기업", 8));

		// then
		assertThat(sources).first().satisfies(s -> {
			assertThat(s.number()).isEqualTo(1);
			assertThat(s.sourceId()).isEqualTo("fair-0");
			assertThat(s.text()).isEqualTo(text);
			assertThat(s.title()).isEqualTo("박람회 결과");
			assertThat(s.end() - s.start()).isEqualTo(text.length());
		});
	}

	@Test
	void should_keep_one_copy_when_two_documents_hold_the_same_passage() {
		// given
		String text = "청년 일자리 박람회에는 청년 1,200명과 기업 85곳이 참여했다.";
		index.indexAll(List.of(DraftingFixtures.document("copy-a", "박람회 결과", text),
				DraftingFixtures.document("copy-b", "박람회 결과(사본)", text + " "),
				DraftingFixtures.document("plan", "계획", "내년 청년 일자리 박람회는 두 차례 열린다.")));

		// when
		List<NumberedSource> sources = selector(properties(2, 3000, 0.3)).select(request("청년 일자리 박람회 참여", 8));

		// then
		assertThat(sources).extracting(NumberedSource::documentId)
			.containsOnlyOnce("plan")
			.filteredOn(id -> id.startsWith("copy-"))
			.hasSize(1);
	}

	@Test
	void should_stop_at_token_budget_when_passages_are_long() {
		// given
		String long1 = "청년 일자리 박람회 결과를 정리한다. " + "참여 기업과 청년 구직자의 만족도가 높았다. ".repeat(8);
		String long2 = "청년 일자리 박람회 예산을 정리한다. " + "행사 운영비와 홍보비가 가장 많이 들었다. ".repeat(8);
		index.indexAll(
				List.of(DraftingFixtures.document("a", "결과", long1), DraftingFixtures.document("b", "예산", long2)));
		double one = Math.max(SourceSelector.estimateTokens(long1), SourceSelector.estimateTokens(long2));
		int budget = (int) (one * 1.5); // room for one passage, not for two

		// when
		List<NumberedSource> tight = selector(properties(2, budget, 0.3)).select(request("청년 일자리 박람회", 8));
		List<NumberedSource> loose = selector(properties(2, 3000, 0.3)).select(request("청년 일자리 박람회", 8));

		// then
		assertThat(tight).hasSize(1);
		assertThat(loose).hasSize(2);
	}

	@Test
	void should_refuse_when_best_passage_covers_too_few_content_words() {
		// given
		index.indexAll(List.of(DraftingFixtures.document("fair", "박람회", "청년 일자리 박람회에 1,200명이 참여했다.")));

		// when
		List<NumberedSource> sources = selector(properties(2, 3000, 0.3))
			.select(request("청년 주택 임대 보증금 대출 이자 지원 자격 조건", 8));
		List<NumberedSource> relevant = selector(properties(2, 3000, 0.3)).select(request("청년 일자리 박람회 참여", 8));

		// then
		assertThat(sources).isEmpty();
		assertThat(relevant).hasSize(1);
	}

	@Test
	void should_find_sources_for_a_long_pasted_complaint_with_personal_data_when_part_of_it_is_covered() {
		// given
		index.indexAll(List.of(
				DraftingFixtures.document("parking", "공영주차장 요금", "공영주차장 요금은 30분에 1,000원이며 " + "장애인 차량은 50% 감면된다."),
				DraftingFixtures.document("library", "도서관", "시립도서관은 월요일에 쉰다.")));
		String complaint = "민원인 홍길동(900101-1234567, 010-9876-5432)입니다. 어제 저녁 동네 마트 앞 골목에서 아이와 함께 "
				+ "산책하다가 공영주차장에 차를 세웠는데 장애인 차량 요금 감면이 적용되지 않았습니다. 영수증을 다시 확인해 보니 "
				+ "감면 없이 2,000원이 결제되었고 담당 직원의 안내도 없었습니다. 환불 절차와 감면 기준을 알려 주세요.";

		// when
		List<NumberedSource> sources = selector(properties(2, 3000, 0.4)).select(request(complaint, 8));

		// then
		assertThat(sources).extracting(NumberedSource::documentId).first().isEqualTo("parking");
	}

	@Test
	void should_search_only_named_documents_when_request_names_them() {
		// given
		index.indexAll(List.of(DraftingFixtures.document("a", "박람회", "청년 일자리 박람회에 1,200명이 참여했다."),
				DraftingFixtures.document("b", "박람회", "청년 일자리 박람회는 5월에 열렸다.")));
		DraftRequest request = new DraftRequest(DraftKind.ANSWER, "청년 일자리 박람회", Language.KO, Set.of("b"), 8, false);

		// when
		List<NumberedSource> sources = selector(properties(2, 3000, 0.3)).select(request);

		// then
		assertThat(sources).extracting(NumberedSource::documentId).containsExactly("b");
	}

	@Test
	void should_estimate_hangul_per_syllable_and_other_words_at_one_point_three() {
		// when
		double korean = SourceSelector.estimateTokens("청년 일자리 847명");
		double english = SourceSelector.estimateTokens("The city ran a fair");

		// then
		assertThat(korean).isCloseTo(7.3, offset(1e-9));
		assertThat(english).isCloseTo(6.5, offset(1e-9));
	}

	/**
	 * The index seen through {@link PassageReader}, counting what the selector asks of
	 * it.
	 */
	private static final class CountingReader implements PassageReader {

		private final PassageReader index;

		final List<String> offered = new ArrayList<>();

		int selected;

		int lookups;

		CountingReader(PassageReader index) {
			this.index = index;
		}

		@Override
		public Optional<SourcePassage> findSource(String sourceId) {
			lookups++;
			return index.findSource(sourceId);
		}

		@Override
		public List<SourcePassage> neighbours(String sourceId, int around) {
			lookups++;
			return index.neighbours(sourceId, around);
		}

		@Override
		public int documentFrequency(String term) {
			return index.documentFrequency(term);
		}

		@Override
		public int passageCount() {
			return index.passageCount();
		}

		@Override
		public List<SelectedPassage> select(SearchQuery query, int limit, Predicate<SourcePassage> keep) {
			List<SelectedPassage> kept = index.select(query, limit, passage -> {
				offered.add(passage.sourceId());
				return keep.test(passage);
			});
			selected += kept.size();
			return kept;
		}

	}

	private SourceSelector selector(DraftingProperties properties) {
		return new SourceSelector(index, new ContentWords(), properties);
	}

	private static DraftingProperties properties(int perDocument, int budget, double minRelevance) {
		return new DraftingProperties(Path.of("prompts"), perDocument, budget, minRelevance, null);
	}

	private static DraftRequest request(String instructions, int k) {
		return new DraftRequest(DraftKind.ANSWER, instructions, Language.KO, Set.of(), k, false);
	}

}
