// The single sampling tables of GB/T 2828.1-2012 (≡ ISO 2859-1:1999): one test per sample size
// code letter with its sample sizes and Ac/Re at several AQLs on normal, tightened and reduced
// inspection, the arrows followed to another letter's plan, the edges of Table 1 at S-1, II and
// III, and every refusal with its message.
//
// Sources of the expected values (each row below names its table and, where the cell is not
// plain from the diagonal, where it was read):
//  [2-A]  Table 2-A rows as printed in MIL-STD-105E Table II-A (identical to ISO 2859-1 Table 2-A
//         for single sampling), and a transcription of Table 2-A at AQL 0.65 … 15 (NIBS AC-TABLE)
//  [2-B]  the same transcription of Table 2-B at AQL 0.65 … 15
//  [AIR]  the worked examples and notes of the AQL Inspector's Rule (ISO version): A at AQL 10,
//         R at AQL 0.015, tightened Q and R at AQL 0.025 → S (3150), reduced G at AQL 1.0 → J
//  [2-C]  Table 2-C of ISO 2859-1:1999 (reduced plans without the gap between Ac and Re)
#include "domain/quality/samplingtables.h"

#include <QTest>

using namespace Taktline;

class TstSamplingTables : public QObject
{
    Q_OBJECT
private slots:
    void letterA();
    void letterB();
    void letterC();
    void letterD();
    void letterE();
    void letterF();
    void letterG();
    void letterH();
    void letterJ();
    void letterK();
    void letterL();
    void letterM();
    void letterN();
    void letterP();
    void letterQ();
    void letterR();
    void letterSOnTightenedOnly();
    void arrowsLeadToAnotherLettersPlan();
    void table1Boundaries_data();
    void table1Boundaries();
    void wholeLotWhenTheSampleIsTheLot();
    void preferredAqls();
    void badInputRefused_data();
    void badInputRefused();
};

namespace {

constexpr Severity N = Severity::Normal;
constexpr Severity T = Severity::Tightened;
constexpr Severity R = Severity::Reduced;

// One cell of a master table: at SEVERITY and AQL the code letter's plan is PLANLETTER's sample
// of SAMPLESIZE with Ac ACCEPT (Re = Ac + 1 throughout the single sampling tables of 1999).
struct Cell
{
    Severity severity;
    double aql;
    char planLetter;
    int sampleSize;
    int accept;
};

void checkLetter(char letter, std::initializer_list<Cell> cells)
{
    for (const Cell &cell : cells) {
        const QString where = QStringLiteral("%1 at AQL %2, %3")
                                  .arg(QChar::fromLatin1(letter))
                                  .arg(SamplingTables::aqlText(cell.aql), severityKey(cell.severity));
        const Result<SamplingPlan> plan =
            SamplingTables::plan(QChar::fromLatin1(letter), cell.aql, cell.severity);
        QVERIFY2(plan.ok(), qPrintable(where + QStringLiteral(": ") + plan.error()));
        QCOMPARE(plan.value().codeLetter, QChar::fromLatin1(letter));
        QVERIFY2(plan.value().planLetter == QChar::fromLatin1(cell.planLetter),
                 qPrintable(where + QStringLiteral(": plan letter ") + plan.value().planLetter));
        QVERIFY2(plan.value().sampleSize == cell.sampleSize,
                 qPrintable(where + QStringLiteral(": n = ")
                            + QString::number(plan.value().sampleSize)));
        QVERIFY2(plan.value().accept == cell.accept && plan.value().reject == cell.accept + 1,
                 qPrintable(where + QStringLiteral(": Ac %1 Re %2")
                                        .arg(plan.value().accept)
                                        .arg(plan.value().reject)));
        QVERIFY(!plan.value().wholeLot);
    }
}

} // namespace

void TstSamplingTables::letterA()
{
    checkLetter('A', {
        {N, 6.5, 'A', 2, 0},    // [2-A] A: 0 1 under 6.5
        {N, 25, 'A', 2, 1},     // [2-A] 1 2 under 25
        {N, 100, 'A', 2, 5},    // [2-A] 5 6 under 100
        {N, 650, 'A', 2, 21},   // [2-A] 21 22 under 650
        {N, 1000, 'A', 2, 30},  // [2-A] 30 31 under 1000, the last plan of row A
        {N, 10, 'C', 5, 1},     // [AIR] no plan above A: AQL 10 is read at C (1 2)
        {T, 40, 'A', 2, 1},     // [2-B] 1 2 under 40
        {T, 1000, 'A', 2, 27},  // [2-B] 27 28 under 1000
        {T, 10, 'D', 8, 1},     // [2-B][AIR] no Ac 0 on two pieces: AQL 10 points down to D
        {R, 6.5, 'A', 2, 0},    // [2-C] 0 1 under 6.5
        {R, 1000, 'A', 2, 14},  // [2-C] 14 15 under 1000
    });
}

