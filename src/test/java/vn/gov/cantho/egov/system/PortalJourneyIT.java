package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.gov.cantho.egov.BrowserTest;

/** A visitor opens the portal, switches to English, logs in as a citizen, sees their account and logs out. */
class PortalJourneyIT extends BrowserTest {

	@Test
	void citizenSwitchesToEnglishLogsInSeesAccountAndLogsOut() {
		open("/");
		waitFor(By.id("service-eservices"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Dịch vụ công");

		browser.findElement(By.id("lang-en")).click();
		waitForText(By.tagName("h1"), "public services");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

		browser.findElement(By.id("nav-login")).click();
		waitFor(By.id("username")).sendKeys("citizen");
		browser.findElement(By.id("password")).sendKeys("demo1234");
		browser.findElement(By.id("login-submit")).click();

		waitFor(By.id("nav-account")).click();
		waitFor(By.id("account-page"));
		assertThat(browser.findElement(By.id("account-page")).getText()).contains("citizen");
		assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("account");

		browser.findElement(By.id("nav-logout")).click();
		waitFor(By.id("nav-login"));
		assertThat(browser.getCurrentUrl()).contains("loggedOut");
		assertThat(browser.findElements(By.id("nav-account"))).isEmpty();
	}
}
