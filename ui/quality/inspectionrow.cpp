#include "quality/inspectionrow.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Taktline {

namespace {

constexpr int MaxPhotoSide = 1600;
constexpr qsizetype MaxPhotoBytes = 300 * 1024; // as stored, base64 included

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// "Ø10 (9.95 … 10.05) mm", "≤ 1.6 µm", "≥ 50 HRC".
QString limitsText(const Characteristic &c)
{
    QString text;
    if (c.nominal)
        text = number(*c.nominal) + QLatin1Char(' ');
    if (c.lower && c.upper)
        text += QStringLiteral("(%1 … %2)").arg(number(*c.lower), number(*c.upper));
    else if (c.upper)
        text += QStringLiteral("≤ %1").arg(number(*c.upper));
    else if (c.lower)
        text += QStringLiteral("≥ %1").arg(number(*c.lower));
    if (!c.unit.isEmpty())
        text += QLatin1Char(' ') + c.unit;
    return text.trimmed();
}

// A number typed with a point or a comma; nothing when it is not one.
std::optional<double> parseNumber(const QString &typed)
{
    QString text = typed.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

InspectionRow::InspectionRow(const Characteristic &characteristic, QWidget *parent)
    : QFrame(parent)
    , m_characteristic(characteristic)
{
    setObjectName(QStringLiteral("inspectionRow"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QHBoxLayout;
    auto *name = new QLabel(m_characteristic.required ? m_characteristic.name
                                                      : tr("%1 (optional)").arg(m_characteristic.name),
                            this);
    name->setObjectName(QStringLiteral("characteristicName"));
    title->addWidget(name);
    if (m_characteristic.kind == CharacteristicKind::Measured) {
        auto *limits = new QLabel(limitsText(m_characteristic), this);
        limits->setObjectName(QStringLiteral("characteristicLimits"));
        title->addWidget(limits);
    }
    title->addStretch();
    QStringList how;
    if (!m_characteristic.gauge.isEmpty())
        how << tr("Gauge: %1").arg(m_characteristic.gauge);
    if (!m_characteristic.method.isEmpty())
        how << m_characteristic.method;
    if (!how.isEmpty()) {
        auto *gauge = new QLabel(how.join(QStringLiteral(" · ")), this);
        gauge->setObjectName(QStringLiteral("characteristicGauge"));
        title->addWidget(gauge);
    }
    layout->addLayout(title);

    auto *entry = new QHBoxLayout;
    auto addButton = [&](const QString &key, const QString &label) {
        auto *button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAutoDefault(false);
        button->setProperty("answer", key);
        m_group->addButton(button);
        m_buttons.insert(key, button);
        entry->addWidget(button);
    };
    switch (m_characteristic.kind) {
    case CharacteristicKind::Measured:
        m_value = new QLineEdit(this);
        m_value->setObjectName(QStringLiteral("valueField"));
        m_value->setPlaceholderText(m_characteristic.unit.isEmpty()
                                        ? tr("Measured value")
                                        : tr("Measured value in %1").arg(m_characteristic.unit));
        m_value->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        connect(m_value, &QLineEdit::textChanged, this, [this] {
            showJudgement();
            emit changed();
        });
        entry->addWidget(m_value, 1);
        break;
    case CharacteristicKind::PassFail:
        m_group = new QButtonGroup(this);
        addButton(QStringLiteral("pass"), tr("Pass"));
        addButton(QStringLiteral("fail"), tr("Fail"));
        break;
    case CharacteristicKind::Choice:
        m_group = new QButtonGroup(this);
        for (const QString &choice : m_characteristic.choices)
            addButton(choice, choice);
        break;
    case CharacteristicKind::Photo:
        m_photo = new QPushButton(tr("Choose a photo…"), this);
        connect(m_photo, &QPushButton::clicked, this, &InspectionRow::pickPhoto);
        entry->addWidget(m_photo);
        break;
    }
    if (m_group) {
        connect(m_group, &QButtonGroup::buttonClicked, this, [this] {
            showJudgement();
            emit changed();
        });
    }
    entry->addStretch(m_value ? 0 : 1);
    layout->addLayout(entry);
    m_judgement = new QLabel(this);
    m_judgement->setObjectName(QStringLiteral("judgement"));
    m_judgement->setWordWrap(true);
    layout->addWidget(m_judgement);
    showJudgement();
}

InspectionEntry InspectionRow::entry(int sampleNo) const
{
    InspectionEntry e;
    e.characteristicId = m_characteristic.id;
    e.sampleNo = sampleNo;
    if (m_value) {
        const QString typed = m_value->text().trimmed();
        if (const std::optional<double> value = parseNumber(typed))
            e.value = value;
        else
            e.text = typed;
    } else if (m_group) {
        if (QAbstractButton *checked = m_group->checkedButton())
            e.text = checked->property("answer").toString();
    } else {
        e.text = m_photoBase64;
    }
    return e;
}

void InspectionRow::setEntry(const InspectionEntry &e)
{
    if (m_value) {
        const QSignalBlocker blocker(m_value);
        m_value->setText(e.value ? number(*e.value) : e.text);
    } else if (m_group) {
        m_group->setExclusive(false);
        for (QPushButton *button : std::as_const(m_buttons))
            button->setChecked(button->property("answer").toString() == e.text);
        m_group->setExclusive(true);
    } else {
        m_photoBase64 = e.text;
        m_photo->setText(m_photoBase64.isEmpty() ? tr("Choose a photo…") : tr("Photo taken ✓"));
    }
    showJudgement();
}

bool InspectionRow::isEmpty() const
{
    const InspectionEntry e = entry(1);
    return !e.value && e.text.trimmed().isEmpty();
}

std::optional<Result<Judgement>> InspectionRow::judgement() const
{
    if (isEmpty())
        return std::nullopt;
    return CharacteristicJudge::judge(m_characteristic, entry(1));
}

bool InspectionRow::setPhotoFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return false;
    if (image.width() > MaxPhotoSide || image.height() > MaxPhotoSide)
        image = image.scaled(MaxPhotoSide, MaxPhotoSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    QByteArray jpeg;
    for (int quality = 85; quality >= 30; quality -= 15) {
        jpeg.clear();
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", quality);
        if (jpeg.toBase64().size() <= MaxPhotoBytes)
            break;
    }
    m_photoBase64 = QString::fromLatin1(jpeg.toBase64());
    m_photo->setText(tr("Photo taken ✓"));
    showJudgement();
    emit changed();
    return true;
}

void InspectionRow::pickPhoto()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a photo"), QString(), tr("Pictures (*.jpg *.jpeg *.png *.bmp)"));
    if (!path.isEmpty() && !setPhotoFile(path))
        m_judgement->setText(tr("This file is not a picture that can be read."));
}

void InspectionRow::showJudgement()
{
    const std::optional<Result<Judgement>> judged = judgement();
    QString state;
    if (!judged) {
        m_judgement->setText(m_characteristic.required ? tr("Not entered yet") : QString());
    } else if (!judged->ok()) {
        state = QStringLiteral("refused");
        m_judgement->setText(QStringLiteral("⚠ ") + judged->error());
    } else {
        state = judged->value().ok ? QStringLiteral("ok") : QStringLiteral("fail");
        m_judgement->setText((judged->value().ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                             judged->value().message);
    }
    m_judgement->setProperty("state", state);
    m_judgement->style()->unpolish(m_judgement);
    m_judgement->style()->polish(m_judgement);
}

} // namespace Taktline
