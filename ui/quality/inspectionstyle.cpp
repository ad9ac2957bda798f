#include "quality/inspectionstyle.h"

#include "common/theme.h"

namespace Taktline {

QString inspectionStyleSheet()
{
    return themed(uR"(
#inspectionForm { font-size: 18px; }
#inspectionForm QPushButton { font-size: 20px; min-height: 52px; min-width: 96px;
    border-radius: 8px; border: 1px solid @stationButtonBorder; background: @white;
    padding: 4px 14px; }
#inspectionForm QPushButton:pressed { background: @selection; }
#inspectionForm QPushButton:checked { background: @accent; color: @white; border-color: @accent; }
#inspectionForm QPushButton:disabled { color: @disabled; background: @disabledFill; }
#inspectionForm #inspectionHeader { font-size: 22px; font-weight: 700; color: @ink; }
#inspectionForm #inspectionProduct { font-size: 18px; color: @ink; }
#inspectionForm #samplingPlan { font-size: 18px; font-weight: 600; color: @accentText; }
#inspectionForm #sampleLabel { font-size: 22px; font-weight: 700; color: @ink; }
#inspectionForm #inspectionRow { background: @white; border: 1px solid @border; border-radius: 10px; }
#inspectionForm #characteristicName { font-size: 20px; font-weight: 700; color: @ink; }
#inspectionForm #characteristicLimits { font-size: 18px; color: @accentText; }
#inspectionForm #characteristicGauge { font-size: 16px; color: @muted; }
#inspectionForm #valueField { font-size: 28px; font-weight: 700; min-height: 56px; padding: 0 10px;
    border-radius: 8px; }
#inspectionForm #judgement { font-size: 18px; color: @muted; }
#inspectionForm #judgement[state="ok"] { color: @stationGoodText; }
#inspectionForm #judgement[state="fail"] { color: @red; font-weight: 700; }
#inspectionForm #judgement[state="refused"] { color: @stationWarningText; }
#inspectionForm #verdict { font-size: 22px; font-weight: 700; padding: 8px 14px; border-radius: 8px;
    background: @white; border: 1px solid @border; color: @ink; }
#inspectionForm #verdict[passed="true"] { background: @stationGoodFill; border-color: @stationGoodBorder; color: @stationGoodText; }
#inspectionForm #verdict[passed="false"] { background: @stationErrorFill; border-color: @stationErrorBorder; color: @stationErrorText; }
#inspectionForm #formError { font-size: 18px; color: @stationErrorText; }
)");
}

} // namespace Taktline
