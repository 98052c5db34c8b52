package vn.gov.cantho.egov.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A business error that a page controller did not turn into a form error shows the error page with the translated
 * message and the right status, instead of a generic failure.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler
	ModelAndView business(BusinessException e, HttpServletResponse response) {
		return page(response, e.status().value(), e.messageKey(), e.args());
	}

	@ExceptionHandler
	ModelAndView wrongType(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
		return page(response, 400, "error.invalid-parameter", new Object[] { e.getName() });
	}

	private static ModelAndView page(HttpServletResponse response, int status, String messageKey, Object[] args) {
		response.setStatus(status);
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status);
		page.addObject("messageKey", messageKey);
		page.addObject("messageArgs", args);
		return page;
	}
}
