package vn.gov.cantho.egov.dossier.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.AttachmentView;
import vn.gov.cantho.egov.dossier.DossierManagement.StoredFile;
import vn.gov.cantho.egov.dossier.UploadedFile;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Files of dossiers in the database: contents once per SHA-256 (two people uploading the same scan store it once),
 * and one row per upload owned by its uploader until attached to a dossier. Runs in the caller's transaction.
 */
@Component
public class FileStore {

	static final long MAX_SIZE = UploadedFile.MAX_SIZE;
	static final int MAX_FILENAME = 255;

	private final JdbcClient jdbc;

	FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An upload not yet attached, as submission checks see it. */
	record Pending(String id, String owner, FileType type, Instant expiresAt, String filename, long size,
			Instant uploadedAt) {

		/** How it shows once attached as {@code documentCode}. */
		AttachmentView attachedAs(String documentCode) {
			return new AttachmentView(id, documentCode, filename, type.mediaType(), size, uploadedAt);
		}
	}

	/** Checks the content and stores it for {@code owner} until {@code expiresAt}. */
	UploadedFile store(String owner, String filename, byte[] content, Instant now, Instant expiresAt) {
		FileType type = check(filename, content);
		String name = cleanName(filename, type);
		String sha256 = sha256(content);
		jdbc.sql("""
				INSERT INTO dossier_file_content (sha256, content, size, created_at)
				VALUES (:sha, :content, :size, :now) ON CONFLICT DO NOTHING""")
			.param("sha", sha256)
			.param("content", content)
			.param("size", content.length)
			.param("now", Times.utc(now))
			.update();
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO dossier_file (id, owner, filename, media_type, size, sha256, uploaded_at, expires_at)
				VALUES (:id, :owner, :name, :type, :size, :sha, :now, :expires)""")
			.param("id", id)
			.param("owner", owner)
			.param("name", name)
			.param("type", type.mediaType())
			.param("size", content.length)
			.param("sha", sha256)
			.param("now", Times.utc(now))
			.param("expires", Times.utc(expiresAt))
			.update();
		return new UploadedFile(id, name, type.mediaType(), content.length);
	}

	/** The type of {@code content}; refuses unknown contents, names that say another type, and oversized files. */
	static FileType check(String filename, byte[] content) {
		if (content != null && content.length > MAX_SIZE) {
			throw BusinessException.invalid("dossier.file-too-large", "file", MAX_SIZE / (1024 * 1024));
		}
		FileType type = FileType.of(content)
			.orElseThrow(() -> BusinessException.invalid("dossier.file-type", "file"));
		if (!type.agreesWith(filename)) {
			throw BusinessException.invalid("dossier.file-type-mismatch", "file");
		}
		return type;
	}

	/** Keeps the last path segment, printable characters only, at most 255 of them. */
	static String cleanName(String filename, FileType type) {
		String name = filename == null ? "" : filename;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (name.isEmpty()) {
			name = "file." + type.name().toLowerCase(java.util.Locale.ROOT);
		}
		return name.length() <= MAX_FILENAME ? name : name.substring(name.length() - MAX_FILENAME);
	}

	/** Unattached uploads among {@code ids}, whoever owns them and whether or not they expired. */
	Map<String, Pending> pending(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT id, owner, media_type, expires_at, filename, size, uploaded_at FROM dossier_file
				WHERE id IN (:ids) AND dossier_id IS NULL""")
			.param("ids", ids)
			.query((rs, n) -> new Pending(rs.getString("id"), rs.getString("owner"),
					typeOf(rs.getString("media_type")), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
					rs.getString("filename"), rs.getLong("size"),
					rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Pending::id, Function.identity()));
	}

	/**
	 * Attaches the uploads to the dossier. Each must still be the owner's, unattached and unexpired: the conditional
	 * update makes two submissions racing for one upload end with one winner.
	 */
	void attach(long dossierId, List<AttachedDocument> documents, String owner, Instant now) {
		for (AttachedDocument document : documents) {
			int attached = jdbc.sql("""
					UPDATE dossier_file SET dossier_id = :dossier, document_code = :document, attached_at = :now,
					    expires_at = NULL
					WHERE id = :id AND owner = :owner AND dossier_id IS NULL AND expires_at > :now""")
				.param("dossier", dossierId)
				.param("document", document.documentCode())
				.param("now", Times.utc(now))
				.param("id", document.uploadId())
				.param("owner", owner)
				.update();
			if (attached != 1) {
				throw BusinessException.invalid("dossier.upload-not-found", "documents." + document.documentCode());
			}
		}
	}

	List<AttachmentView> attachments(long dossierId) {
		return jdbc.sql("""
				SELECT id, document_code, filename, media_type, size, uploaded_at FROM dossier_file
				WHERE dossier_id = :dossier ORDER BY attached_at, uploaded_at, id""")
			.param("dossier", dossierId)
			.query((rs, n) -> new AttachmentView(rs.getString("id"), rs.getString("document_code"),
					rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"),
					rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	Optional<StoredFile> content(long dossierId, String fileId) {
		return jdbc.sql("""
				SELECT f.filename, f.media_type, c.content FROM dossier_file f
				JOIN dossier_file_content c ON c.sha256 = f.sha256
				WHERE f.id = :id AND f.dossier_id = :dossier""")
			.param("id", fileId)
			.param("dossier", dossierId)
			.query((rs, n) -> new StoredFile(rs.getString("filename"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** Deletes expired unattached uploads and the contents no upload refers to any more; returns uploads deleted. */
	int deleteExpired(Instant now) {
		int uploads = jdbc.sql("DELETE FROM dossier_file WHERE dossier_id IS NULL AND expires_at < :now")
			.param("now", Times.utc(now))
			.update();
		if (uploads > 0) {
			jdbc.sql("""
					DELETE FROM dossier_file_content
					WHERE NOT EXISTS (SELECT 1 FROM dossier_file f WHERE f.sha256 = dossier_file_content.sha256)""")
				.update();
		}
		return uploads;
	}

	private static FileType typeOf(String mediaType) {
		for (FileType type : FileType.values()) {
			if (type.mediaType().equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalStateException("stored media type " + mediaType);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
