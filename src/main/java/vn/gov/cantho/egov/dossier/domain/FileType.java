package vn.gov.cantho.egov.dossier.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file types a dossier accepts, recognised by their first bytes (magic numbers), never by their names. */
public enum FileType {

	PDF("application/pdf", Set.of("pdf"), new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", Set.of("jpg", "jpeg", "jpe", "jfif"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", Set.of("png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;
	private final Set<String> extensions;
	private final byte[] signature;

	FileType(String mediaType, Set<String> extensions, byte[] signature) {
		this.mediaType = mediaType;
		this.extensions = extensions;
		this.signature = signature;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The type whose signature opens {@code content}, if any. */
	public static Optional<FileType> of(byte[] content) {
		return Arrays.stream(values()).filter(type -> type.opens(content)).findFirst();
	}

	private boolean opens(byte[] content) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		return Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	/** Whether the name's extension, if it has one, belongs to this type; a name without extension says nothing. */
	public boolean agreesWith(String filename) {
		String extension = extension(filename);
		return extension.isEmpty() || extensions.contains(extension);
	}

	static String extension(String filename) {
		if (filename == null) {
			return "";
		}
		int dot = filename.lastIndexOf('.');
		return dot < 0 || dot == filename.length() - 1 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
