#include "problemlabel.h"

#include "levellook.h"

#include <alertlevel.h>

#include <QLabel>
#include <QPalette>

namespace lm::client {

QLabel *newProblemLabel(const QString &objectName, QWidget *parent, ProblemWrap wrap)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(wrap == ProblemWrap::Wrapped);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, LevelLook::textColour(AlertLevel::Critical, palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace lm::client
