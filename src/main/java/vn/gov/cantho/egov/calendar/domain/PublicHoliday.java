package vn.gov.cantho.egov.calendar.domain;

/**
 * The public holidays of Article 112(1) of the Labour Code 2019 (Law 45/2019/QH14). Their names are in the
 * calendar message bundles under {@code calendar.holiday.<NAME>}.
 */
enum PublicHoliday {
	/** Tết Dương lịch, 1 January: one day. */
	NEW_YEAR,
	/** Tết Âm lịch: five days, chosen each year by the Prime Minister. */
	TET,
	/** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month: one day. */
	HUNG_KINGS,
	/** Ngày Chiến thắng, 30 April: one day. */
	REUNIFICATION,
	/** Ngày Quốc tế lao động, 1 May: one day. */
	LABOUR_DAY,
	/** Quốc khánh, 2 September and a day before or after it, chosen each year by the Prime Minister. */
	NATIONAL_DAY
}
