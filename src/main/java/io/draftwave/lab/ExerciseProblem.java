package io.draftwave.lab;

/**
 * What is wrong with an exercise file; the file is not loaded until it is fixed.
 *
 * @param file the file, relative to the exercises folder, e.g.
 * {@code level-2/press-release.yaml}
 * @param line the 1-based line where the problem is, 0 when it concerns the whole file
 * @param message what is wrong and how to fix it
 */
public record ExerciseProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + message;
	}

}
