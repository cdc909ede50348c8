package io.draftwave.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.audit.AuditKind;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Which requests the audit trail records, by method and path; reading documents, sources,
 * exercises and the audit list itself is not recorded. Refusals (401, 403, 429) are
 * recorded on every guarded path, by {@link AuditFilter}.
 */
final class AuditedKinds {

	private static final Pattern DRAFT_EXPORT = Pattern.compile("/api/drafts/([^/]+)/export");

	private AuditedKinds() {
	}

	/** The kind of {@code method path}, or null when such requests are not recorded. */
	static @Nullable AuditKind of(HttpMethod method, String path) {
		if (HttpMethod.POST.equals(method)) {
			return switch (path) {
				case "/api/search" -> AuditKind.SEARCH;
				case "/api/drafts" -> AuditKind.DRAFT;
				case "/api/drafts/stream" -> AuditKind.DRAFT_STREAM;
				case "/v1/chat/completions" -> AuditKind.CHAT_COMPLETION;
				case "/api/analyses" -> AuditKind.ANALYSIS;
				case "/api/documents" -> AuditKind.UPLOAD;
				case "/api/lab/runs" -> AuditKind.LAB_RUN;
				default -> path.startsWith("/api/lab/runs/") && path.endsWith("/rerun") ? AuditKind.LAB_RUN : null;
			};
		}
		if (HttpMethod.DELETE.equals(method)) {
			return path.startsWith("/api/documents/") ? AuditKind.DELETION : null;
		}
		if (HttpMethod.GET.equals(method)) {
			if (path.startsWith("/api/tables/")) {
				return AuditKind.TABLE_READ;
			}
			boolean export = DRAFT_EXPORT.matcher(path).matches()
					|| (path.startsWith("/api/analyses/") && path.endsWith("/result.csv"))
					|| (path.startsWith("/api/lab/runs/") && path.endsWith("/export")) || path.equals("/api/audit.csv");
			return export ? AuditKind.EXPORT : null;
		}
		return null;
	}

	/** The draft a path names, e.g. {@code /api/drafts/9b1e…/export}; null for others. */
	static @Nullable String draftId(String path) {
		Matcher m = DRAFT_EXPORT.matcher(path);
		return m.matches() ? m.group(1) : null;
	}

}