void TstSamplingTables::letterB()
{
    checkLetter('B', {
        {N, 4.0, 'B', 3, 0},    // [2-A] 0 1 under 4.0
        {N, 15, 'B', 3, 1},     // [2-A] 1 2 under 15
        {N, 250, 'B', 3, 14},   // [2-A] 14 15 under 250
        {N, 1000, 'B', 3, 44},  // [2-A] 44 45 under 1000
        {T, 6.5, 'B', 3, 0},    // [2-B] 0 1 under 6.5
        {T, 25, 'B', 3, 1},     // [2-B] 1 2 under 25
        {T, 1000, 'B', 3, 41},  // [2-B] 41 42 under 1000
        {R, 4.0, 'B', 2, 0},    // [2-C] 0 1 under 4.0, two pieces
    });
}

void TstSamplingTables::letterC()
{
    checkLetter('C', {
        {N, 2.5, 'C', 5, 0},    // [2-A] 0 1 under 2.5
        {N, 10, 'C', 5, 1},     // [2-A] 1 2 under 10
        {N, 15, 'C', 5, 2},     // [2-A] 2 3 under 15
        {N, 650, 'C', 5, 44},   // [2-A] 44 45 under 650
        {T, 4.0, 'C', 5, 0},    // [2-B] 0 1 under 4.0
        {T, 15, 'C', 5, 1},     // [2-B] 1 2 under 15
        {R, 2.5, 'C', 2, 0},    // [2-C] 0 1 under 2.5
    });
}

void TstSamplingTables::letterD()
{
    checkLetter('D', {
        {N, 1.5, 'D', 8, 0},    // [2-A] 0 1 under 1.5
        {N, 6.5, 'D', 8, 1},    // [2-A] 1 2 under 6.5
        {N, 10, 'D', 8, 2},     // [2-A] 2 3 under 10
        {N, 15, 'D', 8, 3},     // [2-A] 3 4 under 15
        {N, 400, 'D', 8, 44},   // [2-A] 44 45 under 400
        {T, 2.5, 'D', 8, 0},    // [2-B] 0 1 under 2.5
        {T, 10, 'D', 8, 1},     // [2-B] 1 2 under 10
        {T, 15, 'D', 8, 2},     // [2-B] 2 3 under 15
        {R, 1.5, 'D', 3, 0},    // [2-C] 0 1 under 1.5, three pieces
    });
}

void TstSamplingTables::letterE()
{
    checkLetter('E', {
        {N, 1.0, 'E', 13, 0},   // [2-A] 0 1 under 1.0
        {N, 4.0, 'E', 13, 1},   // [2-A] 1 2 under 4.0
        {N, 10, 'E', 13, 3},    // [2-A] 3 4 under 10
        {N, 15, 'E', 13, 5},    // [2-A] 5 6 under 15
        {N, 150, 'E', 13, 30},  // [2-A] 30 31 under 150
        {N, 250, 'E', 13, 44},  // [2-A] 44 45 under 250, the last row with Ac 44
        {T, 1.5, 'E', 13, 0},   // [2-B] 0 1 under 1.5
        {T, 10, 'E', 13, 2},    // [2-B] 2 3 under 10
        {T, 15, 'E', 13, 3},    // [2-B] 3 4 under 15
        {R, 1.0, 'E', 5, 0},    // [2-C] 0 1 under 1.0
    });
}

void TstSamplingTables::letterF()
{
    checkLetter('F', {
        {N, 0.65, 'F', 20, 0},  // [2-A] 0 1 under 0.65
        {N, 2.5, 'F', 20, 1},   // [2-A] 1 2 under 2.5
        {N, 15, 'F', 20, 7},    // [2-A] 7 8 under 15
        {N, 65, 'F', 20, 21},   // [2-A] 21 22 under 65, the last plan of row F
        {T, 1.0, 'F', 20, 0},   // [2-B] 0 1 under 1.0
        {T, 15, 'F', 20, 5},    // [2-B] 5 6 under 15
        {R, 0.65, 'F', 8, 0},   // [2-C] 0 1 under 0.65
    });
}

