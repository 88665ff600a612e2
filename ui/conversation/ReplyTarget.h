#pragma once

#include "canned/CannedTemplate.h"

namespace agentdesk {
namespace ui {

class Composer;

//! Where canned replies and the AI colleague's answers go: the open conversation's reply box.
//! The canned controller writes through this and sends through the core's Replies, so it never
//! reaches into the conversation pane's widgets.
class ReplyTarget {
public:
    virtual ~ReplyTarget() = default;

    //! The conversation the reply is for (0: none open).
    virtual qint64 conversationId() const = 0;
    //! The reply box itself, for the `/` popup that completes as the agent types in it.
    virtual Composer* replyBox() const = 0;
    //! Puts a filled canned reply where the cursor is, placeholders without a value flagged.
    virtual void insertFilledReply(const agentdesk::FilledReply& filled) = 0;
    //! Gives the keyboard back to the reply box (after a palette closed).
    virtual void focusReply() = 0;
    //! A reply was queued without the reply box: the messages follow it to the end.
    virtual void showSent() = 0;
};

} // namespace ui
} // namespace agentdesk
