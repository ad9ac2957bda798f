#include "scan/scannerinputfilter.h"

#include "common/fields/scaninputguard.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScopedValueRollback>

#include <algorithm>
#include <limits>

namespace Taktline {

namespace {

const char ScanFieldProperty[] = "taktlineScanField";
constexpr QChar GroupSeparator(0x1d);

bool isNoiseChar(QChar ch)
{
    return ch == u'\r' || ch == u'\n' || ch == GroupSeparator;
}

// What a scanner can type: printable ASCII, and its fullwidth forms when an IME is in
// fullwidth mode (left for the codec to normalise).
bool isScanChar(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= 0x20 && u < 0x7f) || (u >= 0xff01 && u <= 0xff5e) || u == 0x3000;
}

bool isScanText(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar ch) {
        return isScanChar(ch) || isNoiseChar(ch);
    });
}

bool isNoiseText(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isNoiseChar);
}

bool isEnterKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt ||
           key == Qt::Key_Meta || key == Qt::Key_AltGr || key == Qt::Key_CapsLock;
}

// Ctrl, Alt or Meta make a key a command (Ctrl+C), except Ctrl+Alt, which is AltGr on Windows.
bool hasCommandModifier(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (mods.testFlag(Qt::ControlModifier) && mods.testFlag(Qt::AltModifier))
        return false;
    return mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
}

} // namespace

ScannerInputFilter::ScannerInputFilter(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(m_maxGapMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ScannerInputFilter::replayHeld);
}

ScannerInputFilter::~ScannerInputFilter()
{
    if (QCoreApplication::instance())
        replayHeld(); // typing is never lost, not even when the filter goes away
}

void ScannerInputFilter::setScanTarget(QWidget *target)
{
    if (m_target != target)
        replayHeld();
    m_target = target;
}

void ScannerInputFilter::setMaxGapMs(int ms)
{
    m_maxGapMs = std::clamp(ms, 5, 1000);
    m_flushTimer.setInterval(m_maxGapMs);
}

void ScannerInputFilter::setMinLength(int length)
{
    m_minLength = std::max(1, length);
}

void ScannerInputFilter::setSuffix(Suffix suffix)
{
    m_suffix = suffix;
}

void ScannerInputFilter::makeScanField(QLineEdit *field)
{
    ScanInputGuard::protect(field);
    field->setProperty(ScanFieldProperty, true);
}

bool ScannerInputFilter::isScanField(const QObject *object)
{
    return object && qobject_cast<const QLineEdit *>(object) &&
           object->property(ScanFieldProperty).toBool();
}

QString ScannerInputFilter::stripNoise(const QString &code)
{
    QString clean = code;
    clean.removeIf(isNoiseChar);
    return clean;
}

bool ScannerInputFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Key events reach the window first and then its focus widget; only the widget counts.
    if (m_replaying || !watched->isWidgetType())
        return false;
    auto *receiver = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::KeyPress:
        return isFirstDelivery(receiver, event) &&
               handleKeyPress(receiver, static_cast<QKeyEvent *>(event));
    case QEvent::KeyRelease:
        return isFirstDelivery(receiver, event) &&
               handleKeyRelease(receiver, static_cast<QKeyEvent *>(event));
    case QEvent::InputMethod:
        return handleInputMethod(receiver, static_cast<QInputMethodEvent *>(event));
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        replayHeld(); // held keys come before the click, as they were typed
        return false;
    default:
        return false;
    }
}

bool ScannerInputFilter::isFirstDelivery(QWidget *receiver, QEvent *event)
{
    if (event == m_lastEvent && m_lastReceiver && receiver != m_lastReceiver &&
        receiver->isAncestorOf(m_lastReceiver))
        return false;
    m_lastEvent = event;
    m_lastReceiver = receiver;
    return true;
}

bool ScannerInputFilter::recognising(QWidget *receiver) const
{
    return m_target && m_target->isVisible() && receiver->window() == m_target->window();
}

bool ScannerInputFilter::isSuffixKey(const QKeyEvent *event) const
{
    if (hasCommandModifier(event))
        return false;
    const bool enter = isEnterKey(event);
    const bool tab = event->key() == Qt::Key_Tab;
    switch (m_suffix) {
    case Suffix::Enter:
        return enter;
    case Suffix::Tab:
        return tab;
    case Suffix::EnterOrTab:
        return enter || tab;
    }
    return false;
}

