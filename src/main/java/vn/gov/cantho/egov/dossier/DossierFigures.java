package vn.gov.cantho.egov.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of one agency (or every agency in the caller's scope when {@code agencyCode} is null) over the dossiers
 * received from {@code from} to {@code to} inclusive. The on-time rate follows the 766 rule: time spent by the
 * citizen on a supplement is subtracted, more than one supplement request counts as late, a dossier still open is
 * judged at the end of the period.
 * <p>
 * Rates ({@code onlineShare}, {@code onTimeRate}) are percentages from 0 to 100 rounded to 2 decimals, 0 when nothing
 * was counted. {@code decided} counts the completed dossiers (result ready or returned), whose average handling time is
 * given in working days; {@code judged} counts the dossiers the on-time rule applies to (all received but withdrawn).
 */
public interface DossierFigures {

	Figures figures(LocalDate from, LocalDate to, String agencyCode);

	record Figures(LocalDate from, LocalDate to, String agencyCode, long received, long online, long counter,
			long post, double onlineShare, long decided, long onTime, double onTimeRate,
			double averageHandlingWorkingDays, List<AgencyFigures> agencies) {
	}

	record AgencyFigures(String agencyCode, long received, long online, long counter, long post,
			double onlineShare, long onTime, long judged, double onTimeRate, double averageHandlingWorkingDays) {
	}
}
