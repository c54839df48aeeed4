#pragma once

#include "KeyedListModel.h"
#include "domain/approvals/FormTemplate.h"
#include "domain/approvals/FormValidator.h"

#include <QCborMap>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <optional>

namespace tack::ui {

class ApprovalCenter;

// Filling in an approval form: one row per field with what its editor needs, the text the person typed
// (in the field kind's text form: "1234.50", "2026-11-23pm..2026-11-25am", option keys, ids), inline errors
// from the core validator (shown once a field was edited, or all of them after a submit attempt), the
// computed values, and the approver chain previewed live by the core router. submit() queues
// approval.submit (or a resubmit when `approvalId` names a returned approval of mine), also offline.
class ApprovalFormModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tack::ui::ApprovalCenter *center READ center WRITE setCenter NOTIFY centerChanged)
    Q_PROPERTY(QString templateKey READ templateKey WRITE setTemplateKey NOTIFY templateChanged)
    // Set to edit a returned approval for resubmission: the form starts from its values.
    Q_PROPERTY(QString approvalId READ approvalId WRITE setApprovalId NOTIFY templateChanged)
    Q_PROPERTY(QString templateName READ templateName NOTIFY templateChanged)
    Q_PROPERTY(QString description READ description NOTIFY templateChanged)
    // Computed values, one line each: "Duration: 2.5 days".
    Q_PROPERTY(QStringList computedLines READ computedLines NOTIFY valuesChanged)
    // The previewed chain: [{name, mode, approvers, note, skipped}] in order.
    Q_PROPERTY(QVariantList chain READ chain NOTIFY valuesChanged)
    Q_PROPERTY(QString ccText READ ccText NOTIFY valuesChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY valuesChanged)
    Q_PROPERTY(bool showAllErrors READ showAllErrors NOTIFY valuesChanged)

public:
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // field key
        LabelRole,                  // label, with " *" for required fields
        KindRole,                   // "text", "multiline", "number", "money", "date", "date_range", ...
        RequiredRole,               // bool
        HintRole,                   // what is accepted: "up to 1000 characters", "like 09:05", ...
        OptionsRole,                // choices: [{key, label}]
        CurrenciesRole,             // money (and line items with a money column): currencies to offer
        CurrencyRole,               // the chosen currency
        TextRole,                   // what the person typed, in the kind's text form
        ChosenNameRole,             // person/department: the chosen one's name
        ErrorRole,                  // the inline error to show now (empty when none or not yet shown)
        ColumnsRole,                // line items: [{key, label, kind, options}]
        ItemsRole,                  // line items: [{column key: text}] one map per row
        ItemErrorsRole,             // line items: [text] one per row ("" when the row is fine)
    };
    Q_ENUM(Roles)

    explicit ApprovalFormModel(QObject *parent = nullptr);

    ApprovalCenter *center() const { return m_center; }
    void setCenter(ApprovalCenter *center);
    QString templateKey() const { return m_templateKey; }
    void setTemplateKey(const QString &key);
    QString approvalId() const { return m_approvalId; }
    void setApprovalId(const QString &id);
    QString templateName() const { return m_form ? m_form->name : QString(); }
    QString description() const { return m_form ? m_form->description : QString(); }
    QStringList computedLines() const { return m_computedLines; }
    QVariantList chain() const { return m_chain; }
    QString ccText() const { return m_ccText; }
    int errorCount() const { return int(m_errors.size()); }
    bool showAllErrors() const { return m_showAll; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setText(int row, const QString &text);
    Q_INVOKABLE void setCurrency(int row, const QString &currency);
    Q_INVOKABLE void addItem(int row);
    Q_INVOKABLE void removeItem(int row, int item);
    Q_INVOKABLE void setItemText(int row, int item, const QString &column, const QString &text);
    Q_INVOKABLE int rowOf(const QString &key) const;
    // Clears what was typed (a fresh form of the same template).
    Q_INVOKABLE void clear();
    // Validates everything; when fine, queues the submission and returns the approval id, else shows every
    // error and returns empty.
    Q_INVOKABLE QString submitForm();

    // The values as they would be submitted (fields that parse; no computed ones).
    QCborMap values() const;
    QList<approvals::FieldError> errors() const { return m_errors; }

signals:
    void centerChanged();
    void templateChanged();
    void valuesChanged();
    void submitted(const QString &approvalId);

protected:
    void retranslate() override;

private:
    struct Row
    {
        approvals::FormField field;
        QString text;
        QString currency;
        QList<QHash<QString, QString>> items;
        bool touched = false;
    };
    void load();
    void recompute();
    QString errorFor(int row) const;
    QStringList itemErrorsFor(int row) const;
    std::optional<QCborValue> valueOf(const Row &row, QString *problem) const;

    QPointer<ApprovalCenter> m_center;
    QString m_templateKey;
    QString m_approvalId;
    std::optional<approvals::FormTemplate> m_form;
    QList<Row> m_rows;
    QList<approvals::FieldError> m_errors; // validator errors plus parse errors, by field key
    QStringList m_computedLines;
    QVariantList m_chain;
    QString m_ccText;
    bool m_showAll = false;
};

} // namespace tack::ui
