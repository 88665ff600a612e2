#pragma once

#include <QString>
#include <QUrl>

class QTextDocument;

namespace agentdesk {
namespace ui {

//! Turns text written by strangers (visitors, AI answers) into HTML that can be shown safely.
//!
//! Nothing in the output can load a resource, run a script or reorder the text: markup is
//! escaped (plain text) or rendered with raw HTML disabled (markdown), images become plain
//! links, and bidi controls are shown as visible marks instead of being obeyed.
namespace SafeText {

//! True for a bidi control character (U+202A-202E, U+2066-2069, U+200E/F, U+061C).
bool isBidiControl(QChar c);

//! Replaces every bidi control with a visible mark such as "⟦U+202E⟧", so "gnp.exe" written
//! with an RLO reads as what it is.
QString showBidiControls(const QString& text);

//! Escapes everything, makes http(s) and mailto URLs clickable, keeps newlines and runs of
//! spaces, shows bidi controls. The result is an HTML fragment.
QString plainToHtml(const QString& text);

//! Puts plain text into `document` exactly as setHtml(plainToHtml(text)) would show it. Text
//! without a clickable link (most messages) goes in as text, without the HTML round trip: a
//! third less to build and lay out, the same lines.
void setPlainText(QTextDocument& document, const QString& text);

//! Renders markdown with raw HTML disabled; images become plain links (nothing is ever
//! fetched), links are kept (opening them goes through isOpenableUrl), bidi controls shown.
//! The result is an HTML document for QTextDocument::setHtml.
QString markdownToHtml(const QString& markdown);

//! The only links the desk hands to the system: http and https with a host.
bool isOpenableUrl(const QUrl& url);

//! Whether a link in a message may be clicked: only http(s), which opens in the browser; anything
//! else (mailto:, javascript:, file:, data:, ...) stays plain text or is refused.
bool isClickableUrl(const QUrl& url);

} // namespace SafeText

} // namespace ui
} // namespace agentdesk
