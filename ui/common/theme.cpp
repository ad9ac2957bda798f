#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QStyleFactory>

namespace Taktline {

namespace {

// One place for colours; the rail is dark so the page content reads as the main surface.
const char *StyleSheet = R"(
QMainWindow, QDialog { background: #f4f6f9; }
#navigationRail { background: #1d2a38; border: none; }
#navigationRail QToolButton {
    color: #c9d4e0; background: transparent; border: none; border-radius: 8px;
    padding: 8px 4px; margin: 2px 6px; min-height: 56px; font-size: 12px;
}
#navigationRail QToolButton:hover { background: #2a3b4e; color: #ffffff; }
#navigationRail QToolButton:checked { background: #2f7dd1; color: #ffffff; }
#railBrand { color: #ffffff; font-weight: bold; font-size: 15px; padding: 14px 4px 10px 4px; }
#pageHeader { background: #ffffff; border-bottom: 1px solid #dde3ea; }
#pageTitle { font-size: 20px; font-weight: 600; color: #1d2a38; }
#pageSubtitle { color: #5b6b7c; }
#demoBadge { background: #f0a202; color: #1d2a38; border-radius: 4px; padding: 2px 8px;
             font-weight: bold; }
#stateBadge { background: #e3edf9; color: #1f5fa8; border-radius: 4px; padding: 2px 8px;
              font-weight: 600; }
QTabWidget::pane { border: 1px solid #dde3ea; background: #ffffff; border-radius: 4px; }
QTabBar::tab { padding: 8px 16px; min-width: 72px; }
QTabBar::tab:selected { color: #2f7dd1; font-weight: 600; }
QPushButton { padding: 6px 14px; min-height: 24px; border-radius: 4px;
              border: 1px solid #c3ccd6; background: #ffffff; }
QPushButton:hover { background: #eef3f8; }
QPushButton:default, QPushButton[primary="true"] { background: #2f7dd1; color: #ffffff;
              border-color: #2f7dd1; }
QPushButton:disabled { color: #9aa6b2; background: #f1f3f5; }
QLineEdit, QComboBox, QSpinBox { padding: 5px 6px; border: 1px solid #c3ccd6;
              border-radius: 4px; background: #ffffff; min-height: 20px; }
QLineEdit:focus, QComboBox:focus { border-color: #2f7dd1; }
QTableView { background: #ffffff; alternate-background-color: #f7f9fb; border: none;
             gridline-color: #e6eaef; selection-background-color: #d6e6f8;
             selection-color: #1d2a38; }
QHeaderView::section { background: #eef2f6; padding: 6px; border: none;
             border-right: 1px solid #dde3ea; border-bottom: 1px solid #dde3ea; font-weight: 600; }
#messageBanner[kind="error"] { background: #fdecea; border: 1px solid #f5c2bd; border-radius: 4px; }
#messageBanner[kind="success"] { background: #e8f5e9; border: 1px solid #b9dfbb; border-radius: 4px; }
#messageBanner[kind="info"] { background: #e8f1fb; border: 1px solid #bcd5f2; border-radius: 4px; }
#placeholderCard { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }
#placeholderTitle { font-size: 18px; font-weight: 600; color: #1d2a38; }
#placeholderNote { color: #5b6b7c; }
QGroupBox { background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px;
            margin-top: 14px; padding: 14px 10px 10px 10px; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
)";

} // namespace

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = QApplication::font();
    // Prefer fonts with complete CJK coverage; the first one installed wins.
    const QStringList families = QFontDatabase::families();
    for (const char *candidate : {"Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC",
                                  "Source Han Sans SC", "WenQuanYi Micro Hei"}) {
        if (families.contains(QString::fromLatin1(candidate))) {
            font.setFamilies({QString::fromLatin1(candidate)});
            break;
        }
    }
    font.setPointSizeF(10.5);
    QApplication::setFont(font);
    app.setStyleSheet(QString::fromLatin1(StyleSheet));
}

} // namespace Taktline
