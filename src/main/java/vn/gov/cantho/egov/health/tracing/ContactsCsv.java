package vn.gov.cantho.egov.health.tracing;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.gov.cantho.egov.health.ContactList;
import vn.gov.cantho.egov.health.ContactView;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * A contact list as CSV for spreadsheets (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads Vietnamese).
 * Safe against formula injection as OWASP advises: every cell is quoted with its quotes doubled, and a cell starting
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a name such as
 * {@code =HYPERLINK(...)} typed by anyone at a check-in stays text in the health office's spreadsheet (the Luca
 * export of May 2021 did not).
 */
public final class ContactsCsv {

	static final String BOM = "\uFEFF";
	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(DailyPartitions.ZONE);

	private ContactsCsv() {
	}

	/** Writes the header (already translated) and one row per contact. */
	public static void write(ContactList list, List<String> header, Writer out) throws IOException {
		out.write(BOM);
		row(out, header);
		for (ContactView c : list.contacts()) {
			row(out, List.of("F" + c.generation(), text(c.personRef()), text(c.fullName()), text(c.phone()),
					text(c.idNumberTail()), text(c.venueCode()), text(c.venueName()), at(c.overlapFrom()),
					at(c.overlapUntil()), Long.toString(c.minutes()), text(c.viaPersonRef()),
					Integer.toString(c.exposures()), at(c.reachedAt())));
		}
		out.flush();
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	/** One cell, neutralised and quoted. */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String at(Instant instant) {
		return instant == null ? "" : AT.format(instant);
	}
}
