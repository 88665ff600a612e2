#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QIODevice;
class QTextStream;

namespace agentdesk::cli {

//! agentdesk-cli's exit codes, part of its scripting contract.
enum ExitCode {
    Success = 0,
    Failure = 1,     //!< local failure (history, disk)
    Usage = 2,       //!< bad flags, malformed input file, refused before sending
    Refused = 3,     //!< the server refused the request (4xx)
    Unreachable = 4, //!< network, timeout, 5xx or an unreadable answer
    //! The command did its work, but the workspace's history was found damaged in this run and
    //! salvaged (the report is on stderr): a script must not take this run as business as usual.
    Salvaged = 5,
};

//! Runs one command line (without the program name) and returns its exit code. Everything the
//! tool prints goes to `out` and `err`; `in` is read for a FILE of "-".
int run(const QStringList& arguments, const QProcessEnvironment& environment, QTextStream& out,
        QTextStream& err, QIODevice& in);

} // namespace agentdesk::cli