void TstSamplingTables::letterG()
{
    checkLetter('G', {
        {N, 0.40, 'G', 32, 0},  // [2-A] 0 1 under 0.40
        {N, 1.5, 'G', 32, 1},   // [2-A] 1 2 under 1.5
        {N, 15, 'G', 32, 10},   // [2-A] 10 11 under 15
        {N, 40, 'G', 32, 21},   // [2-A] 21 22 under 40
        {T, 0.65, 'G', 32, 0},  // [2-B] 0 1 under 0.65
        {T, 2.5, 'G', 32, 1},   // [2-B] 1 2 under 2.5
        {T, 15, 'G', 32, 8},    // [2-B] 8 9 under 15
        {R, 0.40, 'G', 13, 0},  // [2-C] 0 1 under 0.40
    });
}

void TstSamplingTables::letterH()
{
    checkLetter('H', {
        {N, 0.25, 'H', 50, 0},  // [2-A] 0 1 under 0.25
        {N, 1.0, 'H', 50, 1},   // [2-A] 1 2 under 1.0
        {N, 2.5, 'H', 50, 3},   // [2-A] 3 4 under 2.5
        {N, 10, 'H', 50, 10},   // [2-A] 10 11 under 10
        {N, 25, 'H', 50, 21},   // [2-A] 21 22 under 25
        {T, 0.40, 'H', 50, 0},  // [2-B] 0 1 under 0.40
        {T, 15, 'H', 50, 12},   // [2-B] 12 13 under 15
        {R, 0.25, 'H', 20, 0},  // [2-C] 0 1 under 0.25
    });
}

void TstSamplingTables::letterJ()
{
    checkLetter('J', {
        {N, 0.15, 'J', 80, 0},  // [2-A] 0 1 under 0.15
        {N, 0.65, 'J', 80, 1},  // [2-A] 1 2 under 0.65
        {N, 1.0, 'J', 80, 2},   // [2-A] 2 3 under 1.0
        {N, 1.5, 'J', 80, 3},   // [2-A][AIR example 1] 3 4 under 1.5
        {N, 2.5, 'J', 80, 5},   // [2-A] 5 6 under 2.5
        {N, 15, 'J', 80, 21},   // [2-A] 21 22 under 15
        {T, 1.0, 'J', 80, 1},   // [2-B] 1 2 under 1.0
        {T, 2.5, 'J', 80, 3},   // [2-B] 3 4 under 2.5
        {T, 15, 'J', 80, 18},   // [2-B] 18 19 under 15
        {R, 1.0, 'J', 32, 1},   // [2-C][AIR example 3] 1 2 under 1.0, 32 pieces
    });
}

void TstSamplingTables::letterK()
{
    checkLetter('K', {
        {N, 0.10, 'K', 125, 0}, // [2-A] 0 1 under 0.10
        {N, 0.65, 'K', 125, 2}, // [2-A] 2 3 under 0.65
        {N, 1.0, 'K', 125, 3},  // [2-A] 3 4 under 1.0
        {N, 10, 'K', 125, 21},  // [2-A] 21 22 under 10
        {T, 0.65, 'K', 125, 1}, // [2-B] 1 2 under 0.65
        {T, 4.0, 'K', 125, 8},  // [2-B] 8 9 under 4.0
        {T, 10, 'K', 125, 18},  // [2-B] 18 19 under 10
        {R, 1.0, 'K', 50, 2},   // [2-C] 2 3 under 1.0
    });
}

void TstSamplingTables::letterL()
{
    checkLetter('L', {
        {N, 0.065, 'L', 200, 0}, // [2-A] 0 1 under 0.065
        {N, 0.65, 'L', 200, 3},  // [2-A] 3 4 under 0.65
        {N, 6.5, 'L', 200, 21},  // [2-A] 21 22 under 6.5
        {T, 0.65, 'L', 200, 2},  // [2-B] 2 3 under 0.65
        {T, 6.5, 'L', 200, 18},  // [2-B] 18 19 under 6.5
        {R, 1.0, 'L', 80, 3},    // [2-C] 3 4 under 1.0
    });
}

