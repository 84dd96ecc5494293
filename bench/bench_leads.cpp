// bench_leads: the merchant's leads table with 100,000 leads in the cache, measured against
// DESIGN.md's client targets. A program, not a test: it prints each measure beside its target.
// The cold start is measured on the real client (`leadmarket`, built beside it): started offline
// on a throwaway profile whose cache holds the leads, with LEADMARKET_STARTUP_PROBE=1.
//
//   bench_leads [--leads N] [--runs N]   (run it through bench/run, which builds it in Release)

#include "cache.h"
#include "leadfilterproxy.h"
#include "clientmodels.h"
#include "leadsmodel.h"
#include "profile.h"
#include "settings.h"
#include "store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

/// Notes the first paint of the view's viewport: the table is on screen.
class PaintWatch final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

QList<dto::Lead> makeLeads(int count)
{
    const QStringList first{u"Karim"_s, u"Yasmine"_s, u"Omar"_s, u"Salma"_s, u"Youssef"_s, u"Imane"_s,
                            u"Mehdi"_s, u"Nadia"_s, u"Hamza"_s, u"Zineb"_s, u"Amine"_s, u"Fatima Zahra"_s};
    const QStringList last{u"Bennani"_s, u"El Amrani"_s, u"Alaoui"_s, u"Tazi"_s, u"Berrada"_s, u"Chraibi"_s,
                           u"Idrissi"_s, u"Fassi"_s, u"Lahlou"_s, u"Saidi"_s};
    const QStringList companies{QString(), u"Atlas Digital"_s, u"Riad Conseil"_s, u"Casa Services"_s,
                                u"Marrakech Events"_s};
    QRandomGenerator random(20261124); // the same rows every run
    const qint64 now = 1'793'000'000'000;
    QList<dto::Lead> leads;
    leads.reserve(count);
    for (int i = 0; i < count; ++i) {
        dto::Lead lead;
        lead.id = u"lead-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        lead.campaignId = u"c%1"_s.arg(i % 20);
        lead.campaignName = u"Campagne %1"_s.arg(i % 20);
        lead.merchantId = u"m1"_s;
        lead.influencerId = u"i%1"_s.arg(i % 50);
        lead.influencerName = u"Influenceur %1"_s.arg(i % 50);
        lead.clientName = first.at(random.bounded(int(first.size()))) + u' ' + last.at(random.bounded(int(last.size())));
        lead.clientEmail = u"client%1@example.ma"_s.arg(i);
        lead.clientPhone = u"+2126%1"_s.arg(random.bounded(10'000'000, 99'999'999));
        lead.company = companies.at(random.bounded(int(companies.size())));
        lead.estimatedValueCents = random.bounded(10'000, 5'000'000);
        lead.commissionCents = std::min<qint64>(lead.estimatedValueCents / 10, 8000);
        lead.source = LeadSource(random.bounded(6));
        lead.status = i % 4 == 0 ? LeadStatus::Validated : LeadStatus::Pending;
        lead.createdAt = now - qint64(random.bounded(30 * 24 * 3600)) * 1000;
        lead.expiresAt = lead.createdAt + 72LL * 3600 * 1000;
        lead.updatedAt = lead.createdAt;
        leads.append(lead);
    }
    return leads;
}

double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, double value, const char *unit, const char *target, bool met)
{
    std::printf("%-44s %10.2f %-3s  target %-18s %s\n", what, value, unit, target, met ? "met" : "MISSED");
    std::fflush(stdout);
}

// --- Cold start of the real client -------------------------------------------------------------

