package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import vn.gov.cantho.egov.BrowserTest;

/**
 * In Chromium: a citizen registers for a test and gets the code, staff scan the personal code the way a
 * keyboard-wedge scanner types it (the code and Enter) and take the sample, the laboratory enters the result, and the
 * person reads it with the code and the date of birth.
 */
class TestingJourneyIT extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void registerSampleResultAndReadItOnline() {
		RestClient api = RestClient.builder().baseUrl("http://localhost:" + port).build();
		String citizen = "xnit" + Long.toString(System.nanoTime(), 36);
		api.post().uri("/api/v1/accounts/citizens").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("fullName", "Lê Thị Trình Duyệt", "idNumber",
					"092190" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)), "phone",
					"0912345678", "username", citizen, "password", TestingFixtures.PASSWORD))
			.retrieve().toBodilessEntity();
		String token = api.post().uri("/api/v1/health/declarations").contentType(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBasicAuth(citizen, TestingFixtures.PASSWORD))
			.body(Map.of("symptoms", List.of(), "contactWithCase", false))
			.retrieve().body(Map.class).get("token").toString();
		String site = api.post().uri(TestingFixtures.BASE + "/sites").contentType(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBasicAuth("health", "demo1234"))
			.body(Map.of("name", "Điểm trình duyệt", "address", "3 Hòa Bình", "unitCode", "31117"))
			.retrieve().body(Map.class).get("code").toString();
		LocalDate tomorrow = LocalDate.now(clock.withZone(TestingFixtures.VIETNAM)).plusDays(1);
		api.post().uri(TestingFixtures.BASE + "/sites/" + site + "/slots").contentType(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBasicAuth("health", "demo1234"))
			.body(Map.of("day", tomorrow.toString(), "from", "08:00", "until", "09:00", "everyMinutes", 30,
					"capacity", 2))
			.retrieve().toBodilessEntity();

		logIn(citizen, TestingFixtures.PASSWORD);
		waitFor(By.id("nav-logout"));
		open("/xet-nghiem/dang-ky?siteCode=" + site + "&day=" + tomorrow);
		waitFor(By.id("slot-08:00")).click();
		browser.findElement(By.id("reason-SYMPTOMS")).click();
		date(browser.findElement(By.id("dateOfBirth")), "1990-03-08");
		browser.findElement(By.id("register-submit")).click();
		String code = waitFor(By.id("registered-code")).getText();
		assertThat(code).startsWith("XN-");

		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE health_test_slot SET starts_at = :start, ends_at = :end
				WHERE id = (SELECT slot_id FROM health_test_registration WHERE code = :code)""")
			.param("start", now.atOffset(ZoneOffset.UTC))
			.param("end", now.plusSeconds(1800).atOffset(ZoneOffset.UTC))
			.param("code", code)
			.update();
		browser.manage().deleteAllCookies();
		logIn("health", "demo1234");
		waitFor(By.id("nav-logout"));
		open("/xet-nghiem/lay-mau");
		new Select(waitFor(By.id("siteCode"))).selectByValue(site);
		browser.findElement(By.id("personalCode")).sendKeys(token + Keys.ENTER);
		waitFor(By.id("sample-" + code)).click();
		String sample = waitFor(By.id("sample-code")).getText();
		assertThat(sample).startsWith("MX-");

		open("/xet-nghiem/ket-qua");
		waitFor(By.id("code")).sendKeys(sample);
		browser.findElement(By.id("outcome-NEGATIVE")).click();
		browser.findElement(By.id("labName")).sendKeys("CDC Cần Thơ");
		browser.findElement(By.id("result-submit")).click();
		waitFor(By.id("entered"));
		waitForText(By.id("registration-outcome"), "Âm tính");

		browser.manage().deleteAllCookies();
		open("/xet-nghiem/tra-cuu");
		waitFor(By.id("code")).sendKeys(code);
		date(browser.findElement(By.id("dateOfBirth")), "1990-03-08");
		browser.findElement(By.id("lookup-submit")).click();
		waitForText(By.id("result"), "Âm tính");
		assertThat(browser.getCurrentUrl()).doesNotContain(code).doesNotContain("1990");
	}

	/** A date input's value, set as the browser's own picker would (its typed form depends on the browser's locale). */
	private void date(WebElement input, String isoDate) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, isoDate);
	}
}
