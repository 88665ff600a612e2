<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted.</source>
        <translation>El certificado de seguridad del servidor no es de confianza.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>El servidor rechazó las credenciales.</translation>
    </message>
    <message>
        <source>AgentDesk did not send this: %1</source>
        <translation>AgentDesk no envió esto: %1</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server does not know this conversation or address.</source>
        <translation>El servidor no reconoce esta conversación o dirección.</translation>
    </message>
    <message>
        <source>Too many requests; the server allows the next one at %1.</source>
        <translation>Demasiadas solicitudes; el servidor permite la siguiente a las %1.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked to slow down.</source>
        <translation>Demasiadas solicitudes; el servidor pidió bajar el ritmo.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>El servidor tuvo un error interno.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read.</source>
        <translation>El servidor envió una respuesta que AgentDesk no puede leer.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>El http:// sin cifrar solo se permite hacia este equipo; usa https://.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent; whether the server received it is not known.</source>
        <translation>La conexión se cortó después de enviar la solicitud; no se sabe si el servidor la recibió.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of confirming the request; AgentDesk did not follow it, and whether the server carried it out is not known.</source>
        <translation>El servidor respondió con una redirección a %1 en lugar de confirmar la solicitud; AgentDesk no la siguió y no se sabe si el servidor la llevó a cabo.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of taking the request; AgentDesk did not follow it, so it was not delivered. Check the server address in the account settings.</source>
        <translation>El servidor respondió con una redirección a %1 en lugar de aceptar la solicitud; AgentDesk no la siguió, así que no se entregó. Compruebe la dirección del servidor en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The server sent an answer that AgentDesk cannot read; whether it carried out the request is not known.</source>
        <translation>El servidor envió una respuesta que AgentDesk no puede leer; no se sabe si llevó a cabo la solicitud.</translation>
    </message>
