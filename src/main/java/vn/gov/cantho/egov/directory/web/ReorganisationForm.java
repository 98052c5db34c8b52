package vn.gov.cantho.egov.directory.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.gov.cantho.egov.directory.AbolishLevel;
import vn.gov.cantho.egov.directory.MergeUnits;
import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.UnitLevel;

/** What the administrator typed on the reorganisation page; kept as text so it can be shown back unchanged. */
public class ReorganisationForm {

	private String kind = ReorganisationKind.MERGE.name();
	private String mergedCodes;
	private String successorCode;
	private String successorName;
	private String level = UnitLevel.DISTRICT.name();
	private String effectiveOn;
	private String legalBasis;

	MergeUnits merge(LocalDate on) {
		List<String> codes = mergedCodes == null ? List.of()
				: Arrays.stream(mergedCodes.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
		return new MergeUnits(codes, blankToNull(successorCode), blankToNull(successorName), on, legalBasis);
	}

	AbolishLevel abolition(LocalDate on) {
		UnitLevel chosen = Arrays.stream(UnitLevel.values()).filter(l -> l.name().equals(level)).findFirst().orElse(null);
		return new AbolishLevel(chosen, on, legalBasis);
	}

	boolean isMerge() {
		return !ReorganisationKind.ABOLITION.name().equals(kind);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getMergedCodes() {
		return mergedCodes;
	}

	public void setMergedCodes(String mergedCodes) {
		this.mergedCodes = mergedCodes;
	}

	public String getSuccessorCode() {
		return successorCode;
	}

	public void setSuccessorCode(String successorCode) {
		this.successorCode = successorCode;
	}

	public String getSuccessorName() {
		return successorName;
	}

	public void setSuccessorName(String successorName) {
		this.successorName = successorName;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(String effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}
}
