#include "disposabledomains.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

struct List
{
    QSet<QString> domains;
    qint64 modifiedMs = -1; ///< of the file when it was read; -1: never read
    qint64 size = -1;
    bool warned = false; ///< a missing file is logged once, not on every lead
};

QMutex mutex;
QHash<QString, List> lists; // by path, under `mutex`

QSet<QString> parse(QFile &file)
{
    QSet<QString> domains;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        line = line.trimmed().toLower();
        while (line.startsWith(u'.')) // ".example.com" means the same as "example.com"
            line.remove(0, 1);
        if (!line.isEmpty())
            domains.insert(line);
    }
    return domains;
}

// The list of `path`, read again when the file changed since. Called with `mutex` held.
const List &current(const QString &path)
{
    List &list = lists[path];
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!list.warned)
            logger("server.leads")->warn("disposable-domains file {} is missing: {} domain(s) refused", path.toStdString(),
                                         list.domains.size());
        list.warned = true;
        return list;
    }
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    if (modified == list.modifiedMs && info.size() == list.size)
        return list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!list.warned)
            logger("server.leads")->warn("cannot read the disposable-domains file {}: {}", path.toStdString(),
                                         file.errorString().toStdString());
        list.warned = true;
        return list;
    }
    list.domains = parse(file);
    list.modifiedMs = modified;
    list.size = info.size();
    list.warned = false;
    logger("server.leads")->info("disposable-domains file {} read: {} domain(s)", path.toStdString(),
                                 list.domains.size());
    return list;
}

} // namespace

QString DisposableDomains::defaultPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + u"/../share/leadmarket-server/disposable-domains.txt"_s);
}

bool DisposableDomains::contains(const QString &path, const QString &domain)
{
    QString name = domain.trimmed().toLower();
    if (name.isEmpty())
        return false;
    QMutexLocker lock(&mutex);
    const List &list = current(path);
    // mail.mailinator.com is mailinator.com's: try the name, then each parent domain.
    for (;;) {
        if (list.domains.contains(name))
            return true;
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0)
            return false;
        name.remove(0, dot + 1);
    }
}

qsizetype DisposableDomains::size(const QString &path)
{
    QMutexLocker lock(&mutex);
    return current(path).domains.size();
}

} // namespace lm::server