</context>
<context>
    <name>CannedServerSync</name>
    <message>
        <source>Only Rocket.Chat servers offer canned responses.</source>
        <translation>Solo los servidores de Rocket.Chat ofrecen respuestas predefinidas.</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>Se cerró el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The server refused the credentials: check the ids and the token. (%1)</source>
        <translation>El servidor rechazó las credenciales: revisa los ID y el token. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the server: check the server address. (%1)</source>
        <translation>No se pudo contactar con el servidor: revisa la dirección del servidor. (%1)</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
    <message>
        <source>Rocket.Chat needs the agent&apos;s user id.</source>
        <translation>Rocket.Chat necesita el ID de usuario del agente.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Rocket.Chat: %Ln open conversation(s) assigned.</source>
        <translation>
            <numerusform>Conectado a Rocket.Chat: %Ln conversación abierta asignada.</numerusform>
            <numerusform>Conectado a Rocket.Chat: %Ln conversaciones abiertas asignadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted.</source>
        <translation>Conectado a SocialBoards: se aceptó el token.</translation>
    </message>
    <message>
        <source>Connected to SocialBoards: the token was accepted (the test conversation said: %1).</source>
        <translation>Conectado a SocialBoards: se aceptó el token (la conversación de prueba dijo: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to LiveChatAI: the API key was accepted (%Ln conversation(s) with this AI agent).</source>
        <translation>
            <numerusform>Conectado a LiveChatAI: se aceptó la clave de API (%Ln conversación con este agente de IA).</numerusform>
            <numerusform>Conectado a LiveChatAI: se aceptó la clave de API (%Ln conversaciones con este agente de IA).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token (or API key) first.</source>
        <translation>Escribe primero el token (o la clave de API).</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Escribe primero la dirección del servidor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Chat started</source>
        <translation>Chat iniciado</translation>
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
        <translation>No se puede hacer privado %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2</source>
        <translation>%1 está dañado en la línea %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[imagen: %1]</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>Ayer</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString format: a day this year, short month name</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString format: the day separator&apos;s date this year, with the weekday and the full month name</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>SalvageReport</name>
    <message>
        <source>Recovered account %1 (its settings could not be read)</source>
        <translation>Cuenta recuperada %1 (no se pudo leer su configuración)</translation>
    </message>
    <message>
        <source>the settings of account %1 (kept as a stand-in: enter its server again)</source>
        <translation>la configuración de la cuenta %1 (se conserva como provisional: vuelve a escribir su servidor)</translation>
    </message>
    <message>
        <source>Recovered conversation %1</source>
        <translation>Conversación recuperada %1</translation>
    </message>
    <message>
        <source>the details of conversation %1 (its messages are kept under &quot;Recovered conversation %1&quot;)</source>
        <translation>los detalles de la conversación %1 (sus mensajes se conservan en «Conversación recuperada %1»)</translation>
    </message>
    <message>
        <source>Recovered from a damaged history without its conversation: it cannot be sent from here.</source>
        <translation>Recuperada de un historial dañado sin su conversación: no se puede enviar desde aquí.</translation>
    </message>
    <message>
        <source>all of table %1 (%2)</source>
        <translation>toda la tabla %1 (%2)</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todos los mensajes</translation>
    </message>
    <message>
        <source>messages up to %1 (any unsent reply among them is lost)</source>
        <translation>los mensajes hasta %1 (se pierde cualquier respuesta no enviada entre ellos)</translation>
    </message>
    <message>
        <source>messages from %1 on (any unsent reply among them is lost)</source>
        <translation>los mensajes desde %1 en adelante (se pierde cualquier respuesta no enviada entre ellos)</translation>
    </message>
    <message>
        <source>messages from %1 to %2 (any unsent reply among them is lost)</source>
        <translation>los mensajes de %1 a %2 (se pierde cualquier respuesta no enviada entre ellos)</translation>
    </message>
    <message>
        <source>some rows of %1</source>
        <translation>algunas filas de %1</translation>
    </message>
    <message>
        <source>the whole file (%1)</source>
        <translation>todo el archivo (%1)</translation>
    </message>
    <message>
        <source>some links of AI answers</source>
        <translation>algunos enlaces de respuestas de la IA</translation>
    </message>
    <message>
        <source>The history file was damaged and nothing in it could be read. The damaged file is kept as %1.</source>
        <translation>El archivo de historial estaba dañado y no se pudo leer nada de él. El archivo dañado se conserva como %1.</translation>
    </message>
    <message>
        <source> Some parts could not be read.</source>
        <translation> Algunas partes no se pudieron leer.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been salvaged. Unsent replies saved: %1.%2 The damaged file is kept as %3.</source>
        <translation>El archivo de historial estaba dañado y se ha rescatado. Respuestas no enviadas guardadas: %1.%2 El archivo dañado se conserva como %3.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1).</source>
        <translation>El archivo de historial estaba dañado (%1).</translation>
    </message>
    <message>
        <source>Nothing in it could be read: a new, empty history was started.</source>
        <translation>No se pudo leer nada de él: se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>A new history was started and everything still readable was copied into it, unsent replies first:</source>
        <translation>Se empezó un historial nuevo y se copió en él todo lo que aún se podía leer, empezando por las respuestas no enviadas:</translation>
    </message>
    <message>
        <source>- unsent replies saved (queued, sending or failed): %1</source>
        <translation>- respuestas no enviadas guardadas (en cola, enviándose o fallidas): %1</translation>
    </message>
    <message>
        <source>  of them without their conversation, so they cannot be sent (listed as failed, with their text): %1</source>
        <translation>  de ellas, sin su conversación, por lo que no se pueden enviar (aparecen como fallidas, con su texto): %1</translation>
    </message>
    <message>
        <source>- accounts: %1</source>
        <translation>- cuentas: %1</translation>
    </message>
    <message>
        <source>- conversations: %1 (drafts: %2)</source>
        <translation>- conversaciones: %1 (borradores: %2)</translation>
    </message>
    <message>
        <source>- canned replies: %1</source>
        <translation>- respuestas predefinidas: %1</translation>
    </message>
    <message>
        <source>- messages in all: %1</source>
        <translation>- mensajes en total: %1</translation>
    </message>
    <message>
        <source>- AI exchanges: %1</source>
        <translation>- intercambios con la IA: %1</translation>
    </message>
    <message>
        <source>Every row that was found could be read.</source>
        <translation>Se pudieron leer todas las filas encontradas.</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>No se pudo leer:</translation>
    </message>
    <message>
        <source>The damaged file is kept, untouched, as %1.</source>
        <translation>El archivo dañado se conserva, sin modificar, como %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::AiAssistant</name>
    <message>
        <source>The visitor has not written anything yet, so there is nothing to suggest a reply to.</source>
        <translation>El visitante aún no ha escrito nada, así que no hay nada a lo que sugerir una respuesta.</translation>
    </message>
    <message>
        <source>Type a question for the AI first.</source>
        <translation>Escribe primero una pregunta para la IA.</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>No hay ninguna cuenta de LiveChatAI: añade una en Cuentas para preguntar a la IA.</translation>
    </message>
    <message>
        <source>The LiveChatAI account &quot;%1&quot; has no AI agent id: set it in Accounts.</source>
        <translation>La cuenta de LiveChatAI «%1» no tiene ID de agente de IA: configúralo en Cuentas.</translation>
    </message>
    <message>
        <source>No API key for the LiveChatAI account &quot;%1&quot;: enter it in Accounts.</source>
        <translation>No hay clave de API para la cuenta de LiveChatAI «%1»: escríbela en Cuentas.</translation>
    </message>
    <message>
        <source>The desk is offline.</source>
        <translation>AgentDesk está sin conexión.</translation>
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
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON no válido en %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;replies&quot; (AgentDesk) or &quot;responses&quot; (Rocket.Chat)</source>
        <translation>se esperaba un objeto JSON con &quot;replies&quot; (AgentDesk) o &quot;responses&quot; (Rocket.Chat)</translation>
    </message>
    <message>
        <source>the Rocket.Chat response says &quot;success&quot;: false</source>
        <translation>la respuesta de Rocket.Chat dice &quot;success&quot;: false</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be an array</source>
        <translation>&quot;responses&quot; debe ser un array</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (the only version this AgentDesk reads)</source>
        <translation>&quot;version&quot; debe ser 1 (la única versión que lee este AgentDesk)</translation>
    </message>
    <message>
        <source>&quot;replies&quot; must be an array</source>
        <translation>&quot;replies&quot; debe ser un array</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>&quot;account&quot; must be an object</source>
        <translation>&quot;account&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>“%1” was for %2 at %3, which this workspace does not have: imported as personal.</source>
        <translation>«%1» era para %2 en %3, que este espacio de trabajo no tiene: se importó como personal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; debe ser un array de cadenas</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedLibrary</name>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Una respuesta predefinida necesita un título.</translation>
    </message>
    <message>
        <source>The canned reply “%1” has no text.</source>
        <translation>La respuesta predefinida «%1» no tiene texto.</translation>
    </message>
    <message>
        <source>The trigger word “%1” must not contain spaces.</source>
        <translation>La palabra clave «%1» no puede contener espacios.</translation>
    </message>
    <message>
        <source>“%1” is not a keyboard shortcut (write it like Ctrl+Shift+G).</source>
        <translation>«%1» no es un atajo de teclado (escríbelo como Ctrl+Shift+G).</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 ya es el atajo de «%2».</translation>
    </message>
    <message>
        <source>There is no account %1 for the canned reply “%2”.</source>
        <translation>No existe la cuenta %1 para la respuesta predefinida «%2».</translation>
    </message>
    <message>
        <source>The canned reply could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta predefinida: %1</translation>
    </message>
    <message>
        <source>There is no canned reply %1.</source>
        <translation>No existe la respuesta predefinida %1.</translation>
    </message>
    <message>
        <source>The canned reply could not be deleted: %1</source>
        <translation>No se pudo eliminar la respuesta predefinida: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>No se pudo guardar el orden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>“%1” keeps no shortcut: %2 belongs to “%3”.</source>
        <translation>«%1» se queda sin atajo: %2 pertenece a «%3».</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>hola</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, thanks for reaching out! I&apos;m {agent.name} and I&apos;m happy to help. {cursor}</source>
        <translation>Hola, {visitor.name}, ¡gracias por escribirnos! Soy {agent.name} y te ayudo con mucho gusto. {cursor}</translation>
    </message>
    <message>
        <source>Ask for the order number</source>
        <translation>Pedir el número de pedido</translation>
    </message>
    <message>
        <source>order</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>pedido</translation>
    </message>
    <message>
        <source>Could you send me your order number? You&apos;ll find it in the confirmation e-mail we sent you.{cursor}</source>
        <translation>¿Podrías enviarme tu número de pedido? Lo encontrarás en el correo de confirmación que te enviamos.{cursor}</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>bye</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>adios</translation>
    </message>
    <message>
        <source>Thanks for contacting us, {visitor.name}! If anything else comes up, just write to us here. Have a great day.</source>
        <translation>¡Gracias por contactarnos, {visitor.name}! Si surge cualquier otra cosa, escríbenos aquí. Que tengas un buen día.</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Pasar a un compañero</translation>
    </message>
    <message>
        <source>handover</source>
        <comment>trigger word: one word, no spaces</comment>
        <translation>traspaso</translation>
    </message>
    <message>
        <source>I&apos;m handing you over to a colleague who knows this topic best.
