package io.draftwave.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * The public-administration terms shipped in {@value #RESOURCE}, read once. Nori's
 * dictionary takes several of them apart wrongly: 보고서 becomes the verb 보 (U+BCF4), 행정안전부
 * becomes 행정 + 전부, 생성형 becomes 성형, 플랫폼 becomes 플랫 + 폼. An entry is either a word kept
 * whole ({@code 보고서}) or a compound with its parts ({@code 행정안전부 행정 안전 부}), which the
 * tokenizer then treats like its own compounds (parts only under DISCARD).
 * <p>
 * Thread-safe: the dictionary is immutable and shared by every analyzer.
 */
final class KoreanUserDictionary {

	/** Class-path location of the dictionary. */
	static final String RESOURCE = "/search/userdict-ko.txt";

	private static final String TEXT = read();

	private static final UserDictionary DICTIONARY = parse(TEXT);

	private KoreanUserDictionary() {
	}

	/** The dictionary, shared; never null (the resource has entries). */
	static UserDictionary get() {
		return DICTIONARY;
	}

	/** CRC-32 of the dictionary's text, in hex: changes whenever an entry changes. */
	static String checksum() {
		CRC32 crc = new CRC32();
		crc.update(TEXT.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	private static String read() {
		try (InputStream in = KoreanUserDictionary.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("the Korean user dictionary " + RESOURCE + " is not on the class path");
			}
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readAllBytes()))
				.toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the Korean user dictionary " + RESOURCE, e);
		}
	}

	private static UserDictionary parse(String text) {
		try {
			UserDictionary dictionary = UserDictionary.open(new StringReader(text));
			if (dictionary == null) {
				throw new IllegalStateException("the Korean user dictionary " + RESOURCE + " has no entries");
			}
			return dictionary;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot parse the Korean user dictionary " + RESOURCE, e);
		}
	}

}
