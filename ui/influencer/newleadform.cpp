#include "newleadform.h"
#include "problemlabel.h"

#include "amountinput.h"
#include "leadsmodel.h"

#include <commission.h>
#include <leadstatus.h>
#include <money.h>
#include <validation.h>

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

constexpr std::array Sources{LeadSource::Instagram, LeadSource::TikTok,  LeadSource::WhatsApp,
                             LeadSource::Facebook,  LeadSource::YouTube, LeadSource::Other};

// Basis points as a percentage without going through a double: 3000 → "30 %", 1250 → "12.5 %".
QString percentText(qint64 basisPoints, const QLocale &locale)
{
    QString number = locale.toString(basisPoints / 100);
    if (const qint64 hundredths = basisPoints % 100; hundredths != 0) {
        number += locale.decimalPoint();
        number += locale.toString(hundredths / 10);
        if (hundredths % 10 != 0)
            number += locale.toString(hundredths % 10);
    }
    //: A percentage, e.g. "30 %" (as the Campaigns table writes them).
    return NewLeadForm::tr("%1 %").arg(number);
}

// Why a text field is refused, with the server's rule (lm::checkText): required, length, NUL.
QString textProblem(const QString &text, int maxLength, bool required, const QString &missing)
{
    FieldErrors errors;
    const QString trimmed = checkText(errors, u"field"_s, text, maxLength, required);
    if (errors.isEmpty())
        return {};
    if (trimmed.isEmpty())
        return missing;
    if (trimmed.size() > maxLength)
        return NewLeadForm::tr("Too long: at most %1 characters.").arg(maxLength);
    return NewLeadForm::tr("Remove the invisible control character.");
}

} // namespace

