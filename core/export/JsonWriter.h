// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Indented UTF-8 JSON with the keys in a chosen order (QJsonDocument sorts them), so that a record
// reads like the report: "schema" first, the cells in table order.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <functional>

namespace nianbao {

// The preferred order of the keys of `object`, reached through `key` (the member or array name it
// stands under; empty at the top). Keys not listed follow in alphabetical order.
using JsonKeyOrder = std::function<QStringList(const QString &key, const QJsonObject &object)>;

// Objects and arrays of objects are indented by two spaces; arrays of scalars stay on one line.
// Integral numbers print without ".0"; non-finite numbers print as null.
QByteArray writeOrderedJson(const QJsonValue &value, const JsonKeyOrder &order);

} // namespace nianbao
