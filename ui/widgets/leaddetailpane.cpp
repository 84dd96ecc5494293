#include "leaddetailpane.h"

#include <leadsmodel.h>
#include <money.h>
#include <validation.h>

#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

constexpr auto LinkFlags = Qt::LinksAccessibleByKeyboard | Qt::TextSelectableByMouse;

QString dateText(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime(), QLocale::ShortFormat);
}

QString moneyText(qint64 cents)
{
    return Money(cents).format(QLocale());
}

/// `<a href="url">text</a>`, both escaped; `text` is already HTML.
QString anchor(const QUrl &url, const QString &htmlText)
{
    QString html = u"<a href=\""_s;
    html += url.toString(QUrl::FullyEncoded).toHtmlEscaped();
    html += u"\">"_s;
    html += htmlText;
    html += u"</a>"_s;
    return html;
}

/// A phone number stays left-to-right inside Arabic text (LRI … PDI), or "+212" would move.
QString isolatedLtr(const QString &text)
{
    QString isolated(QChar(0x2066));
    isolated += text;
    isolated += QChar(0x2069);
    return isolated;
}

} // namespace

LeadDetailPane::LeadDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"leadDetailPane"_s);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // One lead: the name as a heading, then a form (QFormLayout mirrors itself right-to-left).
    m_onePage = new QWidget(this);
    m_name = new QLabel(m_onePage);
    m_name->setObjectName(u"nameLabel"_s);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont heading = m_name->font();
    heading.setBold(true);
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.3);
    else
        heading.setPixelSize(heading.pixelSize() * 13 / 10);
    m_name->setFont(heading);
    m_oneForm = new QFormLayout;
    m_oneForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(m_oneForm, Company, u"companyLabel"_s);
    addRow(m_oneForm, Email, u"emailLabel"_s);

    m_phoneField = new QWidget(m_onePage);
    m_phone = new QLabel(m_phoneField);
    m_phone->setObjectName(u"phoneLabel"_s);
    m_phone->setTextFormat(Qt::PlainText);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_callLink = new QLabel(m_phoneField);
    m_callLink->setObjectName(u"callLink"_s);
    m_whatsAppLink = new QLabel(m_phoneField);
    m_whatsAppLink->setObjectName(u"whatsAppLink"_s);
    for (QLabel *link : {m_callLink, m_whatsAppLink}) {
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(LinkFlags);
        connect(link, &QLabel::linkActivated, this, &LeadDetailPane::openLink);
    }
    auto *phoneLayout = new QHBoxLayout(m_phoneField);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    phoneLayout->addWidget(m_phone);
    phoneLayout->addWidget(m_callLink);
    phoneLayout->addWidget(m_whatsAppLink);
    phoneLayout->addStretch();
    m_rowLabels[Phone] = new QLabel(m_onePage);
    m_oneForm->addRow(m_rowLabels[Phone], m_phoneField);

    addRow(m_oneForm, Campaign, u"campaignLabel"_s);
    addRow(m_oneForm, Influencer, u"influencerLabel"_s);
    addRow(m_oneForm, Source, u"sourceLabel"_s);
    addRow(m_oneForm, EstimatedValue, u"estimatedValueLabel"_s);
    addRow(m_oneForm, Commission, u"commissionLabel"_s);
    addRow(m_oneForm, Status, u"statusLabel"_s);
    addRow(m_oneForm, Created, u"createdLabel"_s);
    addRow(m_oneForm, Expires, u"expiresLabel"_s);
    addRow(m_oneForm, Notes, u"notesLabel"_s);
    addRow(m_oneForm, Score, u"scoreLabel"_s);
    addRow(m_oneForm, Feedback, u"feedbackLabel"_s);
    addRow(m_oneForm, Reason, u"reasonLabel"_s);
    m_fields[Email]->setTextFormat(Qt::RichText);
    m_fields[Email]->setTextInteractionFlags(LinkFlags);
    connect(m_fields[Email], &QLabel::linkActivated, this, &LeadDetailPane::openLink);

    auto *oneLayout = new QVBoxLayout(m_onePage);
    oneLayout->addWidget(m_name);
    oneLayout->addLayout(m_oneForm);
    oneLayout->addStretch();
    // Long notes scroll rather than push the pane's minimum height up.
    auto *oneScroll = new QScrollArea(this);
    oneScroll->setFrameShape(QFrame::NoFrame);
    oneScroll->setWidgetResizable(true);
    oneScroll->setWidget(m_onePage);

    // Several leads: how many, and what they add up to.
    m_severalPage = new QWidget(this);
    m_count = new QLabel(m_severalPage);
    m_count->setObjectName(u"countLabel"_s);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setFont(heading);
    m_severalForm = new QFormLayout;
    addRow(m_severalForm, TotalValue, u"totalValueLabel"_s);
    addRow(m_severalForm, TotalCommission, u"totalCommissionLabel"_s);
    auto *severalLayout = new QVBoxLayout(m_severalPage);
    severalLayout->addWidget(m_count);
    severalLayout->addLayout(m_severalForm);
    severalLayout->addStretch();

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(oneScroll);
    m_stack->addWidget(m_severalPage);

    retranslate();
}