void TstSamplingTables::letterM()
{
    checkLetter('M', {
        {N, 0.040, 'M', 315, 0}, // [2-A] 0 1 under 0.040
        {N, 0.65, 'M', 315, 5},  // [2-A] 5 6 under 0.65
        {N, 4.0, 'M', 315, 21},  // [2-A] 21 22 under 4.0
        {T, 0.065, 'M', 315, 0}, // [2-B] 0 1 under 0.065
        {T, 1.0, 'M', 315, 5},   // [2-B] 5 6 under 1.0
        {R, 1.0, 'M', 125, 5},   // [2-C] 5 6 under 1.0
    });
}

void TstSamplingTables::letterN()
{
    checkLetter('N', {
        {N, 0.025, 'N', 500, 0}, // [2-A] 0 1 under 0.025
        {N, 0.65, 'N', 500, 7},  // [2-A] 7 8 under 0.65
        {N, 2.5, 'N', 500, 21},  // [2-A] 21 22 under 2.5
        {T, 1.0, 'N', 500, 8},   // [2-B] 8 9 under 1.0
        {R, 1.0, 'N', 200, 6},   // [2-C] 6 7 under 1.0
    });
}

void TstSamplingTables::letterP()
{
    checkLetter('P', {
        {N, 0.015, 'P', 800, 0}, // [2-A] 0 1 under 0.015
        {N, 0.65, 'P', 800, 10}, // [2-A] 10 11 under 0.65
        {N, 1.5, 'P', 800, 21},  // [2-A] 21 22 under 1.5
        {T, 1.0, 'P', 800, 12},  // [2-B] 12 13 under 1.0
        {R, 1.0, 'P', 315, 8},   // [2-C] 8 9 under 1.0
    });
}

void TstSamplingTables::letterQ()
{
    checkLetter('Q', {
        {N, 0.010, 'Q', 1250, 0}, // [2-A] 0 1 under 0.010
        {N, 0.040, 'Q', 1250, 1}, // [2-A] 1 2 under 0.040
        {N, 0.65, 'Q', 1250, 14}, // [2-A] 14 15 under 0.65
        {N, 1.0, 'Q', 1250, 21},  // [2-A] 21 22 under 1.0
        {T, 0.015, 'Q', 1250, 0}, // [2-B] 0 1 under 0.015
        {T, 1.0, 'Q', 1250, 18},  // [2-B] 18 19 under 1.0
        {T, 0.025, 'S', 3150, 1}, // [AIR] tightened Q at 0.025 uses 3150, 1 2 (row S)
        {R, 1.0, 'Q', 500, 10},   // [2-C] 10 11 under 1.0
    });
}

void TstSamplingTables::letterR()
{
    checkLetter('R', {
        {N, 0.025, 'R', 2000, 1},  // [2-A] R's first plan, 1 2 under 0.025
        {N, 0.65, 'R', 2000, 21},  // [2-A] R's last plan, 21 22 under 0.65
        {N, 0.010, 'Q', 1250, 0},  // [2-A] ↑ under 0.010: Q's 0 1
        {N, 0.015, 'P', 800, 0},   // [AIR] no plan below R: 0.015 is read at P (0 1)
        {N, 1.0, 'Q', 1250, 21},   // [2-A] ↑ under 1.0: Q's 21 22
        {T, 0.010, 'R', 2000, 0},  // [2-B] 0 1 under 0.010
        {T, 0.025, 'S', 3150, 1},  // [AIR] tightened R at 0.025 uses 3150, 1 2 (row S)
        {T, 0.040, 'R', 2000, 1},  // [2-B] 1 2 under 0.040
        {T, 0.65, 'R', 2000, 18},  // [2-B] 18 19 under 0.65
        {R, 0.015, 'P', 315, 0},   // [AIR] reduced R at 0.015 is read at P: 315, 0 1
        {R, 0.010, 'Q', 500, 0},   // [2-C] ↑ under 0.010: Q's 0 1 on 500 pieces
    });
}

void TstSamplingTables::letterSOnTightenedOnly()
{
    // Table 2-B, row S (3150): its one plan, 1 2, under AQL 0.025.
    checkLetter('S', {{T, 0.025, 'S', 3150, 1}});
    const Result<SamplingPlan> elsewhere = SamplingTables::plan(u'S', 1.0, T);
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error(),
             QStringLiteral("Tightened inspection has no plan for code letter S at AQL 1.0."));
    const Result<SamplingPlan> normal = SamplingTables::plan(u'S', 0.025, N);
    QVERIFY(!normal);
    QVERIFY2(normal.error().contains(QStringLiteral("A to R")), qPrintable(normal.error()));
}

