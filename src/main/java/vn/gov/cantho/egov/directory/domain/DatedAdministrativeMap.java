package vn.gov.cantho.egov.directory.domain;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.UnitLevel;

/**
 * The map on any date, read from the dated versions. Not guarded by permissions: other modules call it from event
 * listeners and background work where no user is present; the web layer checks {@code DIRECTORY_READ}.
 */
@Service
@Transactional(readOnly = true)
public class DatedAdministrativeMap implements AdministrativeMap {

	/** Deeper than any real map (province, district, commune); stops a corrupted loop from hanging a request. */
	private static final int MAX_DEPTH = 16;

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	private final UnitStore units;

	public DatedAdministrativeMap(UnitStore units) {
		this.units = units;
	}

	@Override
	public Optional<AdminUnitView> unit(String code, LocalDate at) {
		return code == null ? Optional.empty() : units.unitAt(code, at);
	}

	@Override
	public List<AdminUnitView> children(String parentCode, LocalDate at) {
		return units.childrenAt(parentCode, at);
	}

	@Override
	public boolean isWithin(String unitCode, String ancestorCode, LocalDate at) {
		return ancestorCode != null && lineage(unitCode, at).stream().anyMatch(u -> u.code().equals(ancestorCode));
	}

	@Override
	public Optional<AdminUnitView> successor(String code, LocalDate at) {
		String current = code;
		Set<String> seen = new HashSet<>();
		while (current != null && seen.add(current)) {
			Optional<AdminUnitView> unit = units.unitAt(current, at);
			if (unit.isPresent()) {
				return unit;
			}
			current = units.successor(current)
				.filter(s -> !s.effectiveOn().isAfter(at))
				.map(Successor::successorCode)
				.orElse(null);
		}
		return Optional.empty();
	}

	@Override
	public List<AdminUnitView> communes(LocalDate at) {
		List<AdminUnitView> communes = new ArrayList<>();
		Deque<AdminUnitView> pending = new ArrayDeque<>(children(null, at));
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			AdminUnitView unit = pending.pop();
			if (!seen.add(unit.code())) {
				continue;
			}
			if (unit.level() == UnitLevel.COMMUNE) {
				communes.add(unit);
			}
			else {
				pending.addAll(children(unit.code(), at));
			}
		}
		communes.sort(Comparator.comparing(AdminUnitView::name, VIETNAMESE));
		return communes;
	}

	/** The unit itself followed by its parent, grandparent, ... on {@code at}; empty if it did not exist then. */
	public List<AdminUnitView> lineage(String code, LocalDate at) {
		List<AdminUnitView> line = new ArrayList<>();
		Optional<AdminUnitView> next = unit(code, at);
		while (next.isPresent() && line.size() < MAX_DEPTH) {
			line.add(next.get());
			next = unit(next.get().parentCode(), at);
		}
		return line;
	}
}