---
They&apos;ll be with you in a moment and can already read our conversation, so there is no need to repeat anything.</source>
        <translation>Te paso con un compañero que conoce mejor este tema.
---
Estará contigo en un momento y ya puede leer nuestra conversación, así que no hace falta que repitas nada.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedTemplate</name>
    <message>
        <source>the visitor&apos;s name is not known</source>
        <translation>no se conoce el nombre del visitante</translation>
    </message>
    <message>
        <source>the visitor&apos;s e-mail address is not known</source>
        <translation>no se conoce el correo del visitante</translation>
    </message>
    <message>
        <source>your name is not set for this account</source>
        <translation>tu nombre no está configurado para esta cuenta</translation>
    </message>
    <message>
        <source>the conversation has no id yet</source>
        <translation>la conversación aún no tiene ID</translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation>marcador desconocido</translation>
    </message>
</context>
<context>
    <name>agentdesk::CannedUse</name>
    <message>
        <source>Open a conversation to use “%1”.</source>
        <translation>Abre una conversación para usar «%1».</translation>
    </message>
    <message>
        <source>“%1” belongs to %2, not to this conversation&apos;s account.</source>
        <translation>«%1» pertenece a %2, no a la cuenta de esta conversación.</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>otra cuenta</translation>
    </message>
    <message>
        <source>Sent “%1”.</source>
        <translation>Se envió «%1».</translation>
    </message>
    <message>
        <source>“%1” was inserted, not sent: %2.</source>
        <translation>«%1» se insertó, pero no se envió: %2.</translation>
    </message>
    <message>
        <source>Check before sending: %1.</source>
        <translation>Revisa antes de enviar: %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CredentialStore</name>
    <message>
        <source>Checking for the system keychain…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Tokens are saved in the system keychain.</source>
        <translation>Los tokens se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are kept for this session only.</source>
        <translation>No hay llavero del sistema: los tokens se guardan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No system keychain: tokens are saved in %1, readable only by you.</source>
        <translation>No hay llavero del sistema: los tokens se guardan en %1, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>Token saved in %1, readable only by you.</source>
        <translation>Token guardado en %1, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>Token kept for this session only: %1</source>
        <translation>Token guardado solo durante esta sesión: %1</translation>
    </message>
    <message>
        <source>No system keychain: the token is kept for this session only.</source>
        <translation>No hay llavero del sistema: el token se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Token guardado en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Desk</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot open the history at %1.</source>
        <translation>No se puede abrir el historial en %1.</translation>
    </message>
    <message>
        <source>The demo needs agentdesk-sandbox, which was not found next to AgentDesk or on the PATH.</source>
        <translation>La demostración necesita agentdesk-sandbox, que no se encontró junto a AgentDesk ni en el PATH.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>La sandbox de demostración no se inició: %1</translation>
    </message>
    <message>
        <source>Demo Rocket.Chat</source>
        <translation>Rocket.Chat de demostración</translation>
    </message>
    <message>
        <source>Demo SocialBoards</source>
        <translation>SocialBoards de demostración</translation>
    </message>
    <message>
        <source>Demo LiveChatAI</source>
        <translation>LiveChatAI de demostración</translation>
    </message>
