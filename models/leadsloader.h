#pragma once

#include "leadsmodel.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace lm::client {

/// Fills a LeadsModel from the cache without blocking the UI thread: a worker opens its own
/// connection to the cache file, reads and decodes every lead and prepares the rows
/// (LeadsModel::prepare); the model takes them on its own thread.
///
/// One read at a time: a load asked for while another runs waits for it (the running one's
/// result is shown meanwhile: it is only a moment older), and any further requests collapse into
/// that waiting one. So a burst of reloads costs at most two reads, and the last state wins.
class LeadsLoader final : public QObject
{
    Q_OBJECT

public:
    explicit LeadsLoader(LeadsModel *model, QObject *parent = nullptr);
    /// Waits for a running read (its result is dropped).
    ~LeadsLoader() override;

    void load(const QString &cacheFile);
    /// Drops the running read's result and the waiting request (the model keeps what it has).
    void cancel();
    /// A read runs or waits: more loaded() signals are coming.
    bool isLoading() const { return m_running || m_waiting.has_value(); }

Q_SIGNALS:
    /// The model holds what the cache held when the delivered read started; isLoading() tells
    /// whether a newer read follows.
    void loaded(int count);
    /// The cache could not be read; the model keeps what it had.
    void failed(const QString &message);

private:
    void start(const QString &cacheFile);

    LeadsModel *m_model;
    QThreadPool m_pool;
    std::atomic<quint64> m_generation{0};
    bool m_running = false;
    std::optional<QString> m_waiting;
};

} // namespace lm::client
