package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.dossier.domain.CodeSequence;

/**
 * Codes drawn by many threads at once, as app nodes under load would: all different, and the day's numbers of the
 * agency with no gap and no repeat. A fresh agency code per run keeps earlier runs on a shared database out of it.
 */
@IntegrationTest
class DossierCodeSequenceTest {

	static final int THREADS = 16;
	static final int PER_THREAD = 40;

	@Autowired
	CodeSequence codes;

	@Test
	void concurrentDrawsGiveEveryNumberOnce() throws Exception {
		String agency = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		LocalDate day = LocalDate.of(2026, 11, 27);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<String> drawn = new ArrayList<>();
		try {
			List<Callable<List<String>>> work = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				work.add(() -> IntStream.range(0, PER_THREAD).mapToObj(i -> codes.next(agency, day)).toList());
			}
			for (Future<List<String>> result : pool.invokeAll(work)) {
				drawn.addAll(result.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		int total = THREADS * PER_THREAD;
		assertThat(drawn).hasSize(total).doesNotHaveDuplicates().allMatch(c -> c.startsWith(agency + "-261127-"));
		Set<Integer> numbers = drawn.stream()
			.map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
		assertThat(codes.next(agency, day.plusDays(1))).isEqualTo(agency + "-261128-0001");
	}
}
