package vn.gov.cantho.egov.feedback.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map of the feedback pages: Leaflet with the city boundary drawn on a plain grid, so that it works with no tile
 * server at all, and map tiles from {@code egov.feedback.map.tile-url} on top when that server answers. Used from
 * templates as {@code @feedbackMap}.
 * <p>
 * The site's content security policy lets pages load images from the site only. A page showing the map widens it
 * for that page alone, by the origin of the tile server and nothing else; the policy is otherwise the one the system
 * module sets for every page (kept equal by a test).
 */
@Component("feedbackMap")
public class FeedbackMap {

	static final String BASE_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

	private final String tileUrl;
	private final String attribution;
	private final String tileOrigin;

	FeedbackMap(@Value("${egov.feedback.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
			@Value("${egov.feedback.map.attribution:© OpenStreetMap}") String attribution) {
		this.tileOrigin = origin(tileUrl);
		this.tileUrl = tileOrigin == null ? "" : tileUrl.trim();
		this.attribution = attribution;
	}

	/** The tile URL template for Leaflet, empty when no (usable) tile server is configured. */
	public String tileUrl() {
		return tileUrl;
	}

	public String attribution() {
		return tileUrl.isEmpty() ? "" : attribution;
	}

	/** Lets the page that is being answered load images from the tile server, and from nowhere else new. */
	void allowTiles(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", policy());
	}

	String policy() {
		return tileOrigin == null ? BASE_POLICY
				: BASE_POLICY.replace("img-src 'self' data: blob:;", "img-src 'self' data: blob: " + tileOrigin + ";");
	}

	/**
	 * The scheme, host and port of a tile URL template, with a subdomain placeholder as a wildcard; null for anything
	 * that is not a plain http(s) URL (which would otherwise widen the policy in ways not meant).
	 */
	static String origin(String template) {
		if (template == null || template.isBlank()) {
			return null;
		}
		String probe = template.trim().replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
			.replace("{r}", "");
		try {
			URI uri = new URI(probe);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
					|| !uri.getHost().matches("[A-Za-z0-9.-]+")) {
				return null;
			}
			String host = template.trim().contains("{s}.") ? "*." + uri.getHost().substring(2) : uri.getHost();
			return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
		}
		catch (URISyntaxException e) {
			return null;
		}
	}
}
