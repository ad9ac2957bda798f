#include "station/stationstyle.h"

#include "common/theme.h"

namespace Taktline {

QString stationStyleSheet()
{
    return themed(uR"(
#stationPage { background: @stationWindow; font-size: 18px; }
#stationPage QPushButton { font-size: 20px; min-height: 52px; border-radius: 8px;
    border: 1px solid @stationButtonBorder; background: @white; padding: 4px 10px; }
#stationPage QPushButton:pressed { background: @selection; }
#stationPage QPushButton:checked { background: @accent; color: @white; border-color: @accent; }
#stationPage QPushButton:disabled { color: @disabled; background: @disabledFill; }
#stationPage #stationTile { text-align: left; padding: 6px 14px; min-height: 60px;
    font-size: 18px; }
#stationPage #stationTile[empty="true"] { border: 2px dashed @amber; background: @stationEmptyFill; }
#stationPage #stepHint { font-size: 24px; font-weight: 700; color: @ink; }
#stationPage #scanField { font-size: 18px; min-height: 48px; padding: 0 10px;
    border-radius: 8px; }
#stationPage #stationMessage { font-size: 20px; padding: 8px 14px; border-radius: 8px;
    background: @white; border: 1px solid @border; color: @ink; }
#stationPage #stationMessage[kind="ok"] { background: @stationGoodFill; border-color: @stationGoodBorder; color: @stationGoodText; }
#stationPage #stationMessage[kind="warning"] { background: @stationWarningFill; border-color: @stationWarningBorder; color: @stationWarningText; }
#stationPage #stationMessage[kind="error"] { background: @stationErrorFill; border-color: @stationErrorBorder; color: @stationErrorText; }
#stationPage #stationSyncLine { font-size: 20px; font-weight: 600; padding: 6px 14px; border-radius: 8px;
    background: @stationWarningFill; border: 2px solid @stationWarningBorder; color: @stationWarningText; }
#stationCard { background: @white; border: 2px solid @border; border-radius: 12px; }
#stationCard[flash="ok"] { background: @stationGoodFlash; border: 4px solid @good; }
#stationCard[flash="warning"] { background: @stationWarningFlash; border: 4px solid @stationWarning; }
#stationCard[flash="refused"] { background: @stationRefusedFlash; border: 4px solid @red; }
#stationCard #cardTitle { font-size: 30px; font-weight: 700; color: @ink; }
#stationCard #cardProduct { font-size: 22px; color: @ink; }
#stationCard #cardStep { font-size: 22px; font-weight: 600; color: @accentText; }
#stationCard #cardLot { font-size: 18px; color: @muted; }
#stationCard #figureCaption { font-size: 16px; color: @muted; }
#stationCard #figureValue { font-size: 34px; font-weight: 700; color: @ink; }
#stationPage #quantityCaption { font-size: 18px; font-weight: 600; color: @ink; }
#stationPage #quantityEdit { font-size: 32px; font-weight: 700; min-height: 60px;
    border: 2px solid @inputBorder; border-radius: 8px; padding: 0 10px; background: @white; }
#stationPage #quantityEdit[active="true"] { border: 3px solid @accent; background: @stationActiveFill; }
#stationPage #keypadKey { font-size: 28px; font-weight: 600; }
#stationPage #reportButton { font-size: 28px; font-weight: 700; min-height: 72px;
    background: @good; color: @white; border-color: @good; }
#stationPage #reportButton:pressed { background: @goodPressed; }
#stationPage #failPieceButton { font-size: 19px; min-height: 72px; padding: 0 14px; }
#stationPage #failPieceButton:checked { background: @red; color: @white; border-color: @red; }
#stationPage #statusButton { font-size: 19px; min-height: 60px; }
#stationPage #statusButton[status="running"] { border-bottom: 5px solid @good; }
#stationPage #statusButton[status="down"] { border-bottom: 5px solid @red; }
#stationPage #statusButton[status="setup"],
#stationPage #statusButton[status="maintenance"] { border-bottom: 5px solid @stationWarning; }
#stationPage #machineStatus { font-size: 18px; font-weight: 700; border-radius: 6px;
    padding: 2px 10px; color: @white; background: @neutral; }
#stationPage #machineStatus[status="running"] { background: @good; }
#stationPage #machineStatus[status="down"] { background: @red; }
#stationPage #machineStatus[status="setup"],
#stationPage #machineStatus[status="maintenance"] { background: @stationWarning; color: @ink; }
#stationPage #reasonButton { font-size: 18px; min-height: 52px; }
#stationPage #moveWhere { font-size: 28px; font-weight: 700; color: @accentText; }
#stationPage #moveWhat { font-size: 24px; font-weight: 600; color: @ink; }
#stationPage #moveAvailable { font-size: 20px; color: @muted; }
#stationPage #cancelMoveButton { font-size: 20px; min-height: 72px; padding: 0 14px; }
#stationPage #panelCaption { font-size: 16px; font-weight: 600; color: @muted; }
#stationPage #andonButton { font-size: 24px; font-weight: 700; min-height: 64px; background: @red;
    color: @white; border-color: @red; }
#stationPage #andonButton:checked { background: @stationErrorText; border-color: @stationErrorText; }
#stationPage #andonKindButton { font-size: 22px; font-weight: 700; min-height: 72px;
    border: 3px solid @red; color: @stationErrorText; }
#stationPage #andonCall { font-size: 18px; font-weight: 600; padding: 6px 12px; border-radius: 8px;
    background: @stationWarningFill; border: 2px solid @stationWarningBorder; color: @stationWarningText; }
#stationPage #andonCall[state="acknowledged"] { background: @infoFill; border-color: @infoBorder;
    color: @accentText; }
#stationPage #andonCall[state="escalated"] { font-size: 20px; font-weight: 700; background: @red;
    border: 3px solid @stationErrorText; color: @white; }
#stationPage #pinPad { background: @white; border: 2px solid @border; border-radius: 12px; }
#stationPage #pinWho { font-size: 26px; font-weight: 700; color: @ink; }
#stationPage #pinPrompt { font-size: 20px; color: @muted; }
#stationPage #pinField { font-size: 36px; font-weight: 700; min-height: 64px; letter-spacing: 8px;
    border: 3px solid @accent; border-radius: 8px; background: @stationActiveFill; }
#stationPage #pinKey { font-size: 32px; font-weight: 600; }
#stationPage #pinOk { font-size: 28px; font-weight: 700; background: @good; color: @white;
    border-color: @good; }
#stationPage #pinOk:pressed { background: @goodPressed; }
#stationPage #firstArticleBanner { border-radius: 8px; border: 3px solid @stationWarningBorder;
    background: @stationWarningFill; }
#stationPage #firstArticleBanner[state="failed"] { background: @stationErrorFill; border-color: @red; }
#stationPage #firstArticleBanner[state="passed"] { background: @stationGoodFill;
    border-color: @stationGoodBorder; }
#stationPage #firstArticleText { font-size: 24px; font-weight: 700; color: @stationWarningText; }
#stationPage #firstArticleBanner[state="failed"] #firstArticleText { color: @stationErrorText; }
#stationPage #firstArticleBanner[state="passed"] #firstArticleText { color: @stationGoodText; }
#stationPage #firstArticleDetail { font-size: 17px; color: @ink; }
#stationPage #firstArticleButton { font-size: 22px; font-weight: 700; min-height: 60px;
    padding: 0 16px; background: @accent; color: @white; border-color: @accent; }
)");
}

} // namespace Taktline
