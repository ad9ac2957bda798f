// One palette: style sheets name their colours as @tokens of the Palette, every token names a
// colour, and no widget code spells a colour of its own.
#include "common/theme.h"
#include "item/palette.h"
#include "station/stationstyle.h"
#include "trace/tracestyle.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Taktline;

class TstTheme : public QObject
{
    Q_OBJECT
private slots:
    void themedPutsInThePaletteColours();
    void unknownTokenIsKept();
    void styleSheetsKeepNoToken();
    void everyTokenInTheWidgetsNamesAColour();
    void widgetsSpellNoColourOfTheirOwn();

private:
    // Every .cpp and .h under ui/, with its text.
    static QList<QPair<QString, QString>> uiSources();
};

QList<QPair<QString, QString>> TstTheme::uiSources()
{
    QList<QPair<QString, QString>> sources;
    QDirIterator files(qEnvironmentVariable("TAKTLINE_SOURCE_DIR") + QStringLiteral("/ui"),
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            sources.append({file.fileName(), QString::fromUtf8(file.readAll())});
    }
    return sources;
}

void TstTheme::themedPutsInThePaletteColours()
{
    QCOMPARE(themed(u"color: @ink; border: 2px solid @red;"),
             QStringLiteral("color: #1d2a38; border: 2px solid #d32f2f;"));
    QCOMPARE(themed(u"#stationCard[flash=\"refused\"] { border: 4px solid @red; }"),
             QStringLiteral("#stationCard[flash=\"refused\"] { border: 4px solid #d32f2f; }"));
    QCOMPARE(Palette::byToken(u"stationWarning"), Palette::StationWarning);
}

void TstTheme::unknownTokenIsKept()
{
    QTest::ignoreMessage(QtWarningMsg, "Style sheet names no Palette colour: @inkk");
    QCOMPARE(themed(u"color: @inkk;"), QStringLiteral("color: @inkk;"));
    QVERIFY(!Palette::byToken(u"Ink").isValid()); // tokens start with a small letter
}

void TstTheme::styleSheetsKeepNoToken()
{
    applyTheme(*qApp);
    for (const QString &sheet : {qApp->styleSheet(), stationStyleSheet(), traceStyleSheet()}) {
        QVERIFY(sheet.size() > 200);
        QVERIFY2(!sheet.contains(u'@'), qPrintable(sheet));
    }
    QVERIFY(stationStyleSheet().contains(Palette::Red.name())); // refused and down are the red
}

void TstTheme::everyTokenInTheWidgetsNamesAColour()
{
    static const QRegularExpression token(QStringLiteral("@([a-z][A-Za-z]+)"));
    int tokens = 0;
    for (const auto &[path, text] : uiSources()) {
        if (path.endsWith(QStringLiteral(".h")))
            continue; // headers speak of tokens in comments
        for (const QRegularExpressionMatch &match : token.globalMatch(text)) {
            ++tokens;
            QVERIFY2(Palette::byToken(match.capturedView(1)).isValid(),
                     qPrintable(path + QStringLiteral(": ") + match.captured(0)));
        }
    }
    QVERIFY(tokens > 100);
}

void TstTheme::widgetsSpellNoColourOfTheirOwn()
{
    // A colour in hex ("#c62828", "0xc6, 0x28, 0x28") or one of Qt's named colours.
    static const QRegularExpression literal(QStringLiteral(
        R"(#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b|0x[0-9A-Fa-f]{2}, ?0x[0-9A-Fa-f]{2}, ?0x|)"
        R"(Qt::(white|black|red|green|blue|gray|darkRed|darkGreen|darkGray|lightGray)\b)"));
    for (const auto &[path, text] : uiSources()) {
        const QRegularExpressionMatch found = literal.match(text);
        QVERIFY2(!found.hasMatch(), qPrintable(path + QStringLiteral(": ") + found.captured(0)));
    }
}

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
