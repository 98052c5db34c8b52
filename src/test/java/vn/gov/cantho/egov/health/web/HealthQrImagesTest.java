package vn.gov.cantho.egov.health.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The QR images: what is drawn reads back to the same text, with the quiet zone and at least the size asked for, in
 * two colours only (sharp when printed); camera frames are read, and refused when not images or too large.
 */
class HealthQrImagesTest {

	static final String VENUE_QR = "https://egov.cantho.gov.vn/c/V1.AB12CD34EF56.1.Xy_9-kLmNoPqRsTuVwXyZa";

	final QrImages qr = new QrImages();

	@ParameterizedTest
	@EnumSource(value = ErrorCorrectionLevel.class, names = { "M", "Q" })
	void aDrawnCodeReadsBackToItsText(ErrorCorrectionLevel level) throws Exception {
		byte[] png = qr.png(VENUE_QR, level, 1800);
		assertThat(QrPictures.decode(png)).isEqualTo(VENUE_QR);
		BufferedImage image = QrPictures.image(png);
		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThanOrEqualTo(1800);
	}

	@Test
	void theCodeHasItsQuietZoneAndOnlyBlackAndWhitePixels() {
		BufferedImage image = QrPictures.image(qr.png(VENUE_QR, ErrorCorrectionLevel.Q, 400));
		int side = image.getWidth();
		int darkFrom = side;
		for (int x = 0; x < side && darkFrom == side; x++) {
			for (int y = 0; y < side; y++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
					darkFrom = x;
					break;
				}
			}
		}
		// The top-left finder pattern starts the code: its top edge is a dark run of seven modules, and the quiet zone
		// before it (and after the code on the right) is four modules wide.
		int run = 0;
		while ((image.getRGB(darkFrom + run, darkFrom) & 0xFFFFFF) == 0) {
			run++;
		}
		assertThat(run % 7).isZero();
		int module = run / 7;
		assertThat(darkFrom).isEqualTo(QrImages.QUIET_ZONE * module);
		assertThat(side - rightmostDark(image) - 1).isEqualTo(QrImages.QUIET_ZONE * module);
		for (int y = 0; y < side; y += 7) {
			for (int x = 0; x < side; x += 7) {
				assertThat(image.getRGB(x, y) & 0xFFFFFF).isIn(0, 0xFFFFFF);
			}
		}
	}

	@Test
	void aCameraFrameIsReadAndAnEmptyOneHasNoCode() {
		String token = "P1.ABCDEFGHJKLM.1.1900000000.AbCdEfGhIjKlMnOpQrStUv";
		byte[] frame = QrPictures.cameraFrame(qr.png(token, ErrorCorrectionLevel.Q, 300));
		assertThat(qr.read(frame)).contains(token);
		assertThat(qr.read(QrPictures.cameraFrame(null))).isEmpty();
	}

	@Test
	void whatIsNotAnImageOrIsTooLargeIsRefused() {
		assertThatThrownBy(() -> qr.read("not an image".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("health.web.frame-unreadable"));
		byte[] wide = QrPictures.png(new BufferedImage(QrImages.MAX_FRAME_SIDE + 1, 2, BufferedImage.TYPE_BYTE_BINARY));
		assertThatThrownBy(() -> qr.read(wide)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.code()).isEqualTo("health.web.frame-too-large"));
		assertThatThrownBy(() -> qr.read(new byte[QrImages.MAX_FRAME_BYTES + 1]))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("health.web.frame-too-large"));
	}

	@Test
	void initialsAreAllThatIsShownOfAName() {
		assertThat(HealthWebDisplay.initials("Nguyễn Văn An")).isEqualTo("N.V.A.");
		assertThat(HealthWebDisplay.initials("  đặng   thị  ")).isEqualTo("Đ.T.");
		assertThat(HealthWebDisplay.initials(" ")).isNull();
	}

	private static int rightmostDark(BufferedImage image) {
		for (int x = image.getWidth() - 1; x >= 0; x--) {
			for (int y = 0; y < image.getHeight(); y++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
					return x;
				}
			}
		}
		return -1;
	}
}