</context>
<context>
    <name>agentdesk::History</name>
    <message>
        <source>No history file was given.</source>
        <translation>No se indicó ningún archivo de historial.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>No se puede crear la carpeta %1 para el historial.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk (schema version %2; this one knows up to %3). It was left untouched: please update AgentDesk or choose another data folder.</source>
        <translation>El historial %1 lo escribió una versión más reciente de AgentDesk (versión de esquema %2; esta conoce hasta la %3). No se ha modificado: actualiza AgentDesk o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot read the history %1: %2</source>
        <translation>No se puede leer el historial %1: %2</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and could not be moved aside (%3); it was not opened.</source>
        <translation>El historial %1 está dañado (%2) y no se pudo apartar (%3); no se abrió.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>No se puede abrir el historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history %1: %2</source>
        <translation>No se puede configurar el historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging.</source>
        <translation>No se puede cambiar el historial %1 al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer AgentDesk.</source>
        <translation>El historial %1 lo escribió una versión más reciente de AgentDesk.</translation>
    </message>
    <message>
        <source>Cannot prepare the history %1: %2</source>
        <translation>No se puede preparar el historial %1: %2</translation>
    </message>
    <message>
        <source>History opened: %1</source>
        <translation>Historial abierto: %1</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It is kept, untouched, as %3, but copying what is still readable from it failed (%4): AgentDesk tries again at the next start.</source>
        <translation>El historial %1 estaba dañado (%2). Se conserva, sin modificar, como %3, pero no se pudo copiar lo que aún se puede leer de él (%4): AgentDesk lo volverá a intentar en el próximo inicio.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only: %1</source>
        <translation>La carpeta del espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left for the history %1. Free some space and try again.</source>
        <translation>El disco está lleno: no queda espacio para el historial %1. Libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no history in the workspace folder %1.</source>
        <translation>No hay ningún historial en la carpeta del espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>The history file is read-only: %1</source>
        <translation>El archivo del historial es de solo lectura: %1</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2); it can be salvaged only where it can be written.</source>
        <translation>El historial %1 está dañado (%2); solo se puede recuperar donde se pueda escribir.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to this AgentDesk, which it can take only where it can be written.</source>
        <translation>El historial %1 necesita una actualización para esta versión de AgentDesk, que solo puede recibir donde se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>agentdesk::InboxSync</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::Outbox</name>
    <message>
        <source>This LiveChatAI conversation has no id, so it cannot be answered.</source>
        <translation>Esta conversación de LiveChatAI no tiene ID, así que no se puede responder.</translation>
    </message>
    <message>
        <source>No LiveChatAI API key is stored for &quot;%1&quot;; add it in the account settings.</source>
        <translation>No hay ninguna clave de API de LiveChatAI guardada para «%1»; añádela en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>This Rocket.Chat conversation has no room id or visitor token, so it cannot be answered.</source>
        <translation>Esta conversación de Rocket.Chat no tiene ID de sala ni token de visitante, así que no se puede responder.</translation>
    </message>
    <message>
        <source>This SocialBoards conversation has no valid id (&quot;%1&quot;).</source>
        <translation>Esta conversación de SocialBoards no tiene un ID válido («%1»).</translation>
    </message>
    <message>
        <source>No SocialBoards access token is stored for &quot;%1&quot;; sign in again.</source>
        <translation>No hay ningún token de acceso de SocialBoards guardado para «%1»; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The SocialBoards account &quot;%1&quot; has no author id or email to reply as.</source>
        <translation>La cuenta de SocialBoards «%1» no tiene ID de autor ni correo con el que responder.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <source>The conversation does not exist (id %1).</source>
        <translation>La conversación no existe (ID %1).</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>No se pudo guardar el mensaje: %1</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be edited.</source>
        <translation>Solo se puede editar un mensaje en cola o fallido.</translation>
    </message>
    <message>
        <source>This message may already have reached the visitor; it can be discarded but not edited.</source>
        <translation>Puede que este mensaje ya haya llegado al visitante; se puede descartar, pero no editar.</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be discarded.</source>
        <translation>Solo se puede descartar un mensaje en cola o fallido.</translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation>Este mensaje se está enviando ahora mismo.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message>
        <source>The account of this conversation no longer exists.</source>
        <translation>La cuenta de esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>Sending to %1 is not supported by this version.</source>
        <translation>Esta versión no admite enviar a %1.</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>No se pudo escribir el historial: %1</translation>
    </message>
    <message>
        <source>The server did not confirm every message; they will be checked and sent again.</source>
        <translation>El servidor no confirmó todos los mensajes; se comprobarán y se volverán a enviar.</translation>
    </message>
    <message>
        <source>Not signed in to Rocket.Chat for &quot;%1&quot;: no access token is stored. Sign in (Accounts) so that replies are sent as you.</source>
        <translation>No has iniciado sesión en Rocket.Chat para «%1»: no hay ningún token de acceso guardado. Inicia sesión (Cuentas) para que las respuestas se envíen en tu nombre.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Replies</name>
    <message>
        <source>This conversation is closed, so a reply can no longer reach the visitor. It opens again here when the server reopens it.</source>
        <translation>Esta conversación está cerrada, así que una respuesta ya no puede llegar al visitante. Se volverá a abrir aquí cuando el servidor la reabra.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>The reply could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::RocketChatRealtime</name>
    <message>
        <source>the realtime connection went silent</source>
        <translation>la conexión en tiempo real dejó de responder</translation>
    </message>
    <message>
        <source>the realtime connection did not come up in time</source>
        <translation>la conexión en tiempo real no se estableció a tiempo</translation>
    </message>
    <message>
        <source>refusing an unencrypted realtime connection to %1</source>
        <translation>se rechaza una conexión en tiempo real sin cifrar con %1</translation>
    </message>
    <message>
        <source>not signed in: no user id or auth token for the realtime connection</source>
        <translation>no hay sesión iniciada: falta el ID de usuario o el token de autenticación para la conexión en tiempo real</translation>
    </message>
    <message>
        <source>the server does not speak DDP version 1</source>
        <translation>el servidor no habla la versión 1 de DDP</translation>
    </message>
    <message>
        <source>the server refused the sign-in: %1</source>
        <translation>el servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>the server refused a subscription: %1</source>
        <translation>el servidor rechazó una suscripción: %1</translation>
    </message>
    <message>
        <source>the server reported a protocol error: %1</source>
        <translation>el servidor informó de un error de protocolo: %1</translation>
    </message>
    <message>
        <source>the server closed the realtime connection</source>
        <translation>el servidor cerró la conexión en tiempo real</translation>
    </message>
    <message>
        <source>the server does not read what the desk sends (%1 KiB waiting); following by polling instead</source>
        <translation>el servidor no lee lo que envía el escritorio (%1 KiB en espera); se consulta periódicamente en su lugar</translation>
    </message>
    <message>
        <source>the server sent more than %1 messages in a second; following by polling instead</source>
        <translation>el servidor envió más de %1 mensajes en un segundo; se consulta periódicamente en su lugar</translation>
    </message>
    <message>
        <source>the server sent more than %1 MiB in a second; following by polling instead</source>
        <translation>el servidor envió más de %1 MiB en un segundo; se consulta periódicamente en su lugar</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
