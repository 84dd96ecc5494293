#include "cachekeys.h"

#include "cachecipher.h"
#include "logging.h"
#include "tokenstore.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lm::client::cachekeys {

QString keyName(const QUrl &server, const QString &email)
{
    return u"cache-key:"_s + TokenStore::accountKey(server, email);
}

void unlock(TokenStore &store, const QUrl &server, const QString &email, std::shared_ptr<CacheCipher> cipher,
            QObject *context, std::function<void(Outcome, const QString &problem)> done, int timeoutMs)
{
    // Whichever comes first, the keychain's answer or the timeout, finishes; the other is ignored.
    auto finished = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto finish = [finished, guard, done](Outcome outcome, const QString &problem) {
        if (*finished || !guard)
            return;
        *finished = true;
        if (outcome == Outcome::SessionOnly)
            logger("app.keychain")->warn("no cache key from the keychain ({}): client contact details are kept for "
                                         "this session only",
                                         problem.toStdString());
        if (done)
            done(outcome, problem);
    };
    QTimer::singleShot(timeoutMs, context, [finish] { finish(Outcome::SessionOnly, u"no answer in time"_s); });

    const QString name = keyName(server, email);
    store.read(name, context, [&store, name, cipher, context, finished, finish](const Result<std::optional<QString>> &read) {
        if (*finished)
            return;
        if (!read.ok())
            return finish(Outcome::SessionOnly, read.errorMessage());
        if (read.value()) {
            const QByteArray key = QByteArray::fromBase64(read.value()->toLatin1());
            if (cipher->setKey(key))
                return finish(Outcome::Kept, {});
            logger("app.keychain")->warn("the stored cache key is not a key: a new one replaces it");
        }
        const QByteArray key = CacheCipher::newKey();
        store.write(name, QString::fromLatin1(key.toBase64()), context,
                    [cipher, key, finished, finish](const Result<> &written) {
                        if (*finished)
                            return;
                        if (!written.ok())
                            return finish(Outcome::SessionOnly, written.errorMessage());
                        cipher->setKey(key);
                        finish(Outcome::Created, {});
                    });
    });
}

} // namespace lm::client::cachekeys
