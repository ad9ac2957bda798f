#include "board/boardwindow.h"

#include "board/boardmachinegrid.h"
#include "board/boardrows.h"
#include "board/boardstyle.h"
#include "board/boardtable.h"
#include "services/board/boardservice.h"
#include "services/workspace.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>

namespace Taktline {

QString BoardWindow::pageKey(PageKind page)
{
    switch (page) {
    case PageKind::Machines:
        return QStringLiteral("machines");
    case PageKind::Hourly:
        return QStringLiteral("hourly");
    case PageKind::Orders:
        return QStringLiteral("orders");
    case PageKind::Andon:
        return QStringLiteral("andon");
    }
    return {};
}

QList<BoardWindow::PageKind> BoardWindow::allPages()
{
    return {PageKind::Machines, PageKind::Hourly, PageKind::Orders, PageKind::Andon};
}

std::optional<QList<BoardWindow::PageKind>> BoardWindow::pagesFromText(const QString &text,
                                                                       QString *error)
{
    QList<PageKind> pages;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower();
        bool known = false;
        for (const PageKind page : allPages()) {
            if (pageKey(page) == key) {
                known = true;
                if (!pages.contains(page))
                    pages.append(page);
            }
        }
        if (!known) {
            if (error)
                *error = tr("Unknown board page %1: use machines, hourly, orders and andon.")
                             .arg(part.trimmed());
            return std::nullopt;
        }
    }
    if (pages.isEmpty()) {
        if (error)
            *error = tr("Name at least one board page: machines, hourly, orders or andon.");
        return std::nullopt;
    }
    return pages;
}

BoardWindow::BoardWindow(BoardService *service, const QList<PageKind> &pages, int seconds,
                         QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_pages(pages.isEmpty() ? allPages() : pages)
    , m_title(new QLabel(this))
    , m_pageTitle(new QLabel(this))
    , m_indicator(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new BoardMachineGrid(this))
    , m_hourly(new BoardTable(this))
    , m_orders(new BoardTable(this))
    , m_calls(new BoardTable(this))
    , m_rotation(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("boardWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(boardStyleSheet());
    setWindowTitle(tr("Taktline wall board"));
    m_title->setObjectName(QStringLiteral("boardTitle"));
    m_pageTitle->setObjectName(QStringLiteral("boardPageTitle"));
    m_indicator->setObjectName(QStringLiteral("boardIndicator"));
    m_clock->setObjectName(QStringLiteral("boardClock"));
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(32);
    header->addWidget(m_title);
    header->addWidget(m_pageTitle, 1);
    header->addWidget(m_indicator);
    header->addWidget(m_clock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);
    for (const PageKind page : std::as_const(m_pages)) {
        switch (page) {
        case PageKind::Machines:
            m_stack->addWidget(m_grid);
            break;
        case PageKind::Hourly:
            m_stack->addWidget(m_hourly);
            break;
        case PageKind::Orders:
            m_stack->addWidget(m_orders);
            break;
        case PageKind::Andon:
            m_stack->addWidget(m_calls);
            break;
        }
    }
    // Pages not asked for stay unparented children, hidden.
    for (QWidget *page : {static_cast<QWidget *>(m_grid), static_cast<QWidget *>(m_hourly),
                          static_cast<QWidget *>(m_orders), static_cast<QWidget *>(m_calls)}) {
        if (m_stack->indexOf(page) < 0)
            page->hide();
    }

    connect(service, &BoardService::loaded, this, &BoardWindow::rebuild);
    connect(service, &BoardService::tilesChanged, this, &BoardWindow::refreshTiles);
    connect(service, &BoardService::linesChanged, this, [this] {
        BoardRows::showHourly(*m_hourly, m_service->snapshot(),
                              m_service->workspace()->clock().nowMs());
    });
    connect(service, &BoardService::ordersChanged, this,
            [this] { BoardRows::showOrders(*m_orders, m_service->snapshot()); });
    connect(service, &BoardService::callsChanged, this, [this] {
        BoardRows::showCalls(*m_calls, m_service->snapshot(),
                             m_service->workspace()->clock().nowMs());
    });
    connect(service, &BoardService::failed, this, [this](const QString &message) {
        m_error->setText(tr("The board cannot read the newest facts: %1").arg(message));
        m_error->show();
    });
    connect(m_rotation, &QTimer::timeout, this, &BoardWindow::next);
    connect(m_ticker, &QTimer::timeout, this, &BoardWindow::tick);
    m_rotation->start(std::max(1, seconds) * 1000);
    m_ticker->start(500);
    rebuild();
}

void BoardWindow::rebuild()
{
    const BoardSnapshot &snapshot = m_service->snapshot();
    const qint64 now = m_service->workspace()->clock().nowMs();
    m_grid->rebuild(snapshot);
    BoardRows::showHourly(*m_hourly, snapshot, now);
    BoardRows::showOrders(*m_orders, snapshot);
    BoardRows::showCalls(*m_calls, snapshot, now);
    showHeader();
    tick();
}

void BoardWindow::refreshTiles(const QSet<QString> &machineIds)
{
    m_grid->refresh(m_service->snapshot(), machineIds);
}

void BoardWindow::next()
{
    // A factory with more machines than a screen holds shows them screen by screen first.
    if (currentPage() == PageKind::Machines &&
        m_grid->currentScreen() + 1 < m_grid->screenCount()) {
        m_grid->showScreen(m_grid->currentScreen() + 1);
    } else {
        m_stack->setCurrentIndex((m_stack->currentIndex() + 1) % std::max(1, m_stack->count()));
        m_grid->showScreen(0);
    }
    showHeader();
}

void BoardWindow::showPage(PageKind page)
{
    if (const int index = int(m_pages.indexOf(page)); index >= 0) {
        m_stack->setCurrentIndex(index);
        showHeader();
    }
}

BoardWindow::PageKind BoardWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex(), PageKind::Machines);
}

