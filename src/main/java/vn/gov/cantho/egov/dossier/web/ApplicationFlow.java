package vn.gov.cantho.egov.dossier.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * The steps shared by online submission and counter registration: the form built from the procedure, the upload of
 * each file as soon as the form is posted, the checks, the draft kept for the review page, and the model of both
 * pages. Files already uploaded stay with the draft, so an applicant who must fix a field does not choose them again.
 */
@Component
class ApplicationFlow {

	static final String FORM_VIEW = "dossier/apply";
	static final String REVIEW_VIEW = "dossier/review";

	static final String CHANNEL_REQUIRED = "dossier.web.channel-required";
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final ProcedureCatalogue catalogue;
	private final DossierManagement dossiers;
	private final DocumentUploads files;
	private final MessageSource messages;

	ApplicationFlow(ProcedureCatalogue catalogue, DossierManagement dossiers, DocumentUploads files,
			MessageSource messages) {
		this.catalogue = catalogue;
		this.dossiers = dossiers;
		this.files = files;
		this.messages = messages;
	}

	ProcedureView procedure(String code) {
		return catalogue.procedure(code)
			.filter(ProcedureView::active)
			.orElseThrow(() -> BusinessException.notFound("not-found", "procedureCode"));
	}

	/**
	 * Fills the form from the draft named by {@code key} (a change link from the review page) or, for a new form,
	 * gives it a fresh idempotency key: the key is born with the form, so every repeat of its confirmation is one
	 * submission.
	 */
	boolean restore(ApplicationForm form, String key, ProcedureView procedure, HttpSession session) {
		Optional<Draft> draft = DraftStore.find(session, key, procedure.code())
			.filter(d -> d.dossierCode() == null);
		draft.ifPresent(d -> d.fill(form));
		if (draft.isEmpty()) {
			form.setKey(UUID.randomUUID().toString());
		}
		return draft.isPresent();
	}

	/**
	 * Uploads the files of the posted form, checks everything and keeps the result as the form's draft.
	 * @return the draft when nothing is wrong, empty when {@code result} now holds errors
	 */
	Optional<Draft> receive(ProcedureView procedure, ApplicationForm form, BindingResult result,
			HttpServletRequest request, boolean atCounter) {
		if (form.getKey() == null || !KEY.matcher(form.getKey()).matches()) {
			form.setKey(UUID.randomUUID().toString());
		}
		HttpSession session = request.getSession();
		Map<String, Draft.Upload> uploads = new LinkedHashMap<>(DraftStore.find(session, form.getKey(),
				procedure.code()).map(Draft::uploads).orElse(Map.of()));
		DocumentUploads.Received received = files.upload(procedure.documents(), request,
				code -> "documents[" + code + "]");
		received.posted().forEach(uploads::remove);
		received.accepted().forEach((code, file) -> uploads.put(code, Draft.Upload.of(file)));
		List<BusinessException> errors = new ArrayList<>(received.errors());
		Draft draft = Draft.of(procedure.code(), form, uploads, option(DeliveryOption.class, form.getDelivery()),
				atCounter ? option(SubmissionChannel.class, form.getChannel()) : null);
		DraftStore.save(session, draft);
		form.getDocuments().clear();
		uploads.forEach((code, upload) -> form.getDocuments().put(code, upload.filename()));
		// A file refused just now says why itself; "missing" on the same document would only repeat it.
		problems(draft, atCounter, org.springframework.context.i18n.LocaleContextHolder.getLocale())
			.stream()
			.filter(missing -> errors.stream().noneMatch(refused -> refused.field().equals(missing.field())))
			.forEach(errors::add);
		if (errors.isEmpty()) {
			return Optional.of(draft);
		}
		reject(result, procedure, errors);
		return Optional.empty();
	}

	/**
	 * What the dossier module would refuse in this draft, named by the form's inputs; at the counter also a missing
	 * channel, which only this form asks for.
	 */
	private List<BusinessException> problems(Draft draft, boolean atCounter, Locale locale) {
		List<BusinessException> problems = new ArrayList<>();
		if (atCounter && draft.channel() == null) {
			problems.add(BusinessException.invalid(CHANNEL_REQUIRED, "channel"));
		}
		SubmissionChannel channel = !atCounter ? SubmissionChannel.ONLINE
				: draft.channel() == null ? SubmissionChannel.COUNTER : draft.channel();
		dossiers.problems(draft.application(locale), channel)
			.stream()
			.map(e -> BusinessException.invalid(e.code(), formField(e.field()), e.args()))
			.forEach(problems::add);
		return problems;
	}