NewLeadForm::NewLeadForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"newLeadForm"_s);
    const QLocale locale;

    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(u"campaignCombo"_s);
    m_campaignHint = new QLabel(this);
    m_campaignHint->setObjectName(u"campaignHint"_s);
    m_campaignHint->setWordWrap(true);
    m_campaignHint->setEnabled(false); // greyed: a remark, not an error
    m_campaignHint->hide();
    m_campaignProblem = newProblemLabel(u"campaignProblem"_s, this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"clientNameEdit"_s);
    m_nameProblem = newProblemLabel(u"clientNameProblem"_s, this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"clientEmailEdit"_s);
    m_email->setPlaceholderText(tr("name@example.ma"));
    m_emailProblem = newProblemLabel(u"clientEmailProblem"_s, this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"clientPhoneEdit"_s);
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_phoneProblem = newProblemLabel(u"clientPhoneProblem"_s, this);
    m_company = new QLineEdit(this);
    m_company->setObjectName(u"companyEdit"_s);
    m_companyProblem = newProblemLabel(u"companyProblem"_s, this);

    m_value = new QLineEdit(this);
    m_value->setObjectName(u"estimatedValueEdit"_s);
    m_value->setPlaceholderText(Money::fromMad(1500).format(locale, false));
    m_valueProblem = newProblemLabel(u"estimatedValueProblem"_s, this);

    auto *commissionBox = new QFrame(this);
    commissionBox->setObjectName(u"commissionBox"_s);
    commissionBox->setFrameShape(QFrame::StyledPanel);
    m_totalCommission = new QLabel(commissionBox);
    m_totalCommission->setObjectName(u"totalCommissionLabel"_s);
    m_yourCommission = new QLabel(commissionBox);
    m_yourCommission->setObjectName(u"yourCommissionLabel"_s);
    m_commissionType = new QLabel(commissionBox);
    m_commissionType->setObjectName(u"commissionTypeLabel"_s);
    auto *commissionLayout = new QVBoxLayout(commissionBox);
    commissionLayout->addWidget(m_totalCommission);
    commissionLayout->addWidget(m_yourCommission);
    commissionLayout->addWidget(m_commissionType);

    m_source = new QComboBox(this);
    m_source->setObjectName(u"sourceCombo"_s);
    for (const LeadSource source : Sources)
        m_source->addItem(LeadsModel::sourceIcon(source), LeadsModel::sourceText(source), toString(source));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_notesProblem = newProblemLabel(u"notesProblem"_s, this);

    m_submitProblem = newProblemLabel(u"submitProblem"_s, this);
    m_submitButton = new QPushButton(tr("Su&bmit the lead"), this);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setEnabled(false);

    // Labels with mnemonics (Alt+letter) that give the keyboard to their field. The window's menus
    // take Alt+F, Alt+E, Alt+S and Alt+H (the submit button has Alt+B).
    auto row = [this](QFormLayout *form, const QString &text, QWidget *field, QLabel *problem) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        if (problem)
            form->addRow(QString(), problem);
    };
    auto *campaignForm = new QFormLayout;
    row(campaignForm, tr("&Campaign:"), m_campaign, nullptr);
    campaignForm->addRow(QString(), m_campaignHint);
    campaignForm->addRow(QString(), m_campaignProblem);

    auto *clientBox = new QGroupBox(tr("Client"), this);
    auto *clientForm = new QFormLayout(clientBox);
    row(clientForm, tr("Full &name:"), m_name, m_nameProblem);
    row(clientForm, tr("E&mail:"), m_email, m_emailProblem);
    row(clientForm, tr("&Phone:"), m_phone, m_phoneProblem);
    row(clientForm, tr("Compan&y (optional):"), m_company, m_companyProblem);

    auto *serviceBox = new QGroupBox(tr("Service"), this);
    auto *serviceForm = new QFormLayout(serviceBox);
    row(serviceForm, tr("Estimated &value (%1):").arg(Money::currencyLabel(locale)), m_value, m_valueProblem);
    serviceForm->addRow(QString(), commissionBox);
    row(serviceForm, tr("S&ource:"), m_source, nullptr);
    row(serviceForm, tr("No&tes (optional):"), m_notes, m_notesProblem);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submitProblem, 1);
    buttons->addWidget(m_submitButton);

    // A column of a readable width, on the reading side of a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(campaignForm);
    layout->addWidget(clientBox);
    layout->addWidget(serviceBox);
    layout->addLayout(buttons);
    layout->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(column, 3);
    outer->addStretch(1);

    // Top to bottom, whatever order the layouts were built in.
    QWidget *previous = m_campaign;
    for (QWidget *next : std::initializer_list<QWidget *>{m_name, m_email, m_phone, m_company, m_value, m_source,
                                                          m_notes, m_submitButton}) {
        setTabOrder(previous, next);
        previous = next;
    }

    for (QLineEdit *edit : {m_name, m_email, m_phone, m_company, m_value}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            m_serverProblems.remove(edit);
            revalidate();
        });
        // Programmatic changes (clearing after a submit) too, without marking the field touched.
        connect(edit, &QLineEdit::textChanged, this, &NewLeadForm::revalidate);
        connect(edit, &QLineEdit::returnPressed, this, &NewLeadForm::submit);
        edit->installEventFilter(this);
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->hasFocus()) {
            m_touched.insert(m_notes);
            m_serverProblems.remove(m_notes);
        }
        revalidate();
    });
    m_notes->installEventFilter(this);
    connect(m_campaign, &QComboBox::activated, this, [this] {
        m_serverProblems.remove(m_campaign);
        revalidate();
    });
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &NewLeadForm::revalidate);
    connect(m_submitButton, &QPushButton::clicked, this, &NewLeadForm::submit);

    setCampaigns({});
}

bool NewLeadForm::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field is when an empty required one starts saying so.
    if (event->type() == QEvent::FocusOut && !m_touched.contains(watched)) {
        m_touched.insert(watched);
        revalidate();
    }
    return QWidget::eventFilter(watched, event);
}

QString NewLeadForm::notAcceptingReason(const dto::Campaign &campaign)
{
    if (campaign.isAccepting())
        return {};
    if (campaign.status == CampaignStatus::Active)
        return tr("not accepting leads: the merchant's deposit is empty or blocked");
    return pausedReasonFromString(campaign.pausedReason) == PausedReason::Depleted
        ? tr("paused: the merchant's deposit is empty")
        : tr("paused by the merchant");
}

