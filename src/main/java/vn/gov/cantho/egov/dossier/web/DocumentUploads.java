package vn.gov.cantho.egov.dossier.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.UploadedFile;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Hands the files of a posted form to the dossier module as soon as they arrive, one multipart part per required
 * document ({@code file-CODE}), so that only upload ids travel further. A refused file (type, size) is reported on
 * the input the page names for its document, with the dossier module's reason.
 */
@Component
class DocumentUploads {

	static final String PART = "file-";
	static final String FAILED = "dossier.web.upload-failed";

	private final DossierManagement dossiers;

	DocumentUploads(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	/** The documents a file was posted for, those accepted with their upload, and the reasons of the others. */
	record Received(Set<String> posted, Map<String, UploadedFile> accepted, List<BusinessException> errors) {
	}

	Received upload(List<RequiredDocument> documents, HttpServletRequest request, UnaryOperator<String> inputOf) {
		Set<String> posted = new LinkedHashSet<>();
		Map<String, UploadedFile> accepted = new LinkedHashMap<>();
		List<BusinessException> errors = new ArrayList<>();
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		for (RequiredDocument document : documents) {
			MultipartFile file = multipart == null ? null : multipart.getFile(PART + document.code());
			if (file == null || file.isEmpty()) {
				continue;
			}
			posted.add(document.code());
			String input = inputOf.apply(document.code());
			try {
				UploadedFile.checkSize(file.getSize(), "file");
				accepted.put(document.code(), dossiers.upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (BusinessException e) {
				e.errors().forEach(error -> errors.add(BusinessException.invalid(error.code(), input, error.args())));
			}
			catch (IOException e) {
				errors.add(BusinessException.invalid(FAILED, input));
			}
		}
		return new Received(posted, accepted, errors);
	}
}
