package vn.gov.cantho.egov.health.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * QR codes as PNG images, and QR codes read back from camera frames. The code is drawn module by module at a whole
 * number of pixels each, black on white with the standard quiet zone of four modules, so it stays sharp at any print
 * size (no resampling blur). Frames are bounded in bytes and in pixels before they are decoded, so a crafted image
 * cannot exhaust memory.
 */
@Component
class QrImages {

	/** Quiet zone required by ISO/IEC 18004 around a QR code, in modules. */
	static final int QUIET_ZONE = 4;
	static final int MAX_FRAME_BYTES = 2 * 1024 * 1024;
	static final int MAX_FRAME_SIDE = 2000;

	/** A QR code of {@code text} as a PNG at least {@code minSide} pixels wide, with error correction {@code level}. */
	byte[] png(String text, ErrorCorrectionLevel level, int minSide) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, level);
		hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		BitMatrix modules;
		try {
			// Size 0: one pixel per module; the scaling below keeps every module the same whole number of pixels.
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw BusinessException.invalid("health.web.qr-too-long", null);
		}
		int scale = Math.max(1, (minSide + modules.getWidth() - 1) / modules.getWidth());
		int side = modules.getWidth() * scale;
		BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D pen = image.createGraphics();
		try {
			pen.setColor(Color.WHITE);
			pen.fillRect(0, 0, side, side);
			pen.setColor(Color.BLACK);
			for (int y = 0; y < modules.getHeight(); y++) {
				for (int x = 0; x < modules.getWidth(); x++) {
					if (modules.get(x, y)) {
						pen.fillRect(x * scale, y * scale, scale, scale);
					}
				}
			}
		}
		finally {
			pen.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The text of the QR code in an image (JPEG or PNG), or empty when there is none to read. An image that is not
	 * one, or that is too large, is refused ({@code health.web.frame-unreadable}, {@code health.web.frame-too-large}).
	 */
	Optional<String> read(byte[] image) {
		if (image == null || image.length == 0) {
			throw BusinessException.badRequest("health.web.frame-unreadable", "frame");
		}
		if (image.length > MAX_FRAME_BYTES) {
			throw BusinessException.invalid("health.web.frame-too-large", "frame");
		}
		BufferedImage frame = decodeBounded(image);
		int width = frame.getWidth();
		int height = frame.getHeight();
		int[] pixels = frame.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		try {
			return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
		catch (ReaderException e) {
			// A code was found but could not be read (blurred, cut): for the scanner that is the same as no code yet.
			return Optional.empty();
		}
	}

	/** Reads the image's size from its header first, and decodes its pixels only when within bounds. */
	private static BufferedImage decodeBounded(byte[] image) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw BusinessException.badRequest("health.web.frame-unreadable", "frame");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if (reader.getWidth(0) > MAX_FRAME_SIDE || reader.getHeight(0) > MAX_FRAME_SIDE) {
					throw BusinessException.invalid("health.web.frame-too-large", "frame");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException e) {
			throw BusinessException.badRequest("health.web.frame-unreadable", "frame");
		}
	}
}
