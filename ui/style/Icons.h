#pragma once

#include "store/Types.h"

#include <QIcon>

namespace agentdesk {
namespace ui {

//! The desk's SVG icons (sharp at every scale), from the :/icons resources.
namespace Icons {

QIcon backend(agentdesk::Backend backend);
QIcon warning();
QIcon ai();
QIcon app();

} // namespace Icons

} // namespace ui
} // namespace agentdesk
