package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Passage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A search whose caller chooses the hits: {@link PassageReader#select}. */
class PassageSelectionTest {

	private final LuceneIndex index = LuceneIndex.inMemory(IndexSettings.defaults());

	@BeforeEach
	void indexFair() {
		index.indexAll(List.of(
				document("fair", "청년 일자리 박람회", "청년 일자리 박람회에 1,200명이 왔다.", "청년 일자리 박람회에서 143명이 채용되었다.",
						"청년 일자리 박람회 참여 기업은 85곳이다."),
				document("plan", "일자리 정책", "청년 일자리 정책 예산은 30억 원이다.", "내년 박람회는 두 차례 열린다.")));
	}

	@AfterEach
	void closeIndex() {
		index.close();
	}

	@Test
	void should_give_kept_hits_the_excerpt_and_score_of_the_plain_search_when_some_are_refused() {
		// given
		SearchQuery query = SearchQuery.of("청년 일자리 박람회", 10);
		List<SearchHit> all = index.retrieve(query);

		// when: every other hit refused
		List<String> offered = new ArrayList<>();
		List<SelectedPassage> kept = index.select(query, 10, passage -> {
			offered.add(passage.sourceId());
			return offered.size() % 2 == 1;
		});

		// then
		assertThat(offered).containsExactlyElementsOf(all.stream().map(SearchHit::sourceId).toList());
		assertThat(kept).hasSize((all.size() + 1) / 2);
		for (int i = 0; i < kept.size(); i++) {
			SearchHit hit = all.get(2 * i);
			SelectedPassage selected = kept.get(i);
			assertThat(selected.passage().sourceId()).isEqualTo(hit.sourceId());
			assertThat(selected.excerpt()).isEqualTo(hit.excerpt()).contains("<mark>");
			assertThat(selected.score()).isEqualTo(hit.score());
			assertThat(selected.passage()).isEqualTo(index.findSource(hit.sourceId()).orElseThrow());
		}
	}

	@Test
	void should_stop_offering_hits_when_the_limit_is_kept() {
		// given
		SearchQuery query = SearchQuery.of("청년 일자리 박람회", 10);
		List<String> ranked = index.retrieve(query).stream().map(SearchHit::sourceId).toList();

		// when
		List<String> offered = new ArrayList<>();
		List<SelectedPassage> kept = index.select(query, 2, passage -> offered.add(passage.sourceId()));

		// then
		assertThat(ranked).hasSizeGreaterThan(2);
		assertThat(offered).containsExactlyElementsOf(ranked.subList(0, 2));
		assertThat(kept).extracting(s -> s.passage().sourceId()).containsExactlyElementsOf(ranked.subList(0, 2));
	}

	@Test
	void should_keep_nothing_when_nothing_matches() {
		// when
		List<String> offered = new ArrayList<>();
		List<SelectedPassage> kept = index.select(SearchQuery.of("지하철 노선", 10), 5, passage -> offered.add("x"));

		// then
		assertThat(kept).isEmpty();
		assertThat(offered).isEmpty();
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
