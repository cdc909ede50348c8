package io.draftwave.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.draftwave.corpus.DocumentRecord;

/**
 * Finds the corpus document an exercise means by a reference a trainer writes: the
 * document id, its file name ({@code 2024 교육 결과 보고.md}), its title, or its path in a
 * corpus folder. Comparison ignores case and surrounding spaces. Immutable.
 */
public final class DocumentRefs {

	private final Map<String, DocumentRecord> byRef = new LinkedHashMap<>();

	/**
	 * The references of these documents; on a clash the earlier document keeps the
	 * reference.
	 */
	public DocumentRefs(List<DocumentRecord> documents) {
		for (DocumentRecord d : documents) {
			byRef.putIfAbsent(key(d.id()), d);
		}
		for (DocumentRecord d : documents) {
			byRef.putIfAbsent(key(d.fileName()), d);
			byRef.putIfAbsent(key(d.title()), d);
			if (d.origin().startsWith(DocumentRecord.CORPUS_ORIGIN_PREFIX)) {
				byRef.putIfAbsent(key(d.origin().substring(DocumentRecord.CORPUS_ORIGIN_PREFIX.length())), d);
			}
		}
	}

	/** No documents: every reference is unknown. */
	public static DocumentRefs none() {
		return new DocumentRefs(List.of());
	}

	/** The document a reference means, if any. */
	public Optional<DocumentRecord> find(String ref) {
		return Optional.ofNullable(byRef.get(key(ref)));
	}

	/** The references among these that name no document, in order. */
	public List<String> unknown(List<String> refs) {
		List<String> unknown = new ArrayList<>();
		refs.stream().filter(r -> find(r).isEmpty()).forEach(unknown::add);
		return unknown;
	}

	/**
	 * The ids of the documents these references name; unknown references are left out.
	 */
	public Set<String> ids(List<String> refs) {
		Set<String> ids = new TreeSet<>();
		refs.forEach(r -> find(r).ifPresent(d -> ids.add(d.id())));
		return ids;
	}

	private static String key(String ref) {
		return ref.strip().toLowerCase(Locale.ROOT);
	}

}
