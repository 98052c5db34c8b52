package vn.gov.cantho.egov.feedback.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackManagement.StoredPhoto;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Photos in the database: uploaded first by their owner (an account, or an anonymous upload key kept only as a hash),
 * attached to an item on submission, public once approved by staff. A photo is accepted only if its bytes are a JPEG
 * or PNG that ImageIO decodes; its width and height come from the decoder. Runs in the caller's transaction.
 */
@Component
class PhotoStore {

	static final long MAX_SIZE = 5L * 1024 * 1024;
	static final int MAX_PHOTOS = 5;
	/** Larger pictures are refused before decoding: a small file can claim enormous dimensions. */
	static final long MAX_PIXELS = 40_000_000L;
	static final int MAX_FILENAME = 255;
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A checked picture: media type and dimensions. */
	record Picture(String mediaType, int width, int height) {
	}

	/** An upload not yet attached, as the submission rules see it. */
	record Pending(String id, String owner, Instant expiresAt) {
	}

	/** The owner of uploads by an account ({@code username}) or an anonymous visitor's key (hashed). */
	static String owner(String username, String uploadKey) {
		if (username != null) {
			return username;
		}
		return "key:" + sha256(uploadKey).substring(0, 40);
	}

	PhotoView store(String owner, String filename, byte[] uploaded, Instant now, Instant expiresAt) {
		Picture picture = check(uploaded);
		byte[] content = PhotoMetadata.strip(uploaded, picture.mediaType());
		String name = cleanName(filename, picture);
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO feedback_photo (id, owner, filename, media_type, size, width, height, content, uploaded_at,
				    expires_at, approved)
				VALUES (:id, :owner, :name, :type, :size, :width, :height, :content, :now, :expires, FALSE)""")
			.param("id", id)
			.param("owner", owner)
			.param("name", name)
			.param("type", picture.mediaType())
			.param("size", content.length)
			.param("width", picture.width())
			.param("height", picture.height())
			.param("content", content)
			.param("now", Times.utc(now))
			.param("expires", Times.utc(expiresAt))
			.update();
		return new PhotoView(id, name, picture.mediaType(), content.length, picture.width(), picture.height(), false);
	}

	/** Refuses empty, oversized and non-image contents, and pictures the decoder cannot read. */
	static Picture check(byte[] content) {
		if (content == null || content.length == 0) {
			throw BusinessException.invalid("feedback.photo-empty", "file");
		}
		if (content.length > MAX_SIZE) {
			throw BusinessException.invalid("feedback.photo-too-large", "file", MAX_SIZE / (1024 * 1024));
		}
		String type = starts(content, JPEG) ? "image/jpeg" : starts(content, PNG) ? "image/png" : null;
		if (type == null) {
			throw BusinessException.invalid("feedback.photo-type", "file");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw BusinessException.invalid("feedback.photo-type", "file");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
					throw BusinessException.invalid("feedback.photo-dimensions", "file");
				}
				// Decoding a reduced copy proves the whole picture is readable without holding it at full size.
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, (int) Math.sqrt((double) width * height / 1_000_000));
				param.setSourceSubsampling(step, step, 0, 0);
				reader.read(0, param);
				return new Picture(type, width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof BusinessException b) {
				throw b;
			}
			throw BusinessException.invalid("feedback.photo-type", "file");
		}
	}

	private static boolean starts(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	static String cleanName(String filename, Picture picture) {
		String name = filename == null ? "" : filename;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (name.isEmpty()) {
			name = "photo." + (picture.mediaType().endsWith("png") ? "png" : "jpg");
		}
		return name.length() <= MAX_FILENAME ? name : name.substring(name.length() - MAX_FILENAME);
	}

	/** Unattached uploads among {@code ids}, whoever owns them. */
	Map<String, Pending> pending(List<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, owner, expires_at FROM feedback_photo WHERE id IN (:ids) AND item_id IS NULL")
			.param("ids", ids)
			.query((rs, n) -> new Pending(rs.getString("id"), rs.getString("owner"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Pending::id, Function.identity()));
	}

	/** Attaches the uploads; a conditional update per photo, so two submissions racing for one end with one winner. */
	void attach(long itemId, List<String> ids, String owner, Instant now) {
		for (String id : ids) {
			int attached = jdbc.sql("""
					UPDATE feedback_photo SET item_id = :item, expires_at = NULL
					WHERE id = :id AND owner = :owner AND item_id IS NULL AND expires_at > :now""")
				.param("item", itemId)
				.param("id", id)
				.param("owner", owner)
				.param("now", Times.utc(now))
				.update();
			if (attached != 1) {
				throw BusinessException.invalid("feedback.photo-not-found", "photoIds");
			}
		}
	}

	List<PhotoView> of(long itemId, boolean approvedOnly) {
		return jdbc.sql("SELECT id, filename, media_type, size, width, height, approved FROM feedback_photo "
				+ "WHERE item_id = :item" + (approvedOnly ? " AND approved = TRUE" : "") + " ORDER BY uploaded_at, id")
			.param("item", itemId)
			.query((rs, n) -> new PhotoView(rs.getString("id"), rs.getString("filename"), rs.getString("media_type"),
					rs.getLong("size"), rs.getInt("width"), rs.getInt("height"), rs.getBoolean("approved")))
			.list();
	}

	/** @return whether the photo belongs to the item */
	boolean approve(long itemId, String photoId, boolean approved, String by, Instant now) {
		return jdbc.sql("""
				UPDATE feedback_photo SET approved = :approved, approved_by = :by, approved_at = :now
				WHERE id = :id AND item_id = :item""")
			.param("approved", approved)
			.param("by", approved ? by : null)
			.param("now", approved ? Times.utc(now) : null)
			.param("id", photoId)
			.param("item", itemId)
			.update() == 1;
	}

	Optional<StoredPhoto> content(long itemId, String photoId, boolean approvedOnly) {
		return jdbc.sql("SELECT filename, media_type, content FROM feedback_photo WHERE id = :id AND item_id = :item"
				+ (approvedOnly ? " AND approved = TRUE" : ""))
			.param("id", photoId)
			.param("item", itemId)
			.query((rs, n) -> new StoredPhoto(rs.getString("filename"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	int deleteExpired(Instant now) {
		return jdbc.sql("DELETE FROM feedback_photo WHERE item_id IS NULL AND expires_at < :now")
			.param("now", Times.utc(now))
			.update();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
