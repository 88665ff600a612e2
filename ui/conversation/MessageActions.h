#pragma once

class QAction;

namespace agentdesk {
namespace ui {

//! What can be done to one message: the window owns these actions (in its Message menu, with
//! their shortcuts); the message view shows them in its context menu, enables them for what is
//! selected and carries them out (ConversationPane::setMessageActions).
struct MessageActions {
    QAction* copy = nullptr;    //!< the selected message's text to the clipboard (in the view)
    QAction* retry = nullptr;   //!< send the failed reply again
    QAction* edit = nullptr;    //!< change the failed reply and send it again
    QAction* discard = nullptr; //!< give the failed reply up
};

} // namespace ui
} // namespace agentdesk
