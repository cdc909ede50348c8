package io.draftwave.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import io.draftwave.drafting.DraftKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The exercises folder: shipped exercises, broken files, edits and the built-in copies.
 */
class ExerciseCatalogTest {

	private static final Path SHIPPED = Path.of("lab/exercises");

	private static final String VALID = """
			title: 좋은 연습
			goal: 목표
			kind: answer
			instructions: 설명
			variants:
			  - name: A
			    prompt: "{{input}}"
			cases:
			  - id: one
			    input: 질문
			    checks:
			      - contains: "847"
			""";

	@TempDir
	Path dir;

	@Test
	void should_load_every_shipped_exercise_without_problems_with_at_least_two_per_level() {
		// when
		ExerciseCatalog.Snapshot snapshot = new ExerciseCatalog(SHIPPED).current();

		// then
		assertThat(snapshot.problems()).isEmpty();
		for (int level = 0; level <= 4; level++) {
			int l = level;
			assertThat(snapshot.exercises()).as("level %d", level)
				.filteredOn(e -> e.level() == l)
				.hasSizeGreaterThanOrEqualTo(2);
		}
		assertThat(snapshot.exercises()).allSatisfy(e -> {
			assertThat(e.variants()).as(e.id()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(e.cases()).as(e.id()).hasSizeBetween(2, 4);
			assertThat(e.documents()).as(e.id()).isNotEmpty();
			assertThat(e.cases()).allSatisfy(c -> assertThat(c.checks()).isNotEmpty());
		});
		assertThat(snapshot.exercises()).extracting(Exercise::level).isSorted();
	}

	@Test
	void should_report_each_bad_file_with_its_line_and_still_load_the_good_ones() throws IOException {
		// given
		write("level-2/good.yaml", VALID);
		write("level-1/syntax.yaml", "title: 깨진 파일\ngoal: [열린 괄호\nkind: answer\n");
		write("level-3/typo.yaml", VALID.replace("goal: 목표", "goals: 목표"));
		write("level-0/bad-regex.yaml", VALID.replace("- contains: \"847\"", "- regex: \"(847\""));
		write("level-4/wrong-level.yaml", "level: 2\n" + VALID);
		write("level-2/unknown-check.yaml", VALID.replace("- contains: \"847\"", "- containz: \"847\""));

		// when
		ExerciseCatalog.Snapshot snapshot = new ExerciseCatalog(dir).current();

		// then
		assertThat(snapshot.exercises()).extracting(Exercise::id, Exercise::level, Exercise::kind)
			.containsExactly(tuple("good", 2, DraftKind.ANSWER));
		assertThat(snapshot.problems()).extracting(ExerciseProblem::file, ExerciseProblem::line)
			.contains(tuple("level-1/syntax.yaml", 3), tuple("level-3/typo.yaml", 2),
					tuple("level-0/bad-regex.yaml", 12), tuple("level-4/wrong-level.yaml", 1),
					tuple("level-2/unknown-check.yaml", 12));
		assertThat(snapshot.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("not valid YAML"));
		assertThat(snapshot.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown key 'goals'"));
		assertThat(snapshot.problems()).anySatisfy(p -> assertThat(p.message()).contains("'goal' is missing"));
		assertThat(snapshot.problems())
			.anySatisfy(p -> assertThat(p.message()).contains("'regex' is not a valid regular expression"));
		assertThat(snapshot.problems())
			.anySatisfy(p -> assertThat(p.message()).contains("'level' is 2 but the file is in the folder level-4"));
		assertThat(snapshot.problems())
			.anySatisfy(p -> assertThat(p.message()).contains("unknown check key 'containz'"));
	}

	@Test
	void should_report_a_second_exercise_with_the_same_id() throws IOException {
		// given
		write("level-1/a.yaml", "id: same\n" + VALID);
		write("level-2/b.yaml", "id: same\n" + VALID);

		// when
		ExerciseCatalog.Snapshot snapshot = new ExerciseCatalog(dir).current();

		// then
		assertThat(snapshot.exercises()).extracting(Exercise::file).containsExactly("level-1/a.yaml");
		assertThat(snapshot.problems()).singleElement()
			.satisfies(p -> assertThat(p.toString()).isEqualTo(
					"level-2/b.yaml:1: the id 'same' is already used by level-1/a.yaml; give this exercise its own id"));
	}

	@Test
	void should_read_a_file_again_when_a_trainer_changed_it() throws IOException {
		// given
		Path file = write("level-2/good.yaml", VALID);
		ExerciseCatalog catalog = new ExerciseCatalog(dir);
		assertThat(catalog.find("good")).hasValueSatisfying(e -> assertThat(e.title()).isEqualTo("좋은 연습"));

		// when
		Files.writeString(file, VALID.replace("좋은 연습", "고친 연습"));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

		// then
		assertThat(catalog.find("good")).hasValueSatisfying(e -> assertThat(e.title()).isEqualTo("고친 연습"));
	}

	@Test
	void should_read_the_built_in_copies_when_the_folder_is_missing() {
		// when
		ExerciseCatalog.Snapshot builtIn = new ExerciseCatalog(dir.resolve("missing")).current();

		// then
		ExerciseCatalog.Snapshot shipped = new ExerciseCatalog(SHIPPED).current();
		assertThat(builtIn.problems()).isEmpty();
		assertThat(builtIn.exercises()).extracting(Exercise::id)
			.containsExactlyElementsOf(shipped.exercises().stream().map(Exercise::id).toList());
	}

	@Test
	void should_report_a_file_that_is_not_utf8() throws IOException {
		// given
		Files.createDirectories(dir.resolve("level-0"));
		Files.write(dir.resolve("level-0/euc-kr.yaml"),
				"title: 한글".getBytes(java.nio.charset.Charset.forName("EUC-KR")));

		// when
		ExerciseCatalog.Snapshot snapshot = new ExerciseCatalog(dir).current();

		// then
		assertThat(snapshot.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
