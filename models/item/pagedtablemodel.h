#pragma once

#include "domain/outcome.h"

#include <QAbstractTableModel>
#include <QList>

namespace Taktline {

// The signal every paged table sends; a class of its own because a template cannot declare
// signals.
class PagedTableSignals : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void errorOccurred(const QString &message);
};

// A table read from SQL page by page as the view scrolls, so a list of a hundred thousand rows
// opens as fast as one of ten. A subclass says how many rows its filter matches and how to
// read one page of them; refresh() and fetchMore() do the rest.
template<typename Row>
class PagedTableModel : public PagedTableSignals
{
public:
    static constexpr int PageSize = 200;

    int totalCount() const { return m_total; }

    // Reads the count and the first page again. The first page is read inside the reset, so
    // views (and anyone calling fetchMore() while the reset is announced) never see an empty
    // list that is about to fill.
    void refresh()
    {
        m_resetting = true;
        beginResetModel();
        m_rows.clear();
        const Result<int> total = countRows();
        m_total = total ? total.value() : 0;
        if (!total)
            emit errorOccurred(total.error());
        if (m_total > 0) {
            const Result<QList<Row>> page = readPage(0, PageSize);
            if (page)
                m_rows = page.value();
            else
                emit errorOccurred(page.error());
            if (!page || page.value().size() < PageSize)
                m_total = static_cast<int>(m_rows.size());
        }
        endResetModel();
        m_resetting = false;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_resetting)
            return;
        const Result<QList<Row>> page = readPage(static_cast<int>(m_rows.size()), PageSize);
        if (!page) {
            emit errorOccurred(page.error());
            m_total = static_cast<int>(m_rows.size());
            return;
        }
        if (page.value().isEmpty()) {
            m_total = static_cast<int>(m_rows.size()); // the list shrank meanwhile
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.value().size()) - 1);
        m_rows.append(page.value());
        endInsertRows();
    }

protected:
    using PagedTableSignals::PagedTableSignals;

    // How many rows the current filter matches, or why they cannot be counted.
    virtual Result<int> countRows() const = 0;
    // Up to LIMIT rows from OFFSET in the current filter's order.
    virtual Result<QList<Row>> readPage(int offset, int limit) const = 0;

    const QList<Row> &rows() const { return m_rows; }
    QList<Row> &rows() { return m_rows; }

private:
    QList<Row> m_rows;
    int m_total = 0;
    bool m_resetting = false; // inside refresh(): the first page is read there
};

} // namespace Taktline
