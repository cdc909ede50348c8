package io.draftwave.export;

import java.time.Instant;

/**
 * Who approved a draft and when; an export of an approved draft ends with a line saying
 * so, e.g. {@code 승인: budget-team-lead, 2026. 3. 2. 14:05 (KST)}.
 *
 * @param approvedBy the approver's key name
 * @param approvedAt when
 */
public record Approval(String approvedBy, Instant approvedAt) {
}