void TstSamplingTables::arrowsLeadToAnotherLettersPlan()
{
    // Table 2-A, column 1.0: A … D point down to E's 0 1 (13 pieces), F points up to it, G points
    // down to H's 1 2. The code letter stays the lot's; the plan letter is where the arrow led.
    checkLetter('A', {{N, 1.0, 'E', 13, 0}, {N, 1.5, 'D', 8, 0}});
    checkLetter('C', {{N, 1.0, 'E', 13, 0}, {N, 6.5, 'D', 8, 1}});
    checkLetter('F', {{N, 1.0, 'E', 13, 0}, {N, 1.5, 'G', 32, 1}});
    checkLetter('G', {{N, 1.0, 'H', 50, 1}, {N, 0.65, 'F', 20, 0}});
    checkLetter('H', {{N, 0.65, 'J', 80, 1}});
    checkLetter('J', {{N, 0.25, 'H', 50, 0}, {N, 0.40, 'K', 125, 1}});
    checkLetter('K', {{N, 15, 'J', 80, 21}}); // ↑ above the last plan of the column
    // Table 2-B: two arrows down under each 0 1 (H at 1.0 → J's 1 2).
    checkLetter('H', {{T, 1.0, 'J', 80, 1}});
    checkLetter('K', {{T, 15, 'J', 80, 18}});
    // Table 2-C: G at 1.0 → H → J, 32 pieces, 1 2 (the ISO worked example).
    checkLetter('G', {{R, 1.0, 'J', 32, 1}});
}

void TstSamplingTables::table1Boundaries_data()
{
    QTest::addColumn<qint64>("lotSize");
    QTest::addColumn<QString>("s1");
    QTest::addColumn<QString>("ii");
    QTest::addColumn<QString>("iii");
    // Table 1 of GB/T 2828.1: both ends of every lot size range at S-1, II and III.
    const struct
    {
        qint64 from, to;
        const char *letters; // S-1, II, III
    } ranges[] = {{2, 8, "AAB"},           {9, 15, "ABC"},         {16, 25, "ACD"},
                  {26, 50, "ADE"},         {51, 90, "BEF"},        {91, 150, "BFG"},
                  {151, 280, "BGH"},       {281, 500, "BHJ"},      {501, 1200, "CJK"},
                  {1201, 3200, "CKL"},     {3201, 10000, "CLM"},   {10001, 35000, "CMN"},
                  {35001, 150000, "DNP"},  {150001, 500000, "DPQ"}, {500001, 1000000000, "DQR"}};
    for (const auto &range : ranges) {
        for (qint64 lot : {range.from, range.to}) {
            QTest::addRow("%lld", lot)
                << lot << QString(QLatin1Char(range.letters[0]))
                << QString(QLatin1Char(range.letters[1])) << QString(QLatin1Char(range.letters[2]));
        }
    }
}

void TstSamplingTables::table1Boundaries()
{
    QFETCH(qint64, lotSize);
    QFETCH(QString, s1);
    QFETCH(QString, ii);
    QFETCH(QString, iii);
    QCOMPARE(QString(SamplingTables::codeLetter(lotSize, InspectionLevel::S1).value()), s1);
    QCOMPARE(QString(SamplingTables::codeLetter(lotSize, InspectionLevel::II).value()), ii);
    QCOMPARE(QString(SamplingTables::codeLetter(lotSize, InspectionLevel::III).value()), iii);
}

void TstSamplingTables::wholeLotWhenTheSampleIsTheLot()
{
    // A lot of 8 at level III is letter B; at AQL 1.0 the arrows lead to E's 13 pieces, more than
    // the lot: every piece is inspected with E's Ac 0 Re 1.
    const Result<SamplingPlan> small = SamplingTables::lookup(8, InspectionLevel::III, 1.0, N);
    QVERIFY2(small.ok(), qPrintable(small.error()));
    QCOMPARE(small.value().codeLetter, QChar(u'B'));
    QCOMPARE(small.value().planLetter, QChar(u'E'));
    QVERIFY(small.value().wholeLot);
    QCOMPARE(small.value().sampleSize, 8);
    QCOMPARE(small.value().accept, 0);
    QCOMPARE(small.value().reject, 1);
    // 1000 pieces at level II: J, 80 pieces, 2 3 — a sample.
    const Result<SamplingPlan> usual = SamplingTables::lookup(1000, InspectionLevel::II, 1.0, N);
    QVERIFY(usual.ok());
    QCOMPARE(usual.value().codeLetter, QChar(u'J'));
    QCOMPARE(usual.value().sampleSize, 80);
    QCOMPARE(usual.value().accept, 2);
    QVERIFY(!usual.value().wholeLot);
    // A sample exactly the lot's size is the whole lot too: 13 pieces, level II is B (3 pieces);
    // at AQL 1.0 the arrows lead to E's 13.
    const Result<SamplingPlan> equal = SamplingTables::lookup(13, InspectionLevel::II, 1.0, N);
    QVERIFY(equal.ok());
    QVERIFY(equal.value().wholeLot);
    QCOMPARE(equal.value().sampleSize, 13);
}

