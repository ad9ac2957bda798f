#pragma once

#include <QGroupBox>

#include <optional>

class QLabel;

namespace Taktline {

struct SpcSeries;

// The figures beside the control charts: n, mean, σ within and overall, Cp and Cpk coloured by
// how capable the process is (< 1.0 red, < 1.33 amber, else green), and a sentence saying what
// that means and whether the process is in control.
class SpcCapabilityBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SpcCapabilityBox(QWidget *parent = nullptr);

    void setSeries(const SpcSeries &series);
    void clear();

    // The colour token (@red, @amberText, @goodText) of a capability index.
    static QString tokenFor(double index);
    // The plain-language verdict on an index (Cpk, else Cp); none without a limit.
    static QString verdictFor(std::optional<double> index);

private:
    QLabel *value(const QString &name, const QString &label);

    QLabel *m_kind;
    QLabel *m_n;
    QLabel *m_mean;
    QLabel *m_sigmaWithin;
    QLabel *m_sigmaOverall;
    QLabel *m_cp;
    QLabel *m_cpk;
    QLabel *m_verdict;
    QLabel *m_stability;
};

} // namespace Taktline
