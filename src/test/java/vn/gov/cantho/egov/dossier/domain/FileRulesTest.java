package vn.gov.cantho.egov.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.cantho.egov.shared.BusinessException;

/** Files are recognised by their first bytes; names may not claim another type; 10 MB at most. */
class FileRulesTest {

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@ParameterizedTest
	@CsvSource({ "PDF, to-khai.pdf", "PDF, TO-KHAI.PDF", "PDF, scan", "JPEG, anh.jpg", "JPEG, anh.JPEG",
			"PNG, anh.png", "PNG, anh" })
	void contentDecidesTheTypeAndAMatchingOrMissingExtensionIsAccepted(String type, String name) {
		byte[] content = switch (type) {
			case "PDF" -> PDF;
			case "JPEG" -> JPEG;
			default -> PNG;
		};
		assertThat(FileStore.check(name, content)).isEqualTo(FileType.valueOf(type));
	}

	@ParameterizedTest
	@CsvSource({ "to-khai.jpg", "to-khai.png", "to-khai.docx", "virus.exe", "anh.pdf.exe" })
	void aNameClaimingAnotherTypeIsRefused(String name) {
		assertThatThrownBy(() -> FileStore.check(name, PDF)).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("dossier.file-type-mismatch");
	}

	@Test
	void unknownOrEmptyContentIsRefusedWhateverTheName() {
		assertThat(code(() -> FileStore.check("to-khai.pdf", "Xin chào".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("dossier.file-type");
		assertThat(code(() -> FileStore.check("to-khai.pdf", new byte[0]))).isEqualTo("dossier.file-type");
		assertThat(code(() -> FileStore.check("to-khai.pdf", null))).isEqualTo("dossier.file-type");
		assertThat(code(() -> FileStore.check("anh.jpg", Arrays.copyOf(JPEG, 2)))).isEqualTo("dossier.file-type");
	}

	@Test
	void tenMegabytesPassAndOneByteMoreDoesNot() {
		byte[] limit = Arrays.copyOf(PDF, (int) FileStore.MAX_SIZE);
		assertThat(FileStore.check("big.pdf", limit)).isEqualTo(FileType.PDF);
		BusinessException tooLarge = (BusinessException) org.assertj.core.api.Assertions
			.catchThrowable(() -> FileStore.check("big.pdf", Arrays.copyOf(PDF, (int) FileStore.MAX_SIZE + 1)));
		assertThat(tooLarge.code()).isEqualTo("dossier.file-too-large");
		assertThat(tooLarge.field()).isEqualTo("file");
	}

	static IntStream seeds() {
		return IntStream.range(0, 200);
	}

	/**
	 * Random contents, half of them opened with a real signature: the type is found exactly when one of the three
	 * signatures opens the content.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void aTypeIsFoundExactlyWhenASignatureOpensTheContent(int seed) {
		Random random = new Random(seed);
		byte[] content = new byte[random.nextInt(40)];
		random.nextBytes(content);
		if (seed % 2 == 0) {
			byte[] signature = switch (random.nextInt(3)) {
				case 0 -> Arrays.copyOf(PDF, 5);
				case 1 -> Arrays.copyOf(JPEG, 3);
				default -> Arrays.copyOf(PNG, 8);
			};
			System.arraycopy(signature, 0, content = Arrays.copyOf(content, Math.max(content.length, 8)), 0,
					signature.length);
		}
		boolean expected = startsWith(content, PDF, 5) || startsWith(content, JPEG, 3) || startsWith(content, PNG, 8);
		assertThat(FileType.of(content).isPresent()).as("seed %d", seed).isEqualTo(expected);
	}

	private static boolean startsWith(byte[] content, byte[] sample, int length) {
		return content.length >= length && Arrays.equals(content, 0, length, sample, 0, length);
	}

	@Test
	void storedNamesKeepOnlyTheLastSegmentWithoutControlCharacters() {
		assertThat(FileStore.cleanName("C:\\Users\\an\\to-khai.pdf", FileType.PDF)).isEqualTo("to-khai.pdf");
		assertThat(FileStore.cleanName("../../etc/passwd.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
		assertThat(FileStore.cleanName("tờ\u0000 khai\".pdf", FileType.PDF)).isEqualTo("tờ khai.pdf");
		assertThat(FileStore.cleanName("", FileType.PNG)).isEqualTo("file.png");
		assertThat(FileStore.cleanName("a".repeat(300) + ".pdf", FileType.PDF)).hasSize(255).endsWith(".pdf");
	}

	@Test
	void contentIsAddressedBySha256() {
		assertThat(FileStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void dossierCodesHaveTheAgencyTheDayAndFourDigitsOrMore() {
		assertThat(CodeSequence.format("CA-XNC", LocalDate.of(2026, 11, 27), 1)).isEqualTo("CA-XNC-261127-0001");
		assertThat(CodeSequence.format("UBND-CAIKHE", LocalDate.of(2027, 2, 1), 9999))
			.isEqualTo("UBND-CAIKHE-270201-9999");
		assertThat(CodeSequence.format("CA-XNC", LocalDate.of(2026, 1, 5), 12345)).isEqualTo("CA-XNC-260105-12345");
	}

	private static String code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		return ((BusinessException) org.assertj.core.api.Assertions.catchThrowable(call)).code();
	}
}
