package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.BrowserTest;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * The officer's tracing pages in Chromium: {@code health} scans a case's personal code into the form (a QR reader
 * types it), sets the window, records the case, says why and sees the F1 and the F2 with their phones and times; the
 * person met before the F1 was exposed is not listed; the officer marks the F1 reached from the list.
 */
class HealthTracingIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthCodes codes;

	@Test
	void anOfficerRecordsACaseAndReadsItsContacts() {
		TracingFixtures fixtures = new TracingFixtures(jdbc);
		CaseScenario town = new CaseScenario(fixtures);
		String token = codes.issuePersonal(fixtures.ref(town.theCase)).token();

		logIn("health", "demo1234");
		open("/y-te/ca-benh/moi");
		WebElement code = waitFor(By.id("personCode"));
		assertThat(browser.switchTo().activeElement()).isEqualTo(code);
		code.sendKeys(token);
		set("fromDate", town.from.atZone(DailyPartitions.ZONE).toLocalDate());
		browser.findElement(By.id("reason")).sendKeys("PCR dương tính (kiểm thử trình duyệt)");
		browser.findElement(By.id("record-case")).click();

		String caseCode = waitFor(By.id("case-code")).getText();
		assertThat(caseCode).matches("F0-\\d{6}-\\d{4}");
		assertThat(browser.findElement(By.id("count-f1")).getText()).isEqualTo("2");
		assertThat(browser.findElement(By.id("count-f2")).getText()).isEqualTo("1");

		browser.findElement(By.id("purpose")).sendKeys("Gọi điện thông báo cách ly");
		browser.findElement(By.id("show-contacts")).click();
		WebElement f1 = waitFor(By.id("f1-table"));
		assertThat(f1.getText()).contains("Nguyễn Văn X", "Chợ thử nghiệm").doesNotContain("Trần Thị Y");
		assertThat(browser.findElement(By.id("f2-table")).getText()).contains("Lê Văn Z", fixtures.ref(town.x));
		assertThat(f1.findElements(By.cssSelector("a[href^='tel:']"))).hasSize(2);
		assertThat(browser.findElement(By.id("csv-link")).getAttribute("href")).contains("/tiep-xuc.csv?generation=2");

		// X answered the phone: the officer marks it and is back on the same list, X's row showing when
		String x = fixtures.ref(town.x);
		browser.findElement(By.id("reach-" + x)).click();
		assertThat(waitFor(By.id("done")).getText()).contains(x);
		assertThat(browser.findElement(By.id("reached-" + x)).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
		assertThat(browser.findElements(By.id("reach-" + x))).isEmpty();
		assertThat(browser.findElements(By.id("reach-" + fixtures.ref(town.w)))).hasSize(1);
	}

	/** Date inputs take keystrokes in the browser's locale format; the value itself is ISO whatever the locale. */
	private void set(String id, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
				date.toString());
	}
}
