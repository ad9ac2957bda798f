#include "common/theme.h"

#include "item/palette.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QtDebug>

namespace Taktline {

namespace {

// The rail is dark so the page content reads as the main surface.
constexpr QStringView StyleSheet = uR"(
QMainWindow, QDialog { background: @window; }
#navigationRail { background: @ink; border: none; }
#navigationRail QToolButton {
    color: @railText; background: transparent; border: none; border-radius: 8px;
    padding: 6px 4px; margin: 1px 6px; min-height: 52px; font-size: 12px;
}
#navigationRail QToolButton:hover { background: @railHover; color: @white; }
#navigationRail QToolButton:checked { background: @accent; color: @white; }
#railBrand { color: @white; font-weight: bold; font-size: 15px; padding: 14px 4px 10px 4px; }
#pageHeader { background: @white; border-bottom: 1px solid @border; }
#pageTitle { font-size: 20px; font-weight: 600; color: @ink; }
#pageSubtitle { color: @muted; }
#demoBadge { background: @amber; color: @ink; border-radius: 4px; padding: 2px 8px;
             font-weight: bold; }
#stateBadge { background: @accentFill; color: @accentText; border-radius: 4px; padding: 2px 8px;
              font-weight: 600; }
QTabWidget::pane { border: 1px solid @border; background: @white; border-radius: 4px; }
QTabBar::tab { padding: 8px 16px; min-width: 72px; }
QTabBar::tab:selected { color: @accent; font-weight: 600; }
QPushButton { padding: 6px 14px; min-height: 24px; border-radius: 4px;
              border: 1px solid @inputBorder; background: @white; }
QPushButton:hover { background: @hoverFill; }
QPushButton:default, QPushButton[primary="true"] { background: @accent; color: @white;
              border-color: @accent; }
QPushButton:disabled { color: @disabled; background: @disabledFill; }
QPushButton::menu-indicator { image: url(:/icons/arrows/down.svg); width: 10px; height: 6px;
              subcontrol-origin: padding; subcontrol-position: center right; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QTimeEdit { padding: 5px 6px;
              border: 1px solid @inputBorder; border-radius: 4px; background: @white;
              min-height: 20px; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QTimeEdit:focus {
              border-color: @accent; }
QSpinBox QLineEdit, QDoubleSpinBox QLineEdit, QTimeEdit QLineEdit, QComboBox QLineEdit {
              border: none; padding: 0; margin: 0; background: transparent; min-height: 0; }
QComboBox { padding-right: 28px; }
QComboBox::drop-down { subcontrol-origin: border; subcontrol-position: center right; width: 24px;
              border: none; border-left: 1px solid @inputBorder; }
QComboBox::down-arrow { image: url(:/icons/arrows/down.svg); width: 10px; height: 6px; }
QComboBox::down-arrow:disabled { image: url(:/icons/arrows/down-disabled.svg); }
QSpinBox, QDoubleSpinBox, QTimeEdit { padding-right: 26px; }
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button, QTimeEdit::up-button, QTimeEdit::down-button {
              subcontrol-origin: border; width: 22px; border: none;
              border-left: 1px solid @inputBorder; background: transparent; }
QSpinBox::up-button, QDoubleSpinBox::up-button, QTimeEdit::up-button {
              subcontrol-position: top right; border-bottom: 1px solid @inputBorder; }
QSpinBox::down-button, QDoubleSpinBox::down-button, QTimeEdit::down-button {
              subcontrol-position: bottom right; }
QSpinBox::up-button:hover, QSpinBox::down-button:hover, QDoubleSpinBox::up-button:hover,
QDoubleSpinBox::down-button:hover, QTimeEdit::up-button:hover, QTimeEdit::down-button:hover {
              background: @hoverFill; }
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QTimeEdit::up-arrow {
              image: url(:/icons/arrows/up.svg); width: 10px; height: 6px; }
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QTimeEdit::down-arrow {
              image: url(:/icons/arrows/down.svg); width: 10px; height: 6px; }
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off, QDoubleSpinBox::up-arrow:disabled,
QDoubleSpinBox::up-arrow:off, QTimeEdit::up-arrow:disabled, QTimeEdit::up-arrow:off {
              image: url(:/icons/arrows/up-disabled.svg); }
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off, QDoubleSpinBox::down-arrow:disabled,
QDoubleSpinBox::down-arrow:off, QTimeEdit::down-arrow:disabled, QTimeEdit::down-arrow:off {
              image: url(:/icons/arrows/down-disabled.svg); }
QTableView { background: @white; alternate-background-color: @alternateRow; border: none;
             gridline-color: @gridLine; selection-background-color: @selection;
             selection-color: @ink; }
QHeaderView::section { background: @headerFill; padding: 6px; border: none;
             border-right: 1px solid @border; border-bottom: 1px solid @border; font-weight: 600; }
#messageBanner[kind="error"] { background: @errorFill; border: 1px solid @errorBorder; border-radius: 4px; }
#messageBanner[kind="success"] { background: @successFill; border: 1px solid @successBorder; border-radius: 4px; }
#messageBanner[kind="info"] { background: @infoFill; border: 1px solid @infoBorder; border-radius: 4px; }
#placeholderCard { background: @white; border: 1px solid @border; border-radius: 8px; }
#placeholderTitle { font-size: 18px; font-weight: 600; color: @ink; }
#placeholderNote { color: @muted; }
#calendarProblem { background: @errorFill; border: 1px solid @errorBorder; border-radius: 4px;
              padding: 8px; }
QPushButton[link="true"] { color: @accent; background: transparent; border: none; padding: 2px 0;
              font-size: 15px; font-weight: 600; text-align: left; }
QPushButton[link="true"]:hover { text-decoration: underline; }
#setupChecklistPage QLabel[done="true"] { color: @goodText; font-size: 18px; }
#setupChecklistPage QLabel[done="false"] { color: @disabled; font-size: 18px; }
#emptyState { color: @muted; font-size: 14px; background: transparent; }
#backupWarning { background: @urgentFill; border: 1px solid @amber; border-radius: 4px; }
#backupWarningText { color: @urgentText; font-weight: 600; }
#lastBackupLabel { font-size: 17px; font-weight: 600; color: @goodText; }
#lastBackupLabel[overdue="true"] { color: @urgentText; }
#dialogError { color: @red; }
#syncIndicatorButton, #syncConflictsButton { font-size: 15px; font-weight: 600; padding: 2px 14px;
              border-radius: 6px; border: 1px solid @border; background: @white; color: @ink; }
