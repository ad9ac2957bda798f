#include "item/quality/plancharacteristicsmodel.h"

#include "item/quality/inspectionplancommands.h"
#include "services/quality/inspectionplanservice.h"

#include <QLocale>
#include <QUndoStack>

namespace Taktline {

namespace {

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

// A limit typed in the user's locale or with a point; blank: none.
std::optional<std::optional<double>> numberFrom(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value.isNull() ? std::optional<double>() : std::optional<double>(value.toDouble());
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return std::optional<double>(number);
}

QStringList choicesFrom(const QVariant &value)
{
    QString text = value.toString();
    text.replace(QChar(0xFF5C), QLatin1Char('|')); // ｜ typed with a Chinese input method
    return text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

PlanCharacteristicsModel::PlanCharacteristicsModel(InspectionPlanService *plans,
                                                   QUndoStack *undoStack, UndoFeedback *feedback,
                                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(plans)
    , m_undoStack(undoStack)
    , m_feedback(feedback)
{
    connect(plans, &InspectionPlanService::plansChanged, this, [this] {
        if (!m_plan.id.isEmpty())
            reload();
    });
}

void PlanCharacteristicsModel::setPlanId(const QString &planId)
{
    m_plan = InspectionPlan();
    m_plan.id = planId;
    reload();
}

void PlanCharacteristicsModel::reload()
{
    beginResetModel();
    const QString id = m_plan.id;
    const Result<InspectionPlan> read =
        id.isEmpty() ? Result<InspectionPlan>(Outcome::failure(QString())) : m_service->plan(id);
    m_plan = read ? read.value() : InspectionPlan();
    if (!read)
        m_plan.id = id; // removed: shows nothing until it comes back (undo)
    endResetModel();
}

Outcome PlanCharacteristicsModel::changePlan(const InspectionPlan &after, const QString &text)
{
    if (m_plan.id.isEmpty() || m_plan.productId.isEmpty())
        return Outcome::failure(tr("Choose an inspection plan first."));
    const InspectionPlan before = m_plan;
    InspectionPlan edited = after;
    edited.id = before.id;
    const Result<QString> saved = m_service->save(edited);
    if (!saved)
        return saved.outcome();
    // As saved: new characteristics got their ids, so redo brings back the same rows.
    const Result<InspectionPlan> stored = m_service->plan(before.id);
    if (!stored)
        return stored.outcome();
    m_undoStack->push(
        new ChangeInspectionPlanCommand(m_service, m_feedback, before, stored.value(), text));
    return Outcome::success();
}

Result<int> PlanCharacteristicsModel::addCharacteristic()
{
    InspectionPlan after = m_plan;
    Characteristic added;
    added.kind = CharacteristicKind::PassFail;
    for (int n = int(after.characteristics.size()) + 1;; ++n) {
        added.name = tr("Characteristic %1").arg(n);
        if (std::none_of(after.characteristics.cbegin(), after.characteristics.cend(),
                         [&](const Characteristic &c) { return c.name == added.name; }))
            break;
    }
    after.characteristics.append(added);
    if (Outcome done = changePlan(after, tr("Add characteristic %1").arg(added.name)); !done)
        return done;
    return int(m_plan.characteristics.size()) - 1;
}

Outcome PlanCharacteristicsModel::removeCharacteristic(int row)
{
    if (row < 0 || row >= m_plan.characteristics.size())
        return Outcome::failure(tr("Choose a characteristic first."));
    InspectionPlan after = m_plan;
    const QString name = after.characteristics.takeAt(row).name;
    return changePlan(after, tr("Delete characteristic %1").arg(name));
}

QList<Choice> PlanCharacteristicsModel::kindChoices()
{
    QList<Choice> choices;
    for (CharacteristicKind kind : {CharacteristicKind::Measured, CharacteristicKind::PassFail,
                                    CharacteristicKind::Choice, CharacteristicKind::Photo})
        choices.append({characteristicKindKey(kind), characteristicKindName(kind)});
    return choices;
}

int PlanCharacteristicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.characteristics.size());
}

int PlanCharacteristicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanCharacteristicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Characteristic &c = m_plan.characteristics.at(index.row());
    if (index.column() == RequiredColumn) {
        if (role == Qt::CheckStateRole)
            return c.required ? Qt::Checked : Qt::Unchecked;
        return role == Qt::EditRole ? QVariant(c.required) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == SeqColumn || index.column() == NominalColumn ||
                            index.column() == LowerColumn || index.column() == UpperColumn;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case SeqColumn:
        return c.seq;
    case NameColumn:
        return c.name;
    case KindColumn:
        return edit ? characteristicKindKey(c.kind) : characteristicKindName(c.kind);
    case NominalColumn:
        return numberText(c.nominal);
    case LowerColumn:
        return numberText(c.lower);
    case UpperColumn:
        return numberText(c.upper);
    case UnitColumn:
        return c.unit;
    case ChoicesColumn:
        return c.choices.join(QLatin1Char('|'));
    case PassChoicesColumn:
        return c.passChoices.join(QLatin1Char('|'));
    case GaugeColumn:
        return c.gauge;
    case MethodColumn:
        return c.method;
    default:
        return {};
    }
}

QString PlanCharacteristicsModel::columnName(int column) const
{
    switch (column) {
    case SeqColumn:
        return tr("No.");
    case NameColumn:
        return tr("Characteristic");
    case KindColumn:
        return tr("Kind");
    case NominalColumn:
        return tr("Nominal");
    case LowerColumn:
        return tr("Lower limit");
    case UpperColumn:
        return tr("Upper limit");
    case UnitColumn:
        return tr("Unit");
    case ChoicesColumn:
        return tr("Choices");
    case PassChoicesColumn:
        return tr("Acceptable");
    case GaugeColumn:
        return tr("Gauge");
    case MethodColumn:
        return tr("Method");
    case RequiredColumn:
        return tr("Required");
    default:
        return {};
    }
}

QVariant PlanCharacteristicsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnName(section);
}

