-- Permissions of the outbreak-response platform and their role mapping. Contact details and health data are read only
-- with HEALTH_TRACE (health officers); checkpoint staff can check people in but never see where else they have been.
INSERT INTO identity_permission (code, description) VALUES
    ('HEALTH_VENUE_REGISTER', 'Register and manage one''s own venues and print their QR posters'),
    ('HEALTH_VENUE_MANAGE', 'Register and manage every venue; rotate the signing keys of venue and personal codes'),
    ('HEALTH_DECLARE', 'Make one''s own health declaration, get one''s personal code, check in, register for a test'),
    ('HEALTH_CHECK_IN_STAFF', 'Check people in at a checkpoint by scanning their code or from their ID number; upload device batches'),
    ('HEALTH_TRACE', 'Record confirmed cases, trace their contacts and read contact details'),
    ('HEALTH_TEST_MANAGE', 'Manage test sites and slots, record samples and enter laboratory results'),
    ('HEALTH_STATS', 'Read outbreak figures and what personal data is held until when');

INSERT INTO identity_role_permission (role_code, permission_code) VALUES
    ('CITIZEN', 'HEALTH_VENUE_REGISTER'),
    ('CITIZEN', 'HEALTH_DECLARE'),
    ('HEALTH_OFFICER', 'HEALTH_VENUE_REGISTER'),
    ('HEALTH_OFFICER', 'HEALTH_VENUE_MANAGE'),
    ('HEALTH_OFFICER', 'HEALTH_CHECK_IN_STAFF'),
    ('HEALTH_OFFICER', 'HEALTH_TRACE'),
    ('HEALTH_OFFICER', 'HEALTH_TEST_MANAGE'),
    ('HEALTH_OFFICER', 'HEALTH_STATS'),
    ('CHECKPOINT_STAFF', 'HEALTH_CHECK_IN_STAFF'),
    ('LEADER', 'HEALTH_STATS'),
    ('ADMIN', 'HEALTH_VENUE_MANAGE'),
    ('ADMIN', 'HEALTH_STATS');
