#pragma once

#include <alertlevel.h>

#include <QMap>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class QPushButton;

namespace lm::client {

class AdminListPage;
class AdminService;
class AlertsModel;

/// The admin's home: every merchant's deposit with its level in the brief's five colours, the
/// count of deposits at each level (buttons that filter by level), a search by name, and from a
/// row: block, unblock, the merchant's transactions. Read again at each sync's end and every 30 s
/// while shown.
class AlertsBoard final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 30'000;

    AlertsBoard(AdminService &admin, QWidget *parent = nullptr);

    AlertsModel &model() const { return *m_model; }
    AdminListPage &page() const { return *m_page; }
    /// Reads the board again (unless a read is running).
    void refresh();
    /// The merchant's name, or empty when the board does not know it.
    QString merchantName(const QString &merchantId) const;
    /// The level buttons' shown counts, for tests: level → count on its button.
    int shownCount(AlertLevel level) const;

Q_SIGNALS:
    /// The board's rows changed (names for the other pages).
    void merchantsLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void askBlock(bool block);
    void openTransactions();
    void updateCounts();
    void applyLevelFilter();

    AdminService &m_admin;
    AlertsModel *m_model = nullptr;
    AdminListPage *m_page = nullptr;
    QToolButton *m_all = nullptr;
    QMap<AlertLevel, QToolButton *> m_levelButtons;
    QLabel *m_updated = nullptr;
    QTimer *m_timer = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_unblock = nullptr;
};

} // namespace lm::client
