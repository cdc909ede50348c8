package io.draftwave.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

import io.draftwave.DraftwaveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The documents' original files, content-addressed: a file lives at
 * {@code originals/<first two hex digits>/<sha256>}, so the same bytes are kept once, and
 * names coming from users never reach the file system. A file is written to a temporary
 * name, forced to disk and then moved into place, so a crash leaves either the whole file
 * or none.
 */
@Component
public class OriginalStore {

	private static final Logger log = LoggerFactory.getLogger(OriginalStore.class);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	@Autowired
	OriginalStore(DraftwaveProperties properties) {
		this(properties.dataRoot().resolve("originals"));
	}

	public OriginalStore(Path root) {
		this.root = root;
		try {
			Files.createDirectories(root.resolve("tmp"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the originals folder " + root, ex);
		}
	}

	/**
	 * Computes the SHA-256 of a file.
	 * @return 64 lowercase hex digits
	 */
	public static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Keeps a copy of the file under its hash; does nothing when that content is already
	 * kept.
	 * @return the path of the kept copy
	 */
	public Path store(Path file, String sha256) {
		Path target = path(sha256);
		if (Files.exists(target)) {
			return target;
		}
		try {
			Files.createDirectories(target.getParent());
			Path tmp = Files.createTempFile(root.resolve("tmp"), sha256, ".part");
			Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the original " + sha256 + " under " + root, ex);
		}
	}

	/** Where the original with this hash is (or would be) kept. */
	public Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	public boolean exists(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	/** Removes the original; nothing happens when it is not there. */
	public void delete(String sha256) {
		try {
			Files.deleteIfExists(path(sha256));
		}
		catch (IOException ex) {
			log.warn("Could not remove the original {}: {}; it stays on disk until removed by hand", sha256,
					ex.getMessage());
		}
	}

	/**
	 * Deletes every kept original whose hash is not in {@code sha256s}: files a crash
	 * left between keeping an original and writing its record, or between removing a
	 * record and its original.
	 * @return the number of originals deleted
	 */
	public int keepOnly(Set<String> sha256s) {
		int deleted = 0;
		try (var files = Files.walk(root, 2)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				boolean temporary = f.getParent().equals(root.resolve("tmp"));
				if (!temporary && !sha256s.contains(f.getFileName().toString())) {
					Files.deleteIfExists(f);
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the originals under " + root, ex);
		}
		return deleted;
	}

	/**
	 * Removes temporary files left by a crash in the middle of {@link #store}; a missing
	 * temporary folder (removed by hand) is made again.
	 */
	public void removeLeftovers() {
		try (var files = Files.list(Files.createDirectories(root.resolve("tmp")))) {
			files.forEach(f -> {
				try {
					Files.deleteIfExists(f);
				}
				catch (IOException ex) {
					log.warn("Could not remove the leftover {}: {}", f, ex.getMessage());
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + root.resolve("tmp"), ex);
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JDK has no SHA-256", ex);
		}
	}

}
