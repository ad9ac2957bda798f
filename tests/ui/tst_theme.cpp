// One palette: style sheets name their colours as @tokens of the Palette, every token names a
// colour, and no widget code spells a colour of its own.
#include "common/theme.h"
#include "item/palette.h"
#include "station/stationstyle.h"
#include "trace/tracestyle.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QSpinBox>
#include <QTimeEdit>
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
    void comboAndSpinBoxesDrawArrows_data();
    void comboAndSpinBoxesDrawArrows();

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
            // Qt Charts' label formats ("@value", "@xPoint") are placeholders of its own.
            if (match.capturedView(1) == u"value" || match.capturedView(1).endsWith(u"Point"))
                continue;
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

void TstTheme::comboAndSpinBoxesDrawArrows_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("150 %") << 1.5;
}

void TstTheme::comboAndSpinBoxesDrawArrows()
{
    // Under the style sheet a combo box shows a drop-down arrow and a spin box its up and down
    // arrows, drawn in the muted ink, with no dark bevel around them, at 100 % and 150 %.
    QFETCH(qreal, scale);
    applyTheme(*qApp);
    QWidget host;
    auto *combo = new QComboBox(&host);
    combo->addItems({QStringLiteral("Open work orders"), QStringLiteral("All states")});
    auto *spin = new QSpinBox(&host);
    spin->setRange(0, 100);
    spin->setValue(50); // both arrows enabled
    auto *decimal = new QDoubleSpinBox(&host);
    decimal->setValue(1.5);
    auto *time = new QTimeEdit(QTime(8, 0), &host); // the shifts of the working calendar
    auto *layout = new QHBoxLayout(&host);
    layout->addWidget(combo);
    layout->addWidget(spin);
    layout->addWidget(decimal);
    layout->addWidget(time);
    host.resize(760, 60);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    const auto render = [scale](QWidget *widget) {
        QPixmap pixmap(widget->size() * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        widget->render(&pixmap);
        return pixmap.toImage();
    };
    // In the button area at the right edge: pixels of the arrow's colour, and none much darker.
    const auto check = [scale](const QImage &image, int buttonWidth, const char *what) {
        int arrow = 0;
        int dark = 0;
        const QColor ink = Palette::Muted;
        const int from = image.width() - int(buttonWidth * scale);
        for (int y = int(3 * scale); y < image.height() - int(3 * scale); ++y) {
            for (int x = from; x < image.width() - int(3 * scale); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - ink.red()) < 24 && std::abs(c.green() - ink.green()) < 24
                    && std::abs(c.blue() - ink.blue()) < 24)
                    ++arrow;
                if (c.lightness() < ink.lightness() - 30)
                    ++dark;
            }
        }
        QVERIFY2(arrow >= 6, qPrintable(QStringLiteral("%1: %2 arrow pixels").arg(QLatin1String(what)).arg(arrow)));
        QVERIFY2(dark == 0, qPrintable(QStringLiteral("%1: %2 dark pixels").arg(QLatin1String(what)).arg(dark)));
    };
    check(render(combo), 24, "combo box");
    check(render(spin), 22, "spin box");
    check(render(decimal), 22, "decimal spin box");
    check(render(time), 22, "time edit");
    QVERIFY(!QImage(QStringLiteral(":/icons/arrows/down.svg")).isNull());
    QVERIFY(!QImage(QStringLiteral(":/icons/arrows/up.svg")).isNull());
}

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