LeadDetailPane::~LeadDetailPane() = default;

QLabel *LeadDetailPane::addRow(QFormLayout *form, int row, const QString &objectName)
{
    QWidget *page = form == m_oneForm ? m_onePage : m_severalPage;
    auto *field = new QLabel(page);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText); // user text is shown as typed, never as markup
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowLabels[row] = new QLabel(page);
    m_rowLabels[row]->setBuddy(field);
    m_fields[row] = field;
    form->addRow(m_rowLabels[row], field);
    return field;
}

void LeadDetailPane::showRow(int row, bool visible)
{
    if (row == Phone)
        m_oneForm->setRowVisible(m_phoneField, visible);
    else if (row == TotalValue || row == TotalCommission)
        m_severalForm->setRowVisible(m_fields[row], visible);
    else
        m_oneForm->setRowVisible(m_fields[row], visible);
}

void LeadDetailPane::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

QUrl LeadDetailPane::telUrl(const QString &phone)
{
    const auto e164 = normalizePhone(phone);
    if (!e164)
        return {};
    QString url = u"tel:"_s;
    url += *e164;
    return QUrl(url, QUrl::StrictMode);
}

QUrl LeadDetailPane::whatsAppUrl(const QString &phone)
{
    const auto e164 = normalizePhone(phone);
    if (!e164)
        return {};
    QString url = u"https://wa.me/"_s;
    url += QStringView(*e164).mid(1); // wa.me wants the digits without '+'
    return QUrl(url, QUrl::StrictMode);
}

void LeadDetailPane::setLeads(const QList<dto::Lead> &selected)
{
    m_leads = selected;
    if (m_leads.isEmpty())
        m_stack->setCurrentIndex(0);
    else if (m_leads.size() == 1)
        showOne(m_leads.constFirst());
    else
        showSeveral();
}

