package vn.gov.cantho.egov.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.AbolishLevel;
import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.CreateUnit;
import vn.gov.cantho.egov.directory.LevelAbolished;
import vn.gov.cantho.egov.directory.MergeUnits;
import vn.gov.cantho.egov.directory.RenameUnit;
import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.ReorganisationView;
import vn.gov.cantho.egov.directory.ReorganisationView.Role;
import vn.gov.cantho.egov.directory.Reorganisations;
import vn.gov.cantho.egov.directory.UnitCreated;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.directory.UnitRenamed;
import vn.gov.cantho.egov.directory.UnitsMerged;
import vn.gov.cantho.egov.shared.BusinessException;

/** Applies reorganisations to the dated map, each as one transaction with its record, audit entry and event. */
@Service
@Transactional
public class ReorganisationService implements Reorganisations {

	private final UnitStore units;
	private final ReorganisationStore records;
	private final MapRules rules;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	public ReorganisationService(UnitStore units, ReorganisationStore records, AuditLog audit,
			ApplicationEventPublisher events) {
		this.units = units;
		this.records = records;
		this.rules = new MapRules(units);
		this.audit = audit;
		this.events = events;
	}

	@Override
	@PreAuthorize("hasAuthority('UNIT_MANAGE')")
	public ReorganisationView merge(MergeUnits command) {
		LocalDate on = basics(command.effectiveOn(), command.legalBasis());
		String target = command.successorCode();
		MapRules.required(target, "successorCode");
		Set<String> merged = new LinkedHashSet<>(command.mergedCodes());
		merged.remove(target);
		if (merged.isEmpty()) {
			throw command.mergedCodes().isEmpty()
					? BusinessException.invalid("directory.value-required", "mergedCodes", "mergedCodes")
					: BusinessException.invalid("directory.merge-into-itself", "successorCode", target);
		}
		List<AdminUnitView> ending = new ArrayList<>();
		for (String code : merged) {
			rules.endable(code, on, "mergedCodes");
			ending.add(units.unitAt(code, on).orElseThrow());
		}
		UnitLevel level = ending.get(0).level();
		if (ending.stream().anyMatch(u -> u.level() != level)) {
			throw BusinessException.invalid("directory.merge-mixed-levels", "mergedCodes");
		}
		boolean created = units.record(target).isEmpty();
		if (created) {
			createSuccessor(target, command.successorName(), level, ending, on);
		}
		else if (rules.current(target, on, "successorCode").level() != level) {
			throw BusinessException.invalid("directory.merge-mixed-levels", "successorCode");
		}
		long id = records.open(ReorganisationKind.MERGE, on, command.legalBasis().trim());
		records.involve(id, target, Role.SUCCESSOR);
		if (created) {
			records.involve(id, target, Role.CREATED);
		}
		for (AdminUnitView unit : ending) {
			moveChildren(id, unit.code(), target, on);
			units.end(unit.code(), on);
			units.successor(unit.code(), target, on, id);
			records.involve(id, unit.code(), Role.MERGED);
		}
		audit.record("directory.units.merged", target);
		events.publishEvent(new UnitsMerged(id, List.copyOf(merged), target, on));
		return records.find(id);
	}

	@Override
	@PreAuthorize("hasAuthority('UNIT_MANAGE')")
	public ReorganisationView abolishLevel(AbolishLevel command) {
		LocalDate on = basics(command.effectiveOn(), command.legalBasis());
		MapRules.required(command.level(), "level");
		if (command.level() == UnitLevel.PROVINCE) {
			throw BusinessException.invalid("directory.top-level-abolition", "level");
		}
		List<AdminUnitView> abolished = units.levelAt(command.level(), on);
		if (abolished.isEmpty()) {
			throw BusinessException.invalid("directory.nothing-to-abolish", "level", command.level(), on);
		}
		for (AdminUnitView unit : abolished) {
			rules.endable(unit.code(), on, "level");
			if (unit.parentCode() == null) {
				throw BusinessException.invalid("directory.top-level-abolition", "level");
			}
		}
		long id = records.open(ReorganisationKind.ABOLITION, on, command.legalBasis().trim());
		for (AdminUnitView unit : abolished) {
			moveChildren(id, unit.code(), unit.parentCode(), on);
			units.end(unit.code(), on);
			// The work of an abolished tier goes up to the unit above it, like its children do.
			units.successor(unit.code(), unit.parentCode(), on, id);
			records.involve(id, unit.code(), Role.ABOLISHED);
		}
		audit.record("directory.level.abolished", command.level().name());
		events.publishEvent(new LevelAbolished(id, command.level(),
				abolished.stream().map(AdminUnitView::code).toList(), on));
		return records.find(id);
	}

