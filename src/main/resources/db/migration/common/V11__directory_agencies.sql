-- Agencies and the fields (lĩnh vực) of their work. Other modules refer to both by code.
CREATE TABLE directory_agency (
    code        VARCHAR(30) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    name_folded VARCHAR(300) NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    unit_level  VARCHAR(20) NOT NULL,
    unit_code   VARCHAR(20) NOT NULL REFERENCES directory_unit (code),
    active      BOOLEAN NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX directory_agency_unit_idx ON directory_agency (unit_code);

CREATE TABLE directory_field (
    code        VARCHAR(30) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_folded VARCHAR(200) NOT NULL,
    version     INTEGER NOT NULL
);
