package vn.gov.cantho.egov.dossier.domain;

/** The first bytes of real files of each accepted type, for tests outside this package. */
public final class FileTypeSamples {

	public static final byte[] PDF = FileRulesTest.PDF;
	public static final byte[] JPEG = FileRulesTest.JPEG;
	public static final byte[] PNG = FileRulesTest.PNG;

	private FileTypeSamples() {
	}
}
