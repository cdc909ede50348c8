package io.draftwave.complaints;

import java.util.List;

import io.draftwave.tables.Analysis;

/**
 * The outcome of a complaint analysis: its figures, each an {@link Analysis} ready to be
 * kept, cited, drawn and exported like any table figure, and the details a page shows.
 *
 * @param query the query, every parameter set
 * @param table the complaint table analysed
 * @param complaintCount the complaints that met the filters
 * @param figures the figures, the main one first; statements state their numbers
 * @param details what was found, per analysis
 */
public record ComplaintFindings(ComplaintQuery query, ComplaintTableFacts table, int complaintCount,
		List<Analysis> figures, ComplaintDetails details) {

	public ComplaintFindings {
		figures = List.copyOf(figures);
	}

}
