package io.draftwave.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Passage;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.KoreanAnalysis;
import io.draftwave.search.LuceneIndex;
import io.draftwave.search.SearchQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query path of the passage index: a Korean question analysed by Nori, scored by BM25 over
 * the bilingual fields, with excerpts from term vectors, against generated Korean passages of
 * the default corpus's kind. {@code passages} sets the index size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "--add-modules", "jdk.incubator.vector", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBenchmark {

	private static final String[] TOPICS = { "데이터 인재 양성 교육", "빅데이터 웨이브 플랫폼", "민원 처리 기한", "생성형 AI 활용 지침",
			"데이터 분석 경진대회", "공공시설 예약", "미세먼지 측정", "대중교통 이용" };

	private static final String[] QUERIES = { "2024년 데이터 인재 양성 교육 참여 인원은?", "민원 처리 기한은 며칠인가요?",
			"생성형 AI에 개인정보를 입력해도 되나요?", "빅데이터 웨이브 데이터셋 수" };

	@Param({ "1000", "10000" })
	int passages;

	/** Whether the first hits of a Korean query are ranked again by their best sentence (the service's default). */
	@Param({ "true", "false" })
	boolean evidence;

	private LuceneIndex index;

	private int next;

	@Setup(Level.Trial)
	public void buildIndex() {
		IndexSettings settings = IndexSettings.defaults();
		index = LuceneIndex.inMemory(evidence ? settings
				: settings.withKorean(settings.korean().withEvidence(KoreanAnalysis.Evidence.NONE)));
		List<IndexedDocument> documents = new ArrayList<>();
		for (int i = 0; i < passages; i++) {
			String topic = TOPICS[i % TOPICS.length];
			String text = (2020 + i % 6) + "년 " + topic + " 관련 보고서 " + i + "번: 참여 인원은 " + (300 + i % 700)
					+ "명으로 집계되었다. 담당 부서는 " + (i % 13) + "팀이며, 처리 기한은 " + (i % 14 + 1) + "일이다.";
			documents.add(new IndexedDocument("d" + i, topic + " " + i,
					List.of(new Passage(0, text, 0, text.length(), null, null, null))));
		}
		index.indexAll(documents);
		index.commit();
	}

	@TearDown(Level.Trial)
	public void closeIndex() {
		index.close();
	}

	@Benchmark
	public int searchWithExcerpts() {
		String query = QUERIES[next++ % QUERIES.length];
		return index.retrieve(new SearchQuery(query, 10, null, Set.of())).size();
	}

}
