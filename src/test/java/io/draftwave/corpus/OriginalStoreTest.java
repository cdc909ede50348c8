package io.draftwave.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OriginalStoreTest {

	@TempDir
	Path root;

	@Test
	void should_remove_partial_files_and_keep_stored_originals() throws IOException {
		// given
		OriginalStore store = new OriginalStore(root);
		Path source = Files.writeString(root.resolve("notice.txt"), "공지 본문");
		String sha256 = OriginalStore.sha256(source);
		store.store(source, sha256);
		Path partial = Files.writeString(root.resolve("tmp").resolve(sha256 + ".part"), "공지");

		// when
		store.removeLeftovers();

		// then
		assertThat(partial).doesNotExist();
		assertThat(store.exists(sha256)).isTrue();
	}

	@Test
	void should_make_the_temporary_folder_again_when_it_was_removed_by_hand() throws IOException {
		// given
		OriginalStore store = new OriginalStore(root);
		Files.delete(root.resolve("tmp"));

		// when
		store.removeLeftovers();

		// then
		assertThat(root.resolve("tmp")).isDirectory();
	}

}
