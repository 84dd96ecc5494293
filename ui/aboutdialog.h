#pragma once

#include <QDialog>

namespace lm::client {

/// Name, version, what the program is, where its logs are.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace lm::client
