#include "campaigndialog.h"
#include "problemlabel.h"

#include <apierror.h>
#include <money.h>
#include <validation.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

constexpr qint64 DefaultExampleCents = 50'000; // 500 MAD: below the default threshold

/// A description box that asks for four lines (QPlainTextEdit's own wish is a dozen) and takes more
/// when the dialog is made taller.
class DescriptionEdit final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override { return {QPlainTextEdit::sizeHint().width(), minimumHeight()}; }
};

/// A field with its problem line under it, as one cell of a form (a form's row of its own for the
/// line would not grow with the line's wrapped height).
QVBoxLayout *withProblem(QWidget *field, QLabel *problem = nullptr)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    // A field narrower than the form (a number) sits beside its caption and leaves the line its
    // width; its side is the dialog's reading side, not the number's own (left to right).
    const bool rightToLeft = field->parentWidget() && field->parentWidget()->isRightToLeft();
    if (field->maximumWidth() < QWIDGETSIZE_MAX)
        column->addWidget(field, 0, Qt::AlignAbsolute | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    else
        column->addWidget(field);
    if (problem)
        column->addWidget(problem);
    return column;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A percentage as typed ("10", "12,5", "12.5 %") in basis points: hundredths of a per cent are
// read exactly like centimes, so no floating point is involved.
std::optional<qint64> percentBp(const QString &text, const QLocale &locale)
{
    QString digits = text.trimmed();
    if (digits.endsWith(u'%'))
        digits.chop(1);
    const auto value = Money::parse(digits.trimmed(), locale);
    return value ? std::optional<qint64>(value->cents()) : std::nullopt;
}

std::optional<qint64> amountCents(const QString &text, const QLocale &locale)
{
    const auto value = Money::parse(text.trimmed(), locale);
    return value ? std::optional<qint64>(value->cents()) : std::nullopt;
}

QString percentText(qint64 bp, const QLocale &locale)
{
    return Money(bp).formatShort(locale, false);
}

} // namespace

