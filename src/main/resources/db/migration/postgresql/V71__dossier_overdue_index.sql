-- Candidates of the lateness job: only dossiers not yet flagged whose handling clock runs.
CREATE INDEX dossier_overdue_candidates_idx ON dossier (due_at)
    WHERE overdue_since IS NULL AND state IN ('RECEIVED', 'PROCESSING', 'AWAITING_APPROVAL', 'AWAITING_FEES');
