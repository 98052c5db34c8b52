package vn.gov.cantho.egov.feedback.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackQuery;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;

/**
 * The 1022 work queue, most urgent first (the coordinators see every agency's items, agency officials those of the
 * agencies in their scope), and one item with the reporter's contact, its history and a form for each action the
 * caller may take now: the agency suggested for the field and area comes preselected when assigning, and likely
 * duplicates are offered when merging.
 */
@Controller
@RequestMapping("/1022")
@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
class FeedbackQueuePages {

	static final int PAGE_SIZE = 25;

	private final FeedbackManagement feedback;
	private final FeedbackFields fields;
	private final AgencyDirectory agencies;
	private final AccountDirectory accounts;
	private final CurrentActor actor;
	private final FeedbackMap map;

	FeedbackQueuePages(FeedbackManagement feedback, FeedbackFields fields, AgencyDirectory agencies,
			AccountDirectory accounts, CurrentActor actor, FeedbackMap map) {
		this.feedback = feedback;
		this.fields = fields;
		this.agencies = agencies;
		this.accounts = accounts;
		this.actor = actor;
		this.map = map;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String field,
			@RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String channel,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		FeedbackState chosenState = named(FeedbackState.values(), state);
		FeedbackChannel chosenChannel = named(FeedbackChannel.values(), channel);
		String text = q.strip();
		model.addAttribute("result", feedback.queue(new FeedbackQuery(chosenState, blankToNull(field),
				blankToNull(agency), chosenChannel, mine, overdue, text.isEmpty() ? null : text, Math.max(page, 0),
				PAGE_SIZE)));
		model.addAttribute("state", chosenState == null ? "" : chosenState.name());
		model.addAttribute("field", field);
		model.addAttribute("agency", agency);
		model.addAttribute("channel", chosenChannel == null ? "" : chosenChannel.name());
		model.addAttribute("mine", mine);
		model.addAttribute("overdue", overdue);
		model.addAttribute("q", text);
		model.addAttribute("states", FeedbackState.values());
		model.addAttribute("channels", FeedbackChannel.values());
		model.addAttribute("fields", fields.fields());
		model.addAttribute("agencies", visibleAgencies());
		return "feedback/queue";
	}

	@GetMapping("/phan-anh/{number}")
	String item(@PathVariable String number, Model model, HttpServletResponse response) {
		FeedbackView item = feedback.item(number);
		List<FeedbackAction> actions = item.availableActions().stream().filter(FeedbackStaffActions.STAFF::contains).toList();
		model.addAttribute("item", item);
		model.addAttribute("actions", actions);
		model.addAttribute("fields", fields.fields());
		model.addAttribute("rejectReasons", RejectReason.values());
		if (actions.contains(FeedbackAction.ASSIGN) || actions.contains(FeedbackAction.TRANSFER)) {
			model.addAttribute("agencies", agencies.agencies().stream().filter(AgencyView::active).toList());
			model.addAttribute("suggestedAgency", suggested(item.fieldCode(), item.location().unitCode()));
		}
		if (actions.contains(FeedbackAction.REASSIGN) && item.agencyCode() != null) {
			model.addAttribute("officials", officials(item.agencyCode()));
		}
		if (actions.contains(FeedbackAction.MERGE)) {
			model.addAttribute("duplicates", feedback.similarTo(number));
		}
		map.allowTiles(response);
		return "feedback/staff-item";
	}

	/**
	 * The agency suggested for a field in an area, for htmx when the field is changed in the assign form: the agency
	 * select again, with the suggestion chosen. Routing is not personal, so the item itself is not read (nor audited).
	 */
	@GetMapping("/co-quan-goi-y")
	String suggestedAgency(@RequestParam(defaultValue = "") String fieldCode,
			@RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "assign") String form,
			Model model) {
		model.addAttribute("agencies", agencies.agencies().stream().filter(AgencyView::active).toList());
		model.addAttribute("suggestedAgency", suggested(blankToNull(fieldCode), blankToNull(unitCode)));
		model.addAttribute("formId", "transfer".equals(form) ? "transfer" : "assign");
		return "feedback/parts :: agencySelect";
	}

	private String suggested(String fieldCode, String unitCode) {
		return fieldCode == null || fields.field(fieldCode).isEmpty() ? null : fields.agencyFor(fieldCode, unitCode);
	}

	/** Officials of the agency who can take the item now (not locked), by name. */
	private List<AccountView> officials(String agencyCode) {
		return accounts.officials(agencyCode).stream().filter(a -> !a.locked()).toList();
	}

	/** The agencies the caller may filter by: every active one for coordinators, else those in their scope. */
	private List<AgencyView> visibleAgencies() {
		boolean coordinator = actor.current().map(a -> a.has(Permissions.FEEDBACK_COORDINATE)).orElse(false);
		return agencies.agencies()
			.stream()
			.filter(AgencyView::active)
			.filter(a -> coordinator || actor.covers(a.code()))
			.toList();
	}

	private static <E extends Enum<E>> E named(E[] values, String name) {
		return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
