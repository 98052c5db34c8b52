/**
 * Value types and helpers every module may use: business errors, access-rule contributions, text folding, the
 * forms of phone numbers and e-mail addresses people type, and a per-window hit counter over a module's own table.
 * It holds no business rules of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.gov.cantho.egov.shared;
