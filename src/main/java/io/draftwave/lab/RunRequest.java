package io.draftwave.lab;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A trainee's request for a run.
 *
 * @param exerciseId the exercise
 * @param participant the trainee's name for the leaderboard; blank or null: none
 * @param variants the prompt variants, 1 to {@value Lab#MAX_VARIANTS}; a blank name
 * becomes {@code 1}, {@code 2}, … by position
 * @param models the model settings, 1 to {@value Lab#MAX_MODELS}; null or empty: the
 * extractive drafter
 */
public record RunRequest(String exerciseId, @Nullable String participant, List<Variant> variants,
		@Nullable List<ModelSetting> models) {
}
