#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Taktline {

// Shows a cell's value through a formatting function (¥ and two decimals, a warning count)
// while the model keeps real numbers for sorting and for the Excel export.
class FormattedDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Formatter = std::function<QString(const QVariant &value, const QLocale &locale)>;

    explicit FormattedDelegate(Formatter formatter, QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;

    // Numbers with DECIMALS places and PREFIX ("¥"); text (such as "no rate") as it is.
    static Formatter number(int decimals, const QString &prefix = {});
    // A quantity: as many decimals as it has ("1,500", "12.5").
    static Formatter quantity();
    // A count of things to look at: "⚠ 3", nothing for none.
    static Formatter warningCount();
    // A rate: at least two decimals, at most four ("0.85", "0.125").
    static Formatter rate(const QString &prefix = {});

private:
    Formatter m_formatter;
};

} // namespace Taktline