void NewLeadForm::setCampaigns(const QList<dto::Campaign> &campaigns)
{
    const QString current = m_campaign->currentData().toString();
    m_campaigns = campaigns;
    // Those taking leads first, each group by name.
    std::stable_sort(m_campaigns.begin(), m_campaigns.end(), [](const dto::Campaign &a, const dto::Campaign &b) {
        if (a.isAccepting() != b.isAccepting())
            return a.isAccepting();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    int notAccepting = 0;
    int firstAccepting = -1;
    int keep = -1;
    auto *model = qobject_cast<QStandardItemModel *>(m_campaign->model());
    for (const dto::Campaign &campaign : std::as_const(m_campaigns)) {
        const bool accepting = campaign.isAccepting();
        const QString name = campaign.merchantName.isEmpty() ? campaign.name
                                                             : tr("%1 — %2").arg(campaign.name, campaign.merchantName);
        m_campaign->addItem(accepting ? name : tr("%1 (%2)").arg(name, notAcceptingReason(campaign)), campaign.id);
        const int index = m_campaign->count() - 1;
        m_campaign->setItemData(index, accepting ? QString() : notAcceptingReason(campaign), Qt::ToolTipRole);
        if (!accepting) {
            ++notAccepting;
            if (QStandardItem *item = model ? model->item(index) : nullptr)
                item->setEnabled(false);
        }
        if (accepting && firstAccepting < 0)
            firstAccepting = index;
        if (accepting && campaign.id == current)
            keep = index;
    }
    m_campaign->setCurrentIndex(keep >= 0 ? keep : firstAccepting);
    m_campaignHint->setText(tr("%n campaign(s) take no new leads for now (paused, or the merchant's deposit is "
                               "empty); they are greyed out.",
                               nullptr, notAccepting));
    m_campaignHint->setVisible(notAccepting > 0);
    revalidate();
}

const dto::Campaign *NewLeadForm::currentCampaign() const
{
    const QString id = m_campaign->currentData().toString();
    for (const dto::Campaign &campaign : m_campaigns) {
        if (campaign.id == id && campaign.isAccepting())
            return &campaign;
    }
    return nullptr;
}

void NewLeadForm::load(const QJsonObject &body, const QMap<QString, QString> &serverFieldProblems)
{
    const QLocale locale;
    const QString campaignId = body.value("campaign_id"_L1).toString();
    // A campaign that no longer takes leads stays unpicked: the form says so.
    const int campaignIndex = m_campaign->findData(campaignId);
    const auto *campaign = campaignIndex >= 0 ? &m_campaigns.at(campaignIndex) : nullptr;
    m_campaign->setCurrentIndex(campaign && campaign->isAccepting() ? campaignIndex : -1);
    m_name->setText(body.value("client_name"_L1).toString());
    m_email->setText(body.value("client_email"_L1).toString());
    m_phone->setText(body.value("client_phone"_L1).toString());
    m_company->setText(body.value("company"_L1).toString());
    m_value->setText(Money(body.value("estimated_value_cents"_L1).toInteger()).format(locale, false));
    m_source->setCurrentIndex(std::max(0, m_source->findData(body.value("source"_L1).toString())));
    m_notes->setPlainText(body.value("notes"_L1).toString());

    m_serverProblems.clear();
    const QMap<QString, QObject *> fieldOf{{u"client_name"_s, m_name},     {u"client_email"_s, m_email},
                                           {u"client_phone"_s, m_phone},   {u"company"_s, m_company},
                                           {u"estimated_value_cents"_s, m_value}, {u"notes"_s, m_notes},
                                           {u"campaign_id"_s, m_campaign}};
    for (auto it = serverFieldProblems.cbegin(); it != serverFieldProblems.cend(); ++it) {
        if (QObject *field = fieldOf.value(it.key()))
            m_serverProblems.insert(field, tr("The server refused this: %1.").arg(it.value()));
    }
    m_touched.clear();
    m_showAllProblems = true; // a lead being fixed says everything that is wrong with it
    m_submitProblem->hide();
    revalidate();
    m_name->setFocus(Qt::OtherFocusReason);
}

NewLeadForm::Checks NewLeadForm::check() const
{
    const QLocale locale;
    Checks c;
    if (!currentCampaign())
        c.campaign = m_campaigns.isEmpty() ? tr("No campaign yet: synchronise to get the active campaigns.")
                                           : tr("Pick a campaign that accepts leads.");
    else
        c.campaign = m_serverProblems.value(m_campaign);
    c.name = textProblem(m_name->text(), limits::Name, true, tr("Enter the client's full name."));

    const QString email = normalizeEmail(m_email->text());
    if (email.isEmpty())
        c.email = tr("Enter the client's email address.");
    else if (!isValidEmail(email))
        c.email = tr("This is not an email address (for example name@example.ma).");

    if (m_phone->text().trimmed().isEmpty()) {
        c.phone = tr("Enter the client's phone number.");
    } else {
        c.phoneE164 = normalizePhone(m_phone->text());
        if (!c.phoneE164)
            c.phone = tr("Not a phone number: write a Moroccan number (06 12 34 56 78) or + and the country code.");
    }

    c.company = textProblem(m_company->text(), limits::Company, false, {});

    // A lead the server would refuse as a duplicate: said before it is sent.
    if (const dto::Campaign *campaign = currentCampaign(); campaign && m_findDuplicate && c.email.isEmpty()) {
        if (const auto earlier = m_findDuplicate(campaign->id, email, c.phoneE164.value_or(QString()))) {
            const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(earlier->createdAt).date(), QLocale::ShortFormat);
            const QString problem = tr("Already sent to this campaign on %1 (%2): the server refuses the same client "
                                       "twice within 30 days.")
                                        .arg(when, earlier->clientName);
            (earlier->clientEmail == email ? c.email : c.phone) = problem;
        }
    }

    const QString value = m_value->text().trimmed();
    const TypedAmount typed = TypedAmount::check(value, 1, limits::AmountMaxCents, locale);
    switch (typed.problem) {
    case TypedAmount::Problem::None:
        c.valueCents = typed.money->cents();
        break;
    case TypedAmount::Problem::Empty:
        c.value = tr("Enter the estimated value of the service.");
        break;
    case TypedAmount::Problem::NotAnAmount:
        c.value = tr("“%1” is not an amount; type for example %2.")
                      .arg(value, Money::fromMad(1500).format(locale, false));
        break;
    case TypedAmount::Problem::BelowMinimum:
        c.value = tr("The estimated value must be more than zero.");
        break;
    case TypedAmount::Problem::AboveMaximum:
        c.value = tr("The estimated value can be at most %1.").arg(Money(limits::AmountMaxCents).format(locale));
        break;
    }

    c.notes = textProblem(m_notes->toPlainText(), limits::LongText, false, {});

    // What the server said about a refused lead holds until that field is changed.
    const auto serverSays = [this](const QObject *field, QString &problem) {
        if (problem.isEmpty())
            problem = m_serverProblems.value(field);
    };
    serverSays(m_name, c.name);
    serverSays(m_email, c.email);
    serverSays(m_phone, c.phone);
    serverSays(m_company, c.company);
    serverSays(m_value, c.value);
    serverSays(m_notes, c.notes);
    return c;
}

bool NewLeadForm::isComplete() const
{
    return check().ok();
}

void NewLeadForm::showProblem(QLabel *label, const QObject *field, const QString &problem)
{
    const bool shown = !problem.isEmpty() && (m_showAllProblems || m_touched.contains(field));
    label->setText(shown ? problem : QString());
    label->setVisible(shown);
}

void NewLeadForm::revalidate()
{
    const Checks c = check();
    // The campaign is never typed in: say at once when there is none to pick.
    m_campaignProblem->setText(c.campaign);
    m_campaignProblem->setVisible(!c.campaign.isEmpty());
    showProblem(m_nameProblem, m_name, c.name);
    showProblem(m_emailProblem, m_email, c.email);
    showProblem(m_phoneProblem, m_phone, c.phone);
    showProblem(m_companyProblem, m_company, c.company);
    showProblem(m_valueProblem, m_value, c.value);
    showProblem(m_notesProblem, m_notes, c.notes);
    updateCommission(c.valueCents);
    m_submitButton->setEnabled(c.ok());
}

void NewLeadForm::updateCommission(const std::optional<qint64> &valueCents)
{
    const QLocale locale;
    const dto::Campaign *campaign = currentCampaign();
    const CommissionPolicy policy = campaign ? campaign->policy : CommissionPolicy{};
    const QString share = percentText(policy.influencerShareBp, locale);
    if (!campaign || !valueCents) {
        m_totalCommission->setText(tr("Total commission: %1").arg(u"—"_s));
        m_yourCommission->setText(tr("Your commission: %1 (%2)").arg(u"—"_s, share));
        // The campaign's rule, until there is a value to apply it to.
        m_commissionType->setText(campaign ? tr("Type: %1 below %2, a fixed %3 from %2 up")
                                                 .arg(percentText(policy.rateBp, locale),
                                                      Money(policy.fixedThresholdCents).formatShort(locale),
                                                      Money(policy.fixedCommissionCents).formatShort(locale))
                                           : tr("Type: %1").arg(u"—"_s));
        return;
    }
    const Commission commission = policy.compute(*valueCents);
    m_totalCommission->setText(tr("Total commission: %1").arg(Money(commission.commissionCents).format(locale)));
    m_yourCommission->setText(
        tr("Your commission: %1 (%2)").arg(Money(commission.influencerShareCents).format(locale), share));
    m_commissionType->setText(commission.type == CommissionType::Fixed
                                  ? tr("Type: Fixed (≥ %1)").arg(Money(policy.fixedThresholdCents).formatShort(locale))
                                  : tr("Type: Percentage (%1)").arg(percentText(policy.rateBp, locale)));
}

std::optional<QJsonObject> NewLeadForm::body() const
{
    const Checks c = check();
    const dto::Campaign *campaign = currentCampaign();
    if (!c.ok() || !campaign || !c.valueCents || !c.phoneE164)
        return std::nullopt;
    QJsonObject body{{u"campaign_id"_s, campaign->id},
                     {u"client_name"_s, m_name->text().trimmed()},
                     {u"client_email"_s, normalizeEmail(m_email->text())},
                     {u"client_phone"_s, *c.phoneE164},
                     {u"estimated_value_cents"_s, *c.valueCents},
                     {u"source"_s, m_source->currentData().toString()}};
    if (const QString company = m_company->text().trimmed(); !company.isEmpty())
        body.insert(u"company"_s, company);
    if (const QString notes = m_notes->toPlainText().trimmed(); !notes.isEmpty())
        body.insert(u"notes"_s, notes);
    return body;
}

void NewLeadForm::submit()
{
    const auto lead = body();
    if (!lead) {
        m_showAllProblems = true;
        revalidate();
        return;
    }
    const Result<> queued = m_submit ? m_submit(*lead) : Result<>::failure(tr("Cannot submit now."));
    if (!queued.ok()) {
        m_submitProblem->setText(queued.errorMessage());
        m_submitProblem->show();
        return;
    }
    m_submitProblem->clear();
    m_submitProblem->hide();
    // Focus first: leaving the field Enter was pressed in must not mark the emptied form as touched.
    m_name->setFocus(Qt::OtherFocusReason);
    clearClientFields();
    Q_EMIT submitted(*lead);
}

void NewLeadForm::clearClientFields()
{
    // The campaign and the source stay: an influencer often submits several leads of one post.
    for (QLineEdit *edit : {m_name, m_email, m_phone, m_company, m_value})
        edit->clear();
    m_notes->clear();
    m_touched.clear();
    m_serverProblems.clear();
    m_showAllProblems = false;
    revalidate();
}

} // namespace lm::client
