// Pinyin for names: the generated table and the name rules (surname readings, double surnames, Latin).
#include "domain/Pinyin.h"

#include <QTest>

using namespace tack::pinyin;

class TstPinyin : public QObject
{
    Q_OBJECT

private slots:
    void readingsOfSingleIdeographs_data()
    {
        QTest::addColumn<QString>("ideograph");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wang") << QStringLiteral("王") << QStringLiteral("wang");
        QTest::newRow("fang") << QStringLiteral("芳") << QStringLiteral("fang");
        QTest::newRow("zhang (first of the range)") << QStringLiteral("一") << QStringLiteral("yi");
        QTest::newRow("lu with u-umlaut folded") << QStringLiteral("吕") << QStringLiteral("lu");
        QTest::newRow("extension A") << QStringLiteral("㐀") << QStringLiteral("qiu");
    }
    void readingsOfSingleIdeographs()
    {
        QFETCH(QString, ideograph);
        QFETCH(QString, expected);
        QCOMPARE(reading(ideograph.at(0).unicode()), expected);
    }

    void noReadingOutsideTheTable()
    {
        QVERIFY(reading(u'a').isEmpty());
        QVERIFY(reading(u'\u3002').isEmpty()); // ideographic full stop
        QVERIFY(!containsHan(QStringLiteral("Alice Smith")));
        QVERIFY(containsHan(QStringLiteral("Alice 王")));
    }

    void surnamesUseTheirNameReadings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("given");
        QTest::newRow("wang fang") << QStringLiteral("王芳") << QStringLiteral("wangfang")
                                   << QStringLiteral("wf") << QStringLiteral("fang");
        QTest::newRow("shan (not dan)") << QStringLiteral("单伟") << QStringLiteral("shanwei")
                                        << QStringLiteral("sw") << QStringLiteral("wei");
        QTest::newRow("zeng (not ceng)") << QStringLiteral("曾国藩") << QStringLiteral("zengguofan")
                                         << QStringLiteral("zgf") << QStringLiteral("guofan");
        QTest::newRow("xie (not jie)") << QStringLiteral("解缙") << QStringLiteral("xiejin")
                                       << QStringLiteral("xj") << QStringLiteral("jin");
        QTest::newRow("piao (added to ICU's list)") << QStringLiteral("朴敏") << QStringLiteral("piaomin")
                                                    << QStringLiteral("pm") << QStringLiteral("min");
        QTest::newRow("only the first ideograph is a surname")
            << QStringLiteral("王单") << QStringLiteral("wangdan") << QStringLiteral("wd")
            << QStringLiteral("dan");
        QTest::newRow("double surname") << QStringLiteral("欧阳娜娜") << QStringLiteral("ouyangnana")
                                        << QStringLiteral("oynn") << QStringLiteral("nana");
        QTest::newRow("compound read as a unit") << QStringLiteral("尉迟恭") << QStringLiteral("yuchigong")
                                                 << QStringLiteral("ycg") << QStringLiteral("gong");
        QTest::newRow("english") << QStringLiteral("Alice Smith") << QStringLiteral("alicesmith")
                                 << QStringLiteral("as") << QString();
        QTest::newRow("mixed") << QStringLiteral("王 Tony") << QStringLiteral("wangtony")
                               << QStringLiteral("wt") << QStringLiteral("tony");
        QTest::newRow("empty") << QString() << QString() << QString() << QString();
        QTest::newRow("punctuation only") << QStringLiteral("·—") << QString() << QString() << QString();
    }
    void surnamesUseTheirNameReadings()
    {
        QFETCH(QString, name);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        QFETCH(QString, given);
        const NameRomanisation r = romaniseName(name);
        QCOMPARE(r.full, full);
        QCOMPARE(r.initials, initials);
        QCOMPARE(r.given, given);
    }

    void surnameLengthCountsCharacters()
    {
        QCOMPARE(romaniseName(QStringLiteral("王芳")).surnameLength, 1);
        QCOMPARE(romaniseName(QStringLiteral("诸葛亮")).surnameLength, 2);
        QCOMPARE(romaniseName(QStringLiteral("Alice")).surnameLength, 0);
    }

    void everyCommonIdeographHasAReading()
    {
        int missing = 0;
        for (char16_t c = 0x4E00; c <= 0x9FA5; ++c) {
            const QString r = reading(c);
            if (r.isEmpty()) {
                ++missing;
                continue;
            }
            for (QChar ch : r)
                QVERIFY2(ch >= u'a' && ch <= u'z', qPrintable(r));
        }
        QVERIFY2(missing < 50, qPrintable(QString::number(missing)));
    }
};

QTEST_APPLESS_MAIN(TstPinyin)
#include "tst_pinyin.moc"
