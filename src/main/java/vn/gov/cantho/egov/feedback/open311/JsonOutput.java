package vn.gov.cantho.egov.feedback.open311;

import java.io.OutputStream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The JSON side of {@link Open311Output}, on Jackson's streaming generator. */
final class JsonOutput extends Open311Output {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private final JsonGenerator json;

	JsonOutput(OutputStream out) {
		this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
	}

	@Override
	void startList(String name, String item) {
		named(name);
		json.writeStartArray();
	}

	@Override
	void endList() {
		json.writeEndArray();
	}

	@Override
	void startItem() {
		json.writeStartObject();
	}

	@Override
	void endItem() {
		json.writeEndObject();
	}

	@Override
	void startObject(String name) {
		named(name);
		json.writeStartObject();
	}

	@Override
	void endObject() {
		json.writeEndObject();
	}

	@Override
	void string(String name, String value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeStringProperty(name, value);
		}
	}

	@Override
	void number(String name, Double value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value.doubleValue());
		}
	}

	@Override
	void integer(String name, long value) {
		json.writeNumberProperty(name, value);
	}

	@Override
	void bool(String name, boolean value) {
		json.writeBooleanProperty(name, value);
	}

	@Override
	void value(String value) {
		json.writeString(value);
	}

	@Override
	public void close() {
		json.close();
	}

	/** Inside an object every member is named; at the root or in an array it is not. */
	private void named(String name) {
		if (json.streamWriteContext().inObject()) {
			json.writeName(name);
		}
	}
}
