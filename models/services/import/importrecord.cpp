#include "services/import/importrecord.h"

#include "formats/sheet/sheettext.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

// A number typed as text the way people type them: "1,200", "12.5", "１２".
std::optional<double> numberFromText(const QString &text)
{
    QString plain = SheetText::normalized(text);
    plain.remove(QLatin1Char(','));
    plain.remove(QLatin1Char(' '));
    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QString numberText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

} // namespace

ImportRecord::ImportRecord(const Sheet &sheet, const SheetBook &book, int rowIndex,
                           const QHash<QString, int> &columnOf, const QList<ImportColumn> &columns,
                           QList<ImportProblem> *problems)
    : m_sheet(&sheet)
    , m_book(&book)
    , m_rowIndex(rowIndex)
    , m_columnOf(columnOf)
    , m_columns(&columns)
    , m_problems(problems)
{}

const SheetCell *ImportRecord::cellOf(const QString &key) const
{
    const auto found = m_columnOf.constFind(key);
    if (found == m_columnOf.constEnd())
        return nullptr;
    return &m_sheet->cell(m_rowIndex, found.value());
}

const ImportColumn *ImportRecord::column(const QString &key) const
{
    for (const ImportColumn &candidate : *m_columns) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QString ImportRecord::shown(const QString &key) const
{
    const SheetCell *cell = cellOf(key);
    return cell ? SheetText::display(*cell, *m_book) : QString();
}

const SheetCell *ImportRecord::readable(const QString &key)
{
    if (m_refused.contains(key))
        return nullptr;
    const SheetCell *cell = cellOf(key);
    if (!cell)
        return nullptr;
    if (m_sheet->isMerged(m_rowIndex, m_columnOf.value(key))) {
        problem(key, tr("This cell is merged with others: unmerge the cells and type the value in "
                        "every row."));
        return nullptr;
    }
    if (!cell->formula.isEmpty()) {
        problem(key, tr("A formula (=%1): type the value itself (copy, then paste as values).")
                         .arg(cell->formula));
        return nullptr;
    }
    if (cell->kind == SheetCell::Kind::Error) {
        problem(key, tr("Excel shows the error %1 here: type the value itself.").arg(cell->text));
        return nullptr;
    }
    return cell->isEmpty() ? nullptr : cell;
}

QString ImportRecord::text(const QString &key, int maxLength)
{
    const SheetCell *cell = readable(key);
    const QString value = cell ? SheetText::normalized(SheetText::display(*cell, *m_book)) : QString();
    const ImportColumn *col = column(key);
    if (value.isEmpty()) {
        if (col && col->required && !m_refused.contains(key))
            problem(key, tr("Required: type a value."));
        return {};
    }
    if (value.size() > maxLength) {
        problem(key, tr("Too long: at most %1 characters, this has %2.")
                         .arg(maxLength)
                         .arg(value.size()));
        return {};
    }
    return value;
}

std::optional<double> ImportRecord::number(const QString &key, double minimum, double maximum,
                                           bool whole)
{
    const SheetCell *cell = readable(key);
    if (!cell) {
        const ImportColumn *col = column(key);
        if (col && col->required && !m_refused.contains(key))
            problem(key, tr("Required: type a number."));
        return std::nullopt;
    }
    std::optional<double> value;
    if (cell->kind == SheetCell::Kind::Number)
        value = cell->number;
    else if (cell->kind == SheetCell::Kind::Text)
        value = SheetText::number(*cell);
    if (!value && cell->kind == SheetCell::Kind::Text)
        value = numberFromText(cell->text);
    if (!value) {
        problem(key, tr("Not a number: type digits only, for example 12 or 2.5."));
        return std::nullopt;
    }
    if (whole && std::floor(*value) != *value) {
        problem(key, tr("Must be a whole number."));
        return std::nullopt;
    }
    if (*value < minimum || *value > maximum) {
        problem(key, tr("Must be between %1 and %2.").arg(numberText(minimum), numberText(maximum)));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> ImportRecord::date(const QString &key)
{
    const SheetCell *cell = readable(key);
    if (!cell) {
        const ImportColumn *col = column(key);
        if (col && col->required && !m_refused.contains(key))
            problem(key, tr("Required: type a date."));
        return std::nullopt;
    }
    std::optional<QDate> value = SheetText::date(*cell, *m_book);
    if (!value && cell->kind == SheetCell::Kind::Number)
        value = SheetText::dateFromSerial(cell->number);
    // A serial saved as text (a CSV written from a sheet whose dates lost their format).
    if (!value && cell->kind == SheetCell::Kind::Text) {
        static const QRegularExpression serial(QStringLiteral("^[1-9][0-9]{4}$"));
        const QString typed = SheetText::normalized(cell->text);
        if (serial.match(typed).hasMatch())
            value = SheetText::dateFromSerial(typed.toDouble());
    }
    if (!value || !value->isValid()) {
        problem(key, tr("Not a date: type it as 2026-12-06 or format the cell as a date."));
        return std::nullopt;
    }
    return value;
}

std::optional<int> ImportRecord::choice(const QString &key, const QStringList &alsoAccepted)
{
    const ImportColumn *col = column(key);
    const QString value = text(key, 1000);
    if (value.isEmpty() || !col)
        return std::nullopt;
    const QString wanted = value.simplified();
    for (int i = 0; i < col->choices.size(); ++i) {
        if (SheetText::normalized(col->choices.at(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < alsoAccepted.size() && !col->choices.isEmpty(); ++i) {
        if (SheetText::normalized(alsoAccepted.at(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return std::min(i, int(col->choices.size()) - 1);
    }
    QStringList offered;
    for (const QString &choice : col->choices) {
        if (!choice.isEmpty())
            offered << choice;
    }
    problem(key, tr("Not one of the choices: %1.").arg(offered.join(tr(", "))));
    return std::nullopt;
}

QStringList ImportRecord::yesNoChoices()
{
    return {tr("Yes"), tr("No")};
}

std::optional<bool> ImportRecord::yesNo(const QString &key)
{
    const QString value = text(key, 1000);
    if (value.isEmpty())
        return std::nullopt;
    const QString wanted = value.simplified();
    const QStringList yes = {tr("Yes"), QStringLiteral("yes"), QStringLiteral("y"),
                             QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("是"),
                             QStringLiteral("√")};
    const QStringList no = {tr("No"), QStringLiteral("no"), QStringLiteral("n"),
                            QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("否"),
                            QStringLiteral("×")};
    const auto among = [&wanted](const QStringList &names) {
        return std::any_of(names.cbegin(), names.cend(), [&wanted](const QString &name) {
            return SheetText::normalized(name).compare(wanted, Qt::CaseInsensitive) == 0;
        });
    };
    if (among(yes))
        return true;
    if (among(no))
        return false;
    problem(key, tr("Write %1 or %2.").arg(tr("Yes"), tr("No")));
    return std::nullopt;
}

void ImportRecord::problem(const QString &key, const QString &reason)
{
    ImportProblem found;
    found.sheet = m_sheet->name;
    found.row = row();
    if (const auto at = m_columnOf.constFind(key); at != m_columnOf.constEnd()) {
        found.column = columnLetters(at.value());
        // The header as the file has it (Chinese or English), as the user finds it in Excel.
        found.header = SheetText::normalized(SheetText::display(m_sheet->cell(0, at.value()), *m_book));
    }
    if (const ImportColumn *col = column(key); col && found.header.isEmpty())
        found.header = col->displayHeader();
    found.value = shown(key);
    found.reason = reason;
    m_refused.insert(key);
    ++m_problemCount;
    if (m_problems)
        m_problems->append(found);
}

void ImportRecord::rowProblem(const QString &reason)
{
    ImportProblem found;
    found.sheet = m_sheet->name;
    found.row = row();
    found.reason = reason;
    ++m_problemCount;
    if (m_problems)
        m_problems->append(found);
}

} // namespace Taktline
