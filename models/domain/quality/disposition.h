#pragma once

#include <QString>

#include <optional>

namespace Taktline {

// What is done with nonconforming pieces (不合格品处理).
enum class Disposition { Rework, Repair, Scrap, Concession, ReturnToSupplier };

QString dispositionKey(Disposition disposition); // "rework", "repair", "scrap", "concession",
                                                 // "return_to_supplier"
std::optional<Disposition> dispositionFromKey(const QString &key);
QString dispositionName(Disposition disposition); // translated: 返工 返修 报废 让步接收 退货
// Whether the disposition needs an approver holding ApproveConcession (concession, return).
bool dispositionNeedsApproval(Disposition disposition);

} // namespace Taktline