#syncIndicatorButton[kind="local"] { color: @muted; }
#syncIndicatorButton[kind="good"] { color: @goodText; background: @successFill; border-color: @successBorder; }
#syncIndicatorButton[kind="busy"] { color: @accentText; background: @infoFill; border-color: @infoBorder; }
#syncIndicatorButton[kind="waiting"] { color: @urgentText; background: @urgentFill; border-color: @amber; }
#syncIndicatorButton[kind="offline"] { color: @urgentText; background: @urgentFill; border-color: @amber; }
#syncIndicatorButton[kind="error"] { color: @red; background: @errorFill; border-color: @errorBorder; }
#syncConflictsButton { color: @urgentText; background: @urgentFill; border-color: @amber; }
#syncStateLabel { font-size: 20px; font-weight: 600; color: @ink; }
#syncStateLabel[kind="good"] { color: @goodText; }
#syncStateLabel[kind="waiting"] { color: @urgentText; }
#syncStateLabel[kind="error"], #syncLastErrorLabel { color: @red; }
#syncTestResult[kind="good"] { color: @goodText; font-weight: 600; }
#syncTestResult[kind="error"] { color: @red; font-weight: 600; }
#conflictSubject { font-size: 16px; font-weight: 600; }
#passphraseWarning { color: @urgentText; }
QMenu { background: @white; border: 1px solid @border; padding: 4px 0; }
QMenu::item { padding: 6px 28px 6px 20px; color: @ink; }
QMenu::item:selected { background: @selection; }
QMenu::item:disabled { color: @disabled; }
QMenu::separator { height: 1px; background: @border; margin: 4px 10px; }
QGroupBox { background: @white; border: 1px solid @border; border-radius: 6px;
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
    app.setStyleSheet(themed(StyleSheet));
}

QString themed(QStringView styleSheet)
{
    static const QRegularExpression token(QStringLiteral("@([A-Za-z]+)"));
    QString result;
    result.reserve(styleSheet.size());
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : token.globalMatch(styleSheet)) {
        const QColor colour = Palette::byToken(match.capturedView(1));
        if (!colour.isValid()) {
            qWarning("Style sheet names no Palette colour: %s", qPrintable(match.captured(0)));
            continue;
        }
        result += styleSheet.mid(done, match.capturedStart() - done);
        result += colour.name();
        done = match.capturedEnd();
    }
    result += styleSheet.mid(done);
    return result;
}

} // namespace Taktline
