package vn.gov.cantho.egov.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the duplicate measures over seeded random pins and texts: distances are symmetric, zero only for the
 * same point, obey the triangle inequality and match a known distance; the bounding box used to narrow candidates in
 * SQL contains every point within the radius; word similarity is symmetric, between 0 and 1, 1 for the same words, and
 * grows as texts share more words.
 */
class SimilarityPropertyTest {

	static final String[] VOCABULARY = { "rác", "thải", "đường", "hẻm", "nước", "cống", "nghẹt", "bốc", "mùi", "đèn",
			"hỏng", "ổ", "gà", "vỉa", "hè", "lấn", "chiếm", "khói", "bụi", "ồn", "cây", "ngã", "ngập", "kênh", "rạch" };

	static Stream<Long> seeds() {
		return LongStream.range(1, 41).boxed();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void distancesBehaveAsDistances(long seed) {
		Random random = new Random(seed);
		double[] a = pin(random);
		double[] b = pin(random);
		double[] c = pin(random);
		double ab = Similarity.metres(a[0], a[1], b[0], b[1]);
		assertThat(ab).isCloseTo(Similarity.metres(b[0], b[1], a[0], a[1]), within(1e-6));
		assertThat(Similarity.metres(a[0], a[1], a[0], a[1])).isZero();
		assertThat(ab).isPositive();
		assertThat(Similarity.metres(a[0], a[1], c[0], c[1]))
			.isLessThanOrEqualTo(ab + Similarity.metres(b[0], b[1], c[0], c[1]) + 1e-6);
		double radius = 50 + random.nextInt(1000);
		double[] box = Similarity.box(a[0], radius);
		for (int i = 0; i < 50; i++) {
			double[] near = { a[0] + (random.nextDouble() * 2 - 1) * 0.02, a[1] + (random.nextDouble() * 2 - 1) * 0.02 };
			if (Similarity.metres(a[0], a[1], near[0], near[1]) <= radius) {
				assertThat(Math.abs(near[0] - a[0])).isLessThanOrEqualTo(box[0]);
				assertThat(Math.abs(near[1] - a[1])).isLessThanOrEqualTo(box[1]);
			}
		}
	}

	@Test
	void aKnownDistance() {
		// Bến Ninh Kiều to Cái Răng market, about 5.6 km as the crow flies.
		assertThat(Similarity.metres(10.0340, 105.7880, 9.9990, 105.7470)).isBetween(5_500.0, 6_000.0);
		// 0.001 degree of latitude is about 111 m.
		assertThat(Similarity.metres(10.0, 105.0, 10.001, 105.0)).isCloseTo(111.2, within(0.5));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void wordSimilarityIsSymmetricBoundedAndGrowsWithSharedWords(long seed) {
		Random random = new Random(seed);
		String x = text(random, 6);
		String y = text(random, 6);
		Set<String> wx = Similarity.words(x);
		Set<String> wy = Similarity.words(y);
		double s = Similarity.jaccard(wx, wy);
		assertThat(s).isBetween(0.0, 1.0).isEqualTo(Similarity.jaccard(wy, wx));
		assertThat(Similarity.jaccard(wx, Similarity.words(x.toUpperCase()))).isEqualTo(1.0);
		assertThat(Similarity.jaccard(wx, Similarity.words(fold(x)))).as("accents do not matter").isEqualTo(1.0);
		String closer = x + " " + y.split(" ")[0];
		assertThat(Similarity.jaccard(Similarity.words(closer), wx))
			.isGreaterThanOrEqualTo(Similarity.jaccard(wy, wx));
	}

	@Test
	void functionWordsAndEmptyTextsSayNothing() {
		assertThat(Similarity.words("và của là có các những")).isEmpty();
		assertThat(Similarity.jaccard(Set.of(), Set.of("rac"))).isZero();
		assertThat(Similarity.words("Rác thải, ĐƯỜNG!")).isEqualTo(Set.of("rac", "thai", "duong"));
	}

	static double[] pin(Random random) {
		return new double[] { 9.8 + random.nextDouble() * 0.4, 105.5 + random.nextDouble() * 0.4 };
	}

	static String text(Random random, int words) {
		List<String> out = new java.util.ArrayList<>();
		for (int i = 0; i < words; i++) {
			out.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
		}
		return String.join(" ", out);
	}

	static String fold(String text) {
		return vn.gov.cantho.egov.shared.TextFolding.fold(text);
	}
}
