#include "refusedleadspanel.h"

#include <outboxmodel.h>

#include <QHBoxLayout>

#include <algorithm>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

RefusedLeadsPanel::RefusedLeadsPanel(OutboxModel &outbox, QWidget *parent)
    : QFrame(parent), m_outbox(outbox), m_title(new QLabel(this)), m_rows(new QVBoxLayout)
{
    setObjectName(u"refusedLeadsPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    // A warm tint that reads in light and dark palettes; the text keeps the palette's colour.
    setStyleSheet(u"#refusedLeadsPanel { border: 1px solid #c62828; border-radius: 4px; }"_s);
    m_title->setObjectName(u"refusedTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);

    connect(&outbox, &QAbstractItemModel::modelReset, this, [this] { rebuild(); });
    connect(&outbox, &QAbstractItemModel::dataChanged, this, [this] { rebuild(); });
    rebuild(true);
}

void RefusedLeadsPanel::setEditing(qint64 outboxId)
{
    if (m_editing == outboxId)
        return;
    m_editing = outboxId;
    rebuild(true);
}

void RefusedLeadsPanel::rebuild(bool force)
{
    QList<OutboxEntry> refused;
    for (int row = 0; row < m_outbox.rowCount(); ++row) {
        const OutboxEntry &entry = m_outbox.entryAt(row);
        if (entry.kind == OutboxEntry::Kind::CreateLead && entry.status == OutboxEntry::Status::Failed)
            refused.append(entry);
    }
    const bool editingGone = m_editing != 0 && std::none_of(refused.cbegin(), refused.cend(), [this](const OutboxEntry &e) {
        return e.id == m_editing;
    });
    if (editingGone)
        m_editing = 0;
    if (refused == m_refused && !force && !editingGone)
        return;
    m_refused = refused;

    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_title->setText(tr("%n lead(s) refused by the server: fix and send again, or discard.", nullptr,
                        int(m_refused.size())));
    for (const OutboxEntry &entry : std::as_const(m_refused)) {
        auto *row = new QWidget(this);
        row->setObjectName(u"refusedLead%1"_s.arg(entry.id));
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        const QString name = entry.body.value("client_name"_L1).toString();
        text->setText(entry.id == m_editing ? tr("%1 — being fixed in the form below. Why it was refused: %2").arg(name, entry.errorMessage)
                                            : tr("%1 — %2").arg(name, entry.errorMessage));
        auto *fix = new QPushButton(tr("Fix and send again"), row);
        fix->setObjectName(u"fixButton"_s);
        fix->setEnabled(entry.id != m_editing);
        fix->setAccessibleName(tr("Fix and send again the lead for %1").arg(name));
        auto *discard = new QPushButton(tr("Discard"), row);
        discard->setObjectName(u"discardButton"_s);
        discard->setAccessibleName(tr("Discard the refused lead for %1").arg(name));
        connect(fix, &QPushButton::clicked, this, [this, entry] { Q_EMIT fixRequested(entry); });
        connect(discard, &QPushButton::clicked, this, [this, id = entry.id] { Q_EMIT discardRequested(id); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(text, 1);
        layout->addWidget(fix);
        layout->addWidget(discard);
        m_rows->addWidget(row);
    }
    setVisible(!m_refused.isEmpty());
}

} // namespace lm::client
