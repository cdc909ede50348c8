package io.draftwave.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineLauncherTest {

	@ParameterizedTest
	@ValueSource(strings = { "generate-complaints", "eval-figures", "bench-figures", "load-drafts", "help", "--help" })
	void should_run_a_task_when_the_first_argument_names_a_subcommand_or_asks_for_help(String first) {
		assertThat(CommandLineLauncher.isCommand(new String[] { first, "out.csv" })).isTrue();
	}

	@Test
	void should_recognise_every_subcommand_the_top_level_command_declares() {
		// given
		var subcommands = new picocli.CommandLine(new DraftwaveCommand()).getSubcommands().keySet();

		// then
		assertThat(subcommands).hasSizeGreaterThan(10)
			.allSatisfy(name -> assertThat(CommandLineLauncher.isCommand(new String[] { name })).as(name).isTrue());
	}

	@Test
	void should_start_the_service_when_the_arguments_are_settings_or_absent() {
		assertThat(CommandLineLauncher.isCommand(new String[] { "--server.port=8081" })).isFalse();
		assertThat(CommandLineLauncher.isCommand(new String[0])).isFalse();
	}

}
