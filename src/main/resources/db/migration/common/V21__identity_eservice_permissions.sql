-- Permissions of the online public services (calendar, procedure catalogue, dossiers) and their role mapping.
INSERT INTO identity_permission (code, description) VALUES
    ('CALENDAR_MANAGE', 'Enter official calendar decisions (extra days off, swapped working days)'),
    ('PROCEDURE_MANAGE', 'Maintain the procedure catalogue'),
    ('DOSSIER_SUBMIT', 'Submit, follow, supplement, withdraw and rate one''s own dossiers'),
    ('DOSSIER_VIEW_AGENCY', 'See the dossiers of the agencies in one''s scope and their work queues'),
    ('DOSSIER_RECEIVE', 'Receive, refuse and assign dossiers; register counter and postal dossiers; confirm fees'),
    ('DOSSIER_PROCESS', 'Process dossiers: request supplements or fees, propose a decision'),
    ('DOSSIER_APPROVE', 'Approve or send back proposed decisions; stop processing'),
    ('DOSSIER_RETURN', 'Return results at the counter or hand them to the post'),
    ('DOSSIER_APOLOGISE', 'Issue the apology and new appointment for a late dossier'),
    ('DOSSIER_STATS', 'Read dossier figures of the agencies in one''s scope');

INSERT INTO identity_role_permission (role_code, permission_code) VALUES
    ('CITIZEN', 'DOSSIER_SUBMIT'),
    ('RECEPTION_OFFICER', 'DOSSIER_VIEW_AGENCY'),
    ('RECEPTION_OFFICER', 'DOSSIER_RECEIVE'),
    ('RECEPTION_OFFICER', 'DOSSIER_RETURN'),
    ('SPECIALIST', 'DOSSIER_VIEW_AGENCY'),
    ('SPECIALIST', 'DOSSIER_PROCESS'),
    ('SPECIALIST', 'DOSSIER_APOLOGISE'),
    ('LEADER', 'DOSSIER_VIEW_AGENCY'),
    ('LEADER', 'DOSSIER_APPROVE'),
    ('LEADER', 'DOSSIER_APOLOGISE'),
    ('LEADER', 'DOSSIER_STATS'),
    ('ADMIN', 'CALENDAR_MANAGE'),
    ('ADMIN', 'PROCEDURE_MANAGE'),
    ('ADMIN', 'DOSSIER_STATS');
