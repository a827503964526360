/**
 * Every sentence of the educators' page and walkthrough, in English and Spanish. Kept apart from
 * lib/i18n/messages.ts (the extension's catalogue) for now, in the same shape — flat keys,
 * `{name}` parameters — so that it can be merged into it later. Spanish addresses the reader as
 * usted. Some sentences are read from a projector: short, one idea each.
 */
export const TEACH_EN = {
  'page.title': 'Practice chatbot',
  'page.intro':
    'A safe place to see what a note gives away when it is pasted into an AI chatbot. Nothing here leaves this computer: there is no real chatbot behind this page.',
  'page.language': 'Language',
  'fiction.banner':
    'Every note on this page is made up. The people, places, dates and numbers are fictional; any resemblance to a real person is an accident.',

  'library.heading': 'Sample notes',
  'library.hint': 'Pick a fictional note to see what a chatbot would receive, and what NoteGuard would hide.',
  'library.show': 'Show',
  'library.copy': 'Copy sample: {title}',
  'library.copied': 'Copied. Paste it into the practice chatbot below.',
  'kind.visit-summary': 'Visit summary',
  'kind.discharge-summary': 'Discharge summary',
  'kind.lab-report': 'Lab report',
  'kind.radiology-report': 'Radiology report',
  'kind.portal-message': 'Portal message',

  'label.NAME': 'name',
  'label.DATE': 'date',
  'label.AGE': 'age over 89',
  'label.PHONE': 'phone number',
  'label.EMAIL': 'e-mail address',
  'label.URL': 'web address',
  'label.ADDRESS': 'address or place',
  'label.ORGANIZATION': 'organisation',
  'label.ID': 'ID number',

  'exposure.heading': 'What the chatbot would receive',
  'exposure.originalHeading': 'Sent as pasted',
  'exposure.originalHint': 'Every word goes to the chatbot company. Highlighted: details that identify someone.',
  'exposure.redactedHeading': 'Redacted copy',
  'exposure.redactedHint': 'What NoteGuard would paste instead. Each detail becomes a labelled placeholder.',
  'exposure.checking': 'Checking the note on this computer…',
  'exposure.failed': 'The check could not run: {error}',
  'exposure.summaryOne': 'Found 1 identifying detail in {ms} ms, on this computer.',
  'exposure.summaryMany': 'Found {count} identifying details in {ms} ms, on this computer.',
  'exposure.summaryNone': 'No identifying details found.',
  'exposure.modelUnavailable': 'Only the pattern rules ran: the name-finding model did not load, so some names and places may be missed.',
  'exposure.missed': 'No checker catches everything. Read the redacted copy before you share it.',

  'findings.heading': 'Each detail, explained',
  'findings.replacedBy': 'replaced by',
  'findings.safeHarbor': 'HIPAA Safe Harbor: {list}',
  'findings.notSafeHarbor': 'Not one of the 18 on its own: {note}',

  'guide.heading': 'The kinds of identifiers',
  'guide.intro':
    'The US HIPAA "Safe Harbor" rule lists 18 kinds of identifiers that must be removed before health information counts as de-identified. NoteGuard groups them into these labels.',
  'guide.table': 'NoteGuard labels and the Safe Harbor identifiers they cover',
  'guide.label': 'Label',
  'guide.what': 'What it is',
  'guide.why': 'Why it identifies someone',
  'guide.safeHarbor': 'Safe Harbor identifiers',
  'guide.inNote': 'In this note',
  'guide.yes': 'Yes',
  'guide.no': 'No',

  'risks.heading': 'What can happen to a pasted note',
  'risks.training.title': 'It may be kept and used for training',
  'risks.training.body':
    'Many public chatbots keep conversations and may use them to train future models, unless the person finds and changes a setting. Text learned by a model can sometimes be repeated to someone else.',
  'risks.review.title': 'People may read it',
  'risks.review.body':
    'Chatbot companies have staff and contractors review samples of conversations for safety and quality. A pasted note can be read by a stranger.',
  'risks.breach.title': 'Stored data can leak',
  'risks.breach.body':
    'Whatever is kept can be exposed by a breach, a bug that shows one person\'s chats to another, a shared link or a legal request. A chatbot is not covered by the rules that protect a health record.',
  'risks.combination.title': 'Details combine to point to one person',
  'risks.combination.body':
    'Even with names and numbers removed, a rare condition, a small town and a date together may match only one person. Researchers have re-identified people from just a ZIP code, a birth date and sex.',

  'combination.heading': 'What redaction cannot hide',
  'combination.body':
    'These words stay in the redacted copy. None names anyone, but together they may narrow the note down to one person:',
  'combination.advice': 'Before pasting, remove or generalise details like these ("a small town", "a rare condition").',

  'walk.heading': 'Guided walkthrough',
  'walk.intro': 'Step through one sample note with a class, in large text. Use the arrow keys or the space bar.',
  'walk.start': 'Start the walkthrough',
  'walk.region': 'Walkthrough',
  'walk.progress': 'Step {step} of {total}',
  'walk.previous': 'Previous',
  'walk.next': 'Next',
  'walk.restart': 'Start over',
  'walk.exit': 'Exit walkthrough',
  'walk.fullscreen': 'Full screen',
  'walk.keys': 'Keys: → or Space for next, ← for previous, Home for the first step, Esc to exit.',
  'walk.sample': 'Note shown',
  'walk.fictional': 'Fictional: no real patient.',
  'walk.intro.title': 'A note a patient might paste',
  'walk.intro.body':
    'This {kind} is fictional. Imagine a patient asking a chatbot: "Can you explain this note to me?"',
  'walk.receive.title': 'The chatbot receives every word',
  'walk.receive.body': 'Pasting sends the whole note to the company that runs the chatbot. Highlighted: what identifies someone.',
  'walk.identifiers.title': 'What identifies someone here',
  'walk.identifiers.body': 'NoteGuard found these on this computer, without sending anything:',
  'walk.training.title': 'It may be kept and used for training',
  'walk.review.title': 'People may read it',
  'walk.breach.title': 'Stored data can leak',
  'walk.redacted.title': 'The redacted copy',
  'walk.redacted.body': 'This is what NoteGuard offers to paste instead. The question still makes sense; the person is gone.',
  'walk.combination.title': 'Combinations still point to people',
  'walk.takeaways.title': 'Before you paste',
  'walk.takeaways.1': 'Paste the redacted copy, and read it first.',
  'walk.takeaways.2': 'Remove rare details: uncommon conditions, small towns, jobs, exact dates.',
  'walk.takeaways.3': 'For your own care, use the assistant your health system provides.',
  'walk.checking': 'Checking the note…',

  'practice.heading': 'Try it yourself',
  'practice.hint':
    'Copy a sample, then paste it into the box: NoteGuard warns you before anything goes in. With the extension installed, this works on real chatbots too.',
  'practice.hintStandalone':
    'This copy of the page runs without the extension, so pasting is not intercepted here; the views above show what NoteGuard would do.',
  'practice.label': 'Message the practice chatbot',
  'practice.send': 'Send',
  'practice.conversation': 'Conversation',
  'practice.reply': 'Practice chatbot: this is where a real chatbot would answer. Nothing was sent.',
} as const;

