#include "migrations.h"

#include "database.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

// Every table works on SQLite and PostgreSQL alike: text ids (UUIDv7), BIGINT milliseconds since
// the epoch for times, BIGINT centimes for money, TEXT enums checked by the services. The few
// statements only one engine needs (triggers) say which with a "sqlite:" or "postgresql:" prefix.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: accounts, campaigns, the money engine
        {
            uR"(CREATE TABLE users (
                id TEXT PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                display_name TEXT NOT NULL,
                phone TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"_s,
            uR"(CREATE TABLE tokens (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                revoked_at BIGINT))"_s,
            u"CREATE INDEX tokens_user ON tokens(user_id)"_s,
            uR"(CREATE TABLE login_failures (
                email TEXT NOT NULL,
                failed_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX login_failures_email ON login_failures(email, failed_at)"_s,
            uR"(CREATE TABLE login_locks (
                email TEXT PRIMARY KEY,
                locked_until BIGINT NOT NULL))"_s,
            uR"(CREATE TABLE deposits (
                merchant_id TEXT PRIMARY KEY REFERENCES users(id),
                current_balance BIGINT NOT NULL DEFAULT 0,
                reserved_amount BIGINT NOT NULL DEFAULT 0 CHECK (reserved_amount >= 0),
                reference_amount BIGINT NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'active',
                blocked_reason TEXT,
                last_level TEXT,
                last_alert_at BIGINT,
                updated_at BIGINT NOT NULL))"_s,
            uR"(CREATE TABLE campaigns (
                id TEXT PRIMARY KEY,
                merchant_id TEXT NOT NULL REFERENCES users(id),
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                paused_reason TEXT,
                commission_rate_bp BIGINT NOT NULL,
                fixed_commission_cents BIGINT NOT NULL,
                fixed_threshold_cents BIGINT NOT NULL,
                influencer_share_bp BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX campaigns_merchant ON campaigns(merchant_id)"_s,
            uR"(CREATE TABLE leads (
                id TEXT PRIMARY KEY,
                campaign_id TEXT NOT NULL REFERENCES campaigns(id),
                merchant_id TEXT NOT NULL REFERENCES users(id),
                influencer_id TEXT NOT NULL REFERENCES users(id),
                client_name TEXT NOT NULL,
                client_email TEXT NOT NULL,
                client_phone TEXT NOT NULL,
                company TEXT NOT NULL DEFAULT '',
                estimated_value_cents BIGINT NOT NULL,
                commission_cents BIGINT NOT NULL,
                commission_type TEXT NOT NULL,
                influencer_share_cents BIGINT NOT NULL,
                source TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                quality_score INTEGER,
                feedback TEXT NOT NULL DEFAULT '',
                rejection_reason TEXT NOT NULL DEFAULT '',
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                decided_at BIGINT,
                updated_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX leads_merchant_sync ON leads(merchant_id, updated_at, id)"_s,
            u"CREATE INDEX leads_influencer_sync ON leads(influencer_id, updated_at, id)"_s,
            u"CREATE INDEX leads_sync ON leads(updated_at, id)"_s,
            u"CREATE INDEX leads_dup_email ON leads(campaign_id, client_email, created_at)"_s,
            u"CREATE INDEX leads_dup_phone ON leads(campaign_id, client_phone, created_at)"_s,
            u"CREATE INDEX leads_pending_expiry ON leads(status, expires_at)"_s,
            uR"(CREATE TABLE payments (
                id TEXT PRIMARY KEY,
                merchant_id TEXT NOT NULL REFERENCES users(id),
                provider TEXT NOT NULL,
                amount_cents BIGINT NOT NULL,
                currency TEXT NOT NULL,
                status TEXT NOT NULL,
                provider_ref TEXT,
                checkout_url TEXT NOT NULL DEFAULT '',
                success_url TEXT NOT NULL DEFAULT '',
                cancel_url TEXT NOT NULL DEFAULT '',
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                paid_at BIGINT,
                updated_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX payments_merchant ON payments(merchant_id, id)"_s,
            uR"(CREATE TABLE transactions (
                id TEXT PRIMARY KEY,
                merchant_id TEXT NOT NULL REFERENCES users(id),
                kind TEXT NOT NULL,
                amount_cents BIGINT NOT NULL,
                balance_delta_cents BIGINT NOT NULL,
                reserved_delta_cents BIGINT NOT NULL,
                balance_after_cents BIGINT NOT NULL,
                reserved_after_cents BIGINT NOT NULL,
                lead_id TEXT,
                payment_id TEXT,
                description TEXT NOT NULL DEFAULT '',
                seq BIGINT NOT NULL,
                created_at BIGINT NOT NULL))"_s,
            // Each merchant's ledger is one sequence, numbered under the deposit's lock: the order
            // of its rows is the order of their commits, whichever instance wrote them.
            u"CREATE UNIQUE INDEX transactions_merchant_seq ON transactions(merchant_id, seq)"_s,
            // A payment is credited once, whatever path confirms it.
            u"CREATE UNIQUE INDEX transactions_one_recharge ON transactions(payment_id, kind)"_s,
            uR"(CREATE TABLE earnings (
                id TEXT PRIMARY KEY,
                beneficiary TEXT NOT NULL,
                influencer_id TEXT,
                merchant_id TEXT NOT NULL,
                lead_id TEXT NOT NULL,
                amount_cents BIGINT NOT NULL,
                created_at BIGINT NOT NULL))"_s,
            u"CREATE UNIQUE INDEX earnings_once ON earnings(lead_id, beneficiary)"_s,
            u"CREATE INDEX earnings_influencer ON earnings(influencer_id)"_s,
            uR"(CREATE TABLE idempotency_keys (
                user_id TEXT NOT NULL,
                idem_key TEXT NOT NULL,
                method TEXT NOT NULL,
                path TEXT NOT NULL,
                body_sha256 TEXT NOT NULL,
                state TEXT NOT NULL,
                status INTEGER,
                response_body TEXT,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (user_id, idem_key)))"_s,
            u"CREATE INDEX idempotency_created ON idempotency_keys(created_at)"_s,
            uR"(CREATE TABLE audit_log (
                id TEXT PRIMARY KEY,
                actor_id TEXT NOT NULL,
                action TEXT NOT NULL,
                target_type TEXT NOT NULL,
                target_id TEXT NOT NULL,
                details TEXT NOT NULL DEFAULT '',
                created_at BIGINT NOT NULL))"_s,
        },
        // 2: notifications, the outbox of every outgoing channel, the scheduler's runs, daily reports
        {
            uR"(CREATE TABLE notifications (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                kind TEXT NOT NULL,
                level TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                read_at BIGINT,
                updated_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX notifications_user ON notifications(user_id, id)"_s,
            uR"(CREATE TABLE outbox (
                id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                recipient TEXT NOT NULL DEFAULT '',
                subject TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL,
                template_variables TEXT NOT NULL DEFAULT '',
                attachment_ref TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                next_attempt_at BIGINT NOT NULL,
                first_failure_at BIGINT,
                admins_alerted INTEGER NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL,
                sent_at BIGINT,
                updated_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX outbox_due ON outbox(status, next_attempt_at)"_s,
            u"CREATE INDEX outbox_listing ON outbox(status, id)"_s,
            uR"(CREATE TABLE job_runs (
                job TEXT NOT NULL,
                slot TEXT NOT NULL,
                started_at BIGINT NOT NULL,
                finished_at BIGINT,
                result TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (job, slot)))"_s,
            uR"(CREATE TABLE daily_reports (
                report_date TEXT PRIMARY KEY,
                report TEXT NOT NULL,
                created_at BIGINT NOT NULL))"_s,
            uR"(CREATE TABLE receipts (
                payment_id TEXT PRIMARY KEY,
                receipt_number TEXT NOT NULL UNIQUE,
                pdf_base64 TEXT NOT NULL,
                created_at BIGINT NOT NULL))"_s,
            uR"(CREATE TABLE webhook_events (
                provider TEXT NOT NULL,
                event_id TEXT NOT NULL,
                event_type TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                PRIMARY KEY (provider, event_id)))"_s,
        },
        // 3: events counted by the rate limits that are not sign-in failures (registrations per address)
        {
            uR"(CREATE TABLE rate_events (
                scope TEXT NOT NULL,
                rate_key TEXT NOT NULL,
                at BIGINT NOT NULL))"_s,
            u"CREATE INDEX rate_events_key ON rate_events(scope, rate_key, at)"_s,
        },
        // 4: the admin console (contract v2 "Admin") and the retention of personal data
        {
            // Accounts an admin disabled cannot sign in; locale and email_verified are contract v2's
            // User fields (every text is French today; nothing verifies emails yet).
            u"ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active'"_s,
            u"ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT 'fr'"_s,
            u"ALTER TABLE users ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE INDEX users_role ON users(role, id)"_s,
            // Why an admin blocked a deposit, in the admin's words (blocked_reason says who: admin or depleted).
            u"ALTER TABLE deposits ADD COLUMN blocked_note TEXT"_s,
            // When the client's contact details were erased (law 09-08 retention, or an admin).
            u"ALTER TABLE leads ADD COLUMN erased_at BIGINT"_s,
            // The alerts board's pending leads and 30-day rejection rate per merchant, the daily
            // reports' counts by day.
            u"CREATE INDEX leads_merchant_decided ON leads(merchant_id, status, decided_at)"_s,
            u"CREATE INDEX leads_decided ON leads(status, decided_at)"_s,
            u"CREATE INDEX leads_created ON leads(created_at)"_s,
            // Partial: leads already erased drop out, so each night's run reads only what is left to do.
            u"CREATE INDEX leads_retention ON leads(decided_at) WHERE erased_at IS NULL"_s,
            // Erasing a lead rewrites the descriptions of its ledger rows (they name the client).
            u"CREATE INDEX transactions_lead ON transactions(lead_id)"_s,
        },
        // 5: influencer payouts (contract v2): bank details encrypted at rest, payout requests and
        // their entries in the influencer's earnings ledger (docs/payouts.md)
        {
            uR"(CREATE TABLE bank_accounts (
                influencer_id TEXT PRIMARY KEY REFERENCES users(id),
                holder_name TEXT NOT NULL,
                rib_sealed TEXT NOT NULL,
                rib_last4 TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"_s,
            uR"(CREATE TABLE payouts (
                id TEXT PRIMARY KEY,
                influencer_id TEXT NOT NULL REFERENCES users(id),
                amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
                status TEXT NOT NULL,
                holder_name TEXT NOT NULL,
                rib_sealed TEXT NOT NULL,
                rib_last4 TEXT NOT NULL,
                reference TEXT NOT NULL DEFAULT '',
                reason TEXT NOT NULL DEFAULT '',
                decided_by TEXT,
                requested_at BIGINT NOT NULL,
                decided_at BIGINT,
                updated_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX payouts_influencer ON payouts(influencer_id, id)"_s,
            u"CREATE INDEX payouts_status ON payouts(status, id)"_s,
            // The signed changes payouts make to an influencer's available earnings: −amount when
            // requested, +amount back when rejected. With the influencer's `earnings` rows they are
            // that influencer's earnings ledger.
            uR"(CREATE TABLE payout_entries (
                id TEXT PRIMARY KEY,
                payout_id TEXT NOT NULL REFERENCES payouts(id),
                influencer_id TEXT NOT NULL REFERENCES users(id),
                kind TEXT NOT NULL,
                amount_cents BIGINT NOT NULL,
                created_at BIGINT NOT NULL))"_s,
            u"CREATE UNIQUE INDEX payout_entries_once ON payout_entries(payout_id, kind)"_s,
            u"CREATE INDEX payout_entries_influencer ON payout_entries(influencer_id)"_s,
        },
        // 6: push (API.md "Push"): what changed, for whom, kept 10 minutes for sockets that resume.
        // One row per reader (a user, or every admin / every influencer) with the data as that reader
        // may see it. `seq` is the id the sockets see: numbered when the row's transaction commits,
        // in commit order, so a reader that has seen seq n has seen every committed row below n.
        {
            uR"(CREATE TABLE events (
                id TEXT PRIMARY KEY,
                seq BIGINT UNIQUE,
                audience TEXT NOT NULL,
                type TEXT NOT NULL,
                data TEXT NOT NULL,
                created_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX events_audience ON events(audience, seq)"_s,
            // The highest seq the purge has deleted: a resume from below it has lost events.
            u"CREATE TABLE events_purged (through_seq BIGINT NOT NULL)"_s,
            u"INSERT INTO events_purged (through_seq) VALUES (0)"_s,
            // SQLite: one writer at a time (BEGIN IMMEDIATE), so numbering at insert is commit order.
            u"sqlite:CREATE TABLE events_counter (last_seq BIGINT NOT NULL)"_s,
            u"sqlite:INSERT INTO events_counter (last_seq) VALUES (0)"_s,
            uR"(sqlite:CREATE TRIGGER events_number AFTER INSERT ON events BEGIN
                UPDATE events_counter SET last_seq = last_seq + 1;
                UPDATE events SET seq = (SELECT last_seq FROM events_counter) WHERE id = NEW.id;
            END)"_s,
            // PostgreSQL: writers run side by side, so the number is taken at COMMIT (a deferred
            // trigger) under a lock held until the commit is visible: the next number goes to a
            // transaction that commits later. The lock is the last one a transaction takes (nothing
            // else runs after its deferred triggers), so it cannot deadlock. NOTIFY is delivered at
            // commit: every instance's listener wakes.
            u"postgresql:CREATE SEQUENCE events_seq"_s,
            uR"(postgresql:CREATE FUNCTION events_number() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(72658);
                UPDATE events SET seq = nextval('events_seq') WHERE id = NEW.id;
                PERFORM pg_notify('lm_events', '');
                RETURN NULL;
            END $$)"_s,
            uR"(postgresql:CREATE CONSTRAINT TRIGGER events_number AFTER INSERT ON events
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION events_number())"_s,
        },
        // 7: accounts (contract v2 "Accounts"): single-use tokens of the links emailed for a password
        // reset (1 h) and an email verification (7 days). Only the SHA-256 of a token is stored, like
        // bearer tokens: a copy of the database lets nobody reset a password.
        {
            uR"(CREATE TABLE account_tokens (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                purpose TEXT NOT NULL,
                expires_at BIGINT NOT NULL,
                used_at BIGINT,
                created_at BIGINT NOT NULL))"_s,
            u"CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose)"_s,
        },
        // 8: disputes (contract v2 "Disputes, fraud, personal data"): a rejected lead's dispute lives on
        // its row (one per lead, never reopened), and the lead-creation rate limit's count per influencer.
        {
            u"ALTER TABLE leads ADD COLUMN dispute_status TEXT"_s,
            u"ALTER TABLE leads ADD COLUMN dispute_note TEXT"_s,
            u"ALTER TABLE leads ADD COLUMN dispute_created_at BIGINT"_s,
            u"ALTER TABLE leads ADD COLUMN dispute_decided_at BIGINT"_s,
            u"ALTER TABLE leads ADD COLUMN dispute_decision_note TEXT"_s,
            u"ALTER TABLE leads ADD COLUMN dispute_decided_by TEXT REFERENCES users(id)"_s,
            // The admins' list: newest dispute first, by status or all (partial: only disputed leads).
            u"CREATE INDEX leads_disputes ON leads(dispute_created_at, id) WHERE dispute_status IS NOT NULL"_s,
            u"CREATE INDEX leads_disputes_status ON leads(dispute_status, dispute_created_at, id) "
            u"WHERE dispute_status IS NOT NULL"_s,
            // LEADMARKET_MAX_LEADS_PER_HOUR counts an influencer's leads of the last hour.
            u"CREATE INDEX leads_influencer_created ON leads(influencer_id, created_at)"_s,
        },
    };
    return all;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

void migrate(Database &db)
{
    db.execRaw(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s);
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        WriteTransaction tx(db);
        if (db.engine() == Engine::PostgreSQL)
            db.exec(u"SELECT pg_advisory_xact_lock(72657)"_s); // one migrating instance at a time
        if (db.scalar(u"SELECT version FROM schema_migrations WHERE version = ?"_s, {version}))
            continue;
        for (QString sql : steps().at(version - 1)) {
            // "sqlite:" / "postgresql:" before a statement: it runs on that engine only.
            const QString only = sql.startsWith("sqlite:"_L1) ? u"sqlite"_s
                : sql.startsWith("postgresql:"_L1)            ? u"postgresql"_s
                                                              : QString();
            if (!only.isEmpty()) {
                if ((only == "sqlite"_L1) != (db.engine() == Engine::SQLite))
                    continue;
                sql.remove(0, only.size() + 1);
            }
            db.execRaw(sql);
        }
        db.exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
                {version, QDateTime::currentMSecsSinceEpoch()});
        tx.commit();
    }
}

} // namespace lm::server
