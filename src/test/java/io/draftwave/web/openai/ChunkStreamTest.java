package io.draftwave.web.openai;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftEvent;
import io.draftwave.drafting.DraftKind;
import io.draftwave.web.openai.CompletionViews.Chunk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkStreamTest {

	private static final Citation SOURCE = new Citation(1, "doc-3", "doc", "2024년 교육 결과", "참여 인원은 847명", null, 0, 10);

	@Test
	void should_send_a_note_and_the_whole_extractive_draft_when_the_model_stopped_part_way() {
		// given the model streamed half a sentence, then the extractive drafter stood in
		ChunkStream stream = new ChunkStream("chatcmpl-1", 1, "draftwave-answer", "참여 인원은?");
		Draft draft = draft("## 답변\n참여 인원은 847명이다. [1]", "2024년 참여 인원은 ");

		// when
		List<Chunk> chunks = new ArrayList<>(stream.accept(new DraftEvent.Delta("2024년 참여 인원은")));
		chunks
			.addAll(stream.accept(new DraftEvent.Warning("the language model stopped before the draft was complete")));
		chunks.addAll(stream.accept(new DraftEvent.Done(draft)));

		// then
		String content = content(chunks);
		assertThat(content).startsWith("2024년 참여 인원은\n\n※ 언어 모델이 여기서 멈췄습니다.")
			.contains("아래는 자료에서 발췌해 만든 초안입니다.\n\n## 답변\n참여 인원은 847명이다. [1]")
			.contains("출처:\n[1] 2024년 교육 결과");
		assertThat(chunks).filteredOn(c -> c.citations() != null)
			.singleElement()
			.satisfies(c -> assertThat(c.choices().get(0).delta().content()).contains("847명이다. [1]"));
		assertThat(chunks.getLast().draftwave().modelText()).isEqualTo("2024년 참여 인원은 ");
		assertThat(chunks.getLast().draftwave().mode()).isEqualTo("extractive");
	}

	@Test
	void should_add_no_note_when_the_draft_is_the_models_own() {
		// given
		ChunkStream stream = new ChunkStream("chatcmpl-1", 1, "draftwave-answer", "참여 인원은?");

		// when
		List<Chunk> chunks = new ArrayList<>(stream.accept(new DraftEvent.Delta("참여 인원은 847명이다.")));
		chunks.addAll(stream.accept(new DraftEvent.Done(draft("참여 인원은 847명이다.", null))));

		// then
		assertThat(content(chunks))
			.isEqualTo("참여 인원은 847명이다.\n\n출처:\n[1] 2024년 교육 결과 — 참여 인원은 847명 (/api/sources/doc-3)");
		assertThat(chunks.getLast().draftwave().modelText()).isNull();
	}

	private static Draft draft(String text, String modelText) {
		return new Draft("d1", DraftKind.ANSWER, Language.KO, text, List.of(SOURCE), List.of(),
				modelText == null ? "llm" : "extractive", modelText == null ? "m" : "extractive", List.of(), null, 5,
				modelText);
	}

	private static String content(List<Chunk> chunks) {
		StringBuilder text = new StringBuilder();
		chunks.forEach(c -> {
			String piece = c.choices().get(0).delta().content();
			if (piece != null) {
				text.append(piece);
			}
		});
		return text.toString();
	}

}
