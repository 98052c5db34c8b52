package vn.gov.cantho.egov.health;

import java.util.List;
import java.util.Optional;

import vn.gov.cantho.egov.identity.Actor;

/** Registering venues and reading them. Owners see their own venues; officials with HEALTH_VENUE_MANAGE see all. */
public interface Venues {

	VenueView register(Actor actor, VenueRegistration registration);

	/** A venue the actor may see; empty for an unknown code or someone else's venue. */
	Optional<VenueView> find(Actor actor, String venueCode);

	/** The actor's own venues, or every venue (newest first, at most {@code limit}) for officials. */
	List<VenueView> list(Actor actor, int limit);

	/** The public face of an open venue, for the page a scanned code opens; empty for unknown or closed venues. */
	Optional<VenueSign> sign(String venueCode);

	/** Closes a venue: its code is refused from then on (health.code-unknown). */
	void close(Actor actor, String venueCode);
}
