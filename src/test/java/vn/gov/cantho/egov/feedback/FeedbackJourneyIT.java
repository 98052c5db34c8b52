package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.gov.cantho.egov.BrowserTest;

/**
 * The 1022 journey in Chromium, with no map tile server reachable: an anonymous visitor files a sanitation report at
 * Cái Khế with a pin, a photo and a phone; the 1022 operator sends it to the suggested agency, the ward committee; its
 * specialist answers; the public page then shows the report and its answer without the reporter's phone, in
 * Vietnamese and in English.
 */
class FeedbackJourneyIT extends BrowserTest {

	static final String FIELD = "VE-SINH-MOI-TRUONG";
	static final String CAI_KHE = "31117";
	static final String AGENCY = "UBND-CAIKHE";

	@Autowired
	FeedbackFields fields;

	@Autowired
	MessageSource messages;

	private Path photo;

	@AfterEach
	void deletePhoto() throws IOException {
		if (photo != null) {
			Files.deleteIfExists(photo);
		}
	}

	@Test
	void aReportFromTheFormToItsPublicAnswer() throws IOException {
		String word = "kiemthu" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String number = visitorFiles(word, phone);

		as("operator", number, () -> {
			Select agency = new Select(waitFor(By.id("assign-agencyCode")));
			assertThat(agency.getFirstSelectedOption().getDomAttribute("value")).isEqualTo(AGENCY);
			assertThat(browser.findElement(By.id("reporter-phone")).getText()).isEqualTo(phone);
			click("assign-submit");
		});
		as("specialist.caikhe", number, () -> {
			waitFor(By.id("resolve-comment")).sendKeys("Phường đã thu gom rác ven kênh ngày hôm sau.");
			click("resolve-submit");
		});

		open("/phan-anh");
		waitFor(By.id("q")).sendKeys(word + " rac ven kenh");
		browser.findElement(By.id("search-submit")).click();
		waitFor(By.id("item-" + number));
		assertThat(browser.findElement(By.id("public-items")).getText()).contains("Phường đã thu gom rác ven kênh");
		assertThat(browser.getPageSource()).doesNotContain(phone);
		browser.findElement(By.id("item-" + number)).findElement(By.tagName("a")).click();
		waitForText(By.id("item-answer-text"), "Phường đã thu gom rác ven kênh ngày hôm sau.");
		waitFor(By.cssSelector("#map[data-boundary-drawn='true']"));
		assertThat(browser.getPageSource()).doesNotContain(phone);

		open("/phan-anh?lang=en&q=" + word);
		waitForText(By.tagName("h1"), "Citizen feedback with answers");
		waitFor(By.id("item-" + number));
		assertThat(browser.findElement(By.id("item-" + number)).getText())
			.contains(messages.getMessage("feedback.web.state.RESOLVED", null, Locale.ENGLISH), "Environmental sanitation");
		assertThat(browser.getPageSource()).doesNotContain(phone);
	}

	/** The anonymous visitor's report, filed through the form; the number shown at the end. */
	private String visitorFiles(String word, String phone) throws IOException {
		open("/");
		waitFor(By.id("nav-feedback-file")).click();
		waitFor(By.id("filing-form"));
		// No tile server answers in the tests: the map still draws the city and takes a pin.
		WebElement map = waitFor(By.cssSelector("#map[data-boundary-drawn='true']"));
		map.click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElement(By.id("latitude")).getDomProperty("value").isEmpty());
		replace("latitude", "10.0452");
		replace("longitude", "105.7869");

		browser.findElement(By.id("title")).sendKeys(word + " Rác ven kênh");
		browser.findElement(By.id("description")).sendKeys("Rác thải tồn đọng ven kênh gần bến, bốc mùi.");
		new Select(browser.findElement(By.id("fieldCode"))).selectByValue(FIELD);
		answerRequiredQuestions();
		browser.findElement(By.id("address")).sendKeys("Bến Ninh Kiều");
		new Select(browser.findElement(By.id("unitCode"))).selectByValue(CAI_KHE);
		photo = Files.createTempFile("kenh-", ".png");
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
		browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		browser.findElement(By.id("phone")).sendKeys(phone);
		browser.findElement(By.id("publicAllowed")).click();
		browser.findElement(By.id("file-submit")).click();

		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.or(
				ExpectedConditions.presenceOfElementLocated(By.id("filed-number")),
				ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))));
		assertThat(browser.findElements(By.id("error-summary"))).as("refusals of the form")
			.extracting(WebElement::getText)
			.isEmpty();
		String number = waitFor(By.id("filed-number")).getText();
		assertThat(number).isNotBlank();
		assertThat(browser.findElement(By.id("filed-follow-phone")).isDisplayed()).isTrue();
		return number;
	}

	/** The field's required extra questions (loaded by htmx when the field is chosen), answered with a valid value. */
	private void answerRequiredQuestions() {
		for (FeedbackFieldView.FieldAttribute question : fields.field(FIELD).orElseThrow().attributes()) {
			if (!question.required()) {
				continue;
			}
			String name = "attributes[" + question.code() + "]";
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
			switch (question.datatype()) {
				case "singlevaluelist" -> new Select(browser.findElement(By.name(name)))
					.selectByValue(question.values().get(0).key());
				case "multivaluelist" -> browser.findElement(By.id(name + "-" + question.values().get(0).key())).click();
				case "number" -> browser.findElement(By.name(name)).sendKeys("1");
				default -> browser.findElement(By.name(name)).sendKeys("Kiểm thử");
			}
		}
	}

	private void replace(String id, String value) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	private void as(String username, String number, Runnable work) {
		logIn(username, "demo1234");
		waitFor(By.id("nav-feedback-queue"));
		open("/1022/phan-anh/" + number);
		waitFor(By.id("actions"));
		work.run();
		waitFor(By.id("nav-logout")).click();
		waitFor(By.id("nav-login"));
	}

	/** Clicks an action's button and waits for the item page to say it was done. */
	private void click(String id) {
		waitFor(By.id(id)).click();
		waitFor(By.id("action-done"));
	}
}
