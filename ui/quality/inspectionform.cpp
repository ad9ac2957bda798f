#include "quality/inspectionform.h"

#include "quality/inspectionrow.h"
#include "quality/inspectionstyle.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

namespace Taktline {

namespace {

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QString entryKey(const QString &characteristicId, int sampleNo)
{
    return characteristicId + QLatin1Char('#') + QString::number(sampleNo);
}

} // namespace

InspectionForm::InspectionForm(Workspace *workspace, const InspectionInput &prefilled,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_input(prefilled)
    , m_entries(prefilled.entries)
{
    setObjectName(QStringLiteral("inspectionForm"));
    setStyleSheet(inspectionStyleSheet());
    setWindowTitle(inspectionKindName(m_input.kind));
    load();
}

InspectionForm::~InspectionForm() = default;

void InspectionForm::load()
{
    auto *layout = new QVBoxLayout(this);
    const Result<InspectionSubject> subject = m_workspace->inspections()->subject(m_input);
    if (subject) {
        m_subject = subject.value();
        m_plan = m_subject.plan;
        m_sampleCount = std::max(1, m_subject.samples);
    } else {
        m_loadError = subject.error();
    }
    buildHeader(layout);

    auto *stepper = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ Previous sample"), this);
    m_sampleLabel = new QLabel(this);
    m_sampleLabel->setObjectName(QStringLiteral("sampleLabel"));
    m_sampleLabel->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(tr("Next sample ▶"), this);
    stepper->addWidget(m_previous);
    stepper->addWidget(m_sampleLabel, 1);
    stepper->addWidget(m_next);
    layout->addLayout(stepper);
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    connect(m_previous, &QPushButton::clicked, this, [this] { showSample(m_sample - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showSample(m_sample + 1); });
    const bool stepping = m_sampleCount > 1;
    m_previous->setVisible(stepping);
    m_next->setVisible(stepping);
    m_sampleLabel->setVisible(stepping);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *rows = new QWidget(scroll);
    auto *rowLayout = new QVBoxLayout(rows);
    for (const Characteristic &c : std::as_const(m_plan.characteristics)) {
        auto *row = new InspectionRow(c, rows);
        m_rows.append(row);
        rowLayout->addWidget(row);
        connect(row, &InspectionRow::changed, this, &InspectionForm::refresh);
        if (QLineEdit *field = row->valueField()) {
            // Enter moves on to the next characteristic, as on the station's keypad.
            connect(field, &QLineEdit::returnPressed, this, [this, row] {
                const int next = int(m_rows.indexOf(row)) + 1;
                if (next < m_rows.size() && m_rows.at(next)->valueField())
                    m_rows.at(next)->valueField()->setFocus();
                else if (m_next->isVisible() && m_next->isEnabled())
                    showSample(m_sample + 1);
            });
        }
    }
    rowLayout->addStretch();
    scroll->setWidget(rows);
    layout->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    bottom->addWidget(m_verdict, 1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_save = new QPushButton(tr("Save inspection"), this);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    cancel->setAutoDefault(false);
    bottom->addWidget(cancel);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InspectionForm::save);
    resize(900, 700);
    showSample(1);
}

void InspectionForm::buildHeader(QVBoxLayout *layout)
{
    const InspectionSubject &s = m_subject;
    QString title = inspectionKindName(m_input.kind);
    if (!s.workOrderNumber.isEmpty())
        title += QStringLiteral(" · ") + s.workOrderNumber;
    if (s.seq > 0)
        title += QStringLiteral(" · ") + tr("step %1 %2").arg(s.seq).arg(s.operationName);
    if (!s.machineCode.isEmpty())
        title += QStringLiteral(" · ") + s.machineCode;
    if (!s.lotNo.isEmpty())
        title += QStringLiteral(" · ") + tr("lot %1").arg(s.lotNo);
    m_header = new QLabel(title, this);
    m_header->setObjectName(QStringLiteral("inspectionHeader"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    QString product = QString(s.partNo + QLatin1Char(' ') + s.productName).trimmed();
    if (!s.supplier.isEmpty())
        product += QStringLiteral(" · ") + tr("supplier %1").arg(s.supplier);
    if (s.lotSize > 0)
        product += QStringLiteral(" · ") + tr("lot size %1").arg(s.lotSize);
    auto *productLabel = new QLabel(product, this);
    productLabel->setObjectName(QStringLiteral("inspectionProduct"));
    layout->addWidget(productLabel);
    m_sampling = new QLabel(this);
    m_sampling->setObjectName(QStringLiteral("samplingPlan"));
    if (s.sampling) {
        const QString plan = s.sampling->wholeLot
                                 ? tr("Every piece (%1), Ac %2 / Re %3")
                                       .arg(m_sampleCount)
                                       .arg(s.sampling->accept)
                                       .arg(s.sampling->reject)
                                 : tr("Sample size %1, Ac %2 / Re %3")
                                       .arg(s.sampling->sampleSize)
                                       .arg(s.sampling->accept)
                                       .arg(s.sampling->reject);
        m_sampling->setText(tr("%1 · code letter %2 · %3")
                                .arg(plan, QString(s.sampling->codeLetter),
                                     severityName(s.severity)));
    }
    m_sampling->setVisible(s.sampling.has_value());
    layout->addWidget(m_sampling);
}

QList<InspectionEntry> InspectionForm::collected() const
{
    QList<InspectionEntry> entries;
    for (const InspectionEntry &e : m_entries) {
        if (e.sampleNo != m_sample)
            entries.append(e);
    }
    for (InspectionRow *row : m_rows) {
        if (!row->isEmpty())
            entries.append(row->entry(m_sample));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const InspectionEntry &a, const InspectionEntry &b) {
                         return a.sampleNo < b.sampleNo;
                     });
    return entries;
}

InspectionInput InspectionForm::input() const
{
    InspectionInput input = m_input;
    input.entries = collected();
    return input;
}

QString InspectionForm::lastError() const
{
    return m_error->text();
}

void InspectionForm::showSample(int sampleNo)
{
    if (sampleNo < 1 || sampleNo > m_sampleCount)
        return;
    m_entries = collected();
    m_sample = sampleNo;
    QHash<QString, InspectionEntry> shown;
    for (const InspectionEntry &e : std::as_const(m_entries))
        shown.insert(entryKey(e.characteristicId, e.sampleNo), e);
    for (InspectionRow *row : std::as_const(m_rows)) {
        InspectionEntry e = shown.value(entryKey(row->characteristic().id, m_sample));
        row->setEntry(e);
    }
    if (!m_rows.isEmpty() && m_rows.constFirst()->valueField())
        m_rows.constFirst()->valueField()->setFocus();
    refresh();
}

void InspectionForm::refresh()
{
    m_sampleLabel->setText(tr("Sample %1 / %2").arg(m_sample).arg(m_sampleCount));
    m_previous->setEnabled(m_sample > 1);
    m_next->setEnabled(m_sample < m_sampleCount);
    if (!m_loadError.isEmpty()) {
        m_error->setText(m_loadError);
        m_verdict->setText(QString());
        m_save->setEnabled(false);
        return;
    }
    const QList<InspectionEntry> entries = collected();
    int left = 0;
    QSet<QString> present;
    for (const InspectionEntry &e : entries)
        present.insert(entryKey(e.characteristicId, e.sampleNo));
    for (int sample = 1; sample <= m_sampleCount; ++sample) {
        for (const Characteristic &c : std::as_const(m_plan.characteristics))
            left += c.required && !present.contains(entryKey(c.id, sample)) ? 1 : 0;
    }
    m_verdict->setProperty("passed", QVariant());
    if (left > 0) {
        m_error->clear();
        m_verdict->setText(tr("%n result(s) still to enter", nullptr, left));
        m_save->setEnabled(false);
        repolish(m_verdict);
        return;
    }
    const Result<InspectionVerdict> verdict = m_workspace->inspections()->preview(input());
    if (!verdict) {
        m_error->setText(verdict.error());
        m_verdict->setText(QString());
        m_save->setEnabled(false);
        repolish(m_verdict);
        return;
    }
    m_error->clear();
    m_verdict->setText(verdict.value().summary);
    m_verdict->setProperty("passed", verdict.value().passed);
    m_save->setEnabled(true);
    repolish(m_verdict);
}

bool InspectionForm::save()
{
    if (!m_save->isEnabled())
        return false;
    const Result<InspectionVerdict> saved = m_workspace->inspections()->record(input());
    if (!saved) {
        m_error->setText(saved.error());
        return false;
    }
    emit recorded(saved.value().inspectionId, saved.value().passed);
    accept();
    return true;
}

} // namespace Taktline