void TstSamplingTables::preferredAqls()
{
    QCOMPARE(SamplingTables::aqls().size(), 26);
    QCOMPARE(SamplingTables::aqlText(SamplingTables::aqls().first()), QStringLiteral("0.010"));
    QCOMPARE(SamplingTables::aqlText(0.65), QStringLiteral("0.65"));
    QCOMPARE(SamplingTables::aqlText(1.0), QStringLiteral("1.0"));
    QCOMPARE(SamplingTables::aqlText(SamplingTables::aqls().last()), QStringLiteral("1000"));
    QCOMPARE(SamplingTables::aqlFromText(QStringLiteral("1")).value(), 1.0);
    QCOMPARE(SamplingTables::aqlFromText(QStringLiteral(" 0.065 ")).value(), 0.065);
    QCOMPARE(SamplingTables::levelFromText(QStringLiteral("s-1")).value(), InspectionLevel::S1);
}

void TstSamplingTables::badInputRefused_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("expected");
    const QString allAqls = QStringLiteral(
        "0.010 0.015 0.025 0.040 0.065 0.10 0.15 0.25 0.40 0.65 1.0 1.5 2.5 4.0 6.5 10 15 25 40 "
        "65 100 150 250 400 650 1000");
    QTest::newRow("lot of one")
        << SamplingTables::codeLetter(1, InspectionLevel::II).error()
        << QStringLiteral("A lot of 1 pieces is outside Table 1 of GB/T 2828.1, which starts at a "
                          "lot of 2 pieces.");
    QTest::newRow("lot of none in a lookup")
        << SamplingTables::lookup(0, InspectionLevel::II, 1.0, N).error()
        << QStringLiteral("A lot of 0 pieces is outside Table 1 of GB/T 2828.1, which starts at a "
                          "lot of 2 pieces.");
    QTest::newRow("AQL not preferred")
        << SamplingTables::plan(u'J', 0.3, N).error()
        << QStringLiteral("AQL 0.3 is not one of the preferred values of GB/T 2828.1; use one of ")
               + allAqls + QStringLiteral(".");
    QTest::newRow("AQL typed wrong")
        << SamplingTables::aqlFromText(QStringLiteral("two")).error()
        << QStringLiteral("AQL two is not one of the preferred values of GB/T 2828.1; use one of ")
               + allAqls + QStringLiteral(".");
    QTest::newRow("unknown level")
        << SamplingTables::levelFromText(QStringLiteral("IV")).error()
        << QStringLiteral("IV is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, "
                          "I, II or III.");
    QTest::newRow("level out of the enum")
        << SamplingTables::codeLetter(100, static_cast<InspectionLevel>(9)).error()
        << QStringLiteral("That is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, "
                          "S-4, I, II or III.");
    QTest::newRow("letter I is not a code letter")
        << SamplingTables::plan(u'I', 1.0, N).error()
        << QStringLiteral("I is not a sample size code letter of GB/T 2828.1; Table 1 gives A to R.");
    QTest::newRow("letter T on tightened")
        << SamplingTables::plan(u'T', 1.0, T).error()
        << QStringLiteral("T is not a sample size code letter of Table 2-B; it has A to R and S.");
    QTest::newRow("no plan")
        << SamplingTables::plan(u'S', 0.010, T).error()
        << QStringLiteral("Tightened inspection has no plan for code letter S at AQL 0.010.");
}

void TstSamplingTables::badInputRefused()
{
    QFETCH(QString, error);
    QFETCH(QString, expected);
    QCOMPARE(error, expected);
}

QTEST_GUILESS_MAIN(TstSamplingTables)
#include "tst_samplingtables.moc"
