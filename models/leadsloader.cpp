#include "leadsloader.h"

#include "cache.h"

#include <QMetaObject>

#include <memory>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace lm::client {

LeadsLoader::LeadsLoader(LeadsModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("leads-loader"));
}

LeadsLoader::~LeadsLoader()
{
    ++m_generation;
    m_pool.waitForDone();
}

void LeadsLoader::load(const QString &cacheFile)
{
    if (m_running) {
        m_waiting = cacheFile;
        return;
    }
    start(cacheFile);
}

void LeadsLoader::cancel()
{
    ++m_generation;
    m_waiting.reset();
}

void LeadsLoader::start(const QString &cacheFile)
{
    m_running = true;
    const quint64 generation = m_generation;
    m_pool.start([this, cacheFile, generation] {
        auto prepared = std::make_shared<LeadsModel::Prepared>();
        QString problem;
        if (generation == m_generation) { // not cancelled before it started
            Cache cache(cacheFile);
            const auto opened = cache.open();
            if (opened.ok())
                *prepared = LeadsModel::prepare(cache.leads());
            else
                problem = opened.error();
        }
#ifdef __GLIBC__
        // This thread's malloc arena is left with the reading's freed buffers in between the
        // leads' strings: hand those pages back (DESIGN.md: < 150 MB with 100,000 leads).
        malloc_trim(0);
#endif
        // Delivered on the loader's thread; dropped with the loader if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, prepared, problem, generation] {
                m_running = false;
                if (m_waiting) {
                    const QString next = *std::exchange(m_waiting, std::nullopt);
                    start(next);
                }
                if (generation != m_generation)
                    return;
                if (!problem.isEmpty()) {
                    Q_EMIT failed(problem);
                    return;
                }
                const int count = int(prepared->leads.size());
                m_model->setPrepared(std::move(*prepared));
                Q_EMIT loaded(count);
            },
            Qt::QueuedConnection);
    });
}

} // namespace lm::client