int BoardWindow::currentIndex() const
{
    return m_stack->currentIndex();
}

QString BoardWindow::pageIndicatorText() const
{
    QString dots;
    for (int i = 0; i < m_stack->count(); ++i)
        dots += i == m_stack->currentIndex() ? QStringLiteral("●") : QStringLiteral("○");
    return dots;
}

QString BoardWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BoardWindow::showHeader()
{
    const QString workshop = m_service->snapshot().workshop;
    m_title->setText(workshop.isEmpty() ? tr("Wall board") : tr("Wall board · %1").arg(workshop));
    switch (currentPage()) {
    case PageKind::Machines:
        m_pageTitle->setText(
            m_grid->screenCount() > 1
                ? tr("Machines %1/%2").arg(m_grid->currentScreen() + 1).arg(m_grid->screenCount())
                : tr("Machines"));
        break;
    case PageKind::Hourly:
        m_pageTitle->setText(tr("Output per hour: done / target"));
        break;
    case PageKind::Orders:
        m_pageTitle->setText(tr("Orders due today and late"));
        break;
    case PageKind::Andon:
        m_pageTitle->setText(
            tr("Andon calls (%n open)", nullptr, int(m_service->snapshot().calls.size())));
        break;
    }
    m_indicator->setText(pageIndicatorText());
}

void BoardWindow::tick()
{
    m_flashOn = !m_flashOn;
    const qint64 now = m_service->workspace()->clock().nowMs();
    m_clock->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(now).time(), QStringLiteral("HH:mm")));
    m_grid->tick(m_service->snapshot(), now, m_flashOn);
    if (currentPage() == PageKind::Andon)
        BoardRows::showCalls(*m_calls, m_service->snapshot(), now); // the waiting times move
    showHeader();
}

void BoardWindow::keyPressEvent(QKeyEvent *event)
{
    // A keyboard is rarely at hand; when it is, Esc closes and the arrows turn the pages.
    if (event->key() == Qt::Key_Escape)
        close();
    else if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Space)
        next();
    else
        QWidget::keyPressEvent(event);
}

} // namespace Taktline
