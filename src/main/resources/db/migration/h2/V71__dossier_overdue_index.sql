-- Candidates of the lateness job (H2 has no partial indexes).
CREATE INDEX dossier_overdue_candidates_idx ON dossier (overdue_since, due_at);
