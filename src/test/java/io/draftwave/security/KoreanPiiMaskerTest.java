package io.draftwave.security;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanPiiMaskerTest {

	private final KoreanPiiMasker masker = new KoreanPiiMasker();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			주민등록번호 900101-1234567 입니다        | 주민등록번호 [주민등록번호] 입니다
			주민번호는 900101 - 2234567               | 주민번호는 [주민등록번호]
			주민번호 0501013234567                     | 주민번호 [주민등록번호]
			외국인등록번호 850315-5123456              | 외국인등록번호 [외국인등록번호]
			연락처 010-1234-5678 로                    | 연락처 [전화번호] 로
			연락처 01012345678                          | 연락처 [전화번호]
			연락처 010 1234 5678                        | 연락처 [전화번호]
			+82 10-1234-5678 로 연락                    | [전화번호] 로 연락
			사무실 02-123-4567                          | 사무실 [전화번호]
			자택 031-1234-5678                          | 자택 [전화번호]
			자택 (031) 123-4567                         | 자택 [전화번호]
			메일 hong.gildong@example.co.kr 회신       | 메일 [이메일] 회신
			카드 4111-1111-1111-1111 결제              | 카드 [카드번호] 결제
			카드 5500 0000 0000 0004 결제              | 카드 [카드번호] 결제
			카드 4111111111111111                       | 카드 [카드번호]
			농협 계좌 302-1234-5678-91 로 환불         | 농협 계좌 [계좌번호] 로 환불
			계좌번호: 123-456-789012                    | 계좌번호: [계좌번호]
			우리은행 1002-123-456789                    | 우리은행 [계좌번호]
			국민 123456-01-234567 입금 바랍니다        | 국민 [계좌번호] 입금 바랍니다
			1002-123-456789(우리은행)                   | [계좌번호](우리은행)
			여권번호 M12345678                          | 여권번호 [여권번호]
			여권번호 M123A4567                          | 여권번호 [여권번호]
			면허번호 11-23-123456-78                    | 면허번호 [운전면허번호]
			""")
	void should_mask_personal_data_when_it_appears_in_the_text(String input, String expected) {
		// when
		String masked = masker.mask(input);

		// then
		assertThat(masked).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-06-10 접수
			2024.6.10. 처리
			2024년 6월 10일
			민원 201,375건 처리
			참석자 847명
			문서번호 BW-CMP-001
			2023년 대비 12.5% 증가
			예산 1,234,567,890원
			국민신문고 민원번호 2024-123456789
			국민건강보험 가입자 2024-06-10 기준
			카드 1234-5678-9012-3456 (Luhn 불일치)
			시행일 20240610
			조례 제2024-15호
			고시 제2024-123호 (2024. 6. 10.)
			전화 1588-1234 안내
			""")
	void should_leave_text_unchanged_when_it_holds_no_personal_data(String input) {
		// when
		String masked = masker.mask(input);

		// then
		assertThat(masked).isEqualTo(input);
	}

	@Test
	void should_mask_every_item_and_keep_the_rest_when_given_a_civil_complaint() {
		// given
		String complaint = """
				[민원 원문] 접수일 2024-06-10, 접수번호 BW-CMP-001
				안녕하세요. 저는 행복동에 사는 홍길동(900101-1234567)입니다.
				지난달 주차 과태료 40,000원을 두 번 납부했습니다. 카드 4111-1111-1111-1111 로 한 번,
				농협 계좌 302-1234-5678-91 에서 이체로 한 번 냈습니다. 중복 납부액을 환불해 주세요.
				연락은 010-9876-5432 또는 hong@example.com 으로 부탁드립니다.
				작년 민원 처리 건수가 201,375건이고 만족도가 87.5%라던데 빠른 처리 바랍니다.
				""";

		// when
		String masked = masker.mask(complaint);

		// then
		assertThat(masked).doesNotContain("900101", "1234567", "4111", "302-1234", "9876", "hong@")
			.contains("홍길동([주민등록번호])", "카드 [카드번호] 로", "농협 계좌 [계좌번호] 에서", "[전화번호] 또는 [이메일] 으로")
			.contains("2024-06-10", "BW-CMP-001", "40,000원", "201,375건", "87.5%");
	}

	@Test
	void should_leave_placeholders_unchanged_when_masking_masked_text_again() {
		// given
		String once = masker.mask("홍길동 900101-1234567, 010-1234-5678, a@b.kr, 우리은행 1002-123-456789");

		// when
		String twice = masker.mask(once);

		// then
		assertThat(twice).isEqualTo(once).isEqualTo("홍길동 [주민등록번호], [전화번호], [이메일], 우리은행 [계좌번호]");
	}

	@Test
	void should_never_show_a_valid_mobile_number_when_it_is_embedded_in_random_korean_text() {
		// given
		Random random = new Random(20240610L);
		String[] words = { "민원", "처리", "2024-06-10", "847명", "주차장", "BW-CMP-001", "12.5%", "요청", "답변" };

		for (int i = 0; i < 200; i++) {
			String phone = String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
			String text = words[random.nextInt(words.length)] + " " + phone + " " + words[random.nextInt(words.length)];

			// when
			String masked = masker.mask(text);

			// then
			assertThat(masked).doesNotContain(phone).contains("[전화번호]");
		}
	}

}
