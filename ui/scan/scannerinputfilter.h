#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QLineEdit;

namespace Taktline {

// Tells a keyboard-mode barcode scanner from a person typing, wherever focus is, and hands a
// scan to the page that asked for scans instead of typing it into the focused widget.
// Install it on qApp; the station page calls setScanTarget(this) while it is shown.
class ScannerInputFilter final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int maxGapMs READ maxGapMs WRITE setMaxGapMs)
    Q_PROPERTY(int minLength READ minLength WRITE setMinLength)
    Q_PROPERTY(Suffix suffix READ suffix WRITE setSuffix)

public:
    // The key the scanner sends after the code (a setting in the scanner's manual).
    enum class Suffix { Enter, Tab, EnterOrTab };
    Q_ENUM(Suffix)

    explicit ScannerInputFilter(QObject *parent = nullptr);
    ~ScannerInputFilter() override;

    // Scans are recognised only while TARGET is visible and the keys go to its window;
    // nullptr stops recognising bursts (keys then pass untouched, without delay).
    void setScanTarget(QWidget *target);
    QWidget *scanTarget() const { return m_target; }

    // Longest pause between two keys of one scan.
    int maxGapMs() const { return m_maxGapMs; }
    void setMaxGapMs(int ms);
    // Fewer characters than this before the suffix is typing, not a scan.
    int minLength() const { return m_minLength; }
    void setMinLength(int length);
    Suffix suffix() const { return m_suffix; }
    void setSuffix(Suffix suffix);

    // Makes FIELD a scan field: no input method (ScanInputGuard: a Chinese IME must not turn
    // scanned letters into pinyin), and Enter in it emits scanned() with its text and clears it.
    static void makeScanField(QLineEdit *field);
    static bool isScanField(const QObject *object);
    // CODE without the CR, LF and GS characters scanners add.
    static QString stripNoise(const QString &code);

signals:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldEvent
    {
        QPointer<QWidget> receiver;
        std::unique_ptr<QEvent> event;
    };

    bool isFirstDelivery(QWidget *receiver, QEvent *event);
    bool recognising(QWidget *receiver) const;
    bool handleKeyPress(QWidget *receiver, QKeyEvent *event);
    bool handleKeyRelease(QWidget *receiver, QKeyEvent *event);
    bool handleInputMethod(QWidget *receiver, QInputMethodEvent *event);
    bool isSuffixKey(const QKeyEvent *event) const;
    bool finishBurst(QKeyEvent *suffix);
    bool finishScanField(QWidget *receiver, QKeyEvent *suffix);
    void hold(QWidget *receiver, QEvent *event, const QString &text);
    void replayHeld();
    void emitScan(const QString &code);

    QPointer<QWidget> m_target;
    int m_maxGapMs = 35;
    int m_minLength = 3;
    Suffix m_suffix = Suffix::Enter;

    std::vector<HeldEvent> m_held;
    QString m_buffer;
    QElapsedTimer m_sinceLastKey;
    QElapsedTimer m_sinceLastScan;
    QTimer m_flushTimer;
    QList<int> m_swallowReleases;
    bool m_replaying = false;
    // The last event seen and its first receiver: an event a widget ignores is offered to
    // its parents, and the filter sees it again for each of them.
    const QEvent *m_lastEvent = nullptr;
    QPointer<QWidget> m_lastReceiver;
};

} // namespace Taktline
