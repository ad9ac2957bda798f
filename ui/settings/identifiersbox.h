#pragma once

#include <QGroupBox>

class QCheckBox;
class QDate;
class QLineEdit;
class QPushButton;

namespace Taktline {

class DateEdit;
class MessageBanner;
class Workspace;

// The "Industrial-internet identifiers" group of Settings: the enterprise prefix (企业前缀),
// whether lot and serial labels carry the identifier, and the export of the registration file
// for the secondary node (二级节点); and the default pattern of serial numbers (序列号).
class IdentifiersBox final : public QGroupBox
{
    Q_OBJECT
public:
    IdentifiersBox(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    void setDateRange(const QDate &from, const QDate &to);
    // Writes the registration file of the chosen days to PATH (.csv or .json) and says in the
    // banner what was written or why nothing was; what the file dialog's choice leads to.
    bool exportRegistration(const QString &path);

private:
    void save();
    void saveSerialPattern();
    void chooseExportFile();
    void showSettings();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    QLineEdit *m_prefix;
    QCheckBox *m_labelsCarry;
    QPushButton *m_save;
    QLineEdit *m_serialPattern;
    QPushButton *m_saveSerialPattern;
    DateEdit *m_from;
    DateEdit *m_to;
    QPushButton *m_export;
};

} // namespace Taktline
