package vn.gov.cantho.egov.dossier;

/**
 * The dossier module's operations, for pages and the API alike. Every method checks the caller: citizens reach only
 * their own dossiers, officials only those of the agencies in their scope (404 otherwise, so codes cannot be probed).
 * Errors are {@code BusinessException}s with stable codes ({@code dossier.*}).
 */
public interface DossierManagement {

	/**
	 * Stores a file for a later submission or supplement: checked by content (PDF, JPEG or PNG) and size (10 MB at
	 * most), owned by the caller. Files go first so that forms, review pages and mobile apps send only ids.
	 */
	UploadedFile upload(String filename, byte[] content);

	/**
	 * Online submission by the logged-in citizen. The same {@code idempotencyKey} from the same account returns the
	 * first dossier instead of creating another (a retried request).
	 */
	DossierView submit(DossierApplication application, String idempotencyKey);

	/**
	 * Every rule {@code application} breaks, without storing anything, so that a form can report them all before its
	 * review page; empty when {@link #submit} (channel ONLINE) or {@link #register} would accept it. Field names are
	 * those of the API ({@code applicant.phone}, {@code formValues.KEY}, {@code documents.CODE}).
	 */
	java.util.List<vn.gov.cantho.egov.shared.BusinessException> problems(DossierApplication application,
			SubmissionChannel channel);

	/** A reception officer registers a dossier handed in at the counter or received by post; it is received at once. */
	DossierView register(DossierApplication application, SubmissionChannel channel, String idempotencyKey);

	DossierView dossier(String code);

	/** Performs {@code action} if the transition table allows it in the dossier's state for the caller. */
	DossierView act(String code, DossierAction action, ActionRequest request);

	/** A file of the dossier, for its owner and the agency's officials. */
	StoredFile attachment(String code, String attachmentId);

	/** The logged-in citizen's dossiers, newest first. */
	DossierPage mine(int page, int size);

	DossierPage queue(QueueQuery query);

	/** Public lookup: 404 {@code dossier.not-found} both for an unknown code and a phone that does not match. */
	PublicStatus publicStatus(String code, String phone);

	/** The owner rates a returned dossier once (1 to 5 stars). */
	DossierView rate(String code, int stars, String comment);

	/** The content of a stored file with the media type decided from its bytes. */
	record StoredFile(String filename, String mediaType, byte[] content) {
	}
}
