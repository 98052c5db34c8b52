package vn.gov.cantho.egov.directory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.shared.BusinessException;

/** Agencies: read by everyone (other modules route work by agency code), changed by administrators. */
@Service
@Transactional(readOnly = true)
public class AgencyService implements AgencyDirectory {

	private static final Comparator<DirectoryAgency> ORDER = Comparator.comparing((DirectoryAgency a) -> !a.view().active())
		.thenComparing(a -> a.view().level())
		.thenComparing(DirectoryAgency::nameFolded);

	private final AgencyRepository agencies;
	private final UnitStore units;
	private final AuditLog audit;

	public AgencyService(AgencyRepository agencies, UnitStore units, AuditLog audit) {
		this.agencies = agencies;
		this.units = units;
		this.audit = audit;
	}

	@Override
	public Optional<AgencyView> agency(String code) {
		return code == null ? Optional.empty() : agencies.findById(code).map(DirectoryAgency::view);
	}

	@Override
	public List<AgencyView> agencies() {
		return agencies.findAll().stream().sorted(ORDER).map(DirectoryAgency::view).toList();
	}

	@Transactional
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	public AgencyView create(AgencyData data) {
		String code = MapRules.checkedCode(data.code() == null ? null : data.code().trim(), MapRules.CATALOGUE_CODE,
				"code", "directory.agency-code-invalid");
		if (agencies.existsById(code)) {
			throw BusinessException.conflict("directory.agency-exists", "code", code);
		}
		DirectoryAgency agency = DirectoryAgency.create(code);
		apply(agency, data);
		audit.record("directory.agency.created", code);
		return agencies.save(agency).view();
	}

	@Transactional
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	public AgencyView update(String code, AgencyData data) {
		DirectoryAgency agency = agencies.findById(code)
			.orElseThrow(() -> BusinessException.notFound("directory.agency-not-found", "code", code));
		apply(agency, data);
		audit.record("directory.agency.updated", code);
		return agencies.save(agency).view();
	}

	private void apply(DirectoryAgency agency, AgencyData data) {
		MapRules.required(data.name(), "name");
		MapRules.required(data.nameEn(), "nameEn");
		MapRules.required(data.kind(), "kind");
		UnitRecord unit = new MapRules(units).known(data.unitCode(), "unitCode");
		agency.change(data, unit.level());
	}
}
