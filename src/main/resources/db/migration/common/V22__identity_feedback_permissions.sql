-- Permissions of the 1022 citizen feedback system and their role mapping. Coordinators (1022 operators) see every
-- item; agency officials only those of the agencies in their scope.
INSERT INTO identity_permission (code, description) VALUES
    ('FEEDBACK_INTAKE', 'Record feedback on a caller''s or visitor''s behalf (hotline, in person); see a caller''s earlier items'),
    ('FEEDBACK_COORDINATE', 'Classify, assign, transfer, reject and merge feedback of every agency; approve photos'),
    ('FEEDBACK_HANDLE', 'Handle the feedback of the agencies in one''s scope: take, reassign, return, answer'),
    ('FEEDBACK_STATS', 'Read feedback figures (coordinators: all; officials: their scope)'),
    ('FEEDBACK_CONFIGURE', 'Maintain feedback fields, deadlines and routing; issue and revoke Open311 API keys');

INSERT INTO identity_role_permission (role_code, permission_code) VALUES
    ('OPERATOR_1022', 'FEEDBACK_INTAKE'),
    ('OPERATOR_1022', 'FEEDBACK_COORDINATE'),
    ('OPERATOR_1022', 'FEEDBACK_STATS'),
    ('RECEPTION_OFFICER', 'FEEDBACK_INTAKE'),
    ('RECEPTION_OFFICER', 'FEEDBACK_HANDLE'),
    ('SPECIALIST', 'FEEDBACK_HANDLE'),
    ('LEADER', 'FEEDBACK_HANDLE'),
    ('LEADER', 'FEEDBACK_STATS'),
    ('ADMIN', 'FEEDBACK_STATS'),
    ('ADMIN', 'FEEDBACK_CONFIGURE');
