package vn.gov.cantho.egov.health.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.gov.cantho.egov.BrowserTest;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * The checkpoint's camera in Chromium: the browser's fake camera plays a picture of the citizen's personal code held
 * in front of it, and the page checks the citizen in without anyone typing. Chromium on Linux has no QR
 * BarcodeDetector, so this is the path where frames go to the server to be read.
 */
class HealthCameraScanIT extends BrowserTest {

	@Autowired
	UserDetailsService users;

	@Autowired
	CurrentActor current;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	QrImages qr;

	private Path work;
	private ChromeDriverService cameraService;
	private PersonalCode code;

	@BeforeEach
	void browserWithACamera() throws IOException {
		HealthWebFixtures fixtures = new HealthWebFixtures(users, current, venues, people);
		code = fixtures.declare();
		work = Files.createTempDirectory("egov-camera");
		Path video = work.resolve("code.y4m");
		Files.write(video, y4m(QrPictures.image(QrPictures.cameraFrame(qr.png(code.token(), ErrorCorrectionLevel.Q,
				300)))));
		// The base class started a browser without a camera: this test needs one with a fake camera instead.
		browser.quit();
		cameraService = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(new File("/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1000,1200", "--lang=vi", "--user-data-dir=" + work.resolve("profile"),
				"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
				"--use-file-for-fake-video-capture=" + video);
		browser = new ChromeDriver(cameraService, options);
	}

	@AfterEach
	void stopCameraBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (cameraService != null) {
			cameraService.stop();
		}
		FileSystemUtils.deleteRecursively(work.toFile());
	}

	@Test
	void theCameraReadsThePersonalCodeAndTheCitizenIsCheckedIn() {
		VenueView venue = new HealthWebFixtures(users, current, venues, people).venue("health", VenueType.CHECKPOINT);
		logIn("checkpoint", "demo1234");
		waitFor(By.id("nav-health"));
		open("/chot-kiem-soat/" + venue.code());
		waitFor(By.id("camera-toggle")).click();
		waitFor(By.id("scan-accepted"));
		String status = browser.findElement(By.id("camera-status")).getText();
		assertThat(status).isIn(browser.findElement(By.id("camera-toggle")).getDomAttribute("data-server"),
				browser.findElement(By.id("camera-toggle")).getDomAttribute("data-native"));
		assertThat(browser.findElements(By.cssSelector("#recent-scans li.outcome-accepted"))).hasSize(1);
		browser.findElement(By.id("camera-toggle")).click();
		waitForText(By.id("camera-status"), browser.findElement(By.id("camera-toggle")).getDomAttribute("data-off"));
		assertThat(browser.findElement(By.id("camera-video")).isDisplayed()).isFalse();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(d -> d.switchTo().activeElement().getDomAttribute("id").equals("scan-code"));
	}

	/** One frame of raw video (YUV 4:2:0) that Chromium's fake camera plays in a loop; grey pictures need no colour. */
	private static byte[] y4m(BufferedImage picture) throws IOException {
		int width = picture.getWidth();
		int height = picture.getHeight();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("YUV4MPEG2 W" + width + " H" + height + " F5:1 Ip A1:1 C420jpeg\nFRAME\n")
			.getBytes(StandardCharsets.US_ASCII));
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = picture.getRGB(x, y);
				int luma = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
				out.write(luma);
			}
		}
		byte[] neutral = new byte[(width / 2) * (height / 2) * 2];
		Arrays.fill(neutral, (byte) 128);
		out.write(neutral);
		return out.toByteArray();
	}
}
