package io.draftwave.lab;

import org.jspecify.annotations.Nullable;

/**
 * A model setting of a run: which drafter, at which temperature.
 *
 * @param model {@value LabModels#EXTRACTIVE} or the id of a configured language model
 * @param temperature the sampling temperature of a language model, 0 to 2; null for the
 * extractive drafter, which has none
 */
public record ModelSetting(String model, @Nullable Double temperature) {

	/** The label of the setting in a comparison, e.g. {@code qwen-7b @ 0.7}. */
	public String label() {
		return temperature == null ? model : model + " @ " + temperature;
	}

}
