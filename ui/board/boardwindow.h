#pragma once

#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace Taktline {

class BoardMachineGrid;
class BoardService;
class BoardTable;

// The wall board (车间看板): a full-screen, read-only window for a TV on the shop floor that turns
// through its pages — the machine grid, hourly output against target, today's orders and what
// is late, the open andon calls — and repaints only what the facts arriving change.
class BoardWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class PageKind { Machines, Hourly, Orders, Andon };
    static QString pageKey(PageKind page); // "machines"
    // "machines,hourly,orders,andon" in any order and subset; nullopt (and ERROR) if unknown.
    static std::optional<QList<PageKind>> pagesFromText(const QString &text, QString *error);
    static QList<PageKind> allPages();

    BoardWindow(BoardService *service, const QList<PageKind> &pages, int seconds,
                QWidget *parent = nullptr);

    void next(); // the next page now (the rotation timer calls it)
    void showPage(PageKind page);
    PageKind currentPage() const;
    int currentIndex() const;
    int pageCount() const { return int(m_pages.size()); }
    QString pageIndicatorText() const;
    QTimer *rotationTimer() const { return m_rotation; }
    // Moves the clock, the times in status and the flashing frames (twice a second).
    void tick();

    BoardMachineGrid *machineGrid() const { return m_grid; }
    BoardTable *hourlyTable() const { return m_hourly; }
    BoardTable *ordersTable() const { return m_orders; }
    BoardTable *callsTable() const { return m_calls; }
    QString errorText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void showHeader();
    void refreshTiles(const QSet<QString> &machineIds);

    BoardService *m_service;
    QList<PageKind> m_pages;
    QLabel *m_title;
    QLabel *m_pageTitle;
    QLabel *m_indicator;
    QLabel *m_clock;
    QLabel *m_error;
    QStackedWidget *m_stack;
    BoardMachineGrid *m_grid;
    BoardTable *m_hourly;
    BoardTable *m_orders;
    BoardTable *m_calls;
    QTimer *m_rotation;
    QTimer *m_ticker;
    bool m_flashOn = false;
};

} // namespace Taktline
