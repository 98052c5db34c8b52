package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML side of {@link Open311Output}: UTF-8 with the declaration the specification requires, no namespace.
 * Characters that XML 1.0 cannot carry (control characters pasted into a description) are left out rather than
 * making the whole document unreadable.
 */
final class XmlOutput extends Open311Output {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;
	private final Deque<String> items = new ArrayDeque<>();

	XmlOutput(OutputStream out) throws IOException {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("utf-8", "1.0");
		}
		catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	@Override
	void startList(String name, String item) {
		start(name);
		items.push(item);
	}

	@Override
	void endList() {
		items.pop();
		end();
	}

	@Override
	void startItem() {
		start(items.element());
	}

	@Override
	void endItem() {
		end();
	}

	@Override
	void startObject(String name) {
		start(name);
	}

	@Override
	void endObject() {
		end();
	}

	@Override
	void string(String name, String value) {
		try {
			if (value == null) {
				xml.writeEmptyElement(name);
			}
			else {
				xml.writeStartElement(name);
				xml.writeCharacters(printable(value));
				xml.writeEndElement();
			}
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	void number(String name, Double value) {
		string(name, value == null ? null : String.valueOf(value.doubleValue()));
	}

	@Override
	void integer(String name, long value) {
		string(name, Long.toString(value));
	}

	@Override
	void bool(String name, boolean value) {
		string(name, Boolean.toString(value));
	}

	@Override
	void value(String value) {
		string(items.element(), value);
	}

	@Override
	public void close() throws IOException {
		try {
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	private void start(String name) {
		try {
			xml.writeStartElement(name);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	private void end() {
		try {
			xml.writeEndElement();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	static String printable(String text) {
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
			if (!allowed && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && kept != null) {
				kept.append(c);
			}
		}
		return kept == null ? text : kept.toString();
	}
}
