package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;

import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Who is tested, as checked before anything is stored: a name, a date of birth in the past (it is half of what opens
 * the result online), and a phone and e-mail in a form the notification module accepts (both optional: the result can
 * always be read online with the code).
 */
record PersonDetails(String fullName, LocalDate dateOfBirth, String phone, String email, String language) {

	static PersonDetails check(String fullName, LocalDate dateOfBirth, String phone, String email, Clock clock,
			List<BusinessException> problems) {
		String name = Texts.required(fullName, 200, "fullName", problems);
		LocalDate today = LocalDate.now(clock.withZone(Rows.VIETNAM));
		if (dateOfBirth == null) {
			problems.add(BusinessException.invalid("health.testing.date-of-birth-required", "dateOfBirth"));
		}
		else if (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130))) {
			problems.add(BusinessException.invalid("health.testing.date-of-birth-invalid", "dateOfBirth"));
		}
		String mobile = null;
		if (!Contacts.isBlank(phone)) {
			mobile = Contacts.mobile(phone).orElse(null);
			if (mobile == null) {
				problems.add(BusinessException.invalid("health.testing.phone-invalid", "phone"));
			}
		}
		String mail = null;
		if (!Contacts.isBlank(email)) {
			mail = Contacts.email(email).orElse(null);
			if (mail == null) {
				problems.add(BusinessException.invalid("health.testing.email-invalid", "email"));
			}
		}
		String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
		return new PersonDetails(name, dateOfBirth, mobile, mail, language);
	}
}
