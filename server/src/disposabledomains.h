#pragma once

#include <QString>

namespace lm::server {

/// The list of disposable-address email domains that lead creation refuses (contract v2 "fraud"):
/// a text file, one domain per line, `#` starts a comment. The file is read again when its
/// modification time (or size) changes, so an operator updates it without a restart or a rebuild.
/// Thread-safe; one list per file for the whole process.
class DisposableDomains final
{
public:
    /// The file the server reads: LEADMARKET_DISPOSABLE_DOMAINS_FILE when set, else the copy shipped
    /// with the server (`<prefix>/share/leadmarket-server/disposable-domains.txt`, found from the
    /// program's folder; the build tree has the same layout).
    static QString defaultPath();

    /// Whether `domain` (or any domain it is a subdomain of) is on the list in `path`, compared
    /// case-insensitively. A missing or unreadable file counts as the last list read from it (empty
    /// at first), with a warning in the log.
    static bool contains(const QString &path, const QString &domain);

    /// How many domains the list in `path` holds now (read when needed): for the start-up log.
    static qsizetype size(const QString &path);
};

} // namespace lm::server
