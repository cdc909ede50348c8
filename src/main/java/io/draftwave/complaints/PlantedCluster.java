package io.draftwave.complaints;

import java.util.List;

/**
 * A repeat-complaint cluster the generator planted: complaints about the same problem at
 * the same place within a few weeks, written as rephrasings of one core.
 *
 * @param district the district
 * @param place the place
 * @param type the kind of complaint ({@code 가로등 고장})
 * @param rows the data row numbers of its complaints, ascending
 */
public record PlantedCluster(String district, String place, String type, List<Integer> rows) {

	public PlantedCluster {
		rows = List.copyOf(rows);
	}

}
