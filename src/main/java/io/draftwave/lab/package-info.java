/**
 * The trainers' prompt lab. Exercises are YAML files in a folder trainers edit
 * ({@link io.draftwave.lab.ExerciseCatalog}, {@link io.draftwave.lab.ExerciseParser}: a
 * bad file is reported with its line and the others still load). A run is the grid of
 * prompt variants × model settings × test cases of one exercise
 * ({@link io.draftwave.lab.RunPlanner}); its cells are drafted through the drafting
 * capability with bounded concurrency ({@link io.draftwave.lab.CellQueue},
 * {@link io.draftwave.lab.CellRunner}), each kept with its full prompt, output,
 * citations, timing and the results of the exercise's {@link io.draftwave.lab.Check}s, in
 * the relational store ({@link io.draftwave.lab.RunStore}) so that runs survive restarts.
 * {@link io.draftwave.lab.Lab} is the face the HTTP layer uses.
 */
@NullMarked
package io.draftwave.lab;

import org.jspecify.annotations.NullMarked;
