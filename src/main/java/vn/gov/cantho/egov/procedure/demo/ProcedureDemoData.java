package vn.gov.cantho.egov.procedure.demo;

import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.procedure.ProcedureAdministration;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;

/**
 * Loads the demo procedures when {@code egov.demo=true}, through the administration operations so the same rules,
 * audit entries and events apply. Idempotent: a procedure whose code exists is left as it is (an administrator may
 * have corrected it). Runs after the directory's demo data (order 100), whose agencies and fields it refers to.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "egov.demo", havingValue = "true")
class ProcedureDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProcedureDemoData.class);

	private final ProcedureAdministration administration;
	private final ProcedureCatalogue catalogue;
	private final TransactionTemplate transaction;

	ProcedureDemoData(ProcedureAdministration administration, ProcedureCatalogue catalogue,
			TransactionTemplate transaction) {
		this.administration = administration;
		this.catalogue = catalogue;
		this.transaction = transaction;
	}

	static List<DemoProcedure> procedures() {
		return Stream.concat(CityProcedures.all().stream(), CommuneProcedures.all().stream()).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		// The operations check permissions; start-up has no user, so the loader acts as the system.
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
				AuthorityUtils.createAuthorityList("PROCEDURE_MANAGE")));
		SecurityContextHolder.setContext(system);
		try {
			Integer added = transaction.execute(status -> load());
			if (added != null && added > 0) {
				log.info("Demo procedure catalogue: {} procedures added", added);
			}
		}
		catch (DataIntegrityViolationException e) {
			// Another application node on the same database loaded them at the same moment.
			log.info("Demo procedures were being loaded by another node; left to it");
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private int load() {
		int added = 0;
		for (DemoProcedure procedure : procedures()) {
			if (catalogue.procedure(procedure.code()).isEmpty()) {
				administration.create(procedure.definition());
				added++;
			}
		}
		return added;
	}
}
