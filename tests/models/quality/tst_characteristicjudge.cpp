// The judge of one reading (检验判定): a measured value within its limits is ok, on a limit is
// ok, outside is a fail with the limit it crossed; one-sided limits; what cannot be a reading
// (far outside any plausible range, a negative reading of a positive size, text for a number,
// a choice not offered, an empty required entry) is refused, not judged.
#include "domain/quality/characteristicjudge.h"

#include <QTest>

using namespace Taktline;

class TstCharacteristicJudge : public QObject
{
    Q_OBJECT
private slots:
    void withinTheLimitsIsOk();
    void onTheLimitIsOk();
    void outsideIsAFailNamingTheLimit();
    void implausibleReadingsAreRefused();
    void oneSidedLimits();
    void choices();
    void passFail();
    void emptyRequiredIsRefusedEmptyOptionalIsOk();
    void photo();
};

namespace {

Characteristic diameter()
{
    Characteristic c;
    c.id = QStringLiteral("c-d");
    c.name = QStringLiteral("外径");
    c.kind = CharacteristicKind::Measured;
    c.nominal = 10.0;
    c.lower = 9.95;
    c.upper = 10.05;
    c.unit = QStringLiteral("mm");
    return c;
}

InspectionEntry value(double v)
{
    InspectionEntry e;
    e.characteristicId = QStringLiteral("c");
    e.value = v;
    return e;
}

InspectionEntry text(const QString &t)
{
    InspectionEntry e;
    e.characteristicId = QStringLiteral("c");
    e.text = t;
    return e;
}

Judgement judged(const Characteristic &c, const InspectionEntry &e)
{
    const Result<Judgement> j = CharacteristicJudge::judge(c, e);
    if (!j)
        qFatal("refused: %s", qPrintable(j.error()));
    return j.value();
}

} // namespace

void TstCharacteristicJudge::withinTheLimitsIsOk()
{
    const Judgement j = judged(diameter(), value(9.98));
    QVERIFY(j.ok);
    QVERIFY2(j.message.contains(QLatin1String("9.98 mm")), qPrintable(j.message));
    QVERIFY2(j.message.contains(QLatin1String("9.95")), qPrintable(j.message));
    QVERIFY2(j.message.contains(QLatin1String("10.05 mm")), qPrintable(j.message));
}

void TstCharacteristicJudge::onTheLimitIsOk()
{
    QVERIFY(judged(diameter(), value(9.95)).ok);
    QVERIFY(judged(diameter(), value(10.05)).ok);
}

void TstCharacteristicJudge::outsideIsAFailNamingTheLimit()
{
    const Judgement above = judged(diameter(), value(10.12));
    QVERIFY(!above.ok);
    QVERIFY2(above.message.contains(QLatin1String("10.12 mm")), qPrintable(above.message));
    QVERIFY2(above.message.contains(QLatin1String("above 10.05 mm")), qPrintable(above.message));
    const Judgement below = judged(diameter(), value(9.9));
    QVERIFY(!below.ok);
    QVERIFY2(below.message.contains(QLatin1String("below 9.95 mm")), qPrintable(below.message));
}

void TstCharacteristicJudge::implausibleReadingsAreRefused()
{
    // Tolerance 0.1 mm: more than ten widths (1 mm) outside the limits is a typo.
    QVERIFY(judged(diameter(), value(11.0)).ok == false); // 0.95 outside: a (bad) reading
    const Result<Judgement> typo = CharacteristicJudge::judge(diameter(), value(100.0));
    QVERIFY(!typo);
    QVERIFY2(typo.error().contains(QStringLiteral("外径")), qPrintable(typo.error()));
    QVERIFY2(typo.error().contains(QLatin1String("100 mm")), qPrintable(typo.error()));
    QVERIFY(!CharacteristicJudge::judge(diameter(), value(-10.0)));
    QVERIFY(!CharacteristicJudge::judge(diameter(), value(qQNaN())));
    const Result<Judgement> word = CharacteristicJudge::judge(diameter(), text(QStringLiteral("ok")));
    QVERIFY(!word);
    QVERIFY2(word.error().contains(QLatin1String("number")), qPrintable(word.error()));
}