CampaignDialog::CampaignDialog(CampaignService &campaigns, const std::optional<dto::Campaign> &current, QWidget *parent)
    : QDialog(parent),
      m_campaigns(campaigns),
      m_current(current),
      m_name(new QLineEdit(this)),
      m_nameProblem(newProblemLabel(u"nameProblem"_s, this)),
      m_description(new DescriptionEdit(this)),
      m_descriptionProblem(newProblemLabel(u"descriptionProblem"_s, this)),
      m_exampleValue(new QLineEdit(this)),
      m_example(new QLabel(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"campaignDialog"_s);
    setWindowTitle(current ? tr("Edit the campaign") : tr("New campaign"));
    const QLocale locale;
    const CommissionPolicy policy = current ? current->policy : CommissionPolicy();

    m_name->setObjectName(u"nameEdit"_s);
    m_name->setText(current ? current->name : QString());
    m_name->setPlaceholderText(tr("For example: Air conditioning in Casablanca"));
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlainText(current ? current->description : QString());
    m_description->setPlaceholderText(tr("What you sell, to whom, and what makes a good lead"));
    m_description->setTabChangesFocus(true);
    // Four lines to start with; it takes more room when the dialog is made taller.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    setMinimumCharacters(m_name, 36);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, withProblem(m_name, m_nameProblem));
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, withProblem(m_description, m_descriptionProblem));

    auto *terms = new QGroupBox(tr("Commission per lead"), this);
    auto *termsLayout = new QVBoxLayout(terms);
    auto *termsForm = new QFormLayout;
    termsLayout->addLayout(termsForm);
    const QString currency = Money::currencyLabel(locale);
    addNumber(termsForm, u"rateEdit"_s, tr("&Percentage of the value (%):"), percentText(policy.rateBp, locale),
              &m_rate);
    addNumber(termsForm, u"thresholdEdit"_s, tr("…&below a value of (%1):").arg(currency),
              Money(policy.fixedThresholdCents).format(locale, false), &m_threshold);
    addNumber(termsForm, u"fixedEdit"_s, tr("Fi&xed commission from that value (%1):").arg(currency),
              Money(policy.fixedCommissionCents).format(locale, false), &m_fixed);
    addNumber(termsForm, u"shareEdit"_s, tr("&Influencer's share (%):"), percentText(policy.influencerShareBp, locale),
              &m_share);

    m_exampleValue->setObjectName(u"exampleValueEdit"_s);
    m_exampleValue->setText(Money(DefaultExampleCents).format(locale, false));
    m_exampleValue->setLayoutDirection(Qt::LeftToRight);
    m_exampleValue->setMaximumWidth(m_exampleValue->fontMetrics().horizontalAdvance(u"0"_s) * 16);
    auto *exampleLabel = new QLabel(tr("&Example, a lead worth (%1):").arg(currency), this);
    exampleLabel->setBuddy(m_exampleValue);
    termsForm->addRow(exampleLabel, withProblem(m_exampleValue));
    m_example->setObjectName(u"exampleResult"_s);
    m_example->setWordWrap(true);
    termsLayout->addWidget(m_example);
    auto *later = new QLabel(current ? tr("New terms apply to the leads sent from now on.")
                                     : tr("Influencers see these terms before they send you a lead."),
                             this);
    later->setWordWrap(true);
    later->setEnabled(false); // greyed: a note

    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(u"saveButton"_s);
    save->setText(current ? tr("&Save") : tr("&Create the campaign"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(terms);
    layout->addWidget(later);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CampaignDialog::revalidate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CampaignDialog::revalidate);
    connect(m_exampleValue, &QLineEdit::textChanged, this, &CampaignDialog::revalidate);
    for (const Field *field : {&m_rate, &m_threshold, &m_fixed, &m_share})
        connect(field->edit, &QLineEdit::textChanged, this, &CampaignDialog::revalidate);
    revalidate();
    keepFitted(this);
    m_name->setFocus();
}

void CampaignDialog::addNumber(QFormLayout *form, const QString &objectName, const QString &label, const QString &text,
                               Field *field)
{
    field->edit = new QLineEdit(text, this);
    field->edit->setObjectName(objectName);
    field->edit->setLayoutDirection(Qt::LeftToRight); // numbers read left to right in Arabic too
    field->edit->setMaximumWidth(field->edit->fontMetrics().horizontalAdvance(u"0"_s) * 16);
    QString problemName = objectName;
    problemName.replace(u"Edit"_s, u"Problem"_s);
    field->problem = newProblemLabel(problemName, this);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field->edit);
    form->addRow(caption, withProblem(field->edit, field->problem));
}

std::optional<CampaignDraft> CampaignDialog::draft() const
{
    const QLocale locale;
    const auto rate = percentBp(m_rate.edit->text(), locale);
    const auto share = percentBp(m_share.edit->text(), locale);
    const auto threshold = amountCents(m_threshold.edit->text(), locale);
    const auto fixed = amountCents(m_fixed.edit->text(), locale);
    if (!rate || !share || !threshold || !fixed)
        return std::nullopt;
    CampaignDraft draft;
    draft.name = m_name->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    draft.policy.rateBp = *rate;
    draft.policy.influencerShareBp = *share;
    draft.policy.fixedThresholdCents = *threshold;
    draft.policy.fixedCommissionCents = *fixed;
    return draft;
}

