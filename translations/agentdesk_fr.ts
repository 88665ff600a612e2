<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted.</source>
        <translation>Le certificat de sécurité du serveur n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Le serveur a refusé les identifiants.</translation>
    </message>
    <message>
        <source>AgentDesk did not send this: %1</source>
        <translation>AgentDesk n&apos;a pas envoyé ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Le serveur a rejeté la requête.</translation>
    </message>
    <message>
        <source>The server does not know this conversation or address.</source>
        <translation>Le serveur ne connaît pas cette conversation ou cette adresse.</translation>
    </message>
    <message>
        <source>Too many requests; the server allows the next one at %1.</source>
        <translation>Trop de requêtes&#xa0;; le serveur autorise la suivante à %1.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked to slow down.</source>
        <translation>Trop de requêtes&#xa0;; le serveur demande de ralentir.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Le serveur a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read.</source>
        <translation>Le serveur a envoyé une réponse qu&apos;AgentDesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>Le http:// non chiffré n&apos;est autorisé que vers cet ordinateur&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent; whether the server received it is not known.</source>
        <translation>La connexion a été interrompue après l&apos;envoi de la requête&#xa0;; on ne sait pas si le serveur l&apos;a reçue.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of confirming the request; AgentDesk did not follow it, and whether the server carried it out is not known.</source>
        <translation>Le serveur a répondu par une redirection vers %1 au lieu de confirmer la requête ; AgentDesk ne l’a pas suivie, et on ne sait pas si le serveur l’a exécutée.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of taking the request; AgentDesk did not follow it, so it was not delivered. Check the server address in the account settings.</source>
        <translation>Le serveur a répondu par une redirection vers %1 au lieu d’accepter la requête ; AgentDesk ne l’a pas suivie, le message n’a donc pas été remis. Vérifiez l’adresse du serveur dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read; whether it carried out the request is not known.</source>
        <translation>Le serveur a envoyé une réponse qu’AgentDesk ne peut pas lire ; on ne sait pas s’il a exécuté la requête.</translation>
    </message>
