#include "settings/identifiersbox.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "common/files/savefiledialog.h"
#include "common/fields/scaninputguard.h"
#include "io/identifierregistration.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace Taktline {

IdentifiersBox::IdentifiersBox(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Industrial-internet identifiers"), parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_prefix(new QLineEdit(this))
    , m_labelsCarry(new QCheckBox(tr("Lot and serial labels carry the identifier"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_serialPattern(new QLineEdit(this))
    , m_saveSerialPattern(new QPushButton(tr("Save"), this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_export(new QPushButton(tr("Export registration file…"), this))
{
    setObjectName(QStringLiteral("identifiersBox"));
    m_prefix->setObjectName(QStringLiteral("identifierPrefixEdit"));
    m_prefix->setPlaceholderText(tr("such as 88.118.8"));
    m_prefix->setMaxLength(80);
    m_labelsCarry->setObjectName(QStringLiteral("labelsCarryIdentifierCheck"));
    m_save->setObjectName(QStringLiteral("saveIdentifierButton"));
    auto *note = new QLabel(tr("Labels then carry PREFIX/LOT:… or PREFIX/SN:…, and scanning "
                               "them still finds the lot or serial. GS1 labels keep their GS1 "
                               "content: an identifier is not a GS1 element string."),
                            this);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);
    const bool canEdit = workspace->access()->allows(Permission::EditSettings);
    m_prefix->setReadOnly(!canEdit);
    m_labelsCarry->setEnabled(canEdit);
    m_save->setVisible(canEdit);
    m_serialPattern->setObjectName(QStringLiteral("serialPatternEdit"));
    m_serialPattern->setMaxLength(80);
    ScanInputGuard::protect(m_prefix);
    ScanInputGuard::protect(m_serialPattern); // letters, digits, dashes
    m_serialPattern->setReadOnly(!canEdit);
    m_saveSerialPattern->setObjectName(QStringLiteral("saveSerialPatternButton"));
    m_saveSerialPattern->setVisible(canEdit);
    auto *patternNote = new QLabel(tr("What the serial numbers dialog of a work order starts "
                                      "with: {WO} the work order number, {yyMMdd} the date, "
                                      "{seq:4} the piece number with 4 digits (required)."),
                                   this);
    patternNote->setObjectName(QStringLiteral("placeholderNote"));
    patternNote->setWordWrap(true);

    const QDate today = m_workspace->clock().today();
    m_from->setObjectName(QStringLiteral("registrationFromDate"));
    m_to->setObjectName(QStringLiteral("registrationToDate"));
    setDateRange(QDate(today.year(), today.month(), 1), today);
    m_export->setObjectName(QStringLiteral("exportRegistrationButton"));
    m_export->setEnabled(workspace->access()->allows(Permission::ViewTraceability));
    m_export->setToolTip(tr("The lots received, production lots started and serial numbers "
                            "generated on these days, as CSV (for Excel) or JSON for the "
                            "secondary node's batch registration. Nothing is sent anywhere."));

    auto *prefixRow = new QHBoxLayout;
    prefixRow->addWidget(m_prefix, 1);
    prefixRow->addWidget(m_save);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Enterprise prefix:"), prefixRow);
    form->addRow(QString(), m_labelsCarry);
    form->addRow(QString(), note);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_serialPattern, 1);
    patternRow->addWidget(m_saveSerialPattern);
    form->addRow(tr("Serial number pattern:"), patternRow);
    form->addRow(QString(), patternNote);
    form->addRow(tr("Registration days:"), range);
    form->addRow(QString(), m_export);
    showSettings();

    connect(m_save, &QPushButton::clicked, this, &IdentifiersBox::save);
    connect(m_prefix, &QLineEdit::returnPressed, this, &IdentifiersBox::save);
    connect(m_saveSerialPattern, &QPushButton::clicked, this, &IdentifiersBox::saveSerialPattern);
    connect(m_serialPattern, &QLineEdit::returnPressed, this, &IdentifiersBox::saveSerialPattern);
    connect(m_export, &QPushButton::clicked, this, &IdentifiersBox::chooseExportFile);
    connect(workspace->settings(), &SettingsService::settingsChanged, this,
            &IdentifiersBox::showSettings);
}

void IdentifiersBox::setDateRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void IdentifiersBox::showSettings()
{
    m_prefix->setText(m_workspace->settings()->identifierPrefix());
    m_labelsCarry->setChecked(m_workspace->settings()->labelsCarryIdentifier());
    if (!m_serialPattern->isModified()) // a refused pattern stays to be corrected
        m_serialPattern->setText(m_workspace->settings()->serialPattern());
}

void IdentifiersBox::saveSerialPattern()
{
    const Outcome saved = m_workspace->settings()->setSerialPattern(m_serialPattern->text());
    if (!saved) {
        // The refused text stays in the field to correct; the saved pattern is what is offered.
        m_serialPattern->setModified(true);
        m_banner->showMessage(saved.error());
        return;
    }
    m_serialPattern->setText(m_workspace->settings()->serialPattern());
    m_banner->showMessage(tr("New serial numbers are now offered with the pattern %1.")
                              .arg(m_workspace->settings()->serialPattern()),
                          MessageBanner::Kind::Success);
}

void IdentifiersBox::save()
{
    const Outcome saved = m_workspace->settings()->setIdentifierSettings(
        m_prefix->text(), m_labelsCarry->isChecked());
    if (!saved) {
        // The refused text stays in the field to correct; the saved value is what labels use.
        m_banner->showMessage(saved.error());
        return;
    }
    showSettings();
    const QString prefix = m_workspace->settings()->identifierPrefix();
    m_banner->showMessage(prefix.isEmpty()
                              ? tr("The enterprise prefix is cleared; labels carry no identifier.")
                          : m_labelsCarry->isChecked()
                              ? tr("The enterprise prefix %1 is saved; lot and serial labels "
                                   "carry identifiers such as %1/LOT:….")
                                    .arg(prefix)
                              : tr("The enterprise prefix %1 is saved.").arg(prefix),
                          MessageBanner::Kind::Success);
}

void IdentifiersBox::chooseExportFile()
{
    const QString name = tr("identifiers-%1-%2")
                             .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                  m_to->date().toString(QStringLiteral("yyyyMMdd")));
    const QString path = SaveFileDialog::ask(this, tr("Export registration file"), name,
                                             {SaveFileDialog::Kind::Csv, SaveFileDialog::Kind::Json});
    if (path.isEmpty())
        return;
    exportRegistration(path);
}

bool IdentifiersBox::exportRegistration(const QString &path)
{
    const Result<IdentifierRegistration::Summary> written =
        IdentifierRegistration(m_workspace).write(path, m_from->date(), m_to->date());
    if (!written) {
        m_banner->showMessage(written.error());
        return false;
    }
    QString message = tr("Wrote %n identifier(s) to %1.", nullptr, written.value().count)
                          .arg(QDir::toNativeSeparators(path));
    const QStringList &leftOut = written.value().leftOut;
    if (!leftOut.isEmpty()) {
        message += u' ' + tr("Left out, because their numbers have spaces or characters an "
                             "identifier cannot carry: %1.")
                              .arg(QLocale().createSeparatedList(leftOut));
    }
    m_banner->showMessage(message, leftOut.isEmpty() ? MessageBanner::Kind::Success
                                                     : MessageBanner::Kind::Info);
    return true;
}

} // namespace Taktline