</context>
<context>
    <name>agentdesk::SandboxProcess</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>the sandbox did not report its address within %1 ms</source>
        <translation>la sandbox no indicó su dirección en %1 ms</translation>
    </message>
    <message>
        <source>cannot find %1 (set AGENTDESK_SANDBOX to its path)</source>
        <translation>no se encuentra %1 (define AGENTDESK_SANDBOX con su ruta)</translation>
    </message>
    <message>
        <source>the sandbox printed no address line</source>
        <translation>la sandbox no imprimió ninguna línea de dirección</translation>
    </message>
    <message>
        <source>the sandbox announced an unexpected address: %1</source>
        <translation>la sandbox anunció una dirección inesperada: %1</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready</source>
        <translation>la sandbox terminó con el código %1 antes de estar lista</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>la sandbox terminó con el código %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::SyncRound</name>
    <message>
        <source>no API key is saved for this account</source>
        <translation>no hay ninguna clave de API guardada para esta cuenta</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Visitante %1</translation>
    </message>
    <message>
        <source>no token is saved for this account</source>
        <translation>no hay ningún token guardado para esta cuenta</translation>
    </message>
    <message>
        <source>no access token is saved for this account</source>
        <translation>no hay ningún token de acceso guardado para esta cuenta</translation>
    </message>
