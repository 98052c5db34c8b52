package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes a GeoReport v2 document while it is produced, in XML or in JSON by the Spark convention the specification
 * prescribes: an XML list element holding items becomes a JSON array (top-level lists are bare arrays), an XML
 * element with children becomes a JSON object, an empty XML element is a JSON null. The document is never built in
 * memory first, so a thousand requests cost no more than their rows.
 */
abstract class Open311Output implements AutoCloseable {

	/** W3C datetime with the offset of Vietnam, to the second: 2026-11-27T08:15:30+07:00. */
	static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	/** Opens a list: {@code name} is the XML list element (and the JSON key inside an object), items are {@code item}. */
	abstract void startList(String name, String item);

	abstract void endList();

	/** Opens one item of the current list. */
	abstract void startItem();

	abstract void endItem();

	/** Opens a named object: the root element of a document, or a child of the current item or object. */
	abstract void startObject(String name);

	abstract void endObject();

	/** A text field; null is an empty element in XML and null in JSON. */
	abstract void string(String name, String value);

	/** A decimal field (coordinates); null as for {@link #string}. */
	abstract void number(String name, Double value);

	abstract void integer(String name, long value);

	abstract void bool(String name, boolean value);

	/** A scalar item of the current list, such as a format of a discovery endpoint. */
	abstract void value(String value);

	final void time(String name, Instant at) {
		string(name, at == null ? null : W3C.format(at));
	}

	@Override
	public abstract void close() throws IOException;
}
