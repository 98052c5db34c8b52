package vn.gov.cantho.egov.directory.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.cantho.egov.directory.AbolishLevel;
import vn.gov.cantho.egov.directory.CreateUnit;
import vn.gov.cantho.egov.directory.MergeUnits;
import vn.gov.cantho.egov.directory.RenameUnit;
import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.UnitLevel;

/** One reorganisation; which of the optional fields apply depends on {@code kind}. */
@Schema(description = "MERGE: mergedCodes, successorCode (+ successorName if new). ABOLITION: level. "
		+ "CREATION: code, name, level, parentCode. RENAME: code, name.")
record ReorganisationRequest(@NotNull ReorganisationKind kind, @NotNull LocalDate effectiveOn,
		@NotBlank @Size(max = 500) String legalBasis, List<String> mergedCodes, String successorCode,
		String successorName, UnitLevel level, String code, String name, String parentCode) {

	MergeUnits merge() {
		return new MergeUnits(mergedCodes, successorCode, successorName, effectiveOn, legalBasis);
	}

	AbolishLevel abolition() {
		return new AbolishLevel(level, effectiveOn, legalBasis);
	}

	CreateUnit creation() {
		return new CreateUnit(code, name, level, parentCode, effectiveOn, legalBasis);
	}

	RenameUnit rename() {
		return new RenameUnit(code, name, effectiveOn, legalBasis);
	}
}
