package io.draftwave;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every capability.
 *
 * @param dataDir folder for the originals, the index and the embedded database; created
 * when missing
 */
@ConfigurationProperties("draftwave")
public record DraftwaveProperties(@DefaultValue("./data") Path dataDir) {

	/** The data folder as an absolute, normalised path. */
	public Path dataRoot() {
		return dataDir.toAbsolutePath().normalize();
	}

}
