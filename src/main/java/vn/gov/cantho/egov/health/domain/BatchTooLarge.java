package vn.gov.cantho.egov.health.domain;

import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.shared.BusinessException;

/** 413 {@code health.batch-too-large}: a device upload carries more rows than one batch may; nothing was stored. */
public class BatchTooLarge extends BusinessException {

	public BatchTooLarge(int max) {
		super(HttpStatus.CONTENT_TOO_LARGE, "health.batch-too-large", "checkIns", max);
	}
}