</context>
<context>
    <name>agentdesk::Transport</name>
    <message>
        <source>%1 redirected it to another server, %2; AgentDesk does not send passwords, tokens or messages there. Check the server address in the account settings.</source>
        <translation>%1 la redirigió a otro servidor, %2; AgentDesk no envía contraseñas, tokens ni mensajes allí. Revisa la dirección del servidor en la configuración de la cuenta.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AboutDialog</name>
    <message>
        <source>About AgentDesk</source>
        <translation>Acerca de AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <source>A fast, keyboard-first desk for support agents: Rocket.Chat, SocialBoards and LiveChatAI in one window.</source>
        <translation>Un escritorio rápido, pensado para el teclado, para agentes de soporte: Rocket.Chat, SocialBoards y LiveChatAI en una sola ventana.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, en ejecución con Qt %2.</translation>
    </message>
    <message>
        <source>Released under the &lt;a href=&quot;%1&quot;&gt;MIT License&lt;/a&gt;. Copyright © 2026 The AgentDesk developers.</source>
        <translation>Publicado bajo la &lt;a href=&quot;%1&quot;&gt;licencia MIT&lt;/a&gt;. Copyright © 2026 Los desarrolladores de AgentDesk.</translation>
    </message>
    <message>
        <source>Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Sitio web: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountEditor</name>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Acme support</source>
        <translation>Soporte Acme</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>AI agent id</source>
        <translation>ID del agente de IA</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Usuario y contraseña</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Guardar cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nombre de usuari&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>AI a&amp;gent id:</source>
        <translation>ID del a&amp;gente de IA:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>(saved; type to replace)</source>
        <translation>(guardado; escribe para reemplazarlo)</translation>
    </message>
    <message>
        <source>(signed in; type to sign in again)</source>
        <translation>(sesión iniciada; escribe para volver a iniciar sesión)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Rocket.Chat refused the sign-in: check the username and password, or the user id and token. (%1)</source>
        <translation>Rocket.Chat rechazó el inicio de sesión: revisa el nombre de usuario y la contraseña, o el ID de usuario y el token. (%1)</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Author &amp;id:</source>
        <translation>&amp;ID del autor:</translation>
    </message>
    <message>
        <source>&amp;User id (X-User-Id):</source>
        <translation>ID de &amp;usuario (X-User-Id):</translation>
    </message>
    <message>
        <source>Author id</source>
        <translation>ID del autor</translation>
    </message>
    <message>
        <source>Author na&amp;me:</source>
        <translation>No&amp;mbre del autor:</translation>
    </message>
    <message>
        <source>User na&amp;me or email:</source>
        <translation>Nombre de usuari&amp;o o correo:</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>Author &amp;email:</source>
        <translation>&amp;Correo del autor:</translation>
    </message>
    <message>
        <source>Personal access to&amp;ken:</source>
        <translation>To&amp;ken de acceso personal:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken de acceso:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Enter the server address, like %1.</source>
        <translation>Escribe la dirección del servidor, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat username (or email) and password.</source>
        <translation>Escribe tu nombre de usuario (o correo) y tu contraseña de Rocket.Chat.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat password.</source>
        <translation>Escribe tu contraseña de Rocket.Chat.</translation>
    </message>
    <message>
        <source>Enter your Rocket.Chat user id (shown with your personal access token).</source>
        <translation>Escribe tu ID de usuario de Rocket.Chat (aparece junto a tu token de acceso personal).</translation>
    </message>
    <message>
        <source>Enter the author id or email that your SocialBoards replies are sent as.</source>
        <translation>Escribe el ID de autor o el correo con el que se envían tus respuestas de SocialBoards.</translation>
    </message>
    <message>
        <source>Enter the id of the LiveChatAI agent to ask.</source>
        <translation>Escribe el ID del agente de LiveChatAI al que preguntar.</translation>
    </message>
    <message>
        <source>Enter the token (or API key).</source>
        <translation>Escribe el token (o la clave de API).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AccountsDialog</name>
    <message>
        <source>Save tokens in a &amp;private file readable only by you</source>
        <translation>Guardar los tokens en un archivo &amp;privado que solo tú puedes leer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Dónde se guardan los tokens</translation>
    </message>
    <message>
        <source>Save tokens in a private file</source>
        <translation>Guardar los tokens en un archivo privado</translation>
    </message>
    <message>
        <source>Without a system keychain, tokens are forgotten when the desk closes. With this, they are written to a file only your user can read.</source>
        <translation>Sin un llavero del sistema, los tokens se olvidan al cerrar AgentDesk. Con esta opción, se guardan en un archivo que solo tu usuario puede leer.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Estado de las cuentas</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source> (no token)</source>
        <translation> (sin token)</translation>
    </message>
    <message>
        <source>Tokens cannot be saved.</source>
        <translation>No se pueden guardar los tokens.</translation>
    </message>
    <message>
        <source>Could not save the account: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation>No se pudo añadir la cuenta: %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and its conversations from this computer? Its token is deleted too.</source>
        <translation>¿Quitar «%1» y sus conversaciones de este equipo? Su token también se eliminará.</translation>
    </message>
    <message>
        <source>Confirm removal</source>
        <translation>Confirmar la eliminación</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Conservar la cuenta</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>No se pudo quitar la cuenta: %1</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Cuenta quitada.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AiPanel</name>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Preguntar</translation>
    </message>
    <message>
        <source>&amp;Suggest a reply</source>
        <translation>&amp;Sugerir una respuesta</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Insertar en la respuesta</translation>
    </message>
    <message>
        <source>AI assistant</source>
        <translation>Asistente de IA</translation>
    </message>
    <message>
        <source>AI assistant (LiveChatAI)</source>
        <translation>Asistente de IA (LiveChatAI)</translation>
    </message>
    <message>
        <source>Ask the AI…</source>
        <translation>Pregunta a la IA…</translation>
    </message>
    <message>
        <source>Question for the AI</source>
        <translation>Pregunta para la IA</translation>
    </message>
    <message>
        <source>Ask the AI</source>
        <translation>Preguntar a la IA</translation>
    </message>
    <message>
        <source>Suggest a reply to the visitor&apos;s last message</source>
        <translation>Sugerir una respuesta al último mensaje del visitante</translation>
    </message>
    <message>
        <source>Ask the AI how to answer the visitor&apos;s last message</source>
        <translation>Preguntar a la IA cómo responder al último mensaje del visitante</translation>
    </message>
    <message>
        <source>AI questions in this conversation</source>
        <translation>Preguntas a la IA en esta conversación</translation>
    </message>
    <message>
        <source>AI answer</source>
        <translation>Respuesta de la IA</translation>
    </message>
    <message>
        <source>The AI&apos;s answer appears here.</source>
        <translation>La respuesta de la IA aparece aquí.</translation>
    </message>
    <message>
        <source>Sources of the AI answer</source>
        <translation>Fuentes de la respuesta de la IA</translation>
    </message>
    <message>
        <source>Insert the AI answer into the reply</source>
        <translation>Insertar la respuesta de la IA en tu respuesta</translation>
    </message>
    <message>
        <source>AI status</source>
        <translation>Estado de la IA</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Not opened: %1 (only http and https links open).</source>
        <translation>No se abrió: %1 (solo se abren enlaces http y https).</translation>
    </message>
    <message>
        <source>No LiveChatAI account: add one in Accounts to ask the AI.</source>
        <translation>No hay ninguna cuenta de LiveChatAI: añade una en Cuentas para preguntar a la IA.</translation>
    </message>
    <message>
        <source>Waiting for the AI…</source>
        <translation>Esperando a la IA…</translation>
    </message>
    <message>
        <source>Asking the AI for a reply to the visitor&apos;s last message…</source>
        <translation>Pidiendo a la IA una respuesta al último mensaje del visitante…</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>Se abrió %1 en el navegador.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedCompleter</name>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedController</name>
    <message>
        <source>another window shortcut</source>
        <translation>otro atajo de la ventana</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Move by word</source>
        <translation>Moverse por palabras</translation>
    </message>
    <message>
        <source>Delete word</source>
        <translation>Borrar palabra</translation>
    </message>
    <message>
        <source>Typing in the reply</source>
        <translation>Escribir en la respuesta</translation>
    </message>
    <message>
        <source>“%1” has a shortcut the keyboard cannot type (%2)</source>
        <translation>«%1» tiene un atajo que el teclado no puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1 of “%2” is the desk&apos;s %3</source>
        <translation>%1 de «%2» ya es «%3» en AgentDesk</translation>
    </message>
    <message>
        <source>Canned reply “%1”</source>
        <translation>Respuesta predefinida «%1»</translation>
    </message>
    <message>
        <source>Some canned reply shortcuts are off: %1. Change them in Canned Replies.</source>
        <translation>Algunos atajos de respuestas predefinidas están desactivados: %1. Cámbialos en Respuestas predefinidas.</translation>
    </message>
    <message>
        <source>Open a conversation to insert a canned reply.</source>
        <translation>Abre una conversación para insertar una respuesta predefinida.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedDelegate</name>
    <message>
        <source>next message</source>
        <translation>siguiente mensaje</translation>
    </message>
    <message>
        <source>Left as written: %1</source>
        <translation>Se dejó tal cual: %1</translation>
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
        <translation>tú</translation>
    </message>
    <message>
        <source>Its shortcut &amp;sends at once (no chance to edit)</source>
        <translation>Su &amp;atajo envía al instante (sin poder editar)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Baja&amp;r</translation>
    </message>
    <message>
        <source>S&amp;ync from Server</source>
        <translation>Sincronizar desde el ser&amp;vidor</translation>
    </message>
    <message>
        <source>Canned Replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>one word, typed after /</source>
        <translation>una palabra, escrita tras /</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Available for</source>
        <translation>Disponible para</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Atajo de teclado</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the shortcut</source>
        <translation>Borrar el atajo</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, … — a line with --- starts the next message</source>
        <translation>Hola, {visitor.name}… — una línea con --- empieza el siguiente mensaje</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;rigger word:</source>
        <translation>&amp;Palabra clave:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Available for:</source>
        <translation>&amp;Disponible para:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>Ata&amp;jo:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Vista previa con valores de ejemplo:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Needs a Rocket.Chat account.</source>
        <translation>Necesita una cuenta de Rocket.Chat.</translation>
    </message>
    <message>
        <source>Every account (personal)</source>
        <translation>Todas las cuentas (personal)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>%1 would replace typing: use Ctrl, Alt or an F key.</source>
        <translation>%1 sustituiría a la escritura: usa Ctrl, Alt o una tecla F.</translation>
    </message>
    <message>
        <source>%1 is already used by the desk for “%2”.</source>
        <translation>AgentDesk ya usa %1 para «%2».</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of the canned reply “%2”.</source>
        <translation>%1 ya es el atajo de la respuesta predefinida «%2».</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>«%1» ya no tiene atajo.</translation>
    </message>
    <message>
        <source>%1 now inserts “%2”.</source>
        <translation>%1 ahora inserta «%2».</translation>
    </message>
    <message>
        <source>No canned replies yet. Press New to write one.</source>
        <translation>Todavía no hay respuestas predefinidas. Pulsa Nueva para escribir una.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Hi {visitor.name}, {cursor}</source>
        <translation>Hola, {visitor.name}: {cursor}</translation>
    </message>
    <message>
        <source>Delete Canned Reply</source>
        <translation>Eliminar respuesta predefinida</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>¿Eliminar «%1» definitivamente?</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>No se importó nada: no se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new reply(s)</source>
        <translation>
            <numerusform>Se importó %n respuesta nueva</numerusform>
            <numerusform>Se importaron %n respuestas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updated %n.</source>
        <translation>
            <numerusform>, %n actualizada.</numerusform>
            <numerusform>, %n actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation>No se exportó: no se puede escribir %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reply(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n respuesta a %1.</numerusform>
            <numerusform>Se exportaron %n respuestas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Canned Replies</source>
        <translation>Importar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Canned replies (*.json);;All files (*)</source>
        <translation>Respuestas predefinidas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Canned Replies</source>
        <translation>Exportar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation>Respuestas predefinidas (*.json)</translation>
    </message>
    <message>
        <source>Reading the canned responses of %1…</source>
        <translation>Leyendo las respuestas predefinidas de %1…</translation>
    </message>
    <message>
        <source>Nothing changed: %1 did not give its canned responses: %2</source>
        <translation>No cambió nada: %1 no entregó sus respuestas predefinidas: %2</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new</source>
        <translation>
            <numerusform>De %1: %n nueva</numerusform>
            <numerusform>De %1: %n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated.</source>
        <translation>
            <numerusform>, %n actualizada.</numerusform>
            <numerusform>, %n actualizadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CannedPalette</name>
    <message>
        <source>Insert Canned Reply</source>
        <translation>Insertar respuesta predefinida</translation>
    </message>
    <message>
        <source>Filter by title or trigger word…</source>
        <translation>Filtrar por título o palabra clave…</translation>
    </message>
    <message>
        <source>Filter canned replies</source>
        <translation>Filtrar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Enter inserts · Ctrl+Enter sends now · Esc closes</source>
        <translation>Intro inserta · Ctrl+Intro envía ya · Esc cierra</translation>
    </message>
    <message>
        <source>No canned replies yet: add some in Canned Replies…</source>
        <translation>Todavía no hay respuestas predefinidas: añade algunas en Respuestas predefinidas…</translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation>Ninguna respuesta predefinida coincide con «%1».</translation>
    </message>
    <message>
        <source>Its shortcut sends it at once.</source>
        <translation>Su atajo la envía al instante.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter new line, / canned replies)</source>
        <translation>Escribe una respuesta… (Intro envía, Mayús+Intro nueva línea, / respuestas predefinidas)</translation>
    </message>
    <message>
        <source>Write a reply… (Shift+Enter sends, Enter new line, / canned replies)</source>
        <translation>Escribe una respuesta… (Mayús+Intro envía, Intro nueva línea, / respuestas predefinidas)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationDelegate</name>
    <message>
        <source>Reply not sent</source>
        <translation>Respuesta no enviada</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Todavía no hay mensajes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListModel</name>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unread</source>
        <translation>
            <numerusform>, %Ln sin leer</numerusform>
            <numerusform>, %Ln sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>, a reply failed to send</source>
        <translation>, una respuesta no se pudo enviar</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, cerrada</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationListPane</name>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrar conversaciones</translation>
    </message>
    <message>
        <source>Shows only visitors whose name or last message contains this text</source>
        <translation>Muestra solo los visitantes cuyo nombre o último mensaje contiene este texto</translation>
    </message>
    <message>
        <source>Backend filter</source>
        <translation>Filtro de servicio</translation>
    </message>
    <message>
        <source>All backends</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Open or closed filter</source>
        <translation>Filtro abiertas o cerradas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConversationPane</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or press Ctrl+K to find one.</source>
        <translation>Elige una conversación a la izquierda o pulsa Ctrl+K para buscar una.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Enviar la respuesta (Intro)</translation>
    </message>
    <message>
        <source>Why no reply can be written</source>
        <translation>Por qué no se puede escribir una respuesta</translation>
    </message>
    <message>
        <source>Not sent: the reply still holds %1. Replace it, or send again to send it as it is.</source>
        <translation>No se envió: la respuesta aún contiene %1. Sustitúyelo o vuelve a enviar para mandarla tal cual.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Not opened: %1 (only web links open)</source>
        <translation>No se abrió: %1 (solo se abren enlaces web)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Ninguna conversación</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Edit Reply</source>
        <translation>Editar respuesta</translation>
    </message>
    <message>
        <source>The reply is sent again with this text:</source>
        <translation>La respuesta se enviará de nuevo con este texto:</translation>
    </message>
    <message>
        <source>The reply could not be changed: %1</source>
        <translation>No se pudo cambiar la respuesta: %1</translation>
    </message>
    <message>
        <source>Discard Reply</source>
        <translation>Descartar respuesta</translation>
    </message>
    <message>
        <source>Discard this reply for good? The visitor has not received it.