	/** The model of the form page; {@code base} is where it posts ({@code /ho-so/nop/CODE} or the counter's path). */
	void formModel(Model model, ProcedureView procedure, String base, boolean atCounter, Locale locale) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("labels", labels(procedure, locale));
		model.addAttribute("base", base);
		model.addAttribute("atCounter", atCounter);
		model.addAttribute("online", atCounter || procedure.onlineMode().acceptsOnline());
		model.addAttribute("deliveries", procedure.deliveries()
			.stream()
			.sorted(Comparator.comparing(DeliveryOption::ordinal))
			.toList());
		model.addAttribute("postOffered", procedure.deliveries().contains(DeliveryOption.POST));
		model.addAttribute("channels", List.of(SubmissionChannel.COUNTER, SubmissionChannel.POST));
	}

	/** The draft to review, or empty when the session lost it (expired, or another browser). */
	Optional<Draft> draft(HttpSession session, String key, ProcedureView procedure) {
		return DraftStore.find(session, key, procedure.code());
	}

	void reviewModel(Model model, ProcedureView procedure, Draft draft, String base, boolean atCounter) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("draft", draft);
		model.addAttribute("base", base);
		model.addAttribute("atCounter", atCounter);
		model.addAttribute("fee", procedure.fee().feeFor(!atCounter, 1));
	}

	/**
	 * Submits the draft once: a repeated confirmation (double click, reload, network retry) carries the same key and
	 * gets the same dossier back from the dossier module.
	 * @return the dossier code
	 */
	String confirm(Draft draft, HttpSession session, boolean atCounter, Locale locale) {
		if (draft.dossierCode() != null) {
			return draft.dossierCode();
		}
		String code = atCounter
				? dossiers.register(draft.application(locale), draft.channel(), draft.key()).code()
				: dossiers.submit(draft.application(locale), draft.key()).code();
		DraftStore.save(session, draft.submitted(code));
		return code;
	}

	/** A refused confirmation goes back to the form with the reasons, the typed values and the uploaded files. */
	void refused(ApplicationForm form, BindingResult result, ProcedureView procedure, Draft draft,
			BusinessException refusal) {
		draft.fill(form);
		reject(result, procedure, refusal.errors()
			.stream()
			.map(e -> BusinessException.invalid(e.code(), formField(e.field()), e.args()))
			.toList());
	}

	/**
	 * Puts each error on its input: the procedure's fields and documents are map entries the binder cannot type
	 * until a value exists, so they are named explicitly; anything else goes through the shared rules.
	 */
	private static void reject(BindingResult result, ProcedureView procedure, List<BusinessException> errors) {
		List<BusinessException> others = new ArrayList<>();
		for (BusinessException e : errors) {
			if (e.field() != null && isProcedureInput(procedure, e.field())) {
				result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
			}
			else {
				others.add(e);
			}
		}
		FormErrors.reject(result, others);
	}

	private static boolean isProcedureInput(ProcedureView procedure, String field) {
		return procedure.formFields().stream().anyMatch(f -> field.equals("values[" + f.key() + "]"))
				|| procedure.documents().stream().anyMatch(d -> field.equals("documents[" + d.code() + "]"));
	}

	/**
	 * The form's name for a field the dossier module names in its own terms: {@code applicant.phone} is
	 * {@code phone}, {@code formValues.KEY} is {@code values[KEY]}, {@code documents.CODE} is {@code documents[CODE]}.
	 */
	static String formField(String field) {
		if (field == null) {
			return null;
		}
		if (field.startsWith("applicant.")) {
			return field.substring("applicant.".length());
		}
		if (field.startsWith("formValues.")) {
			return "values[" + field.substring("formValues.".length()) + "]";
		}
		if (field.startsWith("documents.")) {
			return "documents[" + field.substring("documents.".length()) + "]";
		}
		return field;
	}

	/** The label of every input by its form name, so the error summary can say which one each message is about. */
	private Map<String, String> labels(ProcedureView procedure, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : List.of("fullName", "citizenId", "phone", "email", "address")) {
			labels.put(field, messages.getMessage("dossier.web.applicant." + field, null, locale));
		}
		labels.put("channel", messages.getMessage("dossier.web.channel", null, locale));
		labels.put("delivery", messages.getMessage("dossier.web.delivery", null, locale));
		labels.put("postalAddress", messages.getMessage("dossier.web.postalAddress", null, locale));
		boolean english = "en".equals(locale.getLanguage());
		procedure.formFields()
			.forEach(f -> labels.put("values[" + f.key() + "]",
					english && f.labelEn() != null && !f.labelEn().isBlank() ? f.labelEn() : f.labelVi()));
		procedure.documents()
			.forEach(d -> labels.put("documents[" + d.code() + "]",
					english && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameVi()));
		return labels;
	}

	private static <E extends Enum<E>> E option(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}
}
