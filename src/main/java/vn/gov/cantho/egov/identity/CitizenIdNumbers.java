package vn.gov.cantho.egov.identity;

import java.util.Optional;

/**
 * The ID number of a citizen's account, for a module that must recognise the same person when staff type that number
 * (the health module keeps only a keyed hash and the last four digits). Kept apart from {@link AccountDirectory},
 * whose views never carry the number.
 */
public interface CitizenIdNumbers {

	/** The number of the citizen account {@code username}; empty for officials and unknown accounts. */
	Optional<CitizenIdNumber> idNumber(String username);
}
