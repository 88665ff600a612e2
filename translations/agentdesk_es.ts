<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
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
    <name>AccountEditor</name>
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
        <source>&amp;User id:</source>
        <translation>ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nombre de usuari&amp;o:</translation>
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
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Agent user na&amp;me:</source>
        <translation>No&amp;mbre de usuario del agente:</translation>
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
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
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
    <name>AccountsDialog</name>
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
    <name>AiPanel</name>
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
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter new line)</source>
        <translation>Escribe una respuesta… (Intro envía, Mayús+Intro nueva línea)</translation>
    </message>
    <message>
        <source>Write a reply… (Shift+Enter sends, Enter new line)</source>
        <translation>Escribe una respuesta… (Mayús+Intro envía, Intro nueva línea)</translation>
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
        <source>Connected to Rocket.Chat: %n open conversation(s) assigned.</source>
        <translation>
            <numerusform>Conectado a Rocket.Chat: %n conversación abierta asignada.</numerusform>
            <numerusform>Conectado a Rocket.Chat: %n conversaciones abiertas asignadas.</numerusform>
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
        <source>Connected to LiveChatAI: the API key was accepted (%n conversation(s) with this AI agent).</source>
        <translation>
            <numerusform>Conectado a LiveChatAI: se aceptó la clave de API (%n conversación con este agente de IA).</numerusform>
            <numerusform>Conectado a LiveChatAI: se aceptó la clave de API (%n conversaciones con este agente de IA).</numerusform>
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
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Reply not sent</source>
        <translation>Respuesta no enviada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n sin leer</numerusform>
            <numerusform>, %n sin leer</numerusform>
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
    <name>ConversationListPane</name>
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
    <name>ConversationPane</name>
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
        <source>The reply could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
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
    <name>MainWindow</name>
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
        <source>%1: not syncing</source>
        <translation>%1: sin sincronizar</translation>
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
        <source>&amp;AI Colleague</source>
        <translation>&amp;Colega IA</translation>
    </message>
    <message>
        <source>Add a LiveChatAI account to ask the AI colleague.</source>
        <translation>Añade una cuenta de LiveChatAI para preguntar al colega IA.</translation>
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
</context>
<context>
    <name>MessageDelegate</name>
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
    <name>MessageModel</name>
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
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The conversation, oldest at the top. Arrow keys select a message; the context menu key shows its actions.</source>
        <translation>La conversación, con los mensajes más antiguos arriba. Las teclas de flecha seleccionan un mensaje; la tecla de menú contextual muestra sus acciones.</translation>
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
        <source>%1 (AgentDesk does not open this kind of link)</source>
        <translation>%1 (AgentDesk no abre este tipo de enlace)</translation>
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
    <name>QuickSwitcher</name>
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
        <source> · %n unread</source>
        <translation>
            <numerusform> · %n sin leer</numerusform>
            <numerusform> · %n sin leer</numerusform>
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
    <name>Screenshot</name>
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
    <name>SearchDialog</name>
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
        <source>%n message(s) match. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n mensaje coincide. Intro abre el seleccionado.</numerusform>
            <numerusform>%n mensajes coinciden. Intro abre el seleccionado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
    <name>ShortcutsDialog</name>
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
    <name>Workspace</name>
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
        <source>The history %1 was damaged (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>El historial %1 estaba dañado (%2). Se conservó como %3 y se empezó un historial nuevo y vacío.</translation>
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
        <source>No Rocket.Chat access token is stored for &quot;%1&quot;; sign in again.</source>
        <translation>No hay ningún token de acceso de Rocket.Chat guardado para «%1»; vuelve a iniciar sesión.</translation>
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
