#pragma once

#include <apierror.h>

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace lm::client {

class SearchFilterProxy;

/// The admin console's text for a failed read or action: "needs a connection" when the server
/// cannot be reached (nothing is queued for the admin's pages), the server's reason otherwise.
QString adminErrorText(const ApiError &error);

/// One list page of the admin console: a toolbar (the page's filters, a search field and its
/// actions), the table over a SearchFilterProxy (sorted on raw values), an empty state that says
/// why nothing is shown (no rows, no match, loading, offline), and a status line with a busy
/// indicator, the last error in plain words with Retry, or an action's result. The page asks its
/// loader for the rows the first time it is shown and whenever reload() is called.
class AdminListPage final : public QWidget
{
    Q_OBJECT

public:
    /// Called by a loader when its rows are in the model (no error) or could not be read.
    using Finish = std::function<void(const ApiError &error)>;
    using Loader = std::function<void(Finish finish)>;

    /// `model` is the source (not owned); the view shows it through proxy(). Object names follow
    /// `name`: `<name>Page`, `<name>View`, `<name>Search`, `<name>Empty`, `<name>Status`, `<name>Busy`,
    /// `<name>Retry`.
    AdminListPage(const QString &name, QAbstractItemModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    SearchFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    /// The toolbar row, taken out of the page to be laid out elsewhere (above a chart).
    QHBoxLayout *takeToolbar();
    /// Filters go before the search field.
    void addFilter(QWidget *widget);
    /// Actions go after it; `needsRow`: enabled only while a row is selected (see setActionCheck).
    QPushButton *addAction(const QString &objectName, const QString &text, const QString &toolTip, bool needsRow);
    /// Whether an action needing a row applies to the selected one (e.g. Unblock only when blocked).
    void setActionCheck(QPushButton *action, std::function<bool(int sourceRow)> applies);
    /// The search filters the rows shown (default), or, with `server`, asks the loader again
    /// (debounced) with the text: searchEdit()->text().
    void setSearch(const QString &placeholder, bool server = false);
    void setEmptyTexts(const QString &noRows, const QString &noMatch);
    void setLoader(Loader loader);
    /// The first show loads (default), or only reload() does (the ledger check runs on request).
    void setLoadOnShow(bool load) { m_loadOnShow = load; }

    /// Loads now; asked while a load runs, it loads again after that one.
    void reload();
    bool isBusy() const { return m_busy; }
    bool hasLoaded() const { return m_loaded; }
    /// The last load's error (ApiError::Kind::None when it worked).
    const ApiError &lastError() const { return m_lastError; }
    /// The source row of the selected row, or -1.
    int currentSourceRow() const;
    /// Selects the source row `row` (when shown).
    void selectSourceRow(int row);
    /// A sentence in the status line: an action's result (`ok`) or its failure.
    void showMessage(const QString &text, bool ok);
    QString messageText() const;
    /// The empty state's text (what a person reads when the table has no row).
    QString emptyText() const;
    /// Re-evaluates the actions (after the rows changed outside a load).
    void updateActions();

Q_SIGNALS:
    /// The selected row changed.
    void currentChanged();
    /// A load ended (with or without error).
    void loadFinished();
    /// A row was activated (double-click, Enter).
    void rowActivated(int sourceRow);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void finishLoad(const ApiError &error);
    void updateState();

    QAbstractItemModel *m_model = nullptr;
    SearchFilterProxy *m_proxy = nullptr;
    QHBoxLayout *m_toolbar = nullptr;
    int m_filterCount = 0;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QList<QPair<QPushButton *, std::function<bool(int)>>> m_rowActions;
    Loader m_loader;
    QString m_noRows;
    QString m_noMatch;
    ApiError m_lastError;
    QString m_message;
    bool m_messageOk = true;
    bool m_busy = false;
    bool m_again = false;
    bool m_loaded = false;
    bool m_loadOnShow = true;
    bool m_fitted = false;
};

} // namespace lm::client
