package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.draftwave.corpus.SampleTables;
import io.draftwave.tables.ColumnType;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.TableRows;
import io.draftwave.tables.Tables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class TableIngestionIT {

	@Autowired
	WebTestClient web;

	@Autowired
	Tables tables;

	@Test
	void should_load_the_typed_table_of_an_uploaded_csv_and_drop_it_with_the_document() {
		// given a messy export: a title line, thousands separators and a dash for a
		// missing count
		String csv = """
				분야별 민원 접수 현황(2031년)
				분야,접수 건수(건),처리 기간(일)
				교통·주차,"54,756",3.5
				환경·청소,"29,619",-
				도로·시설물,"29,034",4.25
				""";

		// when
		Map<?, ?> created = upload("민원 현황 2031.csv", csv.getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String id = (String) created.get("id");

		// then
		List<TableInfo> loaded = tables.list().stream().filter(t -> t.documentId().equals(id)).toList();
		assertThat(loaded).hasSize(1);
		TableInfo table = loaded.get(0);
		assertThat(table.rows()).isEqualTo(3);
		assertThat(table.columns()).extracting(c -> c.label() + ":" + c.type() + ":" + c.unit())
			.containsExactly("분야:TEXT:", "접수 건수:INTEGER:건", "처리 기간:DECIMAL:일");
		TableRows rows = tables.rows(table.tableId(), 0, 10);
		assertThat(rows.rows().get(0)).containsExactly("교통·주차", 54756L, 3.5);
		assertThat(rows.rows().get(1).get(2)).isNull();

		// when
		web.delete().uri("/api/documents/{id}", id).exchange().expectStatus().isNoContent();

		// then
		assertThat(tables.list()).noneMatch(t -> t.documentId().equals(id));
	}

	@Test
	void should_load_the_typed_table_inside_an_uploaded_docx_and_drop_it_with_the_document() {
		// when
		Map<?, ?> created = upload("분야별 접수 보고 2031.docx",
				SampleTables.docx("분야별 접수 현황(2031년)", SampleTables.MERGED_HEADER))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String id = (String) created.get("id");

		// then
		List<TableInfo> loaded = tables.list().stream().filter(t -> t.documentId().equals(id)).toList();
		assertThat(loaded).singleElement().satisfies(table -> {
			assertThat(table.title()).isEqualTo("분야별 접수 현황(2031년)");
			assertThat(table.columns()).extracting(c -> c.label() + ":" + c.type() + ":" + c.unit())
				.containsExactly("분야:TEXT:", "2025년 접수 건수:INTEGER:건", "2025년 비율:DECIMAL:%");
			assertThat(tables.rows(table.tableId(), 0, 1).rows().get(0)).containsExactly("교통·주차", 54756L, 65.2);
		});

		// when
		web.delete().uri("/api/documents/{id}", id).exchange().expectStatus().isNoContent();

		// then
		assertThat(tables.list()).noneMatch(t -> t.documentId().equals(id));
	}

	private WebTestClient.ResponseSpec upload(String fileName, byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

}
