/**
 * The Vietnamese working calendar: weekends, public holidays (solar ones, lunar ones computed in UTC+7, and the
 * yearly official decisions an administrator enters), office hours, and deadlines counted in working days.
 */
package vn.gov.cantho.egov.calendar;
