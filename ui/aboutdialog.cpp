#include "aboutdialog.h"

#include "logging.h"
#include "problemlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About LeadMarket"));
    auto *title = new QLabel(u"<h2>LeadMarket</h2>"_s, this);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(LEADMARKET_VERSION)), this);
    version->setObjectName(u"versionLabel"_s);
    auto *text = new QLabel(tr("The pay-per-lead marketplace for services in Morocco: influencers bring clients, "
                               "merchants pay only for the leads they validate."),
                            this);
    text->setWordWrap(true);
    auto *logs = new QLabel(tr("Log file: %1").arg(logFilePath()), this);
    logs->setObjectName(u"logLabel"_s);
    logs->setWordWrap(true);
    logs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(version);
    layout->addWidget(text);
    layout->addWidget(logs);
    layout->addWidget(buttons);
    keepFitted(this);
}

} // namespace lm::client
