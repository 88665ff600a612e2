#pragma once

#include <QString>

namespace agentdesk {
namespace ui {

//! Markdown (an AI answer) as the plain text a visitor should read in a chat reply.
//!
//! Emphasis and heading markers go, list items become lines ("- item", "2. item"), a link keeps
//! its address readable as "text (url)" (or just the url when that is its text), an image
//! becomes its address, and paragraphs are separated by one empty line. A horizontal rule
//! becomes an empty line, never a `---` line (which the composer reads as a part separator).
namespace MarkdownPlainText {

QString fromMarkdown(const QString& markdown);

} // namespace MarkdownPlainText

} // namespace ui
} // namespace agentdesk
