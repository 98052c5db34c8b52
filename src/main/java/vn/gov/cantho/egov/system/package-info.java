/**
 * The platform's frame: security filter chains, layout and home page, language switch, error pages and problem details.
 * It wires the other modules' web parts together and owns no business data.
 */
package vn.gov.cantho.egov.system;
