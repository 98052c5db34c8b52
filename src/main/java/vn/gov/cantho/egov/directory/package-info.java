/**
 * The administrative map (city, districts, wards and communes with validity dates and reorganisations), the agencies
 * that serve it, and the fields (lĩnh vực) of their work. Other modules refer to units and agencies by official code.
 */
package vn.gov.cantho.egov.directory;
