// The CSV reader and writer of core/csv: RFC 4180 quoting, line breaks, BOM, and one error with a line
// number for every malformed input.
#include "csv/Csv.h"

#include <QtTest>

using namespace tack;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void plainRecords()
    {
        const csv::Parsed p = csv::parse("a,b,c\r\n1,2,3\n");
        QVERIFY(p.ok());
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[0].fields, (QStringList{"a", "b", "c"}));
        QCOMPARE(p.records[1].fields, (QStringList{"1", "2", "3"}));
        QCOMPARE(p.records[0].line, 1);
        QCOMPARE(p.records[1].line, 2);
    }

    void quotedFields()
    {
        const csv::Parsed p =
            csv::parse("name,note\n\"Li, Hua\",\"she said \"\"hi\"\"\"\n\"two\r\nlines\",x\nlast,\"\"\n");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records[1].fields, (QStringList{"Li, Hua", "she said \"hi\""}));
        QCOMPARE(p.records[2].fields, (QStringList{"two\nlines", "x"}));
        QCOMPARE(p.records[2].line, 3);
        QCOMPARE(p.records[3].line, 5); // the record after a field with a line break
        QCOMPARE(p.records[3].fields, (QStringList{"last", ""}));
    }

    void bomBlankLinesAndMissingFinalBreak()
    {
        const csv::Parsed p = csv::parse("\xEF\xBB\xBFid,名字\n\n1,王芳\n\n2,");
        QVERIFY(p.ok());
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[0].fields, (QStringList{"id", QStringLiteral("名字")}));
        QCOMPARE(p.records[1].fields, (QStringList{"1", QStringLiteral("王芳")}));
        QCOMPARE(p.records[1].line, 3);
        QCOMPARE(p.records[2].fields, (QStringList{"2", ""}));
        QCOMPARE(p.records[2].line, 5);
        QVERIFY(csv::parse("").ok());
        QVERIFY(csv::parse("").records.isEmpty());
    }

    void malformedInputNamesItsLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\nstill open\n") << 2;
        QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << 2;
        QTest::newRow("quote in unquoted field") << QByteArray("a\nb\nab\"c\n") << 3;
        QTest::newRow("bad utf-8") << QByteArray("a\nb\n\xff\xfe\n") << 3;
    }

    void malformedInputNamesItsLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        const csv::Parsed p = csv::parse(input);
        QVERIFY(!p.ok());
        QCOMPARE(p.errorLine, line);
        QVERIFY(p.records.isEmpty());
        QVERIFY(!p.error.contains(QLatin1Char('\n')));
    }

    void writerQuotesOnlyWhenNeeded()
    {
        QCOMPARE(csv::formatRecord({"a", "b c", ""}), QByteArray("a,b c,\r\n"));
        QCOMPARE(csv::formatRecord({"x,y", "say \"hi\"", "two\nlines", " pad"}),
                 QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\"\r\n"));
    }

    void writeThenReadRoundTrips()
    {
        const QList<QStringList> rows{{"employee_id", "name", "note"},
                                      {"XH1", QStringLiteral("王芳"), "comma, quote \" and\r\nbreak"},
                                      {"XH2", "", "  spaced  "},
                                      {"", "", ""}};
        QByteArray bytes;
        for (const QStringList &r : rows)
            bytes += csv::formatRecord(r);
        const csv::Parsed p = csv::parse(bytes);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.records.size(), rows.size());
        QCOMPARE(p.records[1].fields[2],
                 QStringLiteral("comma, quote \" and\nbreak")); // CRLF inside reads as LF
        QCOMPARE(p.records[2].fields, rows[2]);
        QCOMPARE(p.records[3].fields, rows[3]);
    }

    // Found by fuzz_csv: what reads back differently once written.
    void writerKeepsWhatReadersWouldDrop()
    {
        // A byte order mark character inside the data, read from a file whose first line is blank: written
        // first in a file it must not turn into the mark and vanish.
        const csv::Parsed read = csv::parse("\n\xef\xbb\xbf,,");
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.records[0].fields, (QStringList{QString(QChar(0xFEFF)), "", ""}));
        const csv::Parsed again = csv::parse(csv::formatRecord(read.records[0].fields));
        QCOMPARE(again.records.size(), 1);
        QCOMPARE(again.records[0].fields, read.records[0].fields);
        // One empty field is a record, not a blank line.
        QCOMPARE(csv::formatRecord({""}), QByteArray("\"\"\r\n"));
        const csv::Parsed single = csv::parse(csv::formatRecord({"a"}) + csv::formatRecord({""}));
        QCOMPARE(single.records.size(), 2);
        QCOMPARE(single.records[1].fields, QStringList{""});
    }

    void arbitraryBytesNeverCrash()
    {
        // A cheap stand-in for the fuzzer: every prefix of a tricky input parses or fails cleanly.
        const QByteArray tricky("\xEF\xBB\xBF\"a\"\"b\",c\r\n\"\r\n\",\"\",,\n\"x\ny\"\r\nz,\"");
        for (qsizetype i = 0; i <= tricky.size(); ++i) {
            const csv::Parsed p = csv::parse(tricky.left(i));
            QVERIFY(p.ok() || p.errorLine >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
