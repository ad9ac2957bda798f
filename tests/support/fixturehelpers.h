#pragma once

#include "domain/trace/trace.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

#include <QtTest/QTest>

#include <initializer_list>
#include <utility>

namespace Taktline::Fixture {

// Helpers for building test data (TestShop uses them): a failing step stops the test with its
// reason.
inline void require(const Outcome &outcome, const char *what)
{
    if (!outcome)
        qFatal("fixture %s: %s", what, qPrintable(outcome.error()));
}

// A master-data record from column → UTF-8 text pairs; machines get a capacity of 1.
inline QString createRecord(Workspace &workspace, MasterDataKind kind,
                            std::initializer_list<std::pair<const char *, const char *>> values)
{
    MasterRecord record;
    for (const auto &[column, value] : values)
        record.values.insert(QString::fromLatin1(column), QString::fromUtf8(value));
    if (kind == MasterDataKind::Machine && !record.values.contains(QStringLiteral("capacity")))
        record.values.insert(QStringLiteral("capacity"), 1);
    const Result<QString> id = workspace.masterData()->create(kind, record);
    require(id.outcome(), "master data");
    return id.value();
}

// The nodes of KIND anywhere in TREE, as a genealogy shows them.
inline QList<const TraceNode *> nodes(const TraceNode &tree, TraceNode::Kind kind)
{
    QList<const TraceNode *> found;
    for (const TraceNode *node : tree.flatten()) {
        if (node->kind == kind)
            found.append(node);
    }
    return found;
}

} // namespace Taktline::Fixture