void TstCharacteristicJudge::oneSidedLimits()
{
    Characteristic roughness;
    roughness.name = QStringLiteral("粗糙度");
    roughness.upper = 1.6;
    roughness.unit = QStringLiteral("µm");
    QVERIFY(judged(roughness, value(0.8)).ok);
    QVERIFY(judged(roughness, value(1.6)).ok);
    QVERIFY(!judged(roughness, value(2.0)).ok);
    QVERIFY(!CharacteristicJudge::judge(roughness, value(-0.2))); // a positive size
    QVERIFY(!CharacteristicJudge::judge(roughness, value(40.0)));  // 24 widths above

    Characteristic hardness;
    hardness.name = QStringLiteral("硬度");
    hardness.nominal = 55;
    hardness.lower = 50;
    hardness.unit = QStringLiteral("HRC");
    QVERIFY(judged(hardness, value(52)).ok);
    const Judgement soft = judged(hardness, value(48));
    QVERIFY(!soft.ok);
    QVERIFY2(soft.message.contains(QLatin1String("below 50 HRC")), qPrintable(soft.message));
    QVERIFY(judged(hardness, value(70)).ok);
    QVERIFY(!CharacteristicJudge::judge(hardness, value(5000)));
}

void TstCharacteristicJudge::choices()
{
    Characteristic colour;
    colour.name = QStringLiteral("外观");
    colour.kind = CharacteristicKind::Choice;
    colour.choices = {QStringLiteral("良好"), QStringLiteral("轻微划伤"), QStringLiteral("严重划伤")};
    colour.passChoices = {QStringLiteral("良好"), QStringLiteral("轻微划伤")};
    QVERIFY(judged(colour, text(QStringLiteral("良好"))).ok);
    QVERIFY(judged(colour, text(QStringLiteral("轻微划伤"))).ok);
    QVERIFY(!judged(colour, text(QStringLiteral("严重划伤"))).ok);
    const Result<Judgement> unknown = CharacteristicJudge::judge(colour, text(QStringLiteral("红色")));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QStringLiteral("红色")), qPrintable(unknown.error()));
}

void TstCharacteristicJudge::passFail()
{
    Characteristic thread;
    thread.name = QStringLiteral("螺纹通止规");
    thread.kind = CharacteristicKind::PassFail;
    QVERIFY(judged(thread, text(QStringLiteral("pass"))).ok);
    QVERIFY(!judged(thread, text(QStringLiteral("fail"))).ok);
    QVERIFY(!CharacteristicJudge::judge(thread, text(QStringLiteral("maybe"))));
}

void TstCharacteristicJudge::emptyRequiredIsRefusedEmptyOptionalIsOk()
{
    Characteristic c = diameter();
    const Result<Judgement> empty = CharacteristicJudge::judge(c, InspectionEntry{});
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(QStringLiteral("外径")), qPrintable(empty.error()));
    c.required = false;
    QVERIFY(judged(c, InspectionEntry{}).ok);

    Characteristic choice;
    choice.name = QStringLiteral("外观");
    choice.kind = CharacteristicKind::Choice;
    choice.choices = {QStringLiteral("良好")};
    choice.passChoices = choice.choices;
    QVERIFY(!CharacteristicJudge::judge(choice, text(QStringLiteral(" "))));
    Characteristic passFail;
    passFail.kind = CharacteristicKind::PassFail;
    QVERIFY(!CharacteristicJudge::judge(passFail, InspectionEntry{}));
}

void TstCharacteristicJudge::photo()
{
    Characteristic photo;
    photo.name = QStringLiteral("首件照片");
    photo.kind = CharacteristicKind::Photo;
    QVERIFY(!CharacteristicJudge::judge(photo, InspectionEntry{}));
    QVERIFY(judged(photo, text(QStringLiteral("/9j/4AAQ"))).ok);
    photo.required = false;
    QVERIFY(judged(photo, InspectionEntry{}).ok);
}

QTEST_GUILESS_MAIN(TstCharacteristicJudge)
#include "tst_characteristicjudge.moc"
