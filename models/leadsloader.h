#pragma once

#include "leadsmodel.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>

namespace lm::client {

/// Fills a LeadsModel from the cache without blocking the UI thread: a worker opens its own
/// connection to the cache file, reads and decodes every lead and prepares the rows
/// (LeadsModel::prepare); the model takes them on its own thread. A load started while another
/// runs supersedes it: only the latest result reaches the model.
class LeadsLoader final : public QObject
{
    Q_OBJECT

public:
    explicit LeadsLoader(LeadsModel *model, QObject *parent = nullptr);
    /// Waits for a running load (its result is dropped).
    ~LeadsLoader() override;

    void load(const QString &cacheFile);
    /// Drops the result of any running load (the model keeps what it has).
    void cancel() { ++m_generation; }
    bool isLoading() const { return m_running > 0; }

Q_SIGNALS:
    /// The model holds what the cache held when the latest load started.
    void loaded(int count);
    /// The cache could not be read; the model keeps what it had.
    void failed(const QString &message);

private:
    LeadsModel *m_model;
    QThreadPool m_pool;
    std::atomic<quint64> m_generation{0};
    int m_running = 0;
};

} // namespace lm::client
