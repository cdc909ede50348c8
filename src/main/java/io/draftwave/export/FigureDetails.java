package io.draftwave.export;

import org.jspecify.annotations.Nullable;

/**
 * A cited figure as an export finds it.
 *
 * @param kept whether its analysis is still kept; when not, the export has no picture and
 * its footnote says so
 * @param documentTitle the title of the table's document (its id when unknown)
 * @param png the chart as a PNG image, or null when the analysis is gone or its result
 * has fewer than two values
 */
record FigureDetails(boolean kept, String documentTitle, byte @Nullable [] png) {

}
