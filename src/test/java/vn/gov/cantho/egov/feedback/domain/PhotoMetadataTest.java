package vn.gov.cantho.egov.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Photos lose their EXIF, XMP, comments and PNG text before they are stored; the picture stays readable. */
class PhotoMetadataTest {

	@Test
	void aJpegLosesItsExifAndCommentButKeepsItsColourProfileAndPicture() throws IOException {
		byte[] plain = picture("jpg");
		byte[] exif = segment(0xE1, "Exif\0\0GPS 10.0342N 105.7683E Nguyen Van An's phone");
		byte[] comment = segment(0xFE, "taken by Nguyen Van An");
		byte[] icc = segment(0xE2, "ICC_PROFILE\0\1\1colour");
		byte[] tagged = concat(slice(plain, 0, 2), exif, icc, comment, slice(plain, 2, plain.length));

		byte[] stripped = PhotoMetadata.strip(tagged, "image/jpeg");

		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPS").doesNotContain("Nguyen Van An").contains("ICC_PROFILE");
		assertThat(stripped).hasSize(plain.length + icc.length);
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
	}

	@Test
	void aPngLosesItsTextExifAndTimeChunksButKeepsItsPicture() throws IOException {
		byte[] plain = picture("png");
		int iend = plain.length - 12;
		byte[] tagged = concat(slice(plain, 0, iend), chunk("tEXt", "Author\0Nguyen Van An"),
				chunk("eXIf", "GPS 10.0342N"), chunk("tIME", "\7\352\13\33\1\2\3"), slice(plain, iend, plain.length));

		byte[] stripped = PhotoMetadata.strip(tagged, "image/png");

		assertThat(stripped).isEqualTo(plain);
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getHeight()).isEqualTo(30);
	}

	@Test
	void aFileItCannotWalkIsLeftAsGiven() {
		byte[] odd = { (byte) 0xFF, (byte) 0xD8, 0x12, 0x34, 0x56 };
		assertThat(PhotoMetadata.strip(odd, "image/jpeg")).isEqualTo(odd);
	}

	private static byte[] picture(String format) throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static byte[] segment(int marker, String data) {
		byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
		return ByteBuffer.allocate(4 + bytes.length)
			.put((byte) 0xFF)
			.put((byte) marker)
			.putShort((short) (bytes.length + 2))
			.put(bytes)
			.array();
	}

	private static byte[] chunk(String type, String data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(bytes);
		return ByteBuffer.allocate(12 + bytes.length)
			.putInt(bytes.length)
			.put(typeBytes)
			.put(bytes)
			.putInt((int) crc.getValue())
			.array();
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		return java.util.Arrays.copyOfRange(bytes, from, to);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
