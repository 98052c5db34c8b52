package vn.gov.cantho.egov.feedback.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what a photo says about its author before it is stored: a phone's pictures carry the place they were taken
 * (GPS), the device and often a name in EXIF, XMP and comments, and approved photos are public. Works on the bytes,
 * without decoding the picture, so nothing is lost in quality: in a JPEG the APP1 to APP15 segments go (except an
 * ICC colour profile in APP2 and Adobe's APP14, which decoding needs) and so do comments; in a PNG the text, EXIF and
 * time chunks go. A file it cannot walk is returned as given (the decoder checked it already).
 */
final class PhotoMetadata {

	private static final Set<String> PNG_DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
	private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

	private PhotoMetadata() {
	}

	static byte[] strip(byte[] content, String mediaType) {
		try {
			return "image/png".equals(mediaType) ? png(content) : jpeg(content);
		}
		catch (ArrayIndexOutOfBoundsException | IllegalStateException e) {
			return content;
		}
	}

	private static byte[] jpeg(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 2); // SOI
		int i = 2;
		while (i < in.length) {
			if ((in[i] & 0xFF) != 0xFF) {
				throw new IllegalStateException("not a marker");
			}
			int marker = in[i + 1] & 0xFF;
			if (marker == 0xFF) { // fill byte
				i++;
				continue;
			}
			if (marker == 0xDA) { // start of scan: the picture itself and the end follow, copied as they are
				out.write(in, i, in.length - i);
				return out.toByteArray();
			}
			if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
				out.write(in, i, 2);
				i += 2;
				continue;
			}
			int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
			if (length < 2 || i + 2 + length > in.length) {
				throw new IllegalStateException("bad segment length");
			}
			if (!dropped(marker, in, i + 4, length - 2)) {
				out.write(in, i, 2 + length);
			}
			i += 2 + length;
		}
		return out.toByteArray();
	}

	private static boolean dropped(int marker, byte[] in, int data, int size) {
		if (marker == 0xFE) { // comment
			return true;
		}
		if (marker < 0xE1 || marker > 0xEF || marker == 0xEE) { // not APPn, or Adobe's colour transform
			return false;
		}
		boolean iccProfile = marker == 0xE2 && size >= ICC.length
				&& Arrays.equals(in, data, data + ICC.length, ICC, 0, ICC.length);
		return !iccProfile;
	}

	private static byte[] png(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8); // signature
		int i = 8;
		while (i + 8 <= in.length) {
			long length = ((in[i] & 0xFFL) << 24) | ((in[i + 1] & 0xFF) << 16) | ((in[i + 2] & 0xFF) << 8)
					| (in[i + 3] & 0xFF);
			long end = i + 12 + length;
			if (end > in.length) {
				throw new IllegalStateException("bad chunk length");
			}
			String type = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
			if (!PNG_DROPPED.contains(type)) {
				out.write(in, i, (int) (end - i));
			}
			i = (int) end;
			if ("IEND".equals(type)) {
				break;
			}
		}
		return out.toByteArray();
	}
}
