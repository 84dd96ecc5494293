#pragma once

#include <campaignservice.h>
#include <dto.h>

#include <QDialog>
#include <QMap>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lm::client {

/// A campaign's name, description and commission terms, for a new campaign or a change of one.
/// The numbers are read as typed (a percentage with up to two decimals, amounts in the UI locale)
/// and previewed with core's commission rule on an estimated value; the server judges the rest
/// (limits), and what it refuses is shown beside its field. The dialog closes once the server has
/// taken the campaign.
class CampaignDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A new campaign (`current` empty, the server's default terms) or a change of `current`.
    CampaignDialog(CampaignService &campaigns, const std::optional<dto::Campaign> &current, QWidget *parent = nullptr);

    /// What the server answered (after accept()); empty when nothing was changed.
    std::optional<dto::Campaign> saved() const { return m_saved; }
    /// What the fields say now, when every number reads.
    std::optional<CampaignDraft> draft() const;

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *problem = nullptr;
    };
    void addNumber(QFormLayout *form, const QString &objectName, const QString &label, const QString &text,
                   Field *field);
    void revalidate();
    void updateExample(const std::optional<CampaignDraft> &draft);
    void save();
    void showServerProblems(const ApiError &error);

    CampaignService &m_campaigns;
    std::optional<dto::Campaign> m_current;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionProblem;
    Field m_rate;
    Field m_threshold;
    Field m_fixed;
    Field m_share;
    QLineEdit *m_exampleValue;
    QLabel *m_example;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    std::optional<dto::Campaign> m_saved;
};

} // namespace lm::client
