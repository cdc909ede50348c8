package io.draftwave.complaints;

import java.util.List;

/**
 * One kind of fictional complaint the generator writes: its field and department, and the
 * phrases a text about it is made of. {@code {s}} in a problem stands for one of the
 * subjects; a particle after it is written as {@code [이/가]} and chosen by
 * {@link ComplaintWriting#particles}.
 *
 * @param name a short name used in the ground truth ({@code 가로등 고장})
 * @param field the field ({@code 분야}) written into the table
 * @param department the department that handles it
 * @param medianDays the typical handling time in days
 * @param subjects interchangeable names of what the complaint is about
 * @param problems what is wrong, with {@code {s}} for the subject
 * @param effects why it matters to the writer
 * @param details where exactly, added to the place
 * @param season the quarter (1–4) in which the kind is three times as frequent, or 0
 */
record ComplaintType(String name, String field, String department, int medianDays, List<String> subjects,
		List<String> problems, List<String> effects, List<String> details, int season) {

	ComplaintType {
		if (subjects.isEmpty() || problems.isEmpty() || effects.isEmpty() || details.isEmpty()) {
			throw new IllegalArgumentException("every part of a complaint type needs phrases: " + name);
		}
		subjects = List.copyOf(subjects);
		problems = List.copyOf(problems);
		effects = List.copyOf(effects);
		details = List.copyOf(details);
	}

}