export type TeachKey = keyof typeof TEACH_EN;

export const TEACH_ES: Record<TeachKey, string> = {
  'page.title': 'Chatbot de práctica',
  'page.intro':
    'Un lugar seguro para ver qué revela una nota cuando se pega en un chatbot de inteligencia artificial. Nada de esta página sale de esta computadora: detrás no hay ningún chatbot real.',
  'page.language': 'Idioma',
  'fiction.banner':
    'Todas las notas de esta página son inventadas. Las personas, lugares, fechas y números son ficticios; cualquier parecido con una persona real es casual.',

  'library.heading': 'Notas de ejemplo',
  'library.hint': 'Elija una nota ficticia para ver qué recibiría un chatbot y qué ocultaría NoteGuard.',
  'library.show': 'Mostrar',
  'library.copy': 'Copiar ejemplo: {title}',
  'library.copied': 'Copiada. Péguela abajo, en el chatbot de práctica.',
  'kind.visit-summary': 'Resumen de consulta',
  'kind.discharge-summary': 'Resumen de alta',
  'kind.lab-report': 'Informe de laboratorio',
  'kind.radiology-report': 'Informe de radiología',
  'kind.portal-message': 'Mensaje del portal',

  'label.NAME': 'nombre',
  'label.DATE': 'fecha',
  'label.AGE': 'edad de más de 89 años',
  'label.PHONE': 'número de teléfono',
  'label.EMAIL': 'correo electrónico',
  'label.URL': 'dirección web',
  'label.ADDRESS': 'dirección o lugar',
  'label.ORGANIZATION': 'organización',
  'label.ID': 'número de identificación',

  'exposure.heading': 'Lo que recibiría el chatbot',
  'exposure.originalHeading': 'Enviada tal como se pegó',
  'exposure.originalHint': 'Cada palabra llega a la empresa del chatbot. Resaltados: los datos que identifican a alguien.',
  'exposure.redactedHeading': 'Copia sin datos personales',
  'exposure.redactedHint': 'Lo que NoteGuard pegaría en su lugar. Cada dato se cambia por una etiqueta.',
  'exposure.checking': 'Revisando la nota en esta computadora…',
  'exposure.failed': 'No se pudo hacer la revisión: {error}',
  'exposure.summaryOne': 'Se encontró 1 dato identificador en {ms} ms, en esta computadora.',
  'exposure.summaryMany': 'Se encontraron {count} datos identificadores en {ms} ms, en esta computadora.',
  'exposure.summaryNone': 'No se encontraron datos identificadores.',
  'exposure.modelUnavailable': 'Solo se aplicaron las reglas de patrones: el modelo que encuentra nombres no se cargó, así que pueden escaparse algunos nombres y lugares.',
  'exposure.missed': 'Ninguna revisión lo detecta todo. Lea la copia antes de compartirla.',

  'findings.heading': 'Cada dato, explicado',
  'findings.replacedBy': 'se cambia por',
  'findings.safeHarbor': 'HIPAA Safe Harbor: {list}',
  'findings.notSafeHarbor': 'No es uno de los 18 por sí solo: {note}',

  'guide.heading': 'Los tipos de identificadores',
  'guide.intro':
    'La regla "Safe Harbor" de la ley HIPAA de EE. UU. enumera 18 tipos de identificadores que hay que quitar para que la información de salud se considere anónima. NoteGuard los agrupa en estas etiquetas.',
  'guide.table': 'Etiquetas de NoteGuard y los identificadores de Safe Harbor que abarcan',
  'guide.label': 'Etiqueta',
  'guide.what': 'Qué es',
  'guide.why': 'Por qué identifica a alguien',
  'guide.safeHarbor': 'Identificadores de Safe Harbor',
  'guide.inNote': 'En esta nota',
  'guide.yes': 'Sí',
  'guide.no': 'No',

  'risks.heading': 'Qué le puede pasar a una nota pegada',
  'risks.training.title': 'Puede guardarse y usarse para entrenar',
  'risks.training.body':
    'Muchos chatbots públicos guardan las conversaciones y pueden usarlas para entrenar modelos futuros, salvo que la persona encuentre y cambie un ajuste. Un modelo a veces repite a otra persona un texto que aprendió.',
  'risks.review.title': 'Otras personas pueden leerla',
  'risks.review.body':
    'Las empresas de chatbots tienen personal y contratistas que revisan muestras de conversaciones por seguridad y calidad. Un desconocido puede leer una nota pegada.',
  'risks.breach.title': 'Los datos guardados pueden filtrarse',
  'risks.breach.body':
    'Lo que se guarda puede quedar expuesto por una filtración, un error que muestra los chats de una persona a otra, un enlace compartido o una orden judicial. Un chatbot no está cubierto por las normas que protegen un expediente médico.',
  'risks.combination.title': 'Los datos se combinan y señalan a una persona',
  'risks.combination.body':
    'Aunque se quiten nombres y números, una enfermedad rara, un pueblo pequeño y una fecha pueden coincidir con una sola persona. Hay estudios que reidentificaron a personas solo con el código postal, la fecha de nacimiento y el sexo.',

  'combination.heading': 'Lo que no se puede ocultar',
  'combination.body':
    'Estas palabras siguen en la copia. Ninguna nombra a nadie, pero juntas pueden reducir la nota a una sola persona:',
  'combination.advice': 'Antes de pegar, quite o generalice datos como estos ("un pueblo pequeño", "una enfermedad rara").',

  'walk.heading': 'Recorrido guiado',
  'walk.intro': 'Recorra una nota de ejemplo con un grupo, en letra grande. Use las flechas o la barra espaciadora.',
  'walk.start': 'Empezar el recorrido',
  'walk.region': 'Recorrido',
  'walk.progress': 'Paso {step} de {total}',
  'walk.previous': 'Anterior',
  'walk.next': 'Siguiente',
  'walk.restart': 'Volver a empezar',
  'walk.exit': 'Salir del recorrido',
  'walk.fullscreen': 'Pantalla completa',
  'walk.keys': 'Teclas: → o Espacio para avanzar, ← para retroceder, Inicio para el primer paso, Esc para salir.',
  'walk.sample': 'Nota mostrada',
  'walk.fictional': 'Ficticia: no es de ningún paciente real.',
  'walk.intro.title': 'Una nota que un paciente podría pegar',
  'walk.intro.body':
    'Este {kind} es ficticio. Imagine que un paciente le pregunta a un chatbot: "¿Me puede explicar esta nota?"',
  'walk.receive.title': 'El chatbot recibe cada palabra',
  'walk.receive.body': 'Al pegar, la nota completa llega a la empresa que gestiona el chatbot. Resaltado: lo que identifica a alguien.',
  'walk.identifiers.title': 'Qué identifica a alguien aquí',
  'walk.identifiers.body': 'NoteGuard encontró esto en esta computadora, sin enviar nada:',
  'walk.training.title': 'Puede guardarse y usarse para entrenar',
  'walk.review.title': 'Otras personas pueden leerla',
  'walk.breach.title': 'Los datos guardados pueden filtrarse',
  'walk.redacted.title': 'La copia sin datos personales',
  'walk.redacted.body': 'Esto es lo que NoteGuard ofrece pegar en su lugar. La pregunta sigue teniendo sentido; la persona ya no aparece.',
  'walk.combination.title': 'Las combinaciones siguen señalando a personas',
  'walk.takeaways.title': 'Antes de pegar',
  'walk.takeaways.1': 'Pegue la copia sin datos personales, y léala antes.',
  'walk.takeaways.2': 'Quite los datos poco comunes: enfermedades raras, pueblos pequeños, oficios, fechas exactas.',
  'walk.takeaways.3': 'Para su propia atención, use el asistente que ofrece su sistema de salud.',
  'walk.checking': 'Revisando la nota…',

  'practice.heading': 'Pruébelo usted',
  'practice.hint':
    'Copie un ejemplo y péguelo en el cuadro: NoteGuard le avisa antes de que entre nada. Con la extensión instalada, también funciona en chatbots reales.',
  'practice.hintStandalone':
    'Esta copia de la página funciona sin la extensión, así que aquí no se intercepta lo que se pega; las vistas de arriba muestran lo que haría NoteGuard.',
  'practice.label': 'Escriba al chatbot de práctica',
  'practice.send': 'Enviar',
  'practice.conversation': 'Conversación',
  'practice.reply': 'Chatbot de práctica: aquí respondería un chatbot real. No se envió nada.',
};

export const TEACH_CATALOGUES = { en: TEACH_EN as Record<TeachKey, string>, es: TEACH_ES };
