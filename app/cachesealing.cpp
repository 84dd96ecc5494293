// Cache::adoptKey: the cache's sealed values and the key of this session (cachecipher.h).

#include "cache.h"

#include "cachecipher.h"
#include "leadcodec.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// Sealed under the kept key, in `meta`: whether the cache's sealed values are under the key given.
const QString KeyCheckName = u"contact_key_check"_s;
const QByteArray KeyCheckValue = QByteArrayLiteral("leadmarket cache key v1");

/// The lists whose JSON names clients (Cache seals it): a reservation's description, a
/// notification about a lead.
const QStringList SealedLists{u"transactions"_s, u"notifications"_s};

/// The pulls of the leads and of those lists start over at the next sync (everything comes again).
bool pullAgain(const CacheDatabase &db)
{
    for (const QString &list : QStringList{u"leads"_s} + SealedLists) {
        if (!db.exec(u"DELETE FROM sync_state WHERE key IN (?, ?, ?)"_s,
                     {QString(list + u".since"_s), QString(list + u".cursor"_s), QString(list + u".pending"_s)}))
            return false;
    }
    return true;
}

/// Seals the JSON of `table`'s rows an earlier version wrote in clear and, with `dropUnreadable`,
/// deletes the rows sealed under another key (the next sync brings them again); how many it
/// sealed, -1 on error.
int sealListRows(const CacheDatabase &db, const QString &table, bool dropUnreadable)
{
    QSqlQuery rows = db.prepare(u"SELECT id, json FROM "_s + table);
    if (!db.exec(rows))
        return -1;
    QList<std::pair<QString, QByteArray>> plain;
    QStringList unreadable;
    while (rows.next()) {
        const QByteArray json = rows.value(1).toByteArray();
        if (!CacheCipher::isSealed(json))
            plain.append({rows.value(0).toString(), json});
        else if (dropUnreadable && !db.cipher().open(json))
            unreadable.append(rows.value(0).toString());
    }
    rows.finish();
    for (const auto &[id, json] : std::as_const(plain)) {
        if (!db.exec(u"UPDATE "_s + table + u" SET json = ? WHERE id = ?"_s, {db.cipher().seal(json), id}))
            return -1;
    }
    for (const QString &id : std::as_const(unreadable)) {
        if (!db.exec(u"DELETE FROM "_s + table + u" WHERE id = ?"_s, {id}))
            return -1;
    }
    return int(plain.size());
}

/// Seals the contact fields of the rows an earlier version wrote in clear; how many, -1 on error.
int sealPlainLeads(const CacheDatabase &db)
{
    QSqlQuery rows = db.prepare(u"SELECT id, packed FROM leads WHERE contact IS NULL"_s);
    if (!db.exec(rows))
        return -1;
    QList<dto::Lead> plain;
    while (rows.next()) {
        auto lead = leadcodec::unpack(rows.value(1).toByteArray());
        if (lead && leadcodec::hasContact(*lead))
            plain.append(std::move(*lead));
    }
    rows.finish();
    QSqlQuery update = db.prepare(u"UPDATE leads SET packed = ?, contact = ? WHERE id = ?"_s);
    for (const dto::Lead &lead : std::as_const(plain)) {
        update.bindValue(0, leadcodec::pack(leadcodec::withoutContact(lead)));
        update.bindValue(1, db.cipher().seal(leadcodec::packContact(lead)));
        update.bindValue(2, lead.id);
        if (!db.exec(update))
            return -1;
    }
    return int(plain.size());
}

/// The queued new leads whose body does not open under this key: failed, with the reason.
int failUnreadableActions(OutboxStore &outbox)
{
    int failed = 0;
    for (const OutboxEntry &entry : outbox.entries(OutboxEntry::Status::Queued)) {
        if (!entry.unreadable)
            continue;
        outbox.markFailed(entry.id, u"unreadable"_s,
                            QCoreApplication::translate("lm::client::Cache",
                                                        "Its client details cannot be read on this computer."));
        ++failed;
    }
    return failed;
}

} // namespace

KeyAdoption Cache::adoptKey()
{
    KeyAdoption result;
    const CacheCipher &cipher = m_db.cipher();
    // What an UPDATE replaces is overwritten with zeros in the file, not left in a free page.
    m_db.exec(u"PRAGMA secure_delete = ON"_s);
    {
        CacheDatabase::Transaction tx(m_db);
        const auto failed = [&result] {
            result.ok = false;
            return result;
        };
        QSqlQuery check = m_db.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
        check.addBindValue(KeyCheckName);
        if (!m_db.exec(check))
            return failed();
        const QByteArray stored = check.next() ? check.value(0).toByteArray() : QByteArray();
        check.finish();
        const auto checked = stored.isEmpty() ? std::nullopt
                                              : cipher.open(QByteArray::fromBase64(stored, QByteArray::AbortOnBase64DecodingErrors));
        if (cipher.isKept()) {
            // Sealed values without a check, or with another key's, are not this key's: a check is
            // written before anything is sealed with a kept key.
            QSqlQuery sealedRows = m_db.prepare(u"SELECT 1 FROM leads WHERE contact IS NOT NULL LIMIT 1"_s);
            if (!m_db.exec(sealedRows))
                return failed();
            result.otherKey = !checked && (!stored.isEmpty() || sealedRows.next());
            sealedRows.finish();
            if (result.otherKey
                && (!m_db.exec(u"UPDATE leads SET contact = NULL WHERE contact IS NOT NULL"_s) || !pullAgain(m_db)))
                return failed();
            // The account has this one key: a queued new lead it cannot open (sealed under an
            // earlier key or a session's) never will be.
            result.unreadableActions = failUnreadableActions(m_outbox);
            if (!checked
                && !m_db.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
                              {KeyCheckName, QString::fromLatin1(cipher.seal(KeyCheckValue).toBase64())}))
                return failed();
        } else {
            // What is sealed now is unreadable at the next run: the leads come again then, and
            // whatever check a kept key left no longer vouches for the values.
            if (!pullAgain(m_db) || !m_db.exec(u"DELETE FROM meta WHERE key = ?"_s, {KeyCheckName}))
                return failed();
        }
        result.sealedLeads = sealPlainLeads(m_db);
        result.sealedActions = m_outbox.sealPlainValues();
        if (result.sealedLeads < 0 || result.sealedActions < 0)
            return failed();
        for (const QString &table : SealedLists) {
            const int sealed = sealListRows(m_db, table, result.otherKey);
            if (sealed < 0)
                return failed();
            result.sealedListItems += sealed;
        }
        if (!tx.commit())
            return failed();
    }
    if (result.sealedLeads > 0 || result.sealedActions > 0 || result.sealedListItems > 0) {
        // The earlier version's rows may still sit in the write-ahead log and in pages SQLite has
        // not reused: the file is rewritten once, and the log emptied.
        m_db.exec(u"VACUUM"_s);
        m_db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    logger("app.cache")->info("cache key adopted ({}): {} lead(s), {} action(s) and {} transaction(s) or "
                              "notification(s) sealed{}{}",
                              cipher.isKept() ? "kept in the keychain" : "this session only", result.sealedLeads,
                              result.sealedActions, result.sealedListItems, result.otherKey ? ", values of another key dropped" : "",
                              result.unreadableActions > 0 ? ", unreadable queued actions failed" : "");
    return result;
}

} // namespace lm::client