/// What one start of `leadmarket` with LEADMARKET_STARTUP_PROBE=1 printed, and when (wall time
/// from QProcess::start to the line on its standard output).
struct ColdStart
{
    double dashboardMs = -1;      ///< spawn → "dashboard-painted"
    double leadsMs = -1;          ///< spawn → "leads-painted"
    double probeDashboardMs = -1; ///< the client's own figure (since its process start, 10 ms ticks)
    int rows = -1;
    int webEngine = -1;
    int exitCode = -1;
    QString problem;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

ColdStart startClient(const QProcessEnvironment &environment, const QStringList &arguments, const QString &errorFile)
{
    ColdStart run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(errorFile); // its log lines: read only when something went wrong
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(LEADMARKET_CLIENT_PATH), arguments);
    QByteArray pending;
    while (run.webEngine < 0 && timer.elapsed() < 90'000) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(50)) {
            if (process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        const double at = msSince(timer);
        pending += process.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QList<QByteArray> fields = pending.left(end).trimmed().split(' ');
            pending.remove(0, end + 1);
            if (fields.constFirst() == "dashboard-painted" && fields.size() >= 2) {
                run.dashboardMs = at;
                run.probeDashboardMs = fields.at(1).toDouble();
            } else if (fields.constFirst() == "leads-painted" && fields.size() >= 3) {
                run.leadsMs = at;
                run.rows = fields.at(2).toInt();
            } else if (fields.constFirst() == "webengine-loaded" && fields.size() >= 2) {
                run.webEngine = fields.at(1).toInt();
            }
        }
    }
    if (!process.waitForFinished(10'000)) {
        run.problem = u"the client did not quit: killed"_s;
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (run.problem.isEmpty() && (run.exitCode != 0 || run.webEngine < 0)) {
        QFile errors(errorFile);
        const QByteArray tail = errors.open(QIODevice::ReadOnly) ? errors.readAll().right(600) : QByteArray();
        run.problem = u"exit code %1, %2; its stderr ends with: %3"_s.arg(run.exitCode)
                          .arg(process.error() == QProcess::FailedToStart ? u"failed to start"_s : u"ran"_s,
                               QString::fromUtf8(tail));
    }
    return run;
}

/// A throwaway home for the client (HOME and the XDG folders) holding one profile: settings that
/// point at a server nobody listens on, and a cache with a merchant, a deposit, transactions and
/// `count` leads. Returns the child's environment; `profileName` is what --profile gets.
std::optional<QProcessEnvironment> prepareClientHome(const QString &root, const QString &profileName, int count)
{
    const QString home = root + u"/home"_s;
    const QString config = root + u"/config"_s;
    const QString data = root + u"/data"_s;
    const QString cacheHome = root + u"/cache"_s;
    const QString runtime = root + u"/runtime"_s;
    for (const QString &path : {home, config, data, cacheHome, runtime}) {
        if (!QDir().mkpath(path))
            return std::nullopt;
    }
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // The profile folder exactly as the client resolves it: QStandardPaths::AppDataLocation under
    // the child's XDG_DATA_HOME and the names app/main.cpp sets.
    const QString savedOrganization = QCoreApplication::organizationName();
    const QString savedApplication = QCoreApplication::applicationName();
    const bool hadDataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
    QCoreApplication::setOrganizationName(u"LeadMarket"_s);
    QCoreApplication::setApplicationName(u"leadmarket"_s);
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    const Profile profile(profileName);
    if (hadDataHome)
        qputenv("XDG_DATA_HOME", savedDataHome);
    else
        qunsetenv("XDG_DATA_HOME");
    QCoreApplication::setOrganizationName(savedOrganization);
    QCoreApplication::setApplicationName(savedApplication);
    if (!profile.directory().startsWith(data) || !profile.ensureDirectories().ok())
        return std::nullopt;

    const QString server = QUrl(u"http://127.0.0.1:1"_s).toString(); // nothing listens: offline
    const QString email = u"merchant@bench.leadmarket.ma"_s;
    {
        Settings settings(profile.settingsFile());
        settings.setValue(Settings::Key::ServerUrl, server);
        settings.setValue(Settings::Key::LastEmail, email);
        settings.setValue(Settings::Key::RememberMe, false); // no keychain read: the sign-in dialog opens
        settings.setValue(Settings::Key::Language, u"fr"_s);
        settings.sync();
    }
    Cache cache(profile.cacheFile());
    if (!cache.open().ok())
        return std::nullopt;
    dto::User merchant;
    merchant.id = u"m1"_s;
    merchant.email = email;
    merchant.role = Role::Merchant;
    merchant.displayName = u"Agence Atlas Digital"_s;
    cache.setUser(merchant, server);
    const qint64 now = 1'793'000'000'000;
    dto::Deposit deposit;
    deposit.merchantId = merchant.id;
    deposit.currentBalanceCents = 312'450'00;
    deposit.reservedCents = 18'200'00;
    deposit.referenceCents = 500'000'00;
    deposit.updatedAt = now;
    cache.setDeposit(deposit);
    QList<dto::Transaction> transactions;
    qint64 balance = 0;
    for (int i = 0; i < 60; ++i) {
        dto::Transaction transaction;
        transaction.id = u"tx-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        transaction.kind = i % 10 == 0 ? TransactionKind::Recharge : TransactionKind::Deduction;
        transaction.amountCents = i % 10 == 0 ? 100'000'00 : 150'00 + 10'00 * (i % 7);
        transaction.balanceDeltaCents = i % 10 == 0 ? transaction.amountCents : -transaction.amountCents;
        balance += transaction.balanceDeltaCents;
        transaction.balanceAfterCents = balance;
        transaction.leadId = i % 10 == 0 ? QString() : u"lead-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        transaction.description = i % 10 == 0 ? u"Recharge"_s : u"Commission"_s;
        transaction.createdAt = now - qint64(60 - i) * 3600 * 1000;
        transactions.append(transaction);
    }
    cache.upsertTransactions(transactions);
    cache.upsertLeads(makeLeads(count));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, config);
    environment.insert(u"XDG_DATA_HOME"_s, data);
    environment.insert(u"XDG_CACHE_HOME"_s, cacheHome);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LEADMARKET_STARTUP_PROBE"_s, u"1"_s);
    // No session bus (no keychain prompt can hang), no display, no password from the caller.
    for (const QString &name : {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"LEADMARKET_PASSWORD"_s})
        environment.remove(name);
    return environment;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Leads table benchmark (DESIGN.md targets)."_s);
    parser.addOption({u"leads"_s, u"Number of leads in the cache (default 100000)."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"Cold starts of the client, the median is reported (default 5)."_s, u"n"_s, u"5"_s});
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(1, parser.value(u"leads"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    Cache cache(dir.filePath(u"cache.sqlite"_s));
    if (!cache.open().ok()) {
        std::fprintf(stderr, "cannot open the cache\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    cache.upsertLeads(makeLeads(count));
    std::printf("setup: %d leads written to the cache in %.0f ms (not a target)\n", count, msSince(timer));
    const double baseMb = residentMb();

    // 1. Cache → table shown, as the window does it: the Store reads and prepares the rows on its
    //    worker thread, the leads model takes them, the view sorts and paints. A 1 ms timer on
    //    the UI thread measures how long that thread is ever kept from its events meanwhile.
    Store store(cache.filePath());
    std::optional<ClientModels> models; // made when the timing starts: it asks the store at once
    LeadsModel placeholder;
    LeadFilterProxy proxy;
    QTableView view;
    PaintWatch watch;
    view.viewport()->installEventFilter(&watch);
    view.resize(1100, 700);
    proxy.setSourceModel(&placeholder);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.sortByColumn(LeadsModel::Created, Qt::DescendingOrder);
    view.show();
    while (!watch.painted)
        QApplication::processEvents(QEventLoop::AllEvents, 5);

    bool loaded = false;
    QElapsedTimer tick;
    double longestStallMs = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &view, [&tick, &longestStallMs] {
        longestStallMs = std::max(longestStallMs, msSince(tick));
        tick.restart();
    });
    timer.restart();
    tick.start();
    ticker.start();
    models.emplace(store);
    const LeadsModel &model = models->leads();
    proxy.setSourceModel(&models->leads());
    QObject::connect(&*models, &ClientModels::leadsLoaded, &view, [&loaded, &watch] {
        loaded = true;
        watch.painted = false; // the next paint shows the rows
    });
    while (!(loaded && watch.painted) && timer.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double shownMs = msSince(timer);
    ticker.stop();
    if (model.rowCount() != count)
        std::printf("warning: the table holds %d rows, not %d\n", model.rowCount(), count);
    report("cache -> table shown", shownMs, "ms", "< 300 ms", shownMs < 300);
    std::printf("%-44s %10.2f ms   (the rest of the load ran on the store's thread)\n",
                "longest UI-thread stall while loading", longestStallMs);

    // 2. Sort by value through the proxy, against a plain std::sort of the same rows (row indices
    //    ordered by centimes: what the proxy has to produce).
    timer.restart();
    proxy.sort(LeadsModel::EstimatedValue, Qt::AscendingOrder);
    const double proxySortMs = msSince(timer);
    std::vector<int> rows(size_t(model.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    timer.restart();
    std::sort(rows.begin(), rows.end(), [&model](int a, int b) {
        return model.leadAt(a).estimatedValueCents < model.leadAt(b).estimatedValueCents;
    });
    const double plainSortMs = std::max(msSince(timer), 0.001);
    const double ratio = proxySortMs / plainSortMs;
    std::printf("%-44s %10.2f ms   (std::sort of the same rows: %.2f ms)\n", "sort by value through the proxy",
                proxySortMs, plainSortMs);
    report("sort ratio proxy / std::sort", ratio, "x", "<= 2x", ratio <= 2.0);
    const bool ordered = model.leadAt(proxy.mapToSource(proxy.index(0, 0)).row()).estimatedValueCents
        == model.leadAt(rows.front()).estimatedValueCents;
    if (!ordered)
        std::printf("warning: the proxy's first row is not the smallest value\n");

    // 3. Filter keystrokes: "k", "ka", … "karim", each with the repaint that follows.
    const QString word = u"karim"_s;
    double worstKeyMs = 0;
    double firstKeyMs = 0;
    for (qsizetype i = 1; i <= word.size(); ++i) {
        timer.restart();
        proxy.setSearchText(word.left(i));
        view.viewport()->repaint();
        const double ms = msSince(timer);
        if (i == 1)
            firstKeyMs = ms;
        worstKeyMs = std::max(worstKeyMs, ms);
    }
    std::printf("%-44s %10.2f ms   (%d rows match \"%s\")\n", "first filter keystroke", firstKeyMs,
                proxy.rowCount(), qPrintable(word));
    report("worst filter keystroke", worstKeyMs, "ms", "< 16 ms", worstKeyMs < 16);
    proxy.setSearchText(QString());

    // 4. Memory with the table loaded (no WebEngine in this process).
    const double mb = residentMb();
    std::printf("%-44s %10.2f MB   (before loading the table: %.1f MB)\n", "resident memory (VmRSS)", mb, baseMb);
    report("resident memory", mb, "MB", "< 150 MB", mb >= 0 && mb < 150);

    {
        // Where the time goes (not targets): reading and decoding the cache, preparing the rows.
        QElapsedTimer step;
        step.start();
        QList<dto::Lead> leads = cache.leads();
        const double readMs = msSince(step);
        step.restart();
        const LeadIndex prepared = LeadIndex::build(std::move(leads));
        std::printf("breakdown: read + decode the cache %.0f ms, prepare keys and search text %.0f ms\n", readMs,
                    msSince(step));
    }

    // 5. Cold start of the real client to its dashboard painted from the cache, offline: spawn →
    //    the probe's line on its standard output (process start, dynamic linking, Qt start-up,
    //    cache, window and first paint all included).
    QTemporaryDir clientRoot;
    timer.restart();
    const auto environment = prepareClientHome(clientRoot.path(), u"bench"_s, count);
    if (!environment) {
        std::printf("cold start: cannot prepare the client's profile in %s\n", qPrintable(clientRoot.path()));
        return 1;
    }
    std::printf("setup: client profile with %d leads written in %.0f ms (not a target)\n", count, msSince(timer));
    const QStringList clientArguments{u"--profile"_s, u"bench"_s, u"--lang"_s, u"fr"_s};
    std::vector<double> dashboard;
    std::vector<double> leadsShown;
    std::vector<double> probeDashboard;
    int rowsShown = -1;
    int webEngineRuns = 0;
    int failedRuns = 0;
    for (int i = 0; i < runs; ++i) {
        const ColdStart run = startClient(*environment, clientArguments, clientRoot.filePath(u"stderr-%1.log"_s.arg(i)));
        if (!run.problem.isEmpty() || run.dashboardMs < 0 || run.leadsMs < 0) {
            ++failedRuns;
            std::printf("cold start run %d failed: %s\n", i + 1, qPrintable(run.problem));
            continue;
        }
        dashboard.push_back(run.dashboardMs);
        leadsShown.push_back(run.leadsMs);
        probeDashboard.push_back(run.probeDashboardMs);
        rowsShown = run.rows;
        webEngineRuns += run.webEngine == 1 ? 1 : 0;
    }
    if (dashboard.empty()) {
        report("cold start -> dashboard painted", -1, "ms", "< 400 ms", false);
        return 1;
    }
    const auto [dashMin, dashMax] = std::minmax_element(dashboard.begin(), dashboard.end());
    const auto [leadsMin, leadsMax] = std::minmax_element(leadsShown.begin(), leadsShown.end());
    const double dashboardMedian = median(dashboard);
    const double leadsMedian = median(leadsShown);
    std::printf("%-44s %10.2f ms   (median of %d runs: min %.0f, max %.0f; the client's own count since its "
                "process start: %.0f ms)\n",
                "cold start -> dashboard painted", dashboardMedian, int(dashboard.size()), *dashMin, *dashMax,
                median(probeDashboard));
    report("cold start -> dashboard painted", dashboardMedian, "ms", "< 400 ms", dashboardMedian < 400);
    const QByteArray leadsLabel =
        u"cold start -> %1 leads painted"_s.arg(QLocale(QLocale::English, QLocale::UnitedStates).toString(count)).toUtf8();
    std::printf("%-44s %10.2f ms   (informative; median, min %.0f, max %.0f; %d pending rows in the table; "
                "%.0f ms after the dashboard, cf. cache -> table shown < 300 ms)\n",
                leadsLabel.constData(), leadsMedian, *leadsMin, *leadsMax, rowsShown, leadsMedian - dashboardMedian);
    report("WebEngine not loaded at start-up", webEngineRuns, "run", "0 of the runs", webEngineRuns == 0);
    if (failedRuns > 0)
        std::printf("warning: %d of %d cold starts failed (left out of the figures)\n", failedRuns, runs);
    return 0;
}
