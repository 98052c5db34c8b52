-- The procedure catalogue: one row per procedure, its dossier components and its form fields in order.
-- Agencies and fields are directory codes (no foreign key: modules do not share tables).
CREATE TABLE procedure_definition (
    code                VARCHAR(30) PRIMARY KEY,
    name_vi             VARCHAR(500) NOT NULL,
    name_en             VARCHAR(500) NOT NULL,
    name_vi_folded      VARCHAR(500) NOT NULL,
    name_en_folded      VARCHAR(500) NOT NULL,
    field_code          VARCHAR(30) NOT NULL,
    procedure_level     VARCHAR(20) NOT NULL,
    agency_code         VARCHAR(30) NOT NULL,
    time_limit_kind     VARCHAR(20) NOT NULL,
    time_limit_days     INTEGER NOT NULL,
    fee_kind            VARCHAR(20) NOT NULL,
    fee_amount          BIGINT NOT NULL,
    fee_online_amount   BIGINT,
    fee_full_rate_pages INTEGER,
    fee_reduced_amount  BIGINT,
    fee_cap             BIGINT,
    online_mode         VARCHAR(20) NOT NULL,
    result_form         VARCHAR(30) NOT NULL,
    deliveries          VARCHAR(100) NOT NULL,
    notes               VARCHAR(2000),
    active              BOOLEAN NOT NULL,
    version             INTEGER NOT NULL
);
CREATE INDEX procedure_definition_field_idx ON procedure_definition (field_code);
CREATE INDEX procedure_definition_agency_idx ON procedure_definition (agency_code);
CREATE INDEX procedure_definition_name_idx ON procedure_definition (name_vi_folded);

CREATE TABLE procedure_document (
    procedure_code VARCHAR(30) NOT NULL REFERENCES procedure_definition (code) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    code           VARCHAR(40) NOT NULL,
    name_vi        VARCHAR(500) NOT NULL,
    name_en        VARCHAR(500) NOT NULL,
    document_form  VARCHAR(20) NOT NULL,
    copies         INTEGER NOT NULL,
    mandatory      BOOLEAN NOT NULL,
    PRIMARY KEY (procedure_code, seq),
    CONSTRAINT procedure_document_code_uq UNIQUE (procedure_code, code)
);

CREATE TABLE procedure_form_field (
    procedure_code VARCHAR(30) NOT NULL REFERENCES procedure_definition (code) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    field_key      VARCHAR(40) NOT NULL,
    label_vi       VARCHAR(300) NOT NULL,
    label_en       VARCHAR(300) NOT NULL,
    field_type     VARCHAR(20) NOT NULL,
    required       BOOLEAN NOT NULL,
    max_length     INTEGER,
    pattern        VARCHAR(300),
    options        VARCHAR(2000),
    PRIMARY KEY (procedure_code, seq),
    CONSTRAINT procedure_form_field_key_uq UNIQUE (procedure_code, field_key)
);
