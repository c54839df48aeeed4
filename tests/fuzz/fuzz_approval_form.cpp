// libFuzzer target: approval forms (core/domain/approvals), which both the client and the server run on
// what people type. Input: byte 0 picks the mode and the built-in template, the rest is the data:
//   0: CBOR `values` for the template -> validateForm, computeValues (no crash, every error names a field);
//   1: a CBOR template -> formTemplateFromCbor; one without problems must survive toCbor and back unchanged;
//   2: text for one of the template's fields -> fieldValueFromText, parseDecimal, parseMoney; a decimal or
//      amount that parses must format and parse back to the same number.
#include "domain/approvals/BuiltinTemplates.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/FormValidator.h"
#include "domain/approvals/Money.h"

#include <QCborValue>
#include <QFile>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tack::approvals;

// With TACK_FUZZ_SEED_DIR set, writes each built-in template as a mode-1 seed there (make_corpus.py cannot
// encode templates itself), then fuzzes as usual.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString dir = qEnvironmentVariable("TACK_FUZZ_SEED_DIR");
    if (dir.isEmpty())
        return 0;
    const QList<FormTemplate> templates = builtinTemplates();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        QFile file(dir + QStringLiteral("/template-") + templates.at(i).key);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(1, char(1 + 3 * i)) + toCbor(templates.at(i)).toCborValue().toCbor());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<FormTemplate> templates = builtinTemplates();
    if (size < 1 || templates.isEmpty())
        return 0;
    const int mode = data[0] % 3;
    const FormTemplate &form = templates.at((data[0] / 3) % templates.size());
    const QByteArray rest =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // Only well-formed CBOR, as decodeFrame() lets through: Qt 6.4 can crash reading a value that failed to
    // decode part-way, which the server never hands on.
    QCborParserError cborError;
    const QCborValue cbor = mode == 2 ? QCborValue() : QCborValue::fromCbor(rest, &cborError);
    if (mode != 2 && cborError.error != QCborError::NoError)
        return 0;

    if (mode == 0) {
        const QCborValue &values = cbor;
        if (!values.isMap())
            return 0;
        for (const FieldError &e : validateForm(form, values.toMap())) {
            // An unknown key is named as it came, even empty; anything else names a field of the form.
            if ((e.field.isEmpty() && e.kind != FieldErrorKind::UnknownField) || e.message.isEmpty()) {
                std::fprintf(stderr, "field error without %s: field '%s', kind %s, message '%s'\n",
                             e.field.isEmpty() ? "a field" : "a message", qPrintable(e.field),
                             qPrintable(fieldErrorKindName(e.kind)), qPrintable(e.message));
                std::abort();
            }
        }
        (void)withComputedValues(form, values.toMap());
    } else if (mode == 1) {
        QString error;
        const std::optional<FormTemplate> parsed = formTemplateFromCbor(cbor, &error);
        if (!parsed) {
            if (error.isEmpty())
                std::abort(); // a refusal says why
            return 0;
        }
        if (!templateProblems(*parsed).isEmpty())
            return 0;
        QString again;
        const std::optional<FormTemplate> round = formTemplateFromCbor(toCbor(*parsed), &again);
        if (!round || !(*round == *parsed))
            std::abort();
    } else if (!form.fields.isEmpty()) {
        const QString text = QString::fromUtf8(rest);
        const FormField &field = form.fields.at(int(size % quint64(form.fields.size())));
        const FieldInput input = fieldValueFromText(field, text);
        if (!input.value && input.error.isEmpty())
            std::abort();
        const int digits = int(size % (kMaxDecimalDigits + 1));
        const DecimalParse decimal = parseDecimal(text, digits);
        if (decimal.scaled) {
            const DecimalParse back = parseDecimal(formatDecimal(*decimal.scaled, digits), digits);
            if (back.scaled != decimal.scaled)
                std::abort();
        } else if (decimal.error.isEmpty()) {
            std::abort();
        }
        const MoneyParse money = parseMoney(text, QStringLiteral("CNY"));
        if (money.money) {
            const MoneyParse back =
                parseMoney(formatAmount(money.money->minor, QStringLiteral("CNY")), QStringLiteral("CNY"));
            if (!back.money || back.money->minor != money.money->minor)
                std::abort();
        } else if (money.error.isEmpty()) {
            std::abort();
        }
    }
    return 0;
}
