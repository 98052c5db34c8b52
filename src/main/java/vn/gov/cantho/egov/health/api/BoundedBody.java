package vn.gov.cantho.egov.health.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that stops being read past a bound, so that an oversized upload is refused after a few megabytes
 * instead of being parsed whole (JSON bodies have no container limit, unlike forms and multipart).
 */
final class BoundedBody extends FilterInputStream {

	private final long max;
	private long read;

	BoundedBody(InputStream in, long max) {
		super(in);
		this.max = max;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		count(b < 0 ? 0 : 1);
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		count(Math.max(n, 0));
		return n;
	}

	private void count(int n) throws TooLarge {
		read += n;
		if (read > max) {
			throw new TooLarge();
		}
	}

	/** Thrown (through the JSON parser) once the bound is passed. */
	static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge() {
			super("request body over its bound");
		}
	}
}
