package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An Open311 request has no title: the item's is the first line of its description, at most 100 characters. */
class SubmissionTitleTest {

	@Test
	void firstLineKeptWhole() {
		assertThat(SubmissionReader.title("  Ổ gà trên đường 3/2\nGần số 12, rất nguy hiểm")).isEqualTo("Ổ gà trên đường 3/2");
	}

	@Test
	void longLineCutAtAWord() {
		String line = "Rác thải ".repeat(30).strip();
		String title = SubmissionReader.title(line);
		assertThat(title).hasSizeLessThanOrEqualTo(SubmissionReader.TITLE_MAX).endsWith("…");
		assertThat(line).startsWith(title.substring(0, title.length() - 1));
		assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ");
	}

	@Test
	void oneLongWordCutAnywhere() {
		assertThat(SubmissionReader.title("x".repeat(500))).hasSize(SubmissionReader.TITLE_MAX);
	}

	@Test
	void spacesCollapsed() {
		assertThat(SubmissionReader.title("Cây\t đổ   chắn  đường")).isEqualTo("Cây đổ chắn đường");
	}
}
