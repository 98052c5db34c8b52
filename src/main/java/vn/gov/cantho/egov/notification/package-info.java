/**
 * Messages to citizens and officials by e-mail, SMS and Zalo: an outbox written with the change that causes it,
 * templates in Vietnamese and English, delivery with retries and a status per message.
 */
package vn.gov.cantho.egov.notification;