void LeadDetailPane::showOne(const dto::Lead &lead)
{
    // A value's own direction (a Latin name in the Arabic UI) must not move it to the other side
    // of its column: align to the layout's reading side, whatever the text.
    const Qt::Alignment side = Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_name->setAlignment(side);
    for (QLabel *field : m_fields) {
        if (field)
            field->setAlignment(side);
    }
    m_name->setText(lead.clientName);

    m_fields[Company]->setText(lead.company);
    showRow(Company, !lead.company.isEmpty());

    const QString email = lead.clientEmail.trimmed();
    if (isValidEmail(email)) {
        QUrl mailto;
        mailto.setScheme(u"mailto"_s);
        mailto.setPath(email);
        m_fields[Email]->setText(anchor(mailto, email.toHtmlEscaped()));
    } else {
        m_fields[Email]->setText(email.toHtmlEscaped());
    }
    showRow(Email, !email.isEmpty());

    const QUrl tel = telUrl(lead.clientPhone);
    const QUrl whatsApp = whatsAppUrl(lead.clientPhone);
    const bool linked = tel.isValid() && whatsApp.isValid();
    m_callLink->setText(linked ? anchor(tel, isolatedLtr(lead.clientPhone.trimmed()).toHtmlEscaped()) : QString());
    m_callLink->setToolTip(linked ? tr("Call this number") : QString());
    m_whatsAppLink->setText(linked ? anchor(whatsApp, tr("WhatsApp").toHtmlEscaped()) : QString());
    m_whatsAppLink->setToolTip(linked ? tr("Open a WhatsApp chat with this number") : QString());
    m_callLink->setVisible(linked);
    m_whatsAppLink->setVisible(linked);
    // A number we cannot dial is still worth reading.
    m_phone->setText(linked ? QString() : lead.clientPhone);
    m_phone->setVisible(!linked);
    showRow(Phone, !lead.clientPhone.trimmed().isEmpty());

    m_fields[Campaign]->setText(lead.campaignName);
    showRow(Campaign, !lead.campaignName.isEmpty());
    m_fields[Influencer]->setText(lead.influencerName);
    showRow(Influencer, !lead.influencerName.isEmpty());
    m_fields[Source]->setText(LeadsModel::sourceText(lead.source));
    m_fields[EstimatedValue]->setText(moneyText(lead.estimatedValueCents));
    m_fields[Commission]->setText(moneyText(lead.commissionCents));
    m_fields[Status]->setText(LeadsModel::statusText(lead.status));
    m_fields[Created]->setText(lead.createdAt > 0 ? dateText(lead.createdAt) : QString());
    showRow(Created, lead.createdAt > 0);
    m_fields[Expires]->setText(lead.expiresAt > 0 ? dateText(lead.expiresAt) : QString());
    showRow(Expires, lead.expiresAt > 0 && lead.status == LeadStatus::Pending);
    m_fields[Notes]->setText(lead.notes);
    showRow(Notes, !lead.notes.trimmed().isEmpty());

    const bool scored = lead.status == LeadStatus::Validated && lead.qualityScore.has_value();
    //: A lead's quality score, e.g. "7/10"
    m_fields[Score]->setText(scored ? tr("%1/10").arg(QLocale().toString(*lead.qualityScore)) : QString());
    showRow(Score, scored);
    m_fields[Feedback]->setText(lead.feedback);
    showRow(Feedback, lead.status == LeadStatus::Validated && !lead.feedback.isEmpty());
    m_fields[Reason]->setText(lead.rejectionReason);
    showRow(Reason, lead.status == LeadStatus::Rejected && !lead.rejectionReason.isEmpty());

    m_stack->setCurrentIndex(1);
}

void LeadDetailPane::showSeveral()
{
    qint64 value = 0;
    qint64 commission = 0;
    for (const dto::Lead &lead : std::as_const(m_leads)) {
        value += lead.estimatedValueCents;
        commission += lead.commissionCents;
    }
    m_count->setText(tr("%n leads selected", nullptr, int(m_leads.size())));
    m_fields[TotalValue]->setText(moneyText(value));
    m_fields[TotalCommission]->setText(moneyText(commission));
    m_stack->setCurrentIndex(2);
}

void LeadDetailPane::openLink(const QString &link)
{
    const QUrl url(link);
    if (!m_opener || !m_opener(url))
        Q_EMIT linkOpenFailed(url);
}

void LeadDetailPane::retranslate()
{
    m_hint->setText(tr("Select a lead to see its details"));
    m_rowLabels[Company]->setText(tr("Company:"));
    m_rowLabels[Email]->setText(tr("Email:"));
    m_rowLabels[Phone]->setText(tr("Phone:"));
    m_rowLabels[Campaign]->setText(tr("Campaign:"));
    m_rowLabels[Influencer]->setText(tr("Influencer:"));
    m_rowLabels[Source]->setText(tr("Source:"));
    m_rowLabels[EstimatedValue]->setText(tr("Estimated value:"));
    m_rowLabels[Commission]->setText(tr("Commission:"));
    m_rowLabels[Status]->setText(tr("Status:"));
    m_rowLabels[Created]->setText(tr("Received:"));
    m_rowLabels[Expires]->setText(tr("Expires:"));
    m_rowLabels[Notes]->setText(tr("Notes:"));
    m_rowLabels[Score]->setText(tr("Quality score:"));
    m_rowLabels[Feedback]->setText(tr("Feedback:"));
    m_rowLabels[Reason]->setText(tr("Rejection reason:"));
    m_rowLabels[TotalValue]->setText(tr("Total estimated value:"));
    m_rowLabels[TotalCommission]->setText(tr("Total commission:"));
    setLeads(m_leads); // statuses, sources, amounts and dates are translated / localised too
}

void LeadDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lm::client
