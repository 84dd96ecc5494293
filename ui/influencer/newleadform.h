#pragma once

#include <dto.h>
#include <result.h>

#include <QJsonObject>
#include <QMap>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lm::client {

/// The influencer's "new lead" form: a campaign, the client's contact, the estimated value with a
/// live preview of the commission (the campaign's own rule from core), the source and notes. Every
/// field is checked as typed with the server's rules; submitting hands API.md's create body to a
/// submitter (the window queues it), so the form knows neither the cache nor the network.
class NewLeadForm final : public QWidget
{
    Q_OBJECT

public:
    /// Queues the body of POST /api/leads/create (refused: the reason is shown under the form).
    using Submitter = std::function<Result<>(const QJsonObject &body)>;
    /// A lead the influencer already sent to this campaign with this email or phone, recently
    /// enough for the server to refuse a new one as a duplicate (core's leadpolicy).
    using DuplicateFinder =
        std::function<std::optional<dto::Lead>(const QString &campaignId, const QString &email, const QString &phoneE164)>;

    explicit NewLeadForm(QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submit = std::move(submitter); }
    void setDuplicateFinder(DuplicateFinder finder) { m_findDuplicate = std::move(finder); }
    /// The campaigns the cache knows, each with its merchant: those accepting leads can be picked,
    /// the others are shown disabled with why. The campaign picked stays picked while it accepts.
    void setCampaigns(const QList<dto::Campaign> &campaigns);

    /// Whether every field is acceptable (what enables the submit button).
    bool isComplete() const;
    /// The create body the form would submit now, when it is complete.
    std::optional<QJsonObject> body() const;
    /// Fills the form with a lead the server refused (API.md's create body), each field the server
    /// named showing its problem until it is edited, so it can be fixed and sent again.
    void load(const QJsonObject &body, const QMap<QString, QString> &serverFieldProblems);

public Q_SLOTS:
    /// Submits when complete; otherwise shows every problem.
    void submit();

Q_SIGNALS:
    /// A lead was handed to the submitter and accepted.
    void submitted(const QJsonObject &body);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Checks
    {
        QString campaign;
        QString name;
        QString email;
        QString phone;
        QString company;
        QString value;
        QString notes;
        std::optional<qint64> valueCents;
        std::optional<QString> phoneE164;
        bool ok() const
        {
            return campaign.isEmpty() && name.isEmpty() && email.isEmpty() && phone.isEmpty() && company.isEmpty()
                && value.isEmpty() && notes.isEmpty();
        }
    };
    Checks check() const;
    /// Problems under the fields the user has touched (or all of them), commission box, button.
    void revalidate();
    void updateCommission(const std::optional<qint64> &valueCents);
    void clearClientFields();
    const dto::Campaign *currentCampaign() const;
    /// Why a campaign takes no lead now (empty: it does).
    static QString notAcceptingReason(const dto::Campaign &campaign);
    void showProblem(QLabel *label, const QObject *field, const QString &problem);

    QList<dto::Campaign> m_campaigns;
    Submitter m_submit;
    DuplicateFinder m_findDuplicate;
    QMap<const QObject *, QString> m_serverProblems; ///< the server's word on a loaded lead's fields, until edited
    QSet<const QObject *> m_touched; ///< fields typed in or left: they say what is wrong with them
    bool m_showAllProblems = false;  ///< after a submit attempt, untouched fields say it too

    QComboBox *m_campaign = nullptr;
    QLabel *m_campaignHint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_totalCommission = nullptr;
    QLabel *m_yourCommission = nullptr;
    QLabel *m_commissionType = nullptr;
    QLabel *m_campaignProblem = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_emailProblem = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLabel *m_companyProblem = nullptr;
    QLabel *m_valueProblem = nullptr;
    QLabel *m_notesProblem = nullptr;
    QLabel *m_submitProblem = nullptr;
    QPushButton *m_submitButton = nullptr;
};

} // namespace lm::client
