package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.draftwave.search.ContentWords;
import io.draftwave.security.KoreanPiiMasker;

/**
 * The complaints with their masked texts and the Nori nouns of each, taken once for all
 * analyses. Boilerplate nouns every complaint may hold ({@link #BOILERPLATE}: 민원, 요청, 문의,
 * greetings, the masker's placeholders) are left out, so the nouns of "안녕하세요. 가로등이 꺼져
 * 있습니다. 조치 요청드립니다. 연락처 010-1234-5678" hold 가로등 and none of 안녕, 조치, 요청, 연락처, and its
 * masked text ends in {@code 연락처 [전화번호]}.
 *
 * @param complaints the complaints, in the order given
 * @param masked each complaint's text with personal data masked
 * @param nouns each complaint's nouns in text order, compounds whole, repeats kept,
 * boilerplate left out
 * @param parts the same with compounds split into their parts, for near-duplicate
 * detection
 */
record ComplaintTerms(List<Complaint> complaints, List<String> masked, List<List<String>> nouns,
		List<List<String>> parts) {

	/**
	 * Nouns of complaint boilerplate: requests, greetings, contact lines, placeholders.
	 */
	static final Set<String> BOILERPLATE = Set.of("민원", "요청", "문의", "부탁", "조치", "확인", "처리", "안녕", "수고", "주민", "연락",
			"연락처", "답변", "회신", "신고", "전화", "번호", "이메일", "감사", "해결", "검토", "개선", "방안", "결과", "현장", "정비", "신속", "조속",
			"번째", "내용", "사람", "근처", "출퇴근", "매일", "위치", "지난번", "전", "집", "길", "주");

	ComplaintTerms {
		complaints = List.copyOf(complaints);
		masked = List.copyOf(masked);
		nouns = List.copyOf(nouns);
		parts = List.copyOf(parts);
	}

	/**
	 * Masks and analyses every text; the work is split over the available processors.
	 * Equal nouns share one string, so a million complaints hold each distinct noun once.
	 */
	static ComplaintTerms of(List<Complaint> complaints, ContentWords words, KoreanPiiMasker masker) {
		Map<String, String> canonical = new ConcurrentHashMap<>();
		List<String> masked = complaints.parallelStream().map(c -> masker.mask(c.text())).toList();
		List<List<String>> nouns = masked.parallelStream().map(text -> kept(words.nouns(text), canonical)).toList();
		List<List<String>> parts = masked.parallelStream().map(text -> kept(words.nounParts(text), canonical)).toList();
		return new ComplaintTerms(complaints, masked, nouns, parts);
	}

	private static List<String> kept(List<String> terms, Map<String, String> canonical) {
		List<String> kept = new ArrayList<>(terms.size());
		for (String term : terms) {
			if (!BOILERPLATE.contains(term)) {
				String known = canonical.putIfAbsent(term, term);
				kept.add(known == null ? term : known);
			}
		}
		return List.copyOf(kept);
	}

	/** The complaints that meet the condition, in the same order, with their terms. */
	ComplaintTerms filter(Predicate<Complaint> condition) {
		List<Complaint> c = new ArrayList<>();
		List<String> m = new ArrayList<>();
		List<List<String>> n = new ArrayList<>();
		List<List<String>> p = new ArrayList<>();
		for (int i = 0; i < complaints.size(); i++) {
			if (condition.test(complaints.get(i))) {
				c.add(complaints.get(i));
				m.add(masked.get(i));
				n.add(nouns.get(i));
				p.add(parts.get(i));
			}
		}
		return new ComplaintTerms(c, m, n, p);
	}

	int size() {
		return complaints.size();
	}

}
