-- PostgreSQL only: the database itself keeps the ledgers append-only, so that no code path, script
-- or hand-typed statement can rewrite what happened. The entities already mark these columns not
-- updatable; the triggers hold for plain SQL too. (A superuser can still drop a trigger: that is
-- a schema change, visible in Flyway's history and the server's log, not a quiet UPDATE.)
--
-- Refused with SQLSTATE 42501 (insufficient_privilege) and a message naming the table.

CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Audit events, sales and the operator's records of written consent: never changed, never deleted.
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER sale_append_only BEFORE UPDATE OR DELETE ON sale
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER sale_no_truncate BEFORE TRUNCATE ON sale
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER partner_login_consent_append_only BEFORE UPDATE OR DELETE ON partner_login_consent
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER partner_login_consent_no_truncate BEFORE TRUNCATE ON partner_login_consent
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- An earning's amount and what it was earned on are fixed; only its status and payout move
-- (released, paid, returned from a failed payout). It is never deleted: a refund adds a clawback.
CREATE FUNCTION earning_keep_fixed_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.portal_id, NEW.kind, NEW.sale_id, NEW.referral_id, NEW.client_id, NEW.reverses_earning_id,
        NEW.commission_plan_id, NEW.base_amount, NEW.base_currency, NEW.exchange_rate, NEW.rate_percent,
        NEW.paying_clients, NEW.amount, NEW.currency, NEW.earned_at, NEW.available_on, NEW.clawback_until)
       IS DISTINCT FROM
       (OLD.id, OLD.portal_id, OLD.kind, OLD.sale_id, OLD.referral_id, OLD.client_id, OLD.reverses_earning_id,
        OLD.commission_plan_id, OLD.base_amount, OLD.base_currency, OLD.exchange_rate, OLD.rate_percent,
        OLD.paying_clients, OLD.amount, OLD.currency, OLD.earned_at, OLD.available_on, OLD.clawback_until) THEN
        RAISE EXCEPTION 'earning is append-only: only its status and payout change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER earning_fixed_columns BEFORE UPDATE ON earning
    FOR EACH ROW EXECUTE FUNCTION earning_keep_fixed_columns();
CREATE TRIGGER earning_append_only BEFORE DELETE ON earning
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER earning_no_truncate BEFORE TRUNCATE ON earning
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- A client's activity is its history: what happened, when and by whom stays. Two exceptions the
-- application needs: when a client moves to another partner its history moves with it (portal_id),
-- and a portal admin's reset of the demo account replaces that account's sample activity.
CREATE FUNCTION activity_event_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM client_account c WHERE c.id = OLD.client_id AND c.demo) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'activity_event is append-only: DELETE refused outside a demo account'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.id, NEW.occurred_at, NEW.client_id, NEW.actor_user_id, NEW.effective_user_id, NEW.access_session_id,
        NEW.type, NEW.summary)
       IS DISTINCT FROM
       (OLD.id, OLD.occurred_at, OLD.client_id, OLD.actor_user_id, OLD.effective_user_id, OLD.access_session_id,
        OLD.type, OLD.summary) THEN
        RAISE EXCEPTION 'activity_event is append-only: only the managing portal moves with the client'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER activity_event_history BEFORE UPDATE OR DELETE ON activity_event
    FOR EACH ROW EXECUTE FUNCTION activity_event_keep_history();
CREATE TRIGGER activity_event_no_truncate BEFORE TRUNCATE ON activity_event
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
