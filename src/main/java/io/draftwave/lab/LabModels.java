package io.draftwave.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.draftwave.drafting.Drafter;
import io.draftwave.drafting.LanguageModels;
import io.draftwave.drafting.ModelEndpoint;

/**
 * The drafters a run may use: the offline extractive drafter, always, under
 * {@value #EXTRACTIVE}, and each configured language model by its id. A language model's
 * drafter has no fallback: a failing model fails its cell, so trainees see the model's
 * failure instead of a score the extractive drafter earned. Immutable.
 */
public final class LabModels {

	/** The id of the extractive drafter. */
	public static final String EXTRACTIVE = "extractive";

	/** The temperature of a language model setting that names none. */
	public static final double DEFAULT_TEMPERATURE = 0.2;

	private final Drafter extractive;

	private final LanguageModels languageModels;

	private final Map<String, ModelEndpoint> endpoints = new LinkedHashMap<>();

	/**
	 * A model offered in the lab.
	 *
	 * @param id what a run names it by
	 * @param label a name for people
	 * @param extractive whether it is the extractive drafter (no temperature) or a
	 * language model
	 */
	public record LabModel(String id, String label, boolean extractive) {
	}

	/**
	 * @param extractive the offline drafter
	 * @param languageModels makes the language models' drafters
	 * @param endpoints the language models offered, in order
	 * @throws IllegalArgumentException when an id is used twice or is
	 * {@value #EXTRACTIVE}
	 */
	public LabModels(Drafter extractive, LanguageModels languageModels, List<ModelEndpoint> endpoints) {
		this.extractive = extractive;
		this.languageModels = languageModels;
		for (ModelEndpoint e : endpoints) {
			if (e.id().equals(EXTRACTIVE) || endpoints.stream().filter(o -> o.id().equals(e.id())).count() > 1) {
				throw new IllegalArgumentException(
						"draftwave.lab.models: the id '" + e.id() + "' must be unique and not '" + EXTRACTIVE + "'");
			}
			this.endpoints.put(e.id(), e);
		}
	}

	/** The extractive drafter first, then the language models in configured order. */
	public List<LabModel> list() {
		List<LabModel> models = new ArrayList<>();
		models.add(new LabModel(EXTRACTIVE, "추출식 초안 (Extractive, no model)", true));
		endpoints.values().forEach(e -> models.add(new LabModel(e.id(), e.label(), false)));
		return models;
	}

	/** Whether a run may name this model. */
	public boolean knows(String id) {
		return id.equals(EXTRACTIVE) || endpoints.containsKey(id);
	}

	/** Whether the id names the extractive drafter. */
	public static boolean isExtractive(String id) {
		return id.equals(EXTRACTIVE);
	}

	/**
	 * The drafter of a setting.
	 * @throws IllegalArgumentException when the model is not offered
	 */
	Drafter drafter(ModelSetting setting) {
		if (isExtractive(setting.model())) {
			return extractive;
		}
		ModelEndpoint endpoint = endpoints.get(setting.model());
		if (endpoint == null) {
			throw new IllegalArgumentException("the model '" + setting.model() + "' is not configured");
		}
		return languageModels.drafter(endpoint,
				setting.temperature() == null ? DEFAULT_TEMPERATURE : setting.temperature());
	}

}
