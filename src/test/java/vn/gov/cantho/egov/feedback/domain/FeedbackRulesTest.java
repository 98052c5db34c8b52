package vn.gov.cantho.egov.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.shared.BusinessException;

/** The rules that need no database: the city's outline, photos by content, extra questions, conversation titles. */
class FeedbackRulesTest {

	static final CityBoundary CITY = new CityBoundary(JsonMapper.builder().build());

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Bến Ninh Kiều, 10.0340, 105.7880, true", "Cái Khế, 10.0458, 105.7870, true",
			"Cái Răng, 10.0000, 105.7700, true", "Thốt Nốt, 10.2700, 105.5300, true",
			"Vị Thanh (Hậu Giang), 9.7840, 105.4700, true", "Sóc Trăng, 9.6030, 105.9800, true",
			"Vĩnh Châu (Sóc Trăng), 9.3300, 105.9800, true", "Hà Nội, 21.0280, 105.8540, false",
			"Thành phố Hồ Chí Minh, 10.7760, 106.7000, false", "Vĩnh Long, 10.2530, 105.9720, false",
			"Long Xuyên (An Giang), 10.3860, 105.4350, false", "Bạc Liêu, 9.2940, 105.7270, false",
			"At sea, 9.0000, 106.5000, false" })
	void pinsAreInsideTheCityOrNot(String place, double latitude, double longitude, boolean inside) {
		assertThat(CITY.contains(latitude, longitude)).as(place).isEqualTo(inside);
	}

	@Test
	void photosAreRecognisedAndDecodedByContent() throws IOException {
		byte[] png = picture("png", 64, 48);
		assertThat(PhotoStore.check(png)).isEqualTo(new PhotoStore.Picture("image/png", 64, 48));
		byte[] jpeg = picture("jpg", 30, 20);
		assertThat(PhotoStore.check(jpeg)).isEqualTo(new PhotoStore.Picture("image/jpeg", 30, 20));
		assertThat(code(() -> PhotoStore.check("%PDF-1.4 not a picture".getBytes()))).isEqualTo("feedback.photo-type");
		assertThat(code(() -> PhotoStore.check(Arrays.copyOf(png, 20)))).isEqualTo("feedback.photo-type");
		byte[] fakeJpeg = new byte[2000];
		fakeJpeg[0] = (byte) 0xFF;
		fakeJpeg[1] = (byte) 0xD8;
		fakeJpeg[2] = (byte) 0xFF;
		assertThat(code(() -> PhotoStore.check(fakeJpeg))).isEqualTo("feedback.photo-type");
		assertThat(code(() -> PhotoStore.check(new byte[0]))).isEqualTo("feedback.photo-empty");
		byte[] huge = Arrays.copyOf(png, (int) PhotoStore.MAX_SIZE + 1);
		assertThat(code(() -> PhotoStore.check(huge))).isEqualTo("feedback.photo-too-large");
	}

	@Test
	void extraQuestionsAreCheckedAgainstTheFieldDefinition() {
		FeedbackFieldView field = new FeedbackFieldView("F", "F", "F", 5, "A", "realtime", null, null, List.of(
				new FieldAttribute("loai", "singlevaluelist", true, "Loại", "Kind", 1,
						List.of(new AttributeValue("rac", "Rác", "Waste"), new AttributeValue("nuoc", "Nước", "Water"))),
				new FieldAttribute("so", "number", false, "Số", "Number", 2, List.of()),
				new FieldAttribute("luc", "datetime", false, "Lúc", "When", 3, List.of()),
				new FieldAttribute("nhieu", "multivaluelist", false, "Nhiều", "Many", 4,
						List.of(new AttributeValue("a", "A", "A"), new AttributeValue("b", "B", "B")))));
		List<BusinessException> errors = new ArrayList<>();
		var kept = AttributeRules.check(field, Map.of("loai", List.of(" rac "), "so", List.of("12.5"), "luc",
				List.of("2026-11-27T08:00:00+07:00"), "nhieu", List.of("a", "b")), errors);
		assertThat(errors).isEmpty();
		assertThat(kept).containsEntry("loai", List.of("rac")).containsEntry("nhieu", List.of("a", "b"));

		errors.clear();
		AttributeRules.check(field, Map.of("so", List.of("mười"), "luc", List.of("hôm qua"), "nhieu", List.of("c"),
				"khac", List.of("x")), errors);
		assertThat(errors).extracting(BusinessException::code, BusinessException::field)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("feedback.attribute-required", "attributes.loai"),
					org.assertj.core.groups.Tuple.tuple("feedback.attribute-invalid-number", "attributes.so"),
					org.assertj.core.groups.Tuple.tuple("feedback.attribute-invalid-datetime", "attributes.luc"),
					org.assertj.core.groups.Tuple.tuple("feedback.attribute-invalid-value", "attributes.nhieu"),
					org.assertj.core.groups.Tuple.tuple("feedback.attribute-unknown", "attributes.khac"));

		errors.clear();
		AttributeRules.check(field, Map.of("loai", List.of("rac", "nuoc")), errors);
		assertThat(errors).extracting(BusinessException::code).containsExactly("feedback.attribute-single-value");
	}

	@Test
	void conversationTitlesAreTheFirstWords() {
		assertThat(Conversations.title("Đèn đường hỏng")).isEqualTo("Đèn đường hỏng");
		assertThat(Conversations.title("một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba"))
			.isEqualTo("một hai ba bốn năm sáu bảy tám chín mười mười một…");
		assertThat(Conversations.title("x".repeat(500))).hasSize(200).endsWith("…");
	}

	static byte[] picture(String format, int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}

	static String code(Runnable check) {
		try {
			check.run();
		}
		catch (BusinessException e) {
			return e.code();
		}
		assertThatThrownBy(check::run).isInstanceOf(BusinessException.class);
		return null;
	}
}
