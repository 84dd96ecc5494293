#include "problemlabel.h"

#include "levellook.h"

#include <alertlevel.h>

#include <QDialog>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QScreen>

#include <algorithm>

namespace lm::client {

namespace {

/// Refits its dialog when it is shown and whenever its layout asks for room.
class DialogFitter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *dialog = static_cast<QDialog *>(watched);
        if (event->type() == QEvent::Show || (event->type() == QEvent::LayoutRequest && dialog->isVisible()))
            fitToContents(dialog);
        return false;
    }
};

QRect availableArea(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 960, 600);
}

} // namespace

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

void fitToContents(QDialog *dialog)
{
    if (!dialog->isVisible())
        return; // fitted when it is shown (keepFitted)
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const QRect area = availableArea(dialog);
    // The window manager's frame (known once shown) comes out of the room the screen gives.
    const QSize frame = dialog->isVisible() ? dialog->frameGeometry().size() - dialog->size() : QSize();
    const int mostWidth = std::max(area.width() - frame.width(), 1);
    const int mostHeight = std::max(area.height() - frame.height(), 1);
    const auto heightAt = [layout](int width) {
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    };

    int width = std::max({dialog->width(), layout->totalMinimumSize().width(),
                          std::min(layout->totalSizeHint().width(), mostWidth)});
    width = std::min(width, mostWidth);
    // Wrapped lines that would run off the bottom of the screen get a wider dialog instead.
    while (heightAt(width) > mostHeight && width < mostWidth)
        width = std::min(mostWidth, width + std::max(width / 5, 40));
    const int height = std::min(std::max(heightAt(width), layout->totalMinimumSize().height()), mostHeight);

    const QSize wanted(std::max(width, dialog->width()), std::max(height, dialog->height()));
    if (wanted != dialog->size())
        dialog->resize(wanted);
    if (!dialog->isVisible())
        return;
    // Grown past the screen's edge: back inside, so that every button stays within reach.
    QRect placed = dialog->frameGeometry();
    placed.moveRight(std::min(placed.right(), area.right()));
    placed.moveBottom(std::min(placed.bottom(), area.bottom()));
    placed.moveLeft(std::max(placed.left(), area.left()));
    placed.moveTop(std::max(placed.top(), area.top()));
    if (placed.topLeft() != dialog->frameGeometry().topLeft())
        dialog->move(placed.topLeft());
}

void keepFitted(QDialog *dialog)
{
    dialog->installEventFilter(new DialogFitter(dialog));
}

void setMinimumCharacters(QWidget *field, int characters)
{
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * characters);
}

} // namespace lm::client
