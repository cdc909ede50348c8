package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.draftwave.cli.BenchCommand;
import io.draftwave.corpus.IndexedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

	@Test
	void should_report_in_process_and_http_figures_when_url_given(@TempDir Path temp) throws IOException {
		// given
		BeirFixture.write(temp);
		List<String> bodies = new CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/search", exchange -> {
			bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		StringWriter out = new StringWriter();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort();

			// when
			int exitCode = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out))
				.execute("--dataset", temp.toString(), "--url", url, "--queries", "5", "--duration", "10s");

			// then: 5 warm-up and 5 measured requests
			assertThat(exitCode).isZero();
		}
		finally {
			server.stop(0);
		}
		assertThat(out.toString()).contains("| passages indexed | 3 |")
			.contains("| in-process search requests | 5 |")
			.contains("| HTTP search requests | 5 |")
			.contains("| HTTP failures (non-2xx or I/O) | 0 |");
		assertThat(bodies).hasSize(10)
			.first()
			.satisfies(body -> assertThat(body).contains("\"query\":\"library hours\"").contains("\"k\":10"));
	}

	@Test
	void should_index_repeated_corpus_on_disk_when_scale_given(@TempDir Path temp) throws IOException {
		// given
		BeirFixture.write(temp);
		StringWriter out = new StringWriter();

		// when
		int exitCode = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out))
			.execute("--dataset", temp.toString(), "--scale", "7", "--queries", "5", "--duration", "10s");

		// then
		assertThat(exitCode).isZero();
		assertThat(out.toString()).contains("in-process, 7 passages on disk")
			.contains("| passages indexed | 7 |")
			.containsPattern("\\| index size on disk \\(MB\\) \\| \\d+\\.\\d \\|")
			.contains("| in-process search requests | 5 |");
	}

	@Test
	void should_give_copies_distinct_ids_when_corpus_is_repeated(@TempDir Path temp) throws IOException {
		// given
		BeirFixture.write(temp);
		List<IndexedDocument> documents = RetrievalEvaluation.documents(BeirDataset.load(temp));

		// when
		List<IndexedDocument> repeated = SpeedBenchmark.repeated(documents, 7);

		// then
		String first = documents.getFirst().documentId();
		assertThat(repeated).hasSize(7)
			.extracting(IndexedDocument::documentId)
			.doesNotHaveDuplicates()
			.contains(first, first + "~1", first + "~2");
	}

}