</context>
<context>
    <name>CannedServerSync</name>
    <message>
        <source>Only Rocket.Chat servers offer canned responses.</source>
        <translation>Seuls les serveurs Rocket.Chat proposent des réponses prédéfinies.</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>L&apos;espace de travail a été fermé.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The server refused the credentials: check the ids and the token. (%1)</source>
        <translation>Le serveur a refusé les identifiants&#xa0;: vérifiez les identifiants et le jeton. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the server: check the server address. (%1)</source>
        <translation>Serveur injoignable&#xa0;: vérifiez l&apos;adresse du serveur. (%1)</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Le test de connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rocket.Chat needs the agent&apos;s user id.</source>
        <translation>Rocket.Chat a besoin de l&apos;identifiant utilisateur de l&apos;agent.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Rocket.Chat: %Ln open conversation(s) assigned.</source>
        <translation>
            <numerusform>Connecté à Rocket.Chat&#xa0;: %Ln conversation ouverte attribuée.</numerusform>
            <numerusform>Connecté à Rocket.Chat&#xa0;: %Ln conversations ouvertes attribuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted.</source>
        <translation>Connecté à SocialBoards&#xa0;: le jeton a été accepté.</translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted (the test conversation said: %1).</source>
        <translation>Connecté à SocialBoards&#xa0;: le jeton a été accepté (la conversation de test a répondu&#xa0;: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to LiveChatAI: the API key was accepted (%Ln conversation(s) with this AI agent).</source>
        <translation>
            <numerusform>Connecté à LiveChatAI&#xa0;: la clé d&apos;API a été acceptée (%Ln conversation avec cet agent IA).</numerusform>
            <numerusform>Connecté à LiveChatAI&#xa0;: la clé d&apos;API a été acceptée (%Ln conversations avec cet agent IA).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token (or API key) first.</source>
        <translation>Saisissez d&apos;abord le jeton (ou la clé d&apos;API).</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Chat started</source>
        <translation>Discussion commencée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Impossible de rendre %1 privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2</source>
        <translation>%1 est endommagé à la ligne %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[image&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, in the conversation list</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString format: a day this year, short month name</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString format: the day separator&apos;s date this year, with the weekday and the full month name</comment>
        <translation>dddd d MMMM</translation>
    </message>
</context>
<context>
    <name>SalvageReport</name>
    <message>
        <source>Recovered account %1 (its settings could not be read)</source>
        <translation>Compte récupéré %1 (ses paramètres n&apos;ont pas pu être lus)</translation>
    </message>
    <message>
        <source>the settings of account %1 (kept as a stand-in: enter its server again)</source>
        <translation>les paramètres du compte %1 (conservé comme compte de substitution&#xa0;: saisissez de nouveau son serveur)</translation>
    </message>
    <message>
        <source>Recovered conversation %1</source>
        <translation>Conversation récupérée %1</translation>
    </message>
    <message>
        <source>the details of conversation %1 (its messages are kept under &quot;Recovered conversation %1&quot;)</source>
        <translation>les détails de la conversation %1 (ses messages sont conservés sous «&#xa0;Conversation récupérée %1&#xa0;»)</translation>
    </message>
    <message>
        <source>Recovered from a damaged history without its conversation: it cannot be sent from here.</source>
        <translation>Récupérée d&apos;un historique endommagé sans sa conversation&#xa0;: elle ne peut pas être envoyée d&apos;ici.</translation>
    </message>
    <message>
        <source>all of table %1 (%2)</source>
        <translation>toute la table %1 (%2)</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <source>messages up to %1 (any unsent reply among them is lost)</source>
        <translation>les messages jusqu&apos;au %1 (toute réponse non envoyée parmi eux est perdue)</translation>
    </message>
    <message>
        <source>messages from %1 on (any unsent reply among them is lost)</source>
        <translation>les messages à partir du %1 (toute réponse non envoyée parmi eux est perdue)</translation>
    </message>
    <message>
        <source>messages from %1 to %2 (any unsent reply among them is lost)</source>
        <translation>les messages du %1 au %2 (toute réponse non envoyée parmi eux est perdue)</translation>
    </message>
    <message>
        <source>some rows of %1</source>
        <translation>certaines lignes de %1</translation>
    </message>
    <message>
        <source>the whole file (%1)</source>
        <translation>tout le fichier (%1)</translation>
    </message>
    <message>
        <source>some links of AI answers</source>
        <translation>certains liens des réponses de l&apos;IA</translation>
    </message>
    <message>
        <source>The history file was damaged and nothing in it could be read. The damaged file is kept as %1.</source>
        <translation>Le fichier d&apos;historique était endommagé et rien n&apos;a pu en être lu. Le fichier endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <source> Some parts could not be read.</source>
        <translation> Certaines parties n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been salvaged. Unsent replies saved: %1.%2 The damaged file is kept as %3.</source>
        <translation>Le fichier d&apos;historique était endommagé et a été récupéré. Réponses non envoyées sauvegardées&#xa0;: %1.%2 Le fichier endommagé est conservé sous %3.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1).</source>
        <translation>Le fichier d&apos;historique était endommagé (%1).</translation>
    </message>
    <message>
        <source>Nothing in it could be read: a new, empty history was started.</source>
        <translation>Rien n&apos;a pu y être lu&#xa0;: un nouvel historique vide a été créé.</translation>
    </message>
    <message>
        <source>A new history was started and everything still readable was copied into it, unsent replies first:</source>
        <translation>Un nouvel historique a été créé et tout ce qui était encore lisible y a été copié, en commençant par les réponses non envoyées&#xa0;:</translation>
    </message>
    <message>
        <source>- unsent replies saved (queued, sending or failed): %1</source>
        <translation>- réponses non envoyées sauvegardées (en attente, en cours d&apos;envoi ou en échec)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  of them without their conversation, so they cannot be sent (listed as failed, with their text): %1</source>
        <translation>  dont sans leur conversation, donc impossibles à envoyer (affichées comme non envoyées, avec leur texte)&#xa0;: %1</translation>
    </message>
    <message>
        <source>- accounts: %1</source>
        <translation>- comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>- conversations: %1 (drafts: %2)</source>
        <translation>- conversations&#xa0;: %1 (brouillons&#xa0;: %2)</translation>
    </message>
    <message>
        <source>- canned replies: %1</source>
        <translation>- réponses prédéfinies&#xa0;: %1</translation>
    </message>
    <message>
        <source>- messages in all: %1</source>
        <translation>- messages au total&#xa0;: %1</translation>
    </message>
    <message>
        <source>- AI exchanges: %1</source>
        <translation>- échanges avec l&apos;IA&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every row that was found could be read.</source>
        <translation>Toutes les lignes trouvées ont pu être lues.</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>Parties illisibles&#xa0;:</translation>
    </message>
    <message>
        <source>The damaged file is kept, untouched, as %1.</source>
        <translation>Le fichier endommagé est conservé, intact, sous %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::AiAssistant</name>
    <message>
        <source>The visitor has not written anything yet, so there is nothing to suggest a reply to.</source>
        <translation>Le visiteur n&apos;a encore rien écrit&#xa0;: il n&apos;y a rien à quoi suggérer une réponse.</translation>
    </message>
    <message>
        <source>Type a question for the AI first.</source>
        <translation>Saisissez d&apos;abord une question pour l&apos;IA.</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>Aucun compte LiveChatAI&#xa0;: ajoutez-en un dans Comptes pour interroger l&apos;IA.</translation>
    </message>
    <message>
        <source>The LiveChatAI account &quot;%1&quot; has no AI agent id: set it in Accounts.</source>
        <translation>Le compte LiveChatAI «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant d&apos;agent IA&#xa0;: définissez-le dans Comptes.</translation>
    </message>
    <message>
        <source>No API key for the LiveChatAI account &quot;%1&quot;: enter it in Accounts.</source>
        <translation>Aucune clé d&apos;API pour le compte LiveChatAI «&#xa0;%1&#xa0;»&#xa0;: saisissez-la dans Comptes.</translation>
    </message>
    <message>
        <source>The desk is offline.</source>
        <translation>AgentDesk est hors ligne.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Backend</name>
    <message>
        <source>Rocket.Chat</source>
        <translation>Rocket.Chat</translation>
    </message>
    <message>
        <source>SocialBoards</source>
        <translation>SocialBoards</translation>
    </message>
    <message>
        <source>LiveChatAI</source>
        <translation>LiveChatAI</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;replies&quot; (AgentDesk) or &quot;responses&quot; (Rocket.Chat)</source>
        <translation>objet JSON avec &quot;replies&quot; (AgentDesk) ou &quot;responses&quot; (Rocket.Chat) attendu</translation>
    </message>
    <message>
        <source>the Rocket.Chat response says &quot;success&quot;: false</source>
        <translation>la réponse de Rocket.Chat indique &quot;success&quot;: false</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be an array</source>
        <translation>&quot;responses&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (the only version this AgentDesk reads)</source>
        <translation>&quot;version&quot; doit valoir 1 (la seule version que lit cet AgentDesk)</translation>
    </message>
    <message>
        <source>&quot;replies&quot; must be an array</source>
        <translation>&quot;replies&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>&quot;account&quot; must be an object</source>
        <translation>&quot;account&quot; doit être un objet</translation>
    </message>
    <message>
        <source>“%1” was for %2 at %3, which this workspace does not have: imported as personal.</source>
        <translation>«&#xa0;%1&#xa0;» était destiné à %2 sur %3, absent de cet espace de travail&#xa0;: importé comme personnel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; doit être un tableau de chaînes</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedLibrary</name>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Une réponse prédéfinie doit avoir un titre.</translation>
    </message>
    <message>
        <source>The canned reply “%1” has no text.</source>
        <translation>La réponse prédéfinie «&#xa0;%1&#xa0;» n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>The trigger word “%1” must not contain spaces.</source>
        <translation>Le mot déclencheur «&#xa0;%1&#xa0;» ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>“%1” is not a keyboard shortcut (write it like Ctrl+Shift+G).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un raccourci clavier (écrivez-le comme Ctrl+Shift+G).</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 est déjà le raccourci de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no account %1 for the canned reply “%2”.</source>
        <translation>Le compte %1 de la réponse prédéfinie «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The canned reply could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la réponse prédéfinie&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no canned reply %1.</source>
        <translation>La réponse prédéfinie %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The canned reply could not be deleted: %1</source>
        <translation>Impossible de supprimer la réponse prédéfinie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;ordre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” keeps no shortcut: %2 belongs to “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» perd son raccourci&#xa0;: %2 appartient à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Modèles de départ</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>bonjour</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, thanks for reaching out! I&apos;m {agent.name} and I&apos;m happy to help. {cursor}</source>
        <translation>Bonjour {visitor.name}, merci de nous avoir contactés&#xa0;! Je suis {agent.name} et je suis ravi(e) de vous aider. {cursor}</translation>
    </message>
    <message>
        <source>Ask for the order number</source>
        <translation>Demander le numéro de commande</translation>
    </message>
    <message>
        <source>order</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>commande</translation>
    </message>
    <message>
        <source>Could you send me your order number? You&apos;ll find it in the confirmation e-mail we sent you.{cursor}</source>
        <translation>Pourriez-vous m&apos;envoyer votre numéro de commande&#xa0;? Vous le trouverez dans l&apos;e-mail de confirmation que nous vous avons envoyé.{cursor}</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>bye</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>aurevoir</translation>
    </message>
    <message>
        <source>Thanks for contacting us, {visitor.name}! If anything else comes up, just write to us here. Have a great day.</source>
        <translation>Merci de nous avoir contactés, {visitor.name}&#xa0;! Si vous avez une autre question, écrivez-nous simplement ici. Excellente journée.</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Transférer à un collègue</translation>
    </message>
    <message>
        <source>handover</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>transfert</translation>
    </message>
    <message>
        <source>I&apos;m handing you over to a colleague who knows this topic best.
---
They&apos;ll be with you in a moment and can already read our conversation, so there is no need to repeat anything.</source>
        <translation>Je vous transfère à un collègue qui connaît mieux ce sujet.
---
Il sera avec vous dans un instant et peut déjà lire notre conversation&#xa0;: inutile de répéter quoi que ce soit.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedTemplate</name>
    <message>
        <source>the visitor&apos;s name is not known</source>
        <translation>le nom du visiteur n&apos;est pas connu</translation>
    </message>
    <message>
        <source>the visitor&apos;s e-mail address is not known</source>
        <translation>l&apos;adresse e-mail du visiteur n&apos;est pas connue</translation>
    </message>
    <message>
        <source>your name is not set for this account</source>
        <translation>votre nom n&apos;est pas défini pour ce compte</translation>
    </message>
    <message>
        <source>the conversation has no id yet</source>
        <translation>la conversation n&apos;a pas encore d&apos;identifiant</translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation>variable inconnue</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedUse</name>
    <message>
        <source>Open a conversation to use “%1”.</source>
        <translation>Ouvrez une conversation pour utiliser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” belongs to %2, not to this conversation&apos;s account.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à %2, pas au compte de cette conversation.</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>un autre compte</translation>
    </message>
    <message>
        <source>Sent “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» envoyé.</translation>
    </message>
    <message>
        <source>“%1” was inserted, not sent: %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été inséré, pas envoyé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Check before sending: %1.</source>
        <translation>À vérifier avant envoi&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CredentialStore</name>
    <message>
        <source>Checking for the system keychain…</source>
        <translation>Recherche du trousseau système…</translation>
    </message>
    <message>
        <source>Tokens are saved in the system keychain.</source>
        <translation>Les jetons sont enregistrés dans le trousseau système.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are kept for this session only.</source>
        <translation>Pas de trousseau système&#xa0;: les jetons ne sont conservés que pour cette session.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are saved in %1, readable only by you.</source>
        <translation>Pas de trousseau système&#xa0;: les jetons sont enregistrés dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Token saved in %1, readable only by you.</source>
        <translation>Jeton enregistré dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Token kept for this session only: %1</source>
        <translation>Jeton conservé pour cette session uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain: the token is kept for this session only.</source>
        <translation>Pas de trousseau système&#xa0;: le jeton n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Jeton enregistré dans le trousseau système.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Desk</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot open the history at %1.</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique dans %1.</translation>
    </message>
    <message>
        <source>The demo needs agentdesk-sandbox, which was not found next to AgentDesk or on the PATH.</source>
        <translation>La démo a besoin d&apos;agentdesk-sandbox, introuvable à côté d&apos;AgentDesk ou dans le PATH.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Le bac à sable de démo n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo Rocket.Chat</source>
        <translation>Rocket.Chat de démo</translation>
    </message>
    <message>
        <source>Demo SocialBoards</source>
        <translation>SocialBoards de démo</translation>
    </message>
    <message>
        <source>Demo LiveChatAI</source>
        <translation>LiveChatAI de démo</translation>
    </message>
</context>
<context>
    <name>agentdesk::History</name>
    <message>
        <source>No history file was given.</source>
        <translation>Aucun fichier d&apos;historique n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;historique.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk (schema version %2; this one knows up to %3). It was left untouched: please update AgentDesk or choose another data folder.</source>
        <translation>L&apos;historique %1 a été écrit par une version plus récente d&apos;AgentDesk (version de schéma %2&#xa0;; celle-ci connaît jusqu&apos;à la %3). Il n&apos;a pas été modifié&#xa0;: mettez AgentDesk à jour ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Cannot read the history %1: %2</source>
        <translation>Impossible de lire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and could not be moved aside (%3); it was not opened.</source>
        <translation>L&apos;historique %1 est endommagé (%2) et n&apos;a pas pu être mis de côté (%3)&#xa0;; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history %1: %2</source>
        <translation>Impossible de configurer l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging.</source>
        <translation>Impossible de passer l&apos;historique %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk.</source>
        <translation>L&apos;historique %1 a été écrit par une version plus récente d&apos;AgentDesk.</translation>
    </message>
    <message>
        <source>Cannot prepare the history %1: %2</source>
        <translation>Impossible de préparer l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>History opened: %1</source>
        <translation>Historique ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It is kept, untouched, as %3, but copying what is still readable from it failed (%4): AgentDesk tries again at the next start.</source>
        <translation>L&apos;historique %1 était endommagé (%2). Il est conservé, intact, sous %3, mais la copie de ce qui reste lisible a échoué (%4)&#xa0;: AgentDesk réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only: %1</source>
        <translation>Le dossier de l’espace de travail est en lecture seule : %1</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left for the history %1. Free some space and try again.</source>
        <translation>Le disque est plein : il n’y a plus de place pour l’historique %1. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>There is no history in the workspace folder %1.</source>
        <translation>Il n’y a pas d’historique dans le dossier de l’espace de travail %1.</translation>
    </message>
    <message>
        <source>The history file is read-only: %1</source>
        <translation>Le fichier d’historique est en lecture seule : %1</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2); it can be salvaged only where it can be written.</source>
        <translation>L’historique %1 est endommagé (%2) ; il ne peut être récupéré que là où il peut être écrit.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to this AgentDesk, which it can take only where it can be written.</source>
        <translation>L’historique %1 doit être mis à jour pour cette version d’AgentDesk, ce qui n’est possible que là où il peut être écrit.</translation>
    </message>
</context>
<context>
    <name>agentdesk::InboxSync</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::Outbox</name>
    <message>
        <source>This LiveChatAI conversation has no id, so it cannot be answered.</source>
        <translation>Cette conversation LiveChatAI n&apos;a pas d&apos;identifiant&#xa0;: impossible d&apos;y répondre.</translation>
    </message>
    <message>
        <source>No LiveChatAI API key is stored for &quot;%1&quot;; add it in the account settings.</source>
        <translation>Aucune clé d&apos;API LiveChatAI n&apos;est enregistrée pour «&#xa0;%1&#xa0;»&#xa0;; ajoutez-la dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>This Rocket.Chat conversation has no room id or visitor token, so it cannot be answered.</source>
        <translation>Cette conversation Rocket.Chat n&apos;a pas d&apos;identifiant de salon ni de jeton de visiteur&#xa0;: impossible d&apos;y répondre.</translation>
    </message>
    <message>
        <source>This SocialBoards conversation has no valid id (&quot;%1&quot;).</source>
        <translation>Cette conversation SocialBoards n&apos;a pas d&apos;identifiant valide («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>No SocialBoards access token is stored for &quot;%1&quot;; sign in again.</source>
        <translation>Aucun jeton d&apos;accès SocialBoards n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The SocialBoards account &quot;%1&quot; has no author id or email to reply as.</source>
        <translation>Le compte SocialBoards «&#xa0;%1&#xa0;» n&apos;a ni identifiant ni e-mail d&apos;auteur pour répondre.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Un message vide ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The conversation does not exist (id %1).</source>
        <translation>La conversation n&apos;existe pas (identifiant %1).</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be edited.</source>
        <translation>Seul un message en attente ou en échec peut être modifié.</translation>
    </message>
    <message>
        <source>This message may already have reached the visitor; it can be discarded but not edited.</source>
        <translation>Ce message est peut-être déjà parvenu au visiteur&#xa0;; il peut être abandonné mais pas modifié.</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be discarded.</source>
        <translation>Seul un message en attente ou en échec peut être abandonné.</translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation>Ce message est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The account of this conversation no longer exists.</source>
        <translation>Le compte de cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Sending to %1 is not supported by this version.</source>
        <translation>Cette version ne prend pas en charge l&apos;envoi vers %1.</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Impossible d&apos;écrire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not confirm every message; they will be checked and sent again.</source>
        <translation>Le serveur n&apos;a pas confirmé tous les messages&#xa0;; ils seront vérifiés et renvoyés.</translation>
    </message>
    <message>
        <source>Not signed in to Rocket.Chat for &quot;%1&quot;: no access token is stored. Sign in (Accounts) so that replies are sent as you.</source>
        <translation>Non connecté à Rocket.Chat pour «&#xa0;%1&#xa0;»&#xa0;: aucun jeton d&apos;accès n&apos;est enregistré. Connectez-vous (Comptes) pour que les réponses soient envoyées en votre nom.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Replies</name>
    <message>
        <source>This conversation is closed, so a reply can no longer reach the visitor. It opens again here when the server reopens it.</source>
        <translation>Cette conversation est fermée&#xa0;: une réponse ne peut plus parvenir au visiteur. Elle se rouvrira ici lorsque le serveur la rouvrira.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>The reply could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::RocketChatRealtime</name>
    <message>
        <source>the realtime connection went silent</source>
        <translation>la connexion en temps réel est devenue muette</translation>
    </message>
    <message>
        <source>the realtime connection did not come up in time</source>
        <translation>la connexion en temps réel ne s&apos;est pas établie à temps</translation>
    </message>
    <message>
        <source>refusing an unencrypted realtime connection to %1</source>
        <translation>refus d&apos;une connexion en temps réel non chiffrée vers %1</translation>
    </message>
    <message>
        <source>not signed in: no user id or auth token for the realtime connection</source>
        <translation>non connecté&#xa0;: aucun identifiant utilisateur ni jeton d&apos;authentification pour la connexion en temps réel</translation>
    </message>
    <message>
        <source>the server does not speak DDP version 1</source>
        <translation>le serveur ne prend pas en charge la version 1 de DDP</translation>
    </message>
    <message>
        <source>the server refused the sign-in: %1</source>
        <translation>le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused a subscription: %1</source>
        <translation>le serveur a refusé un abonnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server reported a protocol error: %1</source>
        <translation>le serveur a signalé une erreur de protocole&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server closed the realtime connection</source>
        <translation>le serveur a fermé la connexion en temps réel</translation>
    </message>
    <message>
        <source>the server does not read what the desk sends (%1 KiB waiting); following by polling instead</source>
        <translation>le serveur ne lit pas ce que le poste envoie (%1 Kio en attente) ; interrogation périodique à la place</translation>
    </message>
    <message>
        <source>the server sent more than %1 messages in a second; following by polling instead</source>
        <translation>le serveur a envoyé plus de %1 messages en une seconde ; interrogation périodique à la place</translation>
    </message>
    <message>
        <source>the server sent more than %1 MiB in a second; following by polling instead</source>
        <translation>le serveur a envoyé plus de %1 Mio en une seconde ; interrogation périodique à la place</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
</context>
<context>
    <name>agentdesk::SandboxProcess</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the sandbox did not report its address within %1 ms</source>
        <translation>le bac à sable n&apos;a pas indiqué son adresse en %1 ms</translation>
    </message>
    <message>
        <source>cannot find %1 (set AGENTDESK_SANDBOX to its path)</source>
        <translation>%1 introuvable (définissez AGENTDESK_SANDBOX sur son chemin)</translation>
    </message>
    <message>
        <source>the sandbox printed no address line</source>
        <translation>le bac à sable n&apos;a affiché aucune ligne d&apos;adresse</translation>
    </message>
    <message>
        <source>the sandbox announced an unexpected address: %1</source>
        <translation>le bac à sable a annoncé une adresse inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready</source>
        <translation>le bac à sable s&apos;est arrêté avec le code %1 avant d&apos;être prêt</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>le bac à sable s&apos;est arrêté avec le code %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::SyncRound</name>
    <message>
        <source>no API key is saved for this account</source>
        <translation>aucune clé d&apos;API n&apos;est enregistrée pour ce compte</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Visiteur %1</translation>
    </message>
    <message>
        <source>no token is saved for this account</source>
        <translation>aucun jeton n&apos;est enregistré pour ce compte</translation>
    </message>
    <message>
        <source>no access token is saved for this account</source>
        <translation>aucun jeton d&apos;accès n&apos;est enregistré pour ce compte</translation>
    </message>
</context>
<context>
    <name>agentdesk::Transport</name>
    <message>
        <source>%1 redirected it to another server, %2; AgentDesk does not send passwords, tokens or messages there. Check the server address in the account settings.</source>
        <translation>%1 l&apos;a redirigée vers un autre serveur, %2&#xa0;; AgentDesk n&apos;y envoie ni mots de passe, ni jetons, ni messages. Vérifiez l&apos;adresse du serveur dans les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>À propos d&apos;AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <source>A fast, keyboard-first desk for support agents: Rocket.Chat, SocialBoards and LiveChatAI in one window.</source>
        <translation>Un poste de travail rapide, pensé pour le clavier, pour les agents du support&#xa0;: Rocket.Chat, SocialBoards et LiveChatAI dans une seule fenêtre.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Released under the &lt;a href=&quot;%1&quot;&gt;MIT License&lt;/a&gt;. Copyright © 2026 The AgentDesk developers.</source>
        <translation>Publié sous la &lt;a href=&quot;%1&quot;&gt;licence MIT&lt;/a&gt;. Copyright © 2026 Les développeurs d&apos;AgentDesk.</translation>
    </message>
    <message>
        <source>Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Site web&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountEditor</name>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Acme support</source>
        <translation>Support Acme</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>AI agent id</source>
        <translation>Identifiant de l&apos;agent IA</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Se c&amp;onnecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant &amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;m d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>AI a&amp;gent id:</source>
        <translation>Identifiant de l&apos;a&amp;gent IA&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>(saved; type to replace)</source>
        <translation>(enregistré&#xa0;; saisissez pour remplacer)</translation>
    </message>
    <message>
        <source>(signed in; type to sign in again)</source>
        <translation>(connecté&#xa0;; saisissez pour vous reconnecter)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Rocket.Chat refused the sign-in: check the username and password, or the user id and token. (%1)</source>
        <translation>Rocket.Chat a refusé la connexion&#xa0;: vérifiez le nom d&apos;utilisateur et le mot de passe, ou l&apos;identifiant utilisateur et le jeton. (%1)</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Author &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User id (X-User-Id):</source>
        <translation>Identifiant &amp;utilisateur (X-User-Id)&#xa0;:</translation>
    </message>
    <message>
        <source>Author id</source>
        <translation>Identifiant de l&apos;auteur</translation>
    </message>
    <message>
        <source>Author na&amp;me:</source>
        <translation>No&amp;m de l&apos;auteur&#xa0;:</translation>
    </message>
    <message>
        <source>User na&amp;me or email:</source>
        <translation>No&amp;m d&apos;utilisateur ou e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l&apos;auteur</translation>
    </message>
    <message>
        <source>Author &amp;email:</source>
        <translation>&amp;E-mail de l&apos;auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Personal access to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;accès personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Enter the server address, like %1.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat username (or email) and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur Rocket.Chat (ou votre e-mail) et votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat password.</source>
        <translation>Saisissez votre mot de passe Rocket.Chat.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat user id (shown with your personal access token).</source>
        <translation>Saisissez votre identifiant utilisateur Rocket.Chat (affiché avec votre jeton d&apos;accès personnel).</translation>
    </message>
    <message>
        <source>Enter the author id or email that your SocialBoards replies are sent as.</source>
        <translation>Saisissez l&apos;identifiant ou l&apos;e-mail de l&apos;auteur sous lequel vos réponses SocialBoards sont envoyées.</translation>
    </message>
    <message>
        <source>Enter the id of the LiveChatAI agent to ask.</source>
        <translation>Saisissez l&apos;identifiant de l&apos;agent LiveChatAI à interroger.</translation>
    </message>
    <message>
        <source>Enter the token (or API key).</source>
        <translation>Saisissez le jeton (ou la clé d&apos;API).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountsDialog</name>
    <message>
        <source>Save tokens in a &amp;private file readable only by you</source>
        <translation>Enregistrer les jetons dans un fichier &amp;privé lisible par vous seul</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Emplacement des jetons</translation>
    </message>
    <message>
        <source>Save tokens in a private file</source>
        <translation>Enregistrer les jetons dans un fichier privé</translation>
    </message>
    <message>
        <source>Without a system keychain, tokens are forgotten when the desk closes. With this, they are written to a file only your user can read.</source>
        <translation>Sans trousseau système, les jetons sont oubliés à la fermeture d&apos;AgentDesk. Avec cette option, ils sont écrits dans un fichier que seul votre utilisateur peut lire.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>État des comptes</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source> (no token)</source>
        <translation> (aucun jeton)</translation>
    </message>
    <message>
        <source>Tokens cannot be saved.</source>
        <translation>Impossible d&apos;enregistrer les jetons.</translation>
    </message>
    <message>
        <source>Could not save the account: %1</source>
        <translation>Impossible d&apos;enregistrer le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation>Impossible d&apos;ajouter le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and its conversations from this computer? Its token is deleted too.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses conversations de cet ordinateur&#xa0;? Son jeton sera également supprimé.</translation>
    </message>
    <message>
        <source>Confirm removal</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Conserver le compte</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>Impossible de supprimer le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Compte supprimé.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AiPanel</name>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>&amp;Suggest a reply</source>
        <translation>&amp;Suggérer une réponse</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Insérer dans la réponse</translation>
    </message>
    <message>
        <source>AI assistant</source>
        <translation>Assistant IA</translation>
    </message>
    <message>
        <source>AI assistant (LiveChatAI)</source>
        <translation>Assistant IA (LiveChatAI)</translation>
    </message>
    <message>
        <source>Ask the AI…</source>
        <translation>Demander à l&apos;IA…</translation>
    </message>
    <message>
        <source>Question for the AI</source>
        <translation>Question pour l&apos;IA</translation>
    </message>
    <message>
        <source>Ask the AI</source>
        <translation>Demander à l&apos;IA</translation>
    </message>
    <message>
        <source>Suggest a reply to the visitor&apos;s last message</source>
        <translation>Suggérer une réponse au dernier message du visiteur</translation>
    </message>
    <message>
        <source>Ask the AI how to answer the visitor&apos;s last message</source>
        <translation>Demander à l&apos;IA comment répondre au dernier message du visiteur</translation>
    </message>
    <message>
        <source>AI questions in this conversation</source>
        <translation>Questions à l&apos;IA dans cette conversation</translation>
    </message>
    <message>
        <source>AI answer</source>
        <translation>Réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>The AI&apos;s answer appears here.</source>
        <translation>La réponse de l&apos;IA s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Sources of the AI answer</source>
        <translation>Sources de la réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>Insert the AI answer into the reply</source>
        <translation>Insérer la réponse de l&apos;IA dans votre réponse</translation>
    </message>
    <message>
        <source>AI status</source>
        <translation>État de l&apos;IA</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Not opened: %1 (only http and https links open).</source>
        <translation>Non ouvert&#xa0;: %1 (seuls les liens http et https s&apos;ouvrent).</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>Aucun compte LiveChatAI&#xa0;: ajoutez-en un dans Comptes pour interroger l&apos;IA.</translation>
    </message>
    <message>
        <source>Waiting for the AI…</source>
        <translation>En attente de l&apos;IA…</translation>
    </message>
    <message>
        <source>Asking the AI for a reply to the visitor&apos;s last message…</source>
        <translation>Demande à l&apos;IA d&apos;une réponse au dernier message du visiteur…</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>%1 ouvert dans le navigateur.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedCompleter</name>
    <message>
        <source>Canned replies</source>
        <translation>Réponses prédéfinies</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedController</name>
    <message>
        <source>another window shortcut</source>
        <translation>un autre raccourci de la fenêtre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la saisie</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Move by word</source>
        <translation>Déplacer par mot</translation>
    </message>
    <message>
        <source>Delete word</source>
        <translation>Supprimer le mot</translation>
    </message>
    <message>
        <source>Typing in the reply</source>
        <translation>Saisie dans la réponse</translation>
    </message>
    <message>
        <source>“%1” has a shortcut the keyboard cannot type (%2)</source>
        <translation>«&#xa0;%1&#xa0;» a un raccourci que le clavier ne peut pas saisir (%2)</translation>
    </message>
    <message>
        <source>%1 of “%2” is the desk&apos;s %3</source>
        <translation>%1 de «&#xa0;%2&#xa0;» est déjà «&#xa0;%3&#xa0;» dans AgentDesk</translation>
    </message>
    <message>
        <source>Canned reply “%1”</source>
        <translation>Réponse prédéfinie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Some canned reply shortcuts are off: %1. Change them in Canned Replies.</source>
        <translation>Certains raccourcis de réponses prédéfinies sont désactivés&#xa0;: %1. Modifiez-les dans Réponses prédéfinies.</translation>
    </message>
    <message>
        <source>Open a conversation to insert a canned reply.</source>
        <translation>Ouvrez une conversation pour insérer une réponse prédéfinie.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedDelegate</name>
    <message>
        <source>next message</source>
        <translation>message suivant</translation>
    </message>
    <message>
        <source>Left as written: %1</source>
        <translation>Laissé tel quel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedEditor</name>
    <message>
        <source>Ana Souza</source>
        <translation>Ana Souza</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Its shortcut &amp;sends at once (no chance to edit)</source>
        <translation>Son raccourci en&amp;voie immédiatement (sans modification possible)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>S&amp;ync from Server</source>
        <translation>S&amp;ynchroniser depuis le serveur</translation>
    </message>
    <message>
        <source>Canned Replies</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>Mot déclencheur</translation>
    </message>
    <message>
        <source>one word, typed after /</source>
        <translation>un mot, saisi après /</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Available for</source>
        <translation>Disponible pour</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Raccourci clavier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the shortcut</source>
        <translation>Effacer le raccourci</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, … — a line with --- starts the next message</source>
        <translation>Bonjour {visitor.name}, … — une ligne avec --- commence le message suivant</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rigger word:</source>
        <translation>Mot déclenc&amp;heur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Available for:</source>
        <translation>Dis&amp;ponible pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Aperçu avec des valeurs d&apos;exemple&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Needs a Rocket.Chat account.</source>
        <translation>Nécessite un compte Rocket.Chat.</translation>
    </message>
    <message>
        <source>Every account (personal)</source>
        <translation>Tous les comptes (personnel)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 would replace typing: use Ctrl, Alt or an F key.</source>
        <translation>%1 remplacerait la saisie&#xa0;: utilisez Ctrl, Alt ou une touche F.</translation>
    </message>
    <message>
        <source>%1 is already used by the desk for “%2”.</source>
        <translation>%1 est déjà utilisé par AgentDesk pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of the canned reply “%2”.</source>
        <translation>%1 est déjà le raccourci de la réponse prédéfinie «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a plus de raccourci.</translation>
    </message>
    <message>
        <source>%1 now inserts “%2”.</source>
        <translation>%1 insère maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No canned replies yet. Press New to write one.</source>
        <translation>Pas encore de réponse prédéfinie. Cliquez sur Nouvelle pour en écrire une.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, {cursor}</source>
        <translation>Bonjour {visitor.name}, {cursor}</translation>
    </message>
    <message>
        <source>Delete Canned Reply</source>
        <translation>Supprimer la réponse prédéfinie</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>Supprimer définitivement «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Rien n&apos;a été importé&#xa0;: impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new reply(s)</source>
        <translation>
            <numerusform>%n nouvelle réponse importée</numerusform>
            <numerusform>%n nouvelles réponses importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updated %n.</source>
        <translation>
            <numerusform>, %n mise à jour.</numerusform>
            <numerusform>, %n mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation>Non exporté&#xa0;: impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reply(s) to %1.</source>
        <translation>
            <numerusform>%n réponse exportée vers %1.</numerusform>
            <numerusform>%n réponses exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Canned Replies</source>
        <translation>Importer des réponses prédéfinies</translation>
    </message>
    <message>
        <source>Canned replies (*.json);;All files (*)</source>
        <translation>Réponses prédéfinies (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Canned Replies</source>
        <translation>Exporter les réponses prédéfinies</translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation>Réponses prédéfinies (*.json)</translation>
    </message>
    <message>
        <source>Reading the canned responses of %1…</source>
        <translation>Lecture des réponses prédéfinies de %1…</translation>
    </message>
    <message>
        <source>Nothing changed: %1 did not give its canned responses: %2</source>
        <translation>Rien n&apos;a changé&#xa0;: %1 n&apos;a pas fourni ses réponses prédéfinies&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new</source>
        <translation>
            <numerusform>Depuis %1&#xa0;: %n nouvelle</numerusform>
            <numerusform>Depuis %1&#xa0;: %n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated.</source>
        <translation>
            <numerusform>, %n mise à jour.</numerusform>
            <numerusform>, %n mises à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedPalette</name>
    <message>
        <source>Insert Canned Reply</source>
        <translation>Insérer une réponse prédéfinie</translation>
    </message>
    <message>
        <source>Filter by title or trigger word…</source>
        <translation>Filtrer par titre ou mot déclencheur…</translation>
    </message>
    <message>
        <source>Filter canned replies</source>
        <translation>Filtrer les réponses prédéfinies</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Enter inserts · Ctrl+Enter sends now · Esc closes</source>
        <translation>Entrée insère · Ctrl+Entrée envoie tout de suite · Échap ferme</translation>
    </message>
    <message>
        <source>No canned replies yet: add some in Canned Replies…</source>
        <translation>Pas encore de réponse prédéfinie&#xa0;: ajoutez-en dans Réponses prédéfinies…</translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation>Aucune réponse prédéfinie ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Its shortcut sends it at once.</source>
        <translation>Son raccourci l&apos;envoie immédiatement.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter new line, / canned replies)</source>
        <translation>Écrivez une réponse… (Entrée envoie, Maj+Entrée nouvelle ligne, / réponses prédéfinies)</translation>
    </message>
    <message>
        <source>Write a reply… (Shift+Enter sends, Enter new line, / canned replies)</source>
        <translation>Écrivez une réponse… (Maj+Entrée envoie, Entrée nouvelle ligne, / réponses prédéfinies)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationDelegate</name>
    <message>
        <source>Reply not sent</source>
        <translation>Réponse non envoyée</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Pas encore de message</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListModel</name>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unread</source>
        <translation>
            <numerusform>, %Ln non lu</numerusform>
            <numerusform>, %Ln non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>, a reply failed to send</source>
        <translation>, une réponse n&apos;a pas pu être envoyée</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, fermée</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListPane</name>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <source>Shows only visitors whose name or last message contains this text</source>
        <translation>N&apos;affiche que les visiteurs dont le nom ou le dernier message contient ce texte</translation>
    </message>
    <message>
        <source>Backend filter</source>
        <translation>Filtre de service</translation>
    </message>
    <message>
        <source>All backends</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Open or closed filter</source>
        <translation>Filtre ouvertes ou fermées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationPane</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or press Ctrl+K to find one.</source>
        <translation>Choisissez une conversation à gauche, ou appuyez sur Ctrl+K pour en trouver une.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Détails de la conversation</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Envoyer la réponse (Entrée)</translation>
    </message>
    <message>
        <source>Why no reply can be written</source>
        <translation>Pourquoi aucune réponse ne peut être écrite</translation>
    </message>
    <message>
        <source>Not sent: the reply still holds %1. Replace it, or send again to send it as it is.</source>
        <translation>Non envoyé&#xa0;: la réponse contient encore %1. Remplacez-le, ou renvoyez pour l&apos;envoyer telle quelle.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Not opened: %1 (only web links open)</source>
        <translation>Non ouvert&#xa0;: %1 (seuls les liens web s&apos;ouvrent)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Aucune conversation</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Edit Reply</source>
        <translation>Modifier la réponse</translation>
    </message>
    <message>
        <source>The reply is sent again with this text:</source>
        <translation>La réponse sera renvoyée avec ce texte&#xa0;:</translation>
    </message>
    <message>
        <source>The reply could not be changed: %1</source>
        <translation>Impossible de modifier la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard Reply</source>
        <translation>Abandonner la réponse</translation>
    </message>
    <message>
        <source>Discard this reply for good? The visitor has not received it.

%1</source>
        <translation>Abandonner définitivement cette réponse&#xa0;? Le visiteur ne l&apos;a pas reçue.

%1</translation>
    </message>
    <message>
        <source>The reply could not be discarded: %1</source>
        <translation>Impossible d&apos;abandonner la réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::HistoryNotice</name>
    <message>
        <source>Details...</source>
        <translation>Détails...</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Avis concernant l&apos;historique</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The history file is damaged (%1). Quit and start AgentDesk again soon: it then keeps the damaged file aside and copies everything still readable into a new one, unsent replies first.</source>
        <translation>Le fichier d&apos;historique est endommagé (%1). Quittez et relancez AgentDesk rapidement&#xa0;: il mettra alors le fichier endommagé de côté et copiera tout ce qui est encore lisible dans un nouveau fichier, en commençant par les réponses non envoyées.</translation>
    </message>
    <message>
        <source>History salvaged</source>
        <translation>Historique récupéré</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>AI Colleague</source>
        <translation>Collègue IA</translation>
    </message>
    <message>
        <source>AI colleague panel</source>
        <translation>Panneau du collègue IA</translation>
    </message>
    <message>
        <source>%1 — AgentDesk</source>
        <translation>%1 — AgentDesk</translation>
    </message>
    <message>
        <source>That conversation is no longer in the list.</source>
        <translation>Cette conversation n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Ce message n&apos;est plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>A visitor</source>
        <translation>Un visiteur</translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation>%1 (%2)&#xa0;: connecté</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Rechercher dans la conversation…</translation>
    </message>
    <message>
        <source>Find &amp;Everywhere…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>F&amp;ilter Conversations</source>
        <translation>&amp;Filtrer les conversations</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Conversation &amp;non lue suivante</translation>
    </message>
    <message>
        <source>No unread conversations.</source>
        <translation>Aucune conversation non lue.</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Aller à une conversation…</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Aller à la &amp;liste des conversations</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Aller aux &amp;messages</translation>
    </message>
    <message>
        <source>Focus &amp;Reply</source>
        <translation>Aller à la &amp;réponse</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>Insert &amp;Canned Reply…</source>
        <translation>Insérer une réponse &amp;prédéfinie…</translation>
    </message>
    <message>
        <source>Ca&amp;nned Replies…</source>
        <translation>Réponses pré&amp;définies…</translation>
    </message>
    <message>
        <source>&amp;AI Colleague</source>
        <translation>&amp;Collègue IA</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>À &amp;propos d&apos;AgentDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Copier le texte du message</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>&amp;Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Edit Failed Reply…</source>
        <translation>&amp;Modifier la réponse non envoyée…</translation>
    </message>
    <message>
        <source>&amp;Discard Failed Reply…</source>
        <translation>&amp;Abandonner la réponse non envoyée…</translation>
    </message>
    <message>
        <source>Another AgentDesk (%1) is open on this workspace and sends its replies; yours are kept and sent by it. This window takes over when it closes.</source>
        <translation>Un autre AgentDesk (%1) est ouvert sur cet espace de travail et envoie ses réponses ; les vôtres sont conservées et envoyées par lui. Cette fenêtre prend le relais quand il se ferme.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageDelegate</name>
    <message>
        <source>Sending… next try at %1</source>
        <translation>Envoi… prochaine tentative à %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageModel</name>
    <message>
        <source>Chat started at %1</source>
        <translation>Discussion commencée le %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The conversation, oldest at the top. Arrow keys select a message; the context menu key shows its actions.</source>
        <translation>La conversation, les messages les plus anciens en haut. Les flèches sélectionnent un message&#xa0;; la touche de menu contextuel affiche ses actions.</translation>
    </message>
    <message>
        <source>%1 (AgentDesk does not open this kind of link)</source>
        <translation>%1 (AgentDesk n&apos;ouvre pas ce type de lien)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>Aller à une conversation</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Changement rapide</translation>
    </message>
    <message>
        <source>Type part of a visitor&apos;s name…</source>
        <translation>Saisissez une partie du nom d&apos;un visiteur…</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Filtre des conversations</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversations correspondantes</translation>
    </message>
    <message>
        <source>Quick switcher status</source>
        <translation>État du changement rapide</translation>
    </message>
    <message>
        <source>Unknown visitor</source>
        <translation>Visiteur inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln unread</source>
        <translation>
            <numerusform> · %Ln non lu</numerusform>
            <numerusform> · %Ln non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Pas encore de conversation.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Aucune conversation ne correspond.</translation>
    </message>
    <message>
        <source>Enter opens the selected conversation; Escape closes.</source>
        <translation>Entrée ouvre la conversation sélectionnée&#xa0;; Échap ferme.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Screenshot</name>
    <message>
        <source>Cannot write the screenshot to %1: %2</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing was rendered</source>
        <translation>rien n&apos;a été rendu</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchDialog</name>
    <message>
        <source>Only in this &amp;conversation</source>
        <translation>Uniquement dans cette &amp;conversation</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Rechercher des messages…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search only in this conversation</source>
        <translation>Rechercher uniquement dans cette conversation</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>Search all history</source>
        <translation>Rechercher dans tout l&apos;historique</translation>
    </message>
    <message>
        <source>Type to search this conversation.</source>
        <translation>Saisissez du texte pour rechercher dans cette conversation.</translation>
    </message>
    <message>
        <source>Type to search all conversations.</source>
        <translation>Saisissez du texte pour rechercher dans toutes les conversations.</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) match. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln message correspond. Entrée ouvre celui sélectionné.</numerusform>
            <numerusform>%Ln messages correspondent. Entrée ouvre celui sélectionné.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Enter sends the reply (Shift+Enter starts a new line)</source>
        <translation>&amp;Entrée envoie la réponse (Maj+Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>&amp;Notify me of new visitor messages</source>
        <translation>M&apos;avertir des &amp;nouveaux messages des visiteurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Enter sends the reply</source>
        <translation>Entrée envoie la réponse</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends the reply.</source>
        <translation>Si désactivé, Entrée commence une nouvelle ligne et Ctrl+Entrée envoie la réponse.</translation>
    </message>
    <message>
        <source>Notify of new visitor messages</source>
        <translation>Avertir des nouveaux messages des visiteurs</translation>
    </message>
    <message>
        <source>A notification and a taskbar flag when a visitor writes while the desk is in the background.</source>
        <translation>Une notification et un signal dans la barre des tâches lorsqu&apos;un visiteur écrit pendant qu&apos;AgentDesk est en arrière-plan.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the desk, its dates and its numbers.</source>
        <translation>La langue d&apos;AgentDesk, de ses dates et de ses nombres.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Une nouvelle langue prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A fast, keyboard-first desk for support agents.</source>
        <translation>Un poste de travail rapide, pensé pour le clavier, pour les agents du support.</translation>
    </message>
    <message>
        <source>Keep the history and settings in DIR.</source>
        <translation>Conserver l&apos;historique et les paramètres dans DIR.</translation>
    </message>
    <message>
        <source>Run on the loopback sandbox with demo accounts.</source>
        <translation>Exécuter sur le bac à sable local avec des comptes de démo.</translation>
    </message>
    <message>
        <source>Render the window to FILE.png after it painted, exit.</source>
        <translation>Enregistrer la fenêtre dans FILE.png après son affichage, puis quitter.</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
</TS>