void CampaignDialog::revalidate()
{
    const QLocale locale;
    // Only what cannot be read is said as typed; the limits are the server's to judge.
    const auto check = [&locale](const Field &field, bool percent) {
        const QString text = field.edit->text().trimmed();
        QString problem;
        if (text.isEmpty())
            problem = tr("Enter a number.");
        else if (percent ? !percentBp(text, locale) : !amountCents(text, locale))
            problem = percent ? tr("Type a percentage such as %1.").arg(percentText(1250, locale))
                              : tr("Type an amount such as %1.").arg(Money(80'000).format(locale, false));
        showProblem(field.problem, problem);
    };
    check(m_rate, true);
    check(m_share, true);
    check(m_threshold, false);
    check(m_fixed, false);
    showProblem(m_nameProblem, {});
    showProblem(m_descriptionProblem, {});
    const std::optional<CampaignDraft> current = draft();
    updateExample(current);
    const bool complete = current && !current->name.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete && !m_busy);
}

void CampaignDialog::updateExample(const std::optional<CampaignDraft> &draft)
{
    const QLocale locale;
    const auto value = amountCents(m_exampleValue->text(), locale);
    if (!draft || !value || *value <= 0) {
        m_example->setText(tr("Type the terms and a value to see what a lead would cost."));
        return;
    }
    // The rule the server applies to every lead (core's CommissionPolicy), on integer centimes.
    const Commission c = draft->policy.compute(*value);
    const QString kind = c.type == CommissionType::Fixed
        ? tr("fixed, from %1").arg(Money(draft->policy.fixedThresholdCents).formatShort(locale))
        : tr("%1 % of the value").arg(percentText(draft->policy.rateBp, locale));
    m_example->setText(tr("Commission %1 (%2): %3 to the influencer, %4 to LeadMarket.")
                           .arg(Money(c.commissionCents).format(locale), kind,
                                Money(c.influencerShareCents).format(locale), Money(c.platformCents).format(locale)));
}

void CampaignDialog::save()
{
    const std::optional<CampaignDraft> current = draft();
    if (m_busy || !current || current->name.isEmpty())
        return;
    const auto done = [this](const Result<dto::Campaign> &result) {
        m_busy = false;
        if (result.ok()) {
            m_saved = result.value();
            accept();
            return;
        }
        revalidate();
        showServerProblems(result.error());
    };
    if (m_current) {
        const CampaignChange change = CampaignChange::between(*m_current, *current);
        if (change.isEmpty()) {
            accept(); // nothing to send
            return;
        }
        m_busy = true;
        m_campaigns.update(m_current->id, change, this, done);
    } else {
        m_busy = true;
        m_campaigns.create(*current, this, done);
    }
    revalidate();
    m_status->setText(tr("Saving…"));
    m_status->show();
    fitToContents(this); // the lines under the fields take room: grow, not squeeze
}

void CampaignDialog::showServerProblems(const ApiError &error)
{
    const QLocale locale;
    const QMap<QString, QString> fields = error.fields();
    const QString percentRule = tr("Refused by the server: from 0 to 100 %.");
    const QString amountRule =
        tr("Refused by the server: from 0 to %1.").arg(Money(limits::AmountMaxCents).format(locale));
    const QList<std::pair<QString, std::pair<QLabel *, QString>>> known{
        {u"name"_s, {m_nameProblem, tr("Refused by the server: required, at most %n characters.", nullptr,
                                       limits::Name)}},
        {u"description"_s,
         {m_descriptionProblem, tr("Refused by the server: at most %n characters.", nullptr, limits::LongText)}},
        {u"commission_rate_bp"_s, {m_rate.problem, percentRule}},
        {u"influencer_share_bp"_s, {m_share.problem, percentRule}},
        {u"fixed_commission_cents"_s, {m_fixed.problem, amountRule}},
        {u"fixed_threshold_cents"_s, {m_threshold.problem, amountRule}},
    };
    int shown = 0;
    for (const auto &[field, where] : known) {
        if (fields.contains(field)) {
            showProblem(where.first, where.second);
            ++shown;
        }
    }
    // Every field the server named is marked beside it; any other refusal is said under the form.
    m_status->setText(shown > 0 && shown == fields.size() ? tr("Nothing was saved: correct the fields marked in red.")
                                                          : error.userMessage());
    m_status->show();
    fitToContents(this); // the lines under the fields take room: grow, not squeeze
}

} // namespace lm::client
