package io.draftwave.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.draftwave.DraftwaveProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TablesConfigurationTest {

	@TempDir
	Path dir;

	@Test
	void theDatabaseOpensUnderTheDataFolderOnlyWhenTablesAreFirstAskedFor() {
		new ApplicationContextRunner().withBean(DraftwaveProperties.class, () -> new DraftwaveProperties(dir))
			.withUserConfiguration(TablesConfiguration.class)
			.run(context -> {
				assertThat(Files.exists(dir.resolve(Tables.DATABASE_FILE))).isFalse();

				assertThat(context.getBean(Analyses.class).ask("2025년 접수 건수는?", "ko", java.util.List.of()))
					.isInstanceOf(NoTable.class);
				assertThat(Files.exists(dir.resolve(Tables.DATABASE_FILE))).isTrue();
			});
	}

	@Test
	void theAnalysesAskAPlanProposerBeanWhenThereIsOneAndTheOfflinePlannerAsksBack() throws Exception {
		List<String> asked = new ArrayList<>();
		PlanProposer proposer = (question, language, cards) -> {
			asked.add(language + " " + cards.size());
			return Optional.empty();
		};
		Path file = Files.writeString(dir.resolve("t.csv"), "연도,분야,접수 건수\n2025,교통,10\n2025,환경,5\n");
		new ApplicationContextRunner().withBean(DraftwaveProperties.class, () -> new DraftwaveProperties(dir))
			.withBean(PlanProposer.class, () -> proposer)
			.withUserConfiguration(TablesConfiguration.class)
			.run(context -> {
				context.getBean(Tables.class).load("d", "민원 접수 현황", file);

				Analyses analyses = context.getBean(Analyses.class);
				assertThat(analyses.ask("2025년 교통 접수 건수는?", "ko", List.of())).isInstanceOf(Analysis.class);
				assertThat(asked).isEmpty();
				assertThat(analyses.ask("교통 접수 건수는 작년보다 얼마나 늘었나?", "ko", List.of())).isNotInstanceOf(Analysis.class);
				assertThat(asked).containsExactly("ko 1");
			});
	}

}
