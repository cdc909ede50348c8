package io.draftwave.lab;

/**
 * The outcome of one check on one cell.
 *
 * @param type the check's type, e.g. {@code contains}
 * @param description what it checks, in the exercise's language
 * @param passed whether the cell passed
 * @param reason why, in words a trainee understands, in the exercise's language
 */
public record CheckResult(String type, String description, boolean passed, String reason) {
}
