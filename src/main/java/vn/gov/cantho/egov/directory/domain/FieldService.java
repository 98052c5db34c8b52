package vn.gov.cantho.egov.directory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.shared.BusinessException;

/** Fields (lĩnh vực): read by everyone, changed by administrators. */
@Service
@Transactional(readOnly = true)
public class FieldService implements FieldCatalogue {

	private final FieldRepository fields;
	private final AuditLog audit;

	public FieldService(FieldRepository fields, AuditLog audit) {
		this.fields = fields;
		this.audit = audit;
	}

	@Override
	public Optional<FieldView> field(String code) {
		return code == null ? Optional.empty() : fields.findById(code).map(DirectoryField::view);
	}

	@Override
	public List<FieldView> fields() {
		return fields.findAll().stream().sorted(Comparator.comparing(DirectoryField::nameFolded)).map(DirectoryField::view).toList();
	}

	@Transactional
	@PreAuthorize("hasAuthority('FIELD_MANAGE')")
	public FieldView create(FieldView data) {
		String code = MapRules.checkedCode(data.code() == null ? null : data.code().trim(), MapRules.CATALOGUE_CODE,
				"code", "directory.field-code-invalid");
		if (fields.existsById(code)) {
			throw BusinessException.conflict("directory.field-exists", "code", code);
		}
		DirectoryField field = DirectoryField.create(code);
		apply(field, data);
		audit.record("directory.field.created", code);
		return fields.save(field).view();
	}

	@Transactional
	@PreAuthorize("hasAuthority('FIELD_MANAGE')")
	public FieldView update(String code, FieldView data) {
		DirectoryField field = fields.findById(code)
			.orElseThrow(() -> BusinessException.notFound("directory.field-not-found", "code", code));
		apply(field, data);
		audit.record("directory.field.updated", code);
		return fields.save(field).view();
	}

	private static void apply(DirectoryField field, FieldView data) {
		MapRules.required(data.name(), "name");
		MapRules.required(data.nameEn(), "nameEn");
		field.change(data);
	}
}
