#include "columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace lm::client {

namespace {

/// The narrowest a column that gives way gets: about eight characters, or its whole text if shorter.
constexpr int FloorCharacters = 8;

} // namespace

bool ColumnFit::isFigure(int column) const
{
    // Amounts, percentages and counts are aligned to the right, and never cut.
    const QAbstractItemModel *model = m_view->model();
    if (model->rowCount() == 0)
        return false;
    const QVariant value = model->index(0, column).data(Qt::TextAlignmentRole);
    const Qt::Alignment alignment = value.metaType() == QMetaType::fromType<Qt::Alignment>()
        ? value.value<Qt::Alignment>()
        : Qt::Alignment::fromInt(value.toInt());
    return alignment.testFlag(Qt::AlignRight) || alignment.testFlag(Qt::AlignTrailing);
}

ColumnFit *ColumnFit::of(QTableView *view)
{
    if (auto *existing = view->findChild<ColumnFit *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ColumnFit(view);
}

ColumnFit::ColumnFit(QTableView *view) : QObject(view), m_view(view)
{
    view->viewport()->installEventFilter(this);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const auto later = [this] { refit(); };
    QAbstractItemModel *model = view->model();
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
    }
    connect(view->horizontalHeader(), &QHeaderView::sectionCountChanged, this, later);
    refit();
}

void ColumnFit::keepWhole(int column)
{
    m_whole.insert(column);
    refit();
}

void ColumnFit::setFillColumn(int column)
{
    m_fill = column;
    refit();
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        refit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::refit()
{
    // Many changes in one go (a sync, a resize drag) make one fit, after them.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

void ColumnFit::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (!m_view->isVisible() || available <= 0 || !m_view->model())
        return;
    // Each column lies between a floor and what it wants: a column kept whole (a name, a figure)
    // never below its text, though its header may elide; the others down to about eight characters.
    struct Column
    {
        int index;
        int floor;
        int want;
    };
    QList<Column> columns;
    int last = -1;
    const int floorWidth = std::max(m_view->fontMetrics().averageCharWidth() * FloorCharacters,
                                    header->minimumSectionSize());
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        last = column;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const int content = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
        const int want = std::max(header->sectionSizeHint(column), content);
        const bool whole = m_whole.contains(column) || isFigure(column);
        const int floor = whole && content > 0 ? std::max(content, header->minimumSectionSize())
                                               : std::min(want, floorWidth);
        columns.append({column, std::min(floor, want), want});
    }
    // Each column gets clamp(cap, floor, want), with the largest cap that fits.
    const auto widthAt = [&columns](int cap) {
        int total = 0;
        for (const Column &c : columns)
            total += std::clamp(cap, c.floor, c.want);
        return total;
    };
    int low = 0;
    int high = available;
    for (const Column &c : columns)
        high = std::max(high, c.want);
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (widthAt(mid) <= available)
            low = mid;
        else
            high = mid - 1;
    }
    int used = 0;
    for (const Column &c : columns) {
        const int width = std::clamp(low, c.floor, c.want);
        header->resizeSection(c.index, width);
        used += width;
    }
    // What is left goes to the fill column (a stretched last section takes it by itself).
    const int fill = m_fill >= 0 && !header->isSectionHidden(m_fill) ? m_fill : last;
    if (fill >= 0 && used < available && !(fill == last && header->stretchLastSection()))
        header->resizeSection(fill, header->sectionSize(fill) + available - used);
}

} // namespace lm::client
