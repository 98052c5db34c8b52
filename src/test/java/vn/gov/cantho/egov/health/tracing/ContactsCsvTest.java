package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.health.ContactList;
import vn.gov.cantho.egov.health.ContactView;

/**
 * Cells that a spreadsheet would run as formulas become text (a leading apostrophe, as OWASP advises), quotes are
 * doubled, every cell is quoted, lines end in CRLF, and the file starts with a byte-order mark for Excel.
 */
class ContactsCsvTest {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+84901234567", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "=cmd|' /C calc'!A0" })
	void aCellStartingLikeAFormulaGetsALeadingApostrophe(String value) {
		String cell = ContactsCsv.cell(value);
		assertThat(cell).startsWith("\"'").endsWith("\"");
		assertThat(cell.substring(2, cell.length() - 1)).isEqualTo(value.replace("\"", "\"\""));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Nguyễn Văn An|\"Nguyễn Văn An\"", "a=b|\"a=b\"", "0901234567|\"0901234567\"",
			"Quán \"Ba Cô\"|\"Quán \"\"Ba Cô\"\"\"", "a,b|\"a,b\"" })
	void otherCellsAreQuotedAsTheyAre(String value, String expected) {
		assertThat(ContactsCsv.cell(value)).isEqualTo(expected);
	}

	@Test
	void aFormulaHiddenAfterAQuoteOrSeparatorStaysInsideItsCell() {
		assertThat(ContactsCsv.cell("=1+2\";=1+2")).isEqualTo("\"'=1+2\"\";=1+2\"");
		assertThat(ContactsCsv.cell(null)).isEqualTo("\"\"");
	}

	@Test
	void theFileHasABomAHeaderAndCrlfLines() throws IOException {
		ContactView contact = new ContactView(1, "ABCDEFGHJK", "=HYPERLINK(\"x\")", "0901234567", "1234", "VENUE00001",
				"Chợ", Instant.parse("2027-03-01T01:00:00Z"), Instant.parse("2027-03-01T01:40:00Z"), 40, "ZZZZZZZZZZ", 1,
				Instant.parse("2027-03-01T03:05:00Z"));
		StringWriter out = new StringWriter();
		ContactsCsv.write(new ContactList("F0-270301-0001", 1, Instant.now(), List.of(contact)),
				List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"), out);
		assertThat(out.toString()).isEqualTo("\uFEFF\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\",\"m\"\r\n"
				+ "\"F1\",\"ABCDEFGHJK\",\"'=HYPERLINK(\"\"x\"\")\",\"0901234567\",\"1234\",\"VENUE00001\",\"Chợ\","
				+ "\"01/03/2027 08:00\",\"01/03/2027 08:40\",\"40\",\"ZZZZZZZZZZ\",\"1\",\"01/03/2027 10:05\"\r\n");
	}
}
