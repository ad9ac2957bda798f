#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace Taktline {

// Checks the factory file's hash chain in the background — once soon after the start and then
// every day while the app runs — on a read-only connection of its own, and says whether it
// holds. What the main window warns with.
class ChainCheck final : public QObject
{
    Q_OBJECT
public:
    explicit ChainCheck(QString databasePath, QObject *parent = nullptr);
    ~ChainCheck() override;

    // Starts the daily schedule with a first check after FIRST_DELAY_MS.
    void schedule(int firstDelayMs = 3000);
    // Checks now, unless a check is running; checked() follows.
    void checkNow();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // PROBLEM is empty when the chain holds; otherwise the first break, for the user. A file
    // that cannot be checked (busy, damaged) is not reported here: opening it says so.
    void checked(const QString &problem);

private:
    void deliver(const QString &problem);

    QString m_path;
    QTimer m_daily;
    QThread *m_thread = nullptr;
};

} // namespace Taktline
