#include "station/stationcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace Taktline {

namespace {

constexpr int FlashMs = 1500;

QString quantity(double value)
{
    return QLocale().toString(value, 'f', std::floor(value) == value ? 0 : 2);
}

} // namespace

StationCard::StationCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_product(new QLabel(this))
    , m_step(new QLabel(this))
    , m_lot(new QLabel(this))
    , m_figuresBox(new QWidget(this))
{
    setObjectName(QStringLiteral("stationCard"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_product->setObjectName(QStringLiteral("cardProduct"));
    m_step->setObjectName(QStringLiteral("cardStep"));
    m_lot->setObjectName(QStringLiteral("cardLot"));
    for (QLabel *label : {m_title, m_product, m_step, m_lot})
        label->setWordWrap(true);
    auto *grid = new QGridLayout(m_figuresBox);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->setHorizontalSpacing(12);
    figure(QStringLiteral("planned"), tr("Planned"), 0);
    figure(QStringLiteral("done"), tr("Good so far"), 1);
    figure(QStringLiteral("remaining"), tr("Remaining"), 2);
    figure(QStringLiteral("reportable"), tr("May still report"), 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_product);
    layout->addWidget(m_step);
    layout->addStretch(1);
    layout->addWidget(m_figuresBox);
    layout->addWidget(m_lot);
    layout->addStretch(1);
    m_flashTimer.setSingleShot(true);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] { setFlashProperty(Flash::None); });
    setOperation(std::nullopt, {});
}

QLabel *StationCard::figure(const QString &name, const QString &caption, int column)
{
    auto *grid = static_cast<QGridLayout *>(m_figuresBox->layout());
    auto *captionLabel = new QLabel(caption, m_figuresBox);
    captionLabel->setObjectName(QStringLiteral("figureCaption"));
    captionLabel->setWordWrap(true);
    auto *value = new QLabel(m_figuresBox);
    value->setObjectName(QStringLiteral("figureValue"));
    value->setProperty("figure", name);
    grid->addWidget(captionLabel, 0, column);
    grid->addWidget(value, 1, column);
    grid->setColumnStretch(column, 1);
    m_figures.insert(name, value);
    return value;
}

void StationCard::setOperation(const std::optional<StationOperation> &operation, const QString &lot,
                               const QString &piece)
{
    m_figuresBox->setVisible(operation.has_value());
    m_product->setVisible(operation.has_value());
    m_lot->setVisible(operation.has_value());
    if (!operation) {
        m_title->setText(tr("No operation yet"));
        m_step->setText(tr("Scan the traveller of the work order you are making."));
        return;
    }
    const StationOperation &op = *operation;
    m_title->setText(op.workOrderNumber);
    m_product->setText(op.product);
    m_step->setText(tr("Step %1 · %2").arg(op.seq).arg(op.stepName));
    m_figures.value(QStringLiteral("planned"))->setText(quantity(op.planned));
    m_figures.value(QStringLiteral("done"))->setText(quantity(op.good));
    m_figures.value(QStringLiteral("remaining"))->setText(quantity(op.remaining));
    m_figures.value(QStringLiteral("reportable"))->setText(quantity(op.reportable));
    QStringList notes;
    if (op.previousGood)
        notes << tr("Previous step made %1 good.").arg(quantity(*op.previousGood));
    if (!op.materials.isEmpty())
        notes << tr("Feed: %1").arg(op.materials.join(QStringLiteral(", ")));
    if (!lot.isEmpty())
        notes << tr("Material lot: %1").arg(lot);
    if (!piece.isEmpty())
        notes << tr("Piece: %1").arg(piece);
    m_lot->setText(notes.join(QStringLiteral("   ")));
}

QString StationCard::figureText(const QString &name) const
{
    QLabel *label = m_figures.value(name);
    return label && m_figuresBox->isVisibleTo(this) ? label->text() : QString();
}

void StationCard::flash(Flash kind)
{
    setFlashProperty(kind);
    m_flashTimer.start(FlashMs);
}

void StationCard::setFlashProperty(Flash kind)
{
    static const char *names[] = {"", "ok", "warning", "refused"};
    m_flash = kind;
    setProperty("flash", QString::fromLatin1(names[static_cast<int>(kind)]));
    style()->unpolish(this);
    style()->polish(this);
    update();
}

} // namespace Taktline