Qt::ItemFlags PlanCharacteristicsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SeqColumn)
        return flags;
    if (index.column() == RequiredColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool PlanCharacteristicsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool check = index.column() == RequiredColumn && role == Qt::CheckStateRole;
    if (role != Qt::EditRole && !check)
        return false;
    InspectionPlan after = m_plan;
    Characteristic &c = after.characteristics[index.row()];
    switch (index.column()) {
    case NameColumn:
        c.name = value.toString();
        break;
    case KindColumn: {
        const std::optional<CharacteristicKind> kind = characteristicKindFromKey(value.toString());
        if (!kind)
            return false;
        c.kind = *kind;
        break;
    }
    case NominalColumn:
    case LowerColumn:
    case UpperColumn: {
        const std::optional<std::optional<double>> number = numberFrom(value);
        if (!number) {
            emit errorOccurred(tr("Enter %1 as a number, such as 24.95, or leave it blank.")
                                   .arg(columnName(index.column())));
            return false;
        }
        (index.column() == NominalColumn ? c.nominal
         : index.column() == LowerColumn ? c.lower
                                         : c.upper) = *number;
        break;
    }
    case UnitColumn:
        c.unit = value.toString();
        break;
    case ChoicesColumn:
        c.choices = choicesFrom(value);
        break;
    case PassChoicesColumn:
        c.passChoices = choicesFrom(value);
        break;
    case GaugeColumn:
        c.gauge = value.toString();
        break;
    case MethodColumn:
        c.method = value.toString();
        break;
    case RequiredColumn:
        c.required = check ? value.toInt() == Qt::Checked : value.toBool();
        break;
    default:
        return false;
    }
    const QString name = m_plan.characteristics.at(index.row()).name;
    if (Outcome done =
            changePlan(after, tr("Change %1 of %2").arg(columnName(index.column()), name));
        !done) {
        emit errorOccurred(done.error());
        return false;
    }
    return true;
}

} // namespace Taktline
