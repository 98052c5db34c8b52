package vn.gov.cantho.egov.health.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.gov.cantho.egov.BrowserTest;

/**
 * The outbreak journey in Chromium: {@code health} registers a checkpoint venue and opens its poster; {@code citizen}
 * declares and gets a personal QR code; {@code checkpoint} opens the scanning page of the venue, checks the citizen
 * in by typing the code into the scanner field (as a keyboard-wedge scanner does) and checks in a person without a
 * phone from the ID number; {@code health} records that person as a confirmed case (F0) and finds the citizen among
 * the contacts (F1).
 */
class HealthJourneyIT extends BrowserTest {

	@Test
	void fromTheDeclarationToTheCitizenFoundAsAContact() {
		String word = HealthWebFixtures.word();
		String venueCode = healthRegistersACheckpoint("Chốt kiểm soát " + word);
		String token = citizenDeclares();
		String f0IdNumber = HealthWebFixtures.idNumber();
		checkpointChecksIn(venueCode, token, f0IdNumber);
		healthFindsTheCitizenAmongTheContacts(f0IdNumber);
	}

	/** {@code health} registers the venue through the form and opens its poster; the venue code. */
	private String healthRegistersACheckpoint(String name) {
		logIn("health", "demo1234");
		waitFor(By.id("nav-health")).click();
		waitFor(By.id("link-venues")).click();
		waitFor(By.id("venue-register")).click();
		waitFor(By.id("name")).sendKeys(name);
		browser.findElement(By.id("address")).sendKeys("Đầu cầu Cần Thơ, Quốc lộ 1A");
		new Select(browser.findElement(By.id("unitCode"))).selectByValue(HealthWebFixtures.CAI_KHE);
		new Select(browser.findElement(By.id("type"))).selectByValue("CHECKPOINT");
		// People queue and wait at this checkpoint: a 30-minute stay, contacts from 15 minutes together.
		browser.findElement(By.id("defaultStay")).sendKeys("30");
		browser.findElement(By.id("minOverlap")).sendKeys("15");
		browser.findElement(By.id("venue-submit")).click();
		waitFor(By.id("venue-registered"));
		String code = browser.findElement(By.id("venue-code")).getText();
		assertThat(imageLoaded("venue-qr")).isTrue();
		browser.findElement(By.id("venue-poster")).click();
		waitForText(By.id("poster-code"), code);
		assertThat(browser.findElement(By.id("poster-name")).getText()).isEqualTo(name);
		assertThat(imageLoaded("poster-qr")).isTrue();
		assertThat(printedPages()).as("pages of the printed A4 poster").isEqualTo(1);
		logOut();
		return code;
	}

	/** {@code citizen} declares with consent; the personal code's text. */
	private String citizenDeclares() {
		logIn("citizen", "demo1234");
		waitFor(By.id("home-health-declare")).click();
		waitFor(By.id("declaration-form"));
		browser.findElement(By.id("contact-no")).click();
		browser.findElement(By.id("declare-submit")).click();
		// Consent is never assumed: the form comes back asking for it.
		waitFor(By.id("error-summary"));
		assertThat(browser.findElement(By.id("error-summary")).getText()).isNotBlank();
		browser.findElement(By.id("contact-no")).click();
		browser.findElement(By.id("consent")).click();
		browser.findElement(By.id("declare-submit")).click();
		String token = waitFor(By.id("personal-code")).getText();
		assertThat(token).startsWith("P1.");
		assertThat(imageLoaded("personal-qr")).isTrue();
		assertThat(browser.getPageSource()).doesNotContain(HealthWebFixtures.CITIZEN_ID_NUMBER);
		logOut();
		return token;
	}

	/** {@code checkpoint} scans the citizen's code with the wedge field and checks in the future F0 by ID number. */
	private void checkpointChecksIn(String venueCode, String token, String f0IdNumber) {
		logIn("checkpoint", "demo1234");
		waitFor(By.id("nav-health")).click();
		waitFor(By.id("link-checkpoint")).click();
		waitFor(By.id("venue")).sendKeys(venueCode);
		browser.findElement(By.id("venue-choose")).click();
		WebElement field = waitFor(By.id("scan-code"));
		assertThat(browser.switchTo().activeElement()).isEqualTo(field);
		field.sendKeys(token + Keys.ENTER);
		waitFor(By.id("scan-accepted"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> field.getDomProperty("value").isEmpty());
		assertThat(browser.switchTo().activeElement()).isEqualTo(field);
		assertThat(browser.findElements(By.cssSelector("#recent-scans li"))).hasSize(1);

		browser.findElement(By.cssSelector("#id-number-section summary")).click();
		waitFor(By.id("idNumber")).sendKeys(f0IdNumber);
		browser.findElement(By.id("fullName")).sendKeys("Lê Văn Tám");
		browser.findElement(By.id("id-number-submit")).click();
		waitForText(By.id("scan-result"), "L.V.T.");
		assertThat(browser.findElements(By.cssSelector("#recent-scans li"))).hasSize(2);
		assertThat(browser.getPageSource()).doesNotContain(f0IdNumber);
		logOut();
	}

	/**
	 * {@code health} records the person checked in from the ID number as a confirmed case, infectious from two days
	 * ago (the form's default) until a few minutes from now (within the allowed clock skew, so that the check-in just
	 * made is inside the window), and asks for the contacts.
	 */
	private void healthFindsTheCitizenAmongTheContacts(String f0IdNumber) {
		logIn("health", "demo1234");
		waitFor(By.id("nav-health")).click();
		waitFor(By.id("link-cases")).click();
		open("/y-te/ca-benh/moi");
		waitFor(By.id("idNumber")).sendKeys(f0IdNumber);
		ZonedDateTime until = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(3);
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];",
				browser.findElement(By.id("untilDate")), browser.findElement(By.id("untilTime")),
				until.toLocalDate().toString(), until.toLocalTime().withSecond(0).withNano(0).toString());
		browser.findElement(By.id("reason")).sendKeys("Xét nghiệm PCR dương tính");
		browser.findElement(By.id("record-case")).click();
		waitFor(By.id("case-code"));
		waitFor(By.id("purpose")).sendKeys("Gọi điện thông báo cách ly");
		browser.findElement(By.id("show-contacts")).click();
		waitForText(By.id("f1-table"), "Nguyễn Văn An");
		assertThat(browser.findElement(By.id("f1-table")).getText()).contains(HealthWebFixtures.CITIZEN_PHONE);
		logOut();
	}

	/** The page printed on A4 at 100 % (no shrinking to fit), as Chromium prints it; the number of pages. */
	private int printedPages() {
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		a4.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
		a4.setShrinkToFit(false);
		byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(a4).getContent());
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
	}

	private boolean imageLoaded(String id) {
		WebElement image = waitFor(By.id(id));
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
	}

	private void logOut() {
		open("/");
		waitFor(By.id("nav-logout")).click();
		waitFor(By.id("nav-login"));
	}
}
