#pragma once

#include <QColor>
#include <QStringView>

namespace Taktline {

// The colours of Taktline, named by what they mean: the one place for the widgets' painting and
// style sheets (ui/common/theme writes @token for a colour), the item models' text colours and
// the PDF reports. A colour that means the same thing is the same colour everywhere.
namespace Palette {

// Text
inline constexpr QColor Ink{0x1d, 0x2a, 0x38};      // text; the navigation rail
inline constexpr QColor Muted{0x5b, 0x6b, 0x7c};    // secondary text, captions
inline constexpr QColor IdleText{0x4a, 0x59, 0x6a}; // on an idle machine's grey pill
inline constexpr QColor Neutral{0x7a, 0x87, 0x96};  // a status that is neither good nor bad
inline constexpr QColor Faded{0x8a, 0x96, 0xa3};    // a piece rate not (or no longer) in force
inline constexpr QColor Disabled{0x9a, 0xa6, 0xb2}; // disabled controls, voided records
inline constexpr QColor White{0xff, 0xff, 0xff};    // cards, tables, text on strong colours

// Surfaces and lines
inline constexpr QColor Window{0xf4, 0xf6, 0xf9};     // behind the pages; an unplaced card
inline constexpr QColor HeaderFill{0xee, 0xf2, 0xf6}; // table headers, the Gantt ruler
inline constexpr QColor HoverFill{0xee, 0xf3, 0xf8};
inline constexpr QColor AlternateRow{0xf7, 0xf9, 0xfb};
inline constexpr QColor DisabledFill{0xf1, 0xf3, 0xf5};
inline constexpr QColor ColumnFill{0xe9, 0xee, 0xf4}; // a machine's column on the board
inline constexpr QColor OffTime{0xe9, 0xed, 0xf2};    // non-working time on the Gantt chart
inline constexpr QColor IdleFill{0xe3, 0xe8, 0xee};   // an idle machine's pill
inline constexpr QColor Border{0xdd, 0xe3, 0xea};
inline constexpr QColor GridLine{0xe6, 0xea, 0xef};    // grid lines, a load bar's track
inline constexpr QColor InputBorder{0xc3, 0xcc, 0xd6}; // fields, buttons, day lines
inline constexpr QColor RailText{0xc9, 0xd4, 0xe0};
inline constexpr QColor RailHover{0x2a, 0x3b, 0x4e};

// Blue: the accent, selection and information
inline constexpr QColor Accent{0x2f, 0x7d, 0xd1}; // primary buttons, checked, focus
inline constexpr QColor AccentText{0x1f, 0x5f, 0xa8};
inline constexpr QColor AccentFill{0xe3, 0xed, 0xf9};
inline constexpr QColor Selection{0xd6, 0xe6, 0xf8};
inline constexpr QColor InfoFill{0xe8, 0xf1, 0xfb};
inline constexpr QColor InfoBorder{0xbc, 0xd5, 0xf2};
inline constexpr QColor Planned{0x3b, 0x82, 0xd0}; // a planned bar, a machine's load

// Green: good, running, done
inline constexpr QColor Good{0x2e, 0x8b, 0x47}; // running, progress, the Report button
inline constexpr QColor GoodPressed{0x23, 0x80, 0x3a};
inline constexpr QColor GoodText{0x2e, 0x7d, 0x32}; // done, in force, approved, usable
inline constexpr QColor SuccessFill{0xe8, 0xf5, 0xe9};
inline constexpr QColor SuccessBorder{0xb9, 0xdf, 0xbb};

// Amber and orange: urgent, waiting, needs attention
inline constexpr QColor Amber{0xf0, 0xa2, 0x02};  // demo badge, maintenance, an empty tile
inline constexpr QColor Urgent{0xe0, 0x8e, 0x00}; // an urgent order's bar, a load over 85 %
inline constexpr QColor UrgentText{0x8a, 0x55, 0x00};
inline constexpr QColor UrgentFill{0xfd, 0xf0, 0xd5};
inline constexpr QColor UrgentPriority{0xd3, 0x6b, 0x00}; // "urgent" in the work-order list
inline constexpr QColor Waiting{0xa1, 0x5c, 0x00};        // why an operation is not placed
inline constexpr QColor AmberText{0xb2, 0x6a, 0x00};      // unpriced, expired, awaiting approval

// Red: late, a problem, down, refused. The one red (the Gantt chart's "Late" and "Now").
inline constexpr QColor Red{0xd3, 0x2f, 0x2f};
inline constexpr QColor ErrorFill{0xfd, 0xec, 0xea};
inline constexpr QColor ErrorBorder{0xf5, 0xc2, 0xbd};

// The station: stronger fills and borders, read at arm's length
inline constexpr QColor StationWindow{0xee, 0xf1, 0xf5};
inline constexpr QColor StationButtonBorder{0xb8, 0xc3, 0xcf};
inline constexpr QColor StationActiveFill{0xf3, 0xf8, 0xfe};
inline constexpr QColor StationWarning{0xe0, 0xa8, 0x00}; // setup, maintenance, a warning flash
inline constexpr QColor StationEmptyFill{0xff, 0xf8, 0xe6};
inline constexpr QColor StationGoodText{0x18, 0x5c, 0x22};
inline constexpr QColor StationGoodFill{0xe3, 0xf4, 0xe5};
inline constexpr QColor StationGoodBorder{0x8f, 0xcf, 0x96};
inline constexpr QColor StationGoodFlash{0xc9, 0xef, 0xcf};
inline constexpr QColor StationWarningText{0x6b, 0x4b, 0x00};
inline constexpr QColor StationWarningFill{0xff, 0xf4, 0xd6};
inline constexpr QColor StationWarningBorder{0xf0, 0xc2, 0x4b};
inline constexpr QColor StationWarningFlash{0xff, 0xed, 0xb8};
inline constexpr QColor StationErrorText{0x8a, 0x1c, 0x12};
inline constexpr QColor StationErrorFill{0xfd, 0xe3, 0xe0};
inline constexpr QColor StationErrorBorder{0xee, 0x9a, 0x90};
inline constexpr QColor StationRefusedFlash{0xfb, 0xd0, 0xcb};

// The wall board (看板): a dark screen read from across the shop, text near white
inline constexpr QColor BoardWindow{0x0e, 0x14, 0x1b};
inline constexpr QColor BoardPanel{0x1a, 0x23, 0x2e};
inline constexpr QColor BoardLine{0x2c, 0x38, 0x46};
inline constexpr QColor BoardText{0xf2, 0xf5, 0xf8};
inline constexpr QColor BoardMuted{0x9f, 0xad, 0xbd};
inline constexpr QColor BoardGoodText{0x5c, 0xd1, 0x7a}; // met, done: green read on the dark
inline constexpr QColor BoardLateText{0xff, 0x6b, 0x61}; // late, short: red read on the dark

// The kinds of a genealogy's nodes that have no colour above
inline constexpr QColor ReportKind{0x13, 0x8a, 0x72};
inline constexpr QColor ConsumptionKind{0xe0, 0x8a, 0x00};
inline constexpr QColor SerialKind{0x7b, 0x4f, 0xc9};
inline constexpr QColor SerialStepKind{0x9c, 0x7a, 0xd6};
inline constexpr QColor FinishedGoodsKind{0x00, 0x83, 0x8f};

// The colour a style sheet names with @TOKEN: the name above, first letter small ("@ink",
// "@stationWarning"). Invalid for a token that names no colour.
QColor byToken(QStringView token);

} // namespace Palette

} // namespace Taktline
