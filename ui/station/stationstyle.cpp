#include "stationstyle.h"

namespace Taktline {

QString stationStyleSheet()
{
    return QStringLiteral(R"(
#stationPage { background: #eef1f5; font-size: 18px; }
#stationPage QPushButton { font-size: 20px; min-height: 52px; border-radius: 8px;
    border: 1px solid #b8c3cf; background: #ffffff; padding: 4px 10px; }
#stationPage QPushButton:pressed { background: #d6e6f8; }
#stationPage QPushButton:checked { background: #2f7dd1; color: #ffffff; border-color: #2f7dd1; }
#stationPage QPushButton:disabled { color: #9aa6b2; background: #f1f3f5; }
#stationPage #stationTile { text-align: left; padding: 6px 14px; min-height: 60px;
    font-size: 18px; }
#stationPage #stationTile[empty="true"] { border: 2px dashed #f0a202; background: #fff8e6; }
#stationPage #stepHint { font-size: 24px; font-weight: 700; color: #1d2a38; }
#stationPage #scanField { font-size: 18px; min-height: 48px; padding: 0 10px;
    border-radius: 8px; }
#stationPage #stationMessage { font-size: 20px; padding: 8px 14px; border-radius: 8px;
    background: #ffffff; border: 1px solid #dde3ea; color: #1d2a38; }
#stationPage #stationMessage[kind="ok"] { background: #e3f4e5; border-color: #8fcf96; color: #185c22; }
#stationPage #stationMessage[kind="warning"] { background: #fff4d6; border-color: #f0c24b; color: #6b4b00; }
#stationPage #stationMessage[kind="error"] { background: #fde3e0; border-color: #ee9a90; color: #8a1c12; }
#stationCard { background: #ffffff; border: 2px solid #dde3ea; border-radius: 12px; }
#stationCard[flash="ok"] { background: #c9efcf; border: 4px solid #2e9b43; }
#stationCard[flash="warning"] { background: #ffedb8; border: 4px solid #e0a800; }
#stationCard[flash="refused"] { background: #fbd0cb; border: 4px solid #d2372a; }
#stationCard #cardTitle { font-size: 30px; font-weight: 700; color: #1d2a38; }
#stationCard #cardProduct { font-size: 22px; color: #1d2a38; }
#stationCard #cardStep { font-size: 22px; font-weight: 600; color: #1f5fa8; }
#stationCard #cardLot { font-size: 18px; color: #5b6b7c; }
#stationCard #figureCaption { font-size: 16px; color: #5b6b7c; }
#stationCard #figureValue { font-size: 34px; font-weight: 700; color: #1d2a38; }
#stationPage #quantityCaption { font-size: 18px; font-weight: 600; color: #1d2a38; }
#stationPage #quantityEdit { font-size: 32px; font-weight: 700; min-height: 60px;
    border: 2px solid #c3ccd6; border-radius: 8px; padding: 0 10px; background: #ffffff; }
#stationPage #quantityEdit[active="true"] { border: 3px solid #2f7dd1; background: #f3f8fe; }
#stationPage #keypadKey { font-size: 28px; font-weight: 600; }
#stationPage #reportButton { font-size: 28px; font-weight: 700; min-height: 72px;
    background: #2e9b43; color: #ffffff; border-color: #2e9b43; }
#stationPage #reportButton:pressed { background: #23803a; }
#stationPage #failPieceButton { font-size: 19px; min-height: 72px; padding: 0 14px; }
#stationPage #failPieceButton:checked { background: #d2372a; color: #ffffff; border-color: #d2372a; }
#stationPage #statusButton { font-size: 19px; min-height: 60px; }
#stationPage #statusButton[status="running"] { border-bottom: 5px solid #2e9b43; }
#stationPage #statusButton[status="down"] { border-bottom: 5px solid #d2372a; }
#stationPage #statusButton[status="setup"],
#stationPage #statusButton[status="maintenance"] { border-bottom: 5px solid #e0a800; }
#stationPage #machineStatus { font-size: 18px; font-weight: 700; border-radius: 6px;
    padding: 2px 10px; color: #ffffff; background: #7a8796; }
#stationPage #machineStatus[status="running"] { background: #2e9b43; }
#stationPage #machineStatus[status="down"] { background: #d2372a; }
#stationPage #machineStatus[status="setup"],
#stationPage #machineStatus[status="maintenance"] { background: #e0a800; color: #1d2a38; }
#stationPage #reasonButton { font-size: 18px; min-height: 52px; }
#stationPage #panelCaption { font-size: 16px; font-weight: 600; color: #5b6b7c; }
)");
}

} // namespace Taktline
