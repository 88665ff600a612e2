#pragma once

#include <QString>
#include <QStringView>

namespace agentdesk::cli {

//! Text from outside (a server's answer or error, a workspace's messages, a file) made safe to
//! print on a terminal: every control character but a newline and a tab (C0, DEL, C1: escape
//! sequences, a bare carriage return that overwrites the line, a backspace) and every bidi
//! control (which reorders what follows on the line) is written as a visible escape, `\x1b` or
//! `\u202e`, so what came from outside can neither drive the terminal nor disguise itself.
//! Everything agentdesk-cli prints that did not come from the tool itself goes through here.
QString terminalSafe(QStringView text);

//! terminalSafe() for one field of a line (a tab-separated listing, a "Sent ..." line): a
//! newline and a tab are escaped too, so a field cannot start a line of its own.
QString terminalSafeField(QStringView text);

//! A JSON document's text with the characters QJsonDocument leaves as they are (DEL, C1
//! controls, bidi controls, line and paragraph separators) written as \uXXXX escapes: the same
//! JSON values, nothing a terminal acts on.
QByteArray terminalSafeJson(const QByteArray& json);

} // namespace agentdesk::cli
