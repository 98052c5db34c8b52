package vn.gov.cantho.egov.feedback.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Small generated PNG pictures standing in for the photos of demo items: a sky, a street and a few blocks. */
final class DemoPhotos {

	private DemoPhotos() {
	}

	static byte[] png(long seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(new Color(150, 190, 230));
			g.fillRect(0, 0, 320, 120);
			g.setColor(new Color(110, 110, 110));
			g.fillRect(0, 120, 320, 120);
			for (int i = 0; i < 6; i++) {
				g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
				g.fillRect(random.nextInt(280), 60 + random.nextInt(140), 20 + random.nextInt(60),
						10 + random.nextInt(40));
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
