-- The public lookup reads a dossier's steps (time, action, state) under load: an index holding those columns lets
-- PostgreSQL answer from the index alone. It also serves the full history (same leading column).
CREATE INDEX dossier_step_lookup_idx ON dossier_step (dossier_id, occurred_at, id, action, to_state);
DROP INDEX dossier_step_dossier_idx;
