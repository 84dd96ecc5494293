#include "accountform.h"

#include "levellook.h"
#include "problemlabel.h"

#include <alertlevel.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lm::client {

FormField addFormField(QFormLayout *form, QWidget *parent, const QString &caption, const QString &name,
                       const QString &accessibleName, bool password)
{
    FormField field;
    field.edit = new QLineEdit(parent);
    field.edit->setObjectName(name + u"Edit"_s);
    field.edit->setAccessibleName(accessibleName);
    if (password)
        field.edit->setEchoMode(QLineEdit::Password);
    setMinimumCharacters(field.edit, 28); // never squashed by the captions beside them
    field.problem = newProblemLabel(name + u"Problem"_s, parent);
    auto *label = new QLabel(caption, parent);
    label->setBuddy(field.edit);
    form->addRow(label, field.edit);
    form->addRow(QString(), field.problem);
    // What was wrong is gone once the user changes it.
    QObject::connect(field.edit, &QLineEdit::textEdited, field.problem, [problem = field.problem] { problem->hide(); });
    return field;
}

void showFieldProblem(const FormField &field, const QString &text, const QString &serverReason)
{
    field.problem->setText(text);
    field.problem->setToolTip(serverReason);
    field.problem->setVisible(!text.isEmpty());
}

bool focusFirstProblem(std::initializer_list<FormField> fields)
{
    for (const FormField &field : fields) {
        if (!field.problem->isHidden() && field.edit->isEnabled()) {
            field.edit->setFocus();
            field.edit->selectAll();
            return true;
        }
    }
    return false;
}

QLabel *newStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"statusLabel"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showStatus(QLabel *status, const QString &text, bool problem)
{
    // A problem in the critical colour of the problem labels; progress and news in the usual one.
    QPalette palette = status->parentWidget() ? status->parentWidget()->palette() : QPalette();
    if (problem)
        palette.setColor(QPalette::WindowText, LevelLook::textColour(AlertLevel::Critical, palette));
    status->setPalette(palette);
    status->setText(text);
    status->setVisible(!text.isEmpty());
}

QDialogButtonBox *newDialogButtons(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setText(okText);
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace lm::client
