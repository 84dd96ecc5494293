#pragma once

#include <dto.h>

#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QStackedLayout;

namespace lm::client {

/// The selected lead(s) in detail: a hint when nothing is selected, every field of one lead with
/// mailto / click-to-call / WhatsApp links, or the count and totals of several.
class LeadDetailPane final : public QWidget
{
    Q_OBJECT

public:
    /// Opens a link; returns whether it could. The default is QDesktopServices::openUrl.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit LeadDetailPane(QWidget *parent = nullptr);
    ~LeadDetailPane() override;
    Q_DISABLE_COPY_MOVE(LeadDetailPane)

    void setLeads(const QList<dto::Lead> &selected);
    QList<dto::Lead> leads() const { return m_leads; }

    /// Tests capture the URL instead of starting a browser or a dialler.
    void setUrlOpener(UrlOpener opener);

    /// "tel:+212612345678" for a usable phone number (lm::normalizePhone), else an invalid QUrl.
    static QUrl telUrl(const QString &phone);
    /// "https://wa.me/212612345678" (digits only, as wa.me requires), else an invalid QUrl.
    static QUrl whatsAppUrl(const QString &phone);

Q_SIGNALS:
    /// The opener refused the link (no mail client, no dialler…); the window may say so.
    void linkOpenFailed(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QString &link);
    void retranslate();
    void showOne(const dto::Lead &lead);
    void showSeveral();
    QLabel *addRow(QFormLayout *form, int row, const QString &objectName);
    void showRow(int row, bool visible);

    enum Row {
        Company,
        Email,
        Phone,
        Campaign,
        Influencer,
        Source,
        EstimatedValue,
        Commission,
        Status,
        Created,
        Expires,
        Notes,
        Score,
        Feedback,
        Reason,
        TotalValue,
        TotalCommission,
        RowCount
    };

    QList<dto::Lead> m_leads;
    UrlOpener m_opener;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_onePage = nullptr;
    QWidget *m_severalPage = nullptr;
    QFormLayout *m_oneForm = nullptr;
    QFormLayout *m_severalForm = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_callLink = nullptr;
    QLabel *m_whatsAppLink = nullptr;
    QWidget *m_phoneField = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_rowLabels[RowCount] = {};
    QLabel *m_fields[RowCount] = {};
};

} // namespace lm::client
