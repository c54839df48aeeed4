#pragma once

#include "domain/approvals/FormTemplate.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace tack::ui {

class ApprovalCenter;

// The form designer for org owners and admins: a custom template's fields (every kind, with required,
// min/max and pattern) and a simple approver chain (steps that are either a node, with one kind of
// approver, a mode and an empty-approver rule, or a branch with one condition adding one node), CC on
// submission and on completion. Problems come from the core's template checks; save() sends
// approval.template.put through the outbox.
class ApprovalDesigner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tack::ui::ApprovalCenter *center READ center WRITE setCenter NOTIFY centerChanged)
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY changed)
    // [{key, label, kind, required, min, max, pattern, patternHint, decimals, options, currencies}]; options
    // one "key=Label" a line, currencies "CNY, USD", min/max as typed.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    // [{type: "node"|"branch", node: {id, name, mode, source, people, peopleText, levels, department, role,
    // whenEmpty}, armName, field, op, value}]
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    Q_PROPERTY(QVariantList ccPeople READ ccPeople NOTIFY changed)        // [{id, name}] CC'd on submission
    Q_PROPERTY(QString ccRole READ ccRole WRITE setCcRole NOTIFY changed) // role CC'd when approved
    Q_PROPERTY(QString ccText READ ccText NOTIFY changed)                 // who is CC'd on submission
    // What the designer can start from: [{key: "", name: "A new form"}, then every template {key, name}].
    Q_PROPERTY(QVariantList templateChoices READ templateChoices NOTIFY changed)
    // The field kinds a form can have: [{value: "text", text: "Text"}, ...].
    Q_PROPERTY(QVariantList kindChoices READ kindChoices NOTIFY changed)
    // Keys of the fields a condition may test (computed ones included).
    Q_PROPERTY(QStringList conditionFields READ conditionFields NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit ApprovalDesigner(QObject *parent = nullptr);

    ApprovalCenter *center() const { return m_center; }
    void setCenter(ApprovalCenter *center);
    QString key() const { return m_form.key; }
    void setKey(const QString &key);
    QString name() const { return m_form.name; }
    void setName(const QString &name);
    QString description() const { return m_form.description; }
    void setDescription(const QString &description);
    QVariantList fields() const;
    QVariantList steps() const;
    QVariantList ccPeople() const;
    QString ccRole() const;
    QString ccText() const;
    QVariantList templateChoices() const;
    QVariantList kindChoices() const;
    void setCcRole(const QString &role);
    QStringList conditionFields() const;
    QStringList problems() const { return m_problems; }
    QString status() const { return m_status; }

    // Starts from an existing template ("" for a new one with one field and the manager as approver).
    Q_INVOKABLE void load(const QString &templateKey);
    Q_INVOKABLE void addField(const QString &kind);
    Q_INVOKABLE void removeField(int index);
    Q_INVOKABLE void moveField(int index, int to);
    // name: key, label, kind, required, min, max, pattern, patternHint, decimals, options, currencies.
    Q_INVOKABLE void setFieldValue(int index, const QString &name, const QVariant &value);
    Q_INVOKABLE void addNode();
    Q_INVOKABLE void addBranch();
    Q_INVOKABLE void removeStep(int index);
    // name: mode, source ("people", "manager", "department_head", "role"), levels, department, role,
    // whenEmpty ("skip", "admin"), name, armName, field, op, value; addPerson/removePerson take a user id.
    Q_INVOKABLE void setStepValue(int index, const QString &name, const QVariant &value);
    Q_INVOKABLE void addCcPerson(double userId);
    Q_INVOKABLE void removeCcPerson(double userId);
    // Sends the template; false (status says why) when it has problems.
    Q_INVOKABLE bool save();

    approvals::FormTemplate form() const { return m_form; }

signals:
    void centerChanged();
    void changed();
    void statusChanged();

private:
    void update();
    void setStatus(const QString &status);
    QVariantMap nodeMap(const approvals::RouteNode &node) const;
    approvals::RouteNode *nodeAt(int index);

    QPointer<ApprovalCenter> m_center;
    approvals::FormTemplate m_form;
    QStringList m_problems;
    QString m_status;
    QHash<QString, QString>
        m_inputProblems; // "field.min", "step.2.value", ... -> what is wrong with the text
};

} // namespace tack::ui
