package vn.gov.cantho.egov.directory.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.directory.Reorganisations;
import vn.gov.cantho.egov.directory.domain.AgencyData;
import vn.gov.cantho.egov.directory.domain.AgencyService;
import vn.gov.cantho.egov.directory.domain.FieldService;
import vn.gov.cantho.egov.directory.domain.UnitStore;

/**
 * Loads the demo map, agencies and fields when {@code egov.demo=true}, through the module's own operations so the
 * same rules, audit entries and events apply. Idempotent: whatever already exists is left alone, so a second start
 * or a second application context on the same database adds nothing. Runs early (order 100) because other modules'
 * demo data refers to these units and agencies.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "egov.demo", havingValue = "true")
class DirectoryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	private final Reorganisations reorganisations;
	private final AgencyService agencies;
	private final FieldService fields;
	private final UnitStore units;
	private final TransactionTemplate transaction;

	DirectoryDemoData(Reorganisations reorganisations, AgencyService agencies, FieldService fields, UnitStore units,
			TransactionTemplate transaction) {
		this.reorganisations = reorganisations;
		this.agencies = agencies;
		this.fields = fields;
		this.units = units;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		// The operations check permissions; start-up has no user, so the loader acts as the system.
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
				AuthorityUtils.createAuthorityList("UNIT_MANAGE", "AGENCY_MANAGE", "FIELD_MANAGE")));
		SecurityContextHolder.setContext(system);
		try {
			transaction.executeWithoutResult(status -> load());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void load() {
		if (units.record(DemoMap.CITY).isEmpty()) {
			DemoMap.load(reorganisations);
			log.info("Demo administrative map of Can Tho loaded");
		}
		int added = 0;
		for (AgencyData agency : DemoAgencies.AGENCIES) {
			if (agencies.agency(agency.code()).isEmpty()) {
				agencies.create(agency);
				added++;
			}
		}
		for (FieldView field : DemoAgencies.FIELDS) {
			if (fields.field(field.code()).isEmpty()) {
				fields.create(field);
				added++;
			}
		}
		if (added > 0) {
			log.info("Demo directory data: {} agencies and fields added", added);
		}
	}
}
