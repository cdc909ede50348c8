package io.draftwave.tables;

import java.nio.file.Files;
import java.nio.file.Path;

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

}