%1</source>
        <translation>¿Descartar esta respuesta definitivamente? El visitante no la ha recibido.

%1</translation>
    </message>
    <message>
        <source>The reply could not be discarded: %1</source>
        <translation>No se pudo descartar la respuesta: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::HistoryNotice</name>
    <message>
        <source>Details...</source>
        <translation>Detalles...</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Aviso del historial</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <source>The history file is damaged (%1). Quit and start AgentDesk again soon: it then keeps the damaged file aside and copies everything still readable into a new one, unsent replies first.</source>
        <translation>El archivo de historial está dañado (%1). Sal de AgentDesk y vuelve a iniciarlo pronto: entonces apartará el archivo dañado y copiará todo lo que aún se pueda leer en uno nuevo, empezando por las respuestas no enviadas.</translation>
    </message>
    <message>
        <source>History salvaged</source>
        <translation>Historial rescatado</translation>
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
        <translation>Colega IA</translation>
    </message>
    <message>
        <source>AI colleague panel</source>
        <translation>Panel del colega IA</translation>
    </message>
    <message>
        <source>%1 — AgentDesk</source>
        <translation>%1 — AgentDesk</translation>
    </message>
    <message>
        <source>That conversation is no longer in the list.</source>
        <translation>Esa conversación ya no está en la lista.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Ese mensaje ya no está en el historial.</translation>
    </message>
    <message>
        <source>A visitor</source>
        <translation>Un visitante</translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation>%1 (%2): conectado</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Buscar en la conversación…</translation>
    </message>
    <message>
        <source>Find &amp;Everywhere…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>F&amp;ilter Conversations</source>
        <translation>&amp;Filtrar conversaciones</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Siguiente conversación &amp;no leída</translation>
    </message>
    <message>
        <source>No unread conversations.</source>
        <translation>No hay conversaciones sin leer.</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Ir a una conversación…</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Enfocar la &amp;lista de conversaciones</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Enfocar los &amp;mensajes</translation>
    </message>
    <message>
        <source>Focus &amp;Reply</source>
        <translation>Enfocar la &amp;respuesta</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>&amp;Enviar respuesta</translation>
    </message>
    <message>
        <source>Insert &amp;Canned Reply…</source>
        <translation>Insertar respuesta &amp;predefinida…</translation>
    </message>
    <message>
        <source>Ca&amp;nned Replies…</source>
        <translation>Respuestas predefi&amp;nidas…</translation>
    </message>
    <message>
        <source>&amp;AI Colleague</source>
        <translation>&amp;Colega IA</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>Acerca &amp;de AgentDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Copiar texto del mensaje</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>&amp;Reintentar el envío</translation>
    </message>
    <message>
        <source>&amp;Edit Failed Reply…</source>
        <translation>Edi&amp;tar respuesta fallida…</translation>
    </message>
    <message>
        <source>&amp;Discard Failed Reply…</source>
        <translation>&amp;Descartar respuesta fallida…</translation>
    </message>
    <message>
        <source>Another AgentDesk (%1) is open on this workspace and sends its replies; yours are kept and sent by it. This window takes over when it closes.</source>
        <translation>Otro AgentDesk (%1) está abierto en este espacio de trabajo y envía sus respuestas; las suyas se guardan y las envía él. Esta ventana toma el relevo cuando se cierre.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageDelegate</name>
    <message>
        <source>Sending… next try at %1</source>
        <translation>Enviando… próximo intento a las %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado a las %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageModel</name>
    <message>
        <source>Chat started at %1</source>
        <translation>Chat iniciado el %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The conversation, oldest at the top. Arrow keys select a message; the context menu key shows its actions.</source>
        <translation>La conversación, con los mensajes más antiguos arriba. Las teclas de flecha seleccionan un mensaje; la tecla de menú contextual muestra sus acciones.</translation>
    </message>
    <message>
        <source>%1 (AgentDesk does not open this kind of link)</source>
        <translation>%1 (AgentDesk no abre este tipo de enlace)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>Ir a una conversación</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Cambio rápido</translation>
    </message>
    <message>
        <source>Type part of a visitor&apos;s name…</source>
        <translation>Escribe parte del nombre de un visitante…</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Filtro de conversaciones</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversaciones que coinciden</translation>
    </message>
    <message>
        <source>Quick switcher status</source>
        <translation>Estado del cambio rápido</translation>
    </message>
    <message>
        <source>Unknown visitor</source>
        <translation>Visitante desconocido</translation>
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
            <numerusform> · %Ln sin leer</numerusform>
            <numerusform> · %Ln sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Todavía no hay conversaciones.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Ninguna conversación coincide.</translation>
    </message>
    <message>
        <source>Enter opens the selected conversation; Escape closes.</source>
        <translation>Intro abre la conversación seleccionada; Esc cierra.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Screenshot</name>
    <message>
        <source>Cannot write the screenshot to %1: %2</source>
        <translation>No se puede guardar la captura en %1: %2</translation>
    </message>
    <message>
        <source>nothing was rendered</source>
        <translation>no se dibujó nada</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchDialog</name>
    <message>
        <source>Only in this &amp;conversation</source>
        <translation>Solo en esta &amp;conversación</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Buscar mensajes…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search only in this conversation</source>
        <translation>Buscar solo en esta conversación</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Search all history</source>
        <translation>Buscar en todo el historial</translation>
    </message>
    <message>
        <source>Type to search this conversation.</source>
        <translation>Escribe para buscar en esta conversación.</translation>
    </message>
    <message>
        <source>Type to search all conversations.</source>
        <translation>Escribe para buscar en todas las conversaciones.</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Ningún mensaje coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) match. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln mensaje coincide. Intro abre el seleccionado.</numerusform>
            <numerusform>%Ln mensajes coinciden. Intro abre el seleccionado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SearchResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Enter sends the reply (Shift+Enter starts a new line)</source>
        <translation>&amp;Intro envía la respuesta (Mayús+Intro empieza una línea nueva)</translation>
    </message>
    <message>
        <source>&amp;Notify me of new visitor messages</source>
        <translation>&amp;Notificarme los mensajes nuevos de visitantes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Enter sends the reply</source>
        <translation>Intro envía la respuesta</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends the reply.</source>
        <translation>Si está desactivado, Intro empieza una línea nueva y Ctrl+Intro envía la respuesta.</translation>
    </message>
    <message>
        <source>Notify of new visitor messages</source>
        <translation>Notificar los mensajes nuevos de visitantes</translation>
    </message>
    <message>
        <source>A notification and a taskbar flag when a visitor writes while the desk is in the background.</source>
        <translation>Una notificación y un aviso en la barra de tareas cuando un visitante escribe mientras AgentDesk está en segundo plano.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the desk, its dates and its numbers.</source>
        <translation>El idioma de AgentDesk, de sus fechas y de sus números.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Un nuevo idioma se aplica después de reiniciar.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar preferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Un escritorio rápido, pensado para el teclado, para agentes de soporte.</translation>
    </message>
    <message>
        <source>Keep the history and settings in DIR.</source>
        <translation>Guardar el historial y las preferencias en DIR.</translation>
    </message>
    <message>
        <source>Run on the loopback sandbox with demo accounts.</source>
        <translation>Ejecutar en la sandbox local con cuentas de demostración.</translation>
    </message>
    <message>
        <source>Render the window to FILE.png after it painted, exit.</source>
        <translation>Guardar la ventana en FILE.png tras dibujarla y salir.</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
</TS>
