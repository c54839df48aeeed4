// fuzz_mutation must start from every mutation: each name MutationApplier::names() lists has a seed in
// tests/fuzz/corpus/fuzz_mutation (written by tests/fuzz/make_corpus.py), so a new mutation gets one too.
#include "MutationApplier.h"

#include <QDir>
#include <QTest>

class TestFuzzSeeds : public QObject
{
    Q_OBJECT

private slots:
    void everyMutationHasASeed()
    {
        const QDir corpus(QStringLiteral(TACK_FUZZ_CORPUS "/fuzz_mutation"));
        QVERIFY(corpus.exists());
        QStringList missing;
        for (const QString &name : tack::server::MutationApplier::names()) {
            bool found = false;
            for (const QString &file : corpus.entryList(QDir::Files)) {
                QFile f(corpus.filePath(file));
                if (f.open(QIODevice::ReadOnly) && f.read(name.size() + 1) == name.toUtf8() + '\0') {
                    found = true;
                    break;
                }
            }
            if (!found)
                missing.append(name);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no seed for %1: add them to tests/fuzz/make_corpus.py and run it")
                                .arg(missing.join(QStringLiteral(", ")))));
    }
};

QTEST_GUILESS_MAIN(TestFuzzSeeds)
#include "tst_fuzz_seeds.moc"
