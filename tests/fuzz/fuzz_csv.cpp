// libFuzzer target: the CSV reader (core/csv). Any bytes parse or give one error with a line number; what
// parses survives formatRecord and parse again unchanged.
#include "csv/Csv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const tack::csv::Parsed parsed = tack::csv::parse(bytes);
    if (!parsed.ok()) {
        if (parsed.errorLine <= 0)
            std::abort(); // every error names its line
        return 0;
    }
    QByteArray written;
    for (const tack::csv::Record &r : parsed.records)
        written += tack::csv::formatRecord(r.fields);
    const tack::csv::Parsed again = tack::csv::parse(written);
    if (!again.ok() || again.records.size() != parsed.records.size())
        std::abort();
    for (qsizetype i = 0; i < parsed.records.size(); ++i) {
        if (again.records.at(i).fields != parsed.records.at(i).fields)
            std::abort();
    }
    return 0;
}
