#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF; a field in double quotes
// may hold commas, line breaks and doubled quotes (""). Input is UTF-8 with or without a byte order mark.
// Used by `tack-server admin import/export`; it reads untrusted files, so every input either parses or
// gives one error with its line number, never a crash.
namespace tack::csv {

struct Record
{
    int line = 0; // the line the record starts on, from 1
    QStringList fields;
};

struct Parsed
{
    QList<Record> records; // blank lines are skipped
    QString error;         // empty when the whole input parsed
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
};

Parsed parse(const QByteArray &data);

// One record, fields quoted only when they must be, ended by CRLF.
QByteArray formatRecord(const QStringList &fields);

} // namespace tack::csv
