#pragma once

#include "barcode/barcodecodec.h"

#include <QObject>

namespace Taktline {

class StationSession;
class Workspace;

// The station's move of pieces (移库) by scan: LOC:<code> says where to, the next scan says what
// moves (a traveller WO:/OP:, a lot or a serial), the quantity typed on the keypad confirms it.
// A serial is one piece and moves at its scan. Every other scan leaves the session as it was.
class StationMove final : public QObject
{
    Q_OBJECT
public:
    StationMove(Workspace *workspace, StationSession *session);

    bool active() const { return !m_placeCode.isEmpty(); }
    bool hasSource() const { return !m_workOrderNumber.isEmpty() || !m_lotNo.isEmpty(); }
    QString placeCode() const { return m_placeCode; }
    QString placeName() const { return m_placeName; }
    // What moves, in a few words: "WO-2611-0001 step 10", "lot L2611-0001"; empty before.
    QString what() const;
    QString hint() const;
    // How many pieces the scanned step has and where ("30 pieces: not placed 18 · A-01 12").
    QString available() const { return m_available; }
    // Whether a scan of KIND belongs to the move in hand (what moves).
    bool wants(ScanKind kind) const;

    bool takePlace(const QString &code);
    bool takeSource(const ScanResult &scan);
    // Moves QUANTITY pieces of the scanned source to the place; refused, it stays as it was.
    bool confirm(double quantity);
    void cancel();

signals:
    void changed();
    void moved(const QString &moveId);

private:
    bool moveNow(double quantity);
    void clearSource();
    QString availableOf(const QString &workOrderNumber, int seq) const;

    Workspace *m_workspace;
    StationSession *m_session;
    QString m_placeCode, m_placeName;
    QString m_workOrderNumber;
    int m_seq = 0;
    QString m_lotNo;
    QString m_available;
};

} // namespace Taktline
