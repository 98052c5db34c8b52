-- The log of tracing queries is append-only in the database too, like the audit log: who looked at whose contacts,
-- and why, cannot be rewritten by the application.
CREATE FUNCTION health_trace_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'health_trace_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER health_trace_log_no_change
    BEFORE UPDATE OR DELETE ON health_trace_log
    FOR EACH ROW EXECUTE FUNCTION health_trace_log_append_only();

CREATE TRIGGER health_trace_log_no_truncate
    BEFORE TRUNCATE ON health_trace_log
    FOR EACH STATEMENT EXECUTE FUNCTION health_trace_log_append_only();
