#pragma once

#include <QString>

#include <initializer_list>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace lm::client {

/// One line of an account form: its edit, and the problem label beneath it (hidden until there
/// is something to say).
struct FormField
{
    QLineEdit *edit = nullptr;
    QLabel *problem = nullptr;
};

/// Adds "caption edit" and the problem row under it to `form`; the edit is named `name` + "Edit",
/// its problem `name` + "Problem", and its accessible name is `accessibleName`.
FormField addFormField(QFormLayout *form, QWidget *parent, const QString &caption, const QString &name,
                       const QString &accessibleName, bool password = false);
/// Shows `text` under its field (hides it when empty); the server's own words in its tooltip.
void showFieldProblem(const FormField &field, const QString &text, const QString &serverReason = {});
/// The first field with a problem shown takes the focus, its text selected; false when none has.
bool focusFirstProblem(std::initializer_list<FormField> fields);
/// The dialog's status line: what it is doing, what the server said (wrapped, hidden when empty).
QLabel *newStatusLabel(QWidget *parent);
void showStatus(QLabel *status, const QString &text, bool problem = false);
/// Ok and Cancel, Ok the default button with `okText`, named okButton and cancelButton.
QDialogButtonBox *newDialogButtons(QDialog *dialog, const QString &okText);

} // namespace lm::client
