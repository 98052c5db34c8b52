package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.gov.cantho.egov.BrowserTest;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;

/**
 * The passport journey in Chromium: the citizen finds the procedure, applies with a PDF, checks the answers and gets
 * the dossier code; the immigration office receives and assigns it, the specialist proposes, the leader approves, the
 * officer returns the result at the counter; the public lookup then says it was returned, in Vietnamese and English.
 */
class DossierJourneyIT extends BrowserTest {

	static final String PASSPORT = "1.001456";
	/** The demo citizen's phone (identity's demo accounts). */
	static final String CITIZEN_PHONE = "0901234567";

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	MessageSource messages;

	private Path pdf;

	@AfterEach
	void deletePdf() throws IOException {
		if (pdf != null) {
			Files.deleteIfExists(pdf);
		}
	}

	@Test
	void aPassportDossierFromApplicationToReturnedResult() throws IOException {
		String code = citizenApplies();

		as("officer", code, () -> {
			click("receive-submit");
			new Select(waitFor(By.id("assign-assignee"))).selectByValue("specialist");
			click("assign-submit");
		});
		as("specialist", code, () -> {
			waitFor(By.id("propose-outcome-GRANT")).click();
			browser.findElement(By.id("propose-comment")).sendKeys("Đủ điều kiện cấp hộ chiếu");
			click("propose-submit");
		});
		as("leader", code, () -> click("approve-submit"));
		as("officer", code, () -> click("return-at-counter-submit"));

		open("/tra-cuu");
		waitFor(By.id("code")).sendKeys(code);
		browser.findElement(By.id("phone")).sendKeys(CITIZEN_PHONE);
		browser.findElement(By.id("lookup-submit")).click();
		waitForText(By.id("lookup-state"), "Đã trả kết quả");
		assertThat(browser.findElement(By.id("lookup-result")).getText()).doesNotContain("Nguyễn Văn An");

		open("/tra-cuu?lang=en");
		waitForText(By.tagName("h1"), "Track a dossier");
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("phone")).sendKeys(CITIZEN_PHONE);
		browser.findElement(By.id("lookup-submit")).click();
		waitForText(By.id("lookup-state"), messages.getMessage("dossier.state.RETURNED", null, Locale.ENGLISH));
		assertThat(browser.findElement(By.id("lookup-result")).getText()).contains("Issuing an ordinary passport");
	}

	/** Logs in as the citizen, applies for a passport through the catalogue and returns the dossier code. */
	private String citizenApplies() throws IOException {
		logIn("citizen", "demo1234");
		waitFor(By.id("nav-my-dossiers"));
		open("/thu-tuc");
		waitFor(By.id("q")).sendKeys("ho chieu");
		browser.findElement(By.id("search-submit")).click();
		waitFor(By.id("procedure-" + PASSPORT)).findElement(By.tagName("a")).click();
		waitFor(By.id("apply-online")).click();

		waitFor(By.id("application-form"));
		ProcedureView passport = catalogue.procedure(PASSPORT).orElseThrow();
		for (FormField field : passport.formFields()) {
			fill(browser.findElement(By.name("values[" + field.key() + "]")), field);
		}
		pdf = Files.createTempFile("to-khai-", ".pdf");
		Files.write(pdf, pdfBytes());
		browser.findElement(By.name("file-to-khai")).sendKeys(pdf.toAbsolutePath().toString());
		browser.findElement(By.id("delivery")).click();
		browser.findElement(By.id("apply-continue")).click();

		waitFor(By.id("confirm-submit"));
		assertThat(browser.findElement(By.id("review-documents")).getText()).contains(pdf.getFileName().toString());
		browser.findElement(By.id("confirm-submit")).click();

		String code = waitFor(By.id("dossier-code")).getText();
		assertThat(code).startsWith("CA-XNC-");
		assertThat(browser.findElement(By.id("receipt-fee")).getText()).isEqualTo("200.000 ₫");
		logOut();
		return code;
	}

	private void as(String username, String code, Runnable work) {
		logIn(username, "demo1234");
		waitFor(By.id("nav-one-stop"));
		open("/mot-cua/ho-so/" + code);
		waitFor(By.id("actions"));
		work.run();
		logOut();
	}

	/** Clicks an action's button and waits for the dossier page to say it was done. */
	private void click(String id) {
		waitFor(By.id(id)).click();
		waitFor(By.id("action-done"));
	}

	private void fill(WebElement input, FormField field) {
		if (!input.getDomProperty("value").isEmpty()) {
			return;
		}
		switch (field.type()) {
			// Typing into a date input depends on the browser's locale; set the ISO value as the picker would.
			case DATE -> ((JavascriptExecutor) browser).executeScript("arguments[0].value = '1995-09-20'", input);
			case CHOICE -> new Select(input).selectByIndex(1);
			case CITIZEN_ID -> input.sendKeys("092095001234");
			case PHONE -> input.sendKeys(CITIZEN_PHONE);
			case EMAIL -> input.sendKeys("citizen@demo.egov.cantho.gov.vn");
			case NUMBER -> input.sendKeys("1");
			case TEXT, TEXTAREA -> input.sendKeys("Cần Thơ");
		}
	}

	private void logOut() {
		waitFor(By.id("nav-logout")).click();
		waitFor(By.id("nav-login"));
	}

	/** A minimal PDF with one empty page. */
	private static byte[] pdfBytes() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}
}
