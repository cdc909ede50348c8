package io.draftwave.cli;

import java.util.concurrent.Callable;

import io.draftwave.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The audit trail's tasks. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Tasks on the audit trail.",
		subcommands = AuditCommand.Verify.class)
class AuditCommand {

	/**
	 * Checks the chain of audit events and names every event changed, removed or out of
	 * order; exit code 0 when the chain is whole, 1 otherwise.
	 */
	@Command(name = "verify", mixinStandardHelpOptions = true, description = {
			"Check that no audit event was changed, removed or moved since it was written.",
			"Prints each broken event (its number and what is wrong) and exits with 1; 0 when the chain is whole.",
			"Reads the database of --data-dir, or of spring.r2dbc.url when set (e.g. SPRING_R2DBC_URL)." })
	static class Verify implements Callable<Integer> {

		@Mixin
		DataDirOption data;

		@Override
		public Integer call() {
			// nothing is recorded or removed while the chain is read
			try (var context = OfflineContext.start(data.dataDir, "--draftwave.audit.enabled=false")) {
				AuditVerification.Result result = context.getBean(AuditVerification.class).verify();
				result.checkpoint()
					.ifPresent(c -> System.out.printf("Starts after retention removed %d events up to event %d (%s).%n",
							c.removed(), c.lastSeq(), c.madeAt()));
				for (AuditVerification.Problem problem : result.problems()) {
					System.out.println(problem);
				}
				System.out.printf("%s: %d events checked, %d problems; last event %d, hash %s%n",
						result.intact() ? "Intact" : "BROKEN", result.checked(), result.problems().size(),
						result.headSeq(), result.headHash());
				return result.intact() ? 0 : 1;
			}
		}

	}

}
