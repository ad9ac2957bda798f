#include "quality/spc/spccapabilitybox.h"

#include "common/theme.h"
#include "quality/spc/spccharts.h"
#include "services/quality/spcservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Taktline {

namespace {

constexpr double Capable = 1.33;
constexpr double Marginal = 1.0;

} // namespace

SpcCapabilityBox::SpcCapabilityBox(QWidget *parent)
    : QGroupBox(tr("Process capability"), parent)
{
    setObjectName(QStringLiteral("spcCapability"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("spcChartKind"));
    m_kind->setStyleSheet(themed(u"color: @muted; font-weight: normal;"));
    m_kind->setWordWrap(true);
    form->addRow(m_kind);
    auto add = [&](QLabel *&label, const char *name, const QString &text) {
        label = value(QString::fromLatin1(name), text);
        form->addRow(text, label);
    };
    add(m_n, "spcN", tr("Readings (n)"));
    add(m_mean, "spcMean", tr("Mean"));
    add(m_sigmaWithin, "spcSigmaWithin", tr("σ within"));
    add(m_sigmaOverall, "spcSigmaOverall", tr("σ overall"));
    add(m_cp, "spcCp", QStringLiteral("Cp"));
    add(m_cpk, "spcCpk", QStringLiteral("Cpk"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("spcVerdict"));
    m_verdict->setWordWrap(true);
    m_stability = new QLabel(this);
    m_stability->setObjectName(QStringLiteral("spcStability"));
    m_stability->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_verdict);
    layout->addWidget(m_stability);
    clear();
}

QLabel *SpcCapabilityBox::value(const QString &name, const QString &label)
{
    auto *field = new QLabel(this);
    field->setObjectName(name);
    field->setAccessibleName(label);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return field;
}

QString SpcCapabilityBox::tokenFor(double index)
{
    return index < Marginal  ? QStringLiteral("@red")
           : index < Capable ? QStringLiteral("@amberText")
                             : QStringLiteral("@goodText");
}

QString SpcCapabilityBox::verdictFor(std::optional<double> index)
{
    if (!index)
        return tr("No specification limit: the capability cannot be judged.");
    if (*index < Marginal)
        return tr("Process capability insufficient: parts fall outside the tolerance; improve "
                  "the process or review the limits.");
    if (*index < Capable)
        return tr("Process capability marginal: little room to the tolerance; watch the "
                  "process closely.");
    return tr("Process capability adequate: the process holds the tolerance with room to "
              "spare.");
}

void SpcCapabilityBox::setSeries(const SpcSeries &series)
{
    const ControlChart &chart = series.chart;
    const Capability &c = series.capability;
    const QLocale locale;
    m_kind->setText(chart.kind == ControlChart::Kind::XbarR
                        ? tr("X̄-R chart, subgroups of %1 pieces").arg(chart.subgroupSize)
                        : tr("Individuals and moving range chart"));
    const QString unit = series.unit.isEmpty() ? QString() : QLatin1Char(' ') + series.unit;
    m_n->setText(locale.toString(c.n));
    m_mean->setText(SpcCharts::number(c.mean, chart) + unit);
    m_sigmaWithin->setText(SpcCharts::number(c.sigmaWithin, chart) + unit);
    m_sigmaOverall->setText(SpcCharts::number(c.sigmaOverall, chart) + unit);
    auto index = [&locale](QLabel *label, std::optional<double> figure) {
        label->setText(figure ? locale.toString(*figure, 'f', 2) : QStringLiteral("—"));
        label->setStyleSheet(
            figure ? themed(QStringLiteral("color: %1; font-size: 15pt; font-weight: 700;")
                                .arg(tokenFor(*figure)))
                   : themed(u"color: @muted; font-size: 15pt;"));
    };
    index(m_cp, c.cp);
    index(m_cpk, c.cpk);
    const std::optional<double> judged = c.cpk ? c.cpk : c.cp;
    m_verdict->setText(verdictFor(judged));
    m_verdict->setStyleSheet(
        judged ? themed(QStringLiteral("color: %1; font-weight: 600;").arg(tokenFor(*judged)))
               : themed(u"color: @muted; font-weight: normal;"));
    QList<int> points;
    for (const SpcSignal &signal : chart.marks) {
        if (!points.contains(signal.point + int(signal.chart) * 100000))
            points.append(signal.point + int(signal.chart) * 100000);
    }
    m_stability->setText(points.isEmpty()
                             ? tr("In control: no point outside the limits, no run.")
                             : tr("Out of control: %n point(s) signalled (in red on the "
                                  "charts); find the cause before judging the capability.",
                                  nullptr, int(points.size())));
    m_stability->setStyleSheet(points.isEmpty() ? themed(u"color: @goodText; font-weight: normal;")
                                                : themed(u"color: @red; font-weight: normal;"));
}

void SpcCapabilityBox::clear()
{
    m_kind->clear();
    for (QLabel *label : {m_n, m_mean, m_sigmaWithin, m_sigmaOverall, m_cp, m_cpk}) {
        label->setText(QStringLiteral("—"));
        label->setStyleSheet(themed(u"color: @muted;"));
    }
    m_verdict->clear();
    m_stability->clear();
}

} // namespace Taktline