bool ScannerInputFilter::handleKeyPress(QWidget *receiver, QKeyEvent *event)
{
    m_swallowReleases.removeAll(event->key()); // a new press: the release to come is its own
    if (event->isAutoRepeat()) {
        replayHeld();
        return false;
    }
    const qint64 gap =
        m_sinceLastKey.isValid() ? m_sinceLastKey.elapsed() : std::numeric_limits<qint64>::max();
    const QString text = event->text();

    // A scanner that ends with CR LF sends a second line end right after the first.
    if (m_held.empty() && (isEnterKey(event) || isNoiseText(text)) && m_sinceLastScan.isValid() &&
        m_sinceLastScan.elapsed() <= m_maxGapMs) {
        m_swallowReleases.append(event->key());
        event->accept();
        return true;
    }

    if (isEnterKey(event) || isSuffixKey(event)) {
        if (isSuffixKey(event) && !m_held.empty() && gap <= m_maxGapMs &&
            stripNoise(m_buffer).size() >= m_minLength)
            return finishBurst(event);
        replayHeld(); // typing, or too short for a scan: the keys go where they were typed
        return finishScanField(receiver, event);
    }

    if (!recognising(receiver)) {
        replayHeld();
        return false;
    }
    if (isScanText(text) && (!hasCommandModifier(event) || isNoiseText(text))) {
        if (!m_held.empty() && gap > m_maxGapMs)
            replayHeld(); // a pause: what came before was typing
        hold(receiver, event, text);
        return true;
    }
    if (isModifierKey(event->key()) && !m_held.empty()) {
        hold(receiver, event, QString()); // a scanner presses Shift for capitals
        return true;
    }
    replayHeld();
    return false;
}

bool ScannerInputFilter::handleKeyRelease(QWidget *receiver, QKeyEvent *event)
{
    if (m_swallowReleases.removeOne(event->key())) {
        event->accept();
        return true;
    }
    if (m_held.empty())
        return false;
    // Held with the presses so that the widget sees press and release in their order.
    m_held.push_back({receiver, std::unique_ptr<QEvent>(event->clone())});
    event->accept();
    return true;
}

bool ScannerInputFilter::handleInputMethod(QWidget *receiver, QInputMethodEvent *event)
{
    if (!recognising(receiver)) {
        replayHeld();
        return false;
    }
    // An active IME delivers what a scanner types as committed text, not as key presses.
    const QString commit = event->commitString();
    if (isScanText(commit) && event->preeditString().isEmpty() && event->replacementLength() == 0) {
        if (!m_held.empty() && m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() > m_maxGapMs)
            replayHeld();
        hold(receiver, event, commit);
        return true;
    }
    replayHeld(); // composing pinyin or committing Chinese: a person is typing
    return false;
}

void ScannerInputFilter::hold(QWidget *receiver, QEvent *event, const QString &text)
{
    m_held.push_back({receiver, std::unique_ptr<QEvent>(event->clone())});
    m_buffer += text;
    m_sinceLastKey.start();
    m_flushTimer.start();
    event->accept();
}

bool ScannerInputFilter::finishBurst(QKeyEvent *suffix)
{
    const QString code = stripNoise(m_buffer);
    // Keys still down when the suffix came: their releases belong to the scan too.
    QList<int> down;
    for (const HeldEvent &held : m_held) {
        if (held.event->type() == QEvent::KeyPress)
            down.append(static_cast<const QKeyEvent *>(held.event.get())->key());
        else if (held.event->type() == QEvent::KeyRelease)
            down.removeOne(static_cast<const QKeyEvent *>(held.event.get())->key());
    }
    m_swallowReleases += down;
    m_swallowReleases.append(suffix->key());
    m_held.clear();
    m_buffer.clear();
    m_flushTimer.stop();
    suffix->accept();
    emitScan(code);
    return true;
}

bool ScannerInputFilter::finishScanField(QWidget *receiver, QKeyEvent *suffix)
{
    if (!isScanField(receiver))
        return false;
    auto *field = static_cast<QLineEdit *>(receiver);
    const QString code = stripNoise(field->text()).trimmed();
    if (code.isEmpty())
        return false;
    field->clear();
    m_swallowReleases.append(suffix->key());
    suffix->accept();
    emitScan(code);
    return true;
}

void ScannerInputFilter::replayHeld()
{
    m_flushTimer.stop();
    m_buffer.clear();
    if (m_held.empty())
        return;
    const std::vector<HeldEvent> held = std::move(m_held);
    m_held.clear();
    const QScopedValueRollback replaying(m_replaying, true);
    for (const HeldEvent &item : held) {
        if (item.receiver)
            QCoreApplication::sendEvent(item.receiver, item.event.get());
    }
}

void ScannerInputFilter::emitScan(const QString &code)
{
    m_sinceLastScan.start();
    emit scanned(code);
}

} // namespace Taktline