	@Override
	@PreAuthorize("hasAuthority('UNIT_MANAGE')")
	public ReorganisationView create(CreateUnit command) {
		LocalDate on = basics(command.validFrom(), command.legalBasis());
		MapRules.newCode(command.code(), "code");
		MapRules.required(command.name(), "name");
		MapRules.required(command.level(), "level");
		if (units.record(command.code()).isPresent()) {
			throw BusinessException.conflict("directory.unit-exists", "code", command.code());
		}
		if (command.level() != UnitLevel.PROVINCE || command.parentCode() != null) {
			UnitRecord parent = rules.current(command.parentCode(), on, "parentCode");
			MapRules.below(command.level(), parent.level(), "parentCode");
		}
		units.insert(command.code(), command.level(), on);
		units.name(command.code(), command.name().trim(), on);
		if (command.parentCode() != null) {
			units.parent(command.code(), command.parentCode(), on);
		}
		long id = records.open(ReorganisationKind.CREATION, on, command.legalBasis().trim());
		records.involve(id, command.code(), Role.CREATED);
		audit.record("directory.unit.created", command.code());
		events.publishEvent(new UnitCreated(id, command.code(), command.level(), command.parentCode(), on));
		return records.find(id);
	}

	@Override
	@PreAuthorize("hasAuthority('UNIT_MANAGE')")
	public ReorganisationView rename(RenameUnit command) {
		LocalDate on = basics(command.effectiveOn(), command.legalBasis());
		MapRules.required(command.name(), "name");
		rules.current(command.code(), on, "code");
		String name = command.name().trim();
		if (units.unitAt(command.code(), on).map(u -> u.name().equals(name)).orElse(false)) {
			throw BusinessException.invalid("directory.same-name", "name", name);
		}
		units.name(command.code(), name, on);
		long id = records.open(ReorganisationKind.RENAME, on, command.legalBasis().trim());
		records.involve(id, command.code(), Role.RENAMED);
		audit.record("directory.unit.renamed", command.code());
		events.publishEvent(new UnitRenamed(id, command.code(), name, on));
		return records.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReorganisationView> history() {
		return records.all();
	}

	private static LocalDate basics(LocalDate effectiveOn, String legalBasis) {
		MapRules.required(effectiveOn, "effectiveOn");
		MapRules.required(legalBasis, "legalBasis");
		if (legalBasis.trim().length() > 500) {
			throw BusinessException.invalid("directory.legal-basis-too-long", "legalBasis", 500);
		}
		return effectiveOn;
	}

	/** A new successor takes the merged units' tier and their common parent. */
	private void createSuccessor(String code, String name, UnitLevel level, List<AdminUnitView> ending, LocalDate on) {
		MapRules.newCode(code, "successorCode");
		MapRules.required(name, "successorName");
		String parent = ending.get(0).parentCode();
		if (ending.stream().anyMatch(u -> !Objects.equals(u.parentCode(), parent))) {
			throw BusinessException.invalid("directory.merge-different-parents", "mergedCodes");
		}
		units.insert(code, level, on);
		units.name(code, name.trim(), on);
		if (parent != null) {
			units.parent(code, parent, on);
		}
	}

	/** Children of a unit that ends on {@code on} belong to {@code newParent} from that day. */
	private void moveChildren(long id, String code, String newParent, LocalDate on) {
		for (AdminUnitView child : units.childrenAt(code, on)) {
			rules.notBeforeHistory(child.code(), on);
			units.parent(child.code(), newParent, on);
			records.involve(id, child.code(), Role.REPARENTED);
		}
	}
}
