// libFuzzer target: the people/department CSV import (server/OrgCsv, over core/csv). Input: byte 0 picks
// a dry run (even) or a real import (odd), the rest is the file. Every file is imported or refused with
// problems listed, never a crash or an exception; a refused import stores nothing.
#include "FuzzStore.h"
#include "OrgCsv.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FuzzStore scratch;
    if (size < 1)
        return 0;
    const bool dryRun = (data[0] & 1) == 0;
    const QByteArray file =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    try {
        tack::server::OrgCsv csv(scratch.store());
        const auto report = csv.import(file, dryRun, 1700000200000, QStringLiteral("fuzz.csv"));
        if (report.applied && (dryRun || !report.problems.isEmpty()))
            std::abort(); // a dry run or a file with bad rows stored something
        if (!report.applied && !report.events.isEmpty())
            std::abort();
    } catch (const tack::db::SqlError &e) {
        std::fprintf(stderr, "import: SQL error: %s\n", e.what());
        std::abort();
    }
    return 0;
}
