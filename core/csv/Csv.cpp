#include "csv/Csv.h"

#include <QStringDecoder>

namespace tack::csv {

Parsed parse(const QByteArray &data)
{
    Parsed out;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the line of the first bad byte for the message.
        int line = 1;
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        for (qsizetype start = 0; start < bytes.size();) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            const QString decoded = probe.decode(bytes.mid(start, end - start)); // decoding is lazy
            Q_UNUSED(decoded);
            if (probe.hasError())
                break;
            ++line;
            start = end + 1;
        }
        out.error = QStringLiteral("the file is not valid UTF-8");
        out.errorLine = line;
        return out;
    }

    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    State state = State::FieldStart;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    QString field;
    QStringList fields;
    bool quoted = false; // the record has a quoted field: `""` alone is a record of one empty field
    auto endRecord = [&] {
        fields.append(field);
        field.clear();
        // A line with nothing on it is not a record.
        if (quoted || !(fields.size() == 1 && fields.first().isEmpty()))
            out.records.append(Record{recordLine, fields});
        fields.clear();
        quoted = false;
        state = State::FieldStart;
    };
    auto fail = [&](int at, const QString &why) {
        out.records.clear();
        out.error = why;
        out.errorLine = at;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineBreak && c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i; // CRLF is one break
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == QLatin1Char(',')) {
                fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (lineBreak) {
                endRecord();
                ++line;
                recordLine = line;
            } else if (c == QLatin1Char('"')) {
                if (state == State::Unquoted) {
                    fail(line, QStringLiteral("a quote inside an unquoted field (quote the whole field and "
                                              "double the quotes inside it)"));
                    return out;
                }
                state = State::Quoted;
                quoted = true;
                quoteLine = line;
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (lineBreak) {
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                field.append(c);
            }
            break;
        case State::AfterQuote:
            if (c == QLatin1Char(',')) {
                fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (lineBreak) {
                endRecord();
                ++line;
                recordLine = line;
            } else {
                fail(line, QStringLiteral("text after a closing quote (a quote inside a quoted field is "
                                          "written twice: \"\")"));
                return out;
            }
            break;
        }
    }
    if (state == State::Quoted) {
        fail(quoteLine, QStringLiteral("a quoted field is never closed"));
        return out;
    }
    if (state != State::FieldStart || !fields.isEmpty())
        endRecord();
    return out;
}

QByteArray formatRecord(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString &f = fields[i];
        // Also quoted: a record of one empty field (unquoted it would be a blank line, which readers skip)
        // and a field starting with U+FEFF (at the start of a file it would be read as a byte order mark).
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                           (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace())) ||
                           (fields.size() == 1 && f.isEmpty()) || f.startsWith(QChar(0xFEFF));
        if (quote) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

} // namespace tack::csv
