#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

//! Where the start goes, phase by phase: with QT_LOGGING_RULES="agentdesk.ui.startup.debug=true"
//! each mark() logs the milliseconds since the previous mark and since the first one. Costs
//! nothing measurable when the category is off (the default).
namespace StartupTrace {

void mark(const char* phase);

} // namespace StartupTrace
