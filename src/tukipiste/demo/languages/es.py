# ruff: noqa: E501 -- the long lines are prose
"""Spanish texts: neutral Spanish, informal "tú", inclusive wording where it reads naturally."""

COMMUNITY = {
    "title": "Comunidad y grupos",
    "summary": "Grupos que planificamos y llevamos junto con compañeras y compañeros con experiencia propia: un grupo de apoyo multicultural, el grupo PRO y un grupo de conversación en inglés en Helsinki.",
    "body": [
        (
            "paragraph",
            "<p>En Tukipiste, las personas que trabajan en el sexo y en el sector erótico no son solo usuarias. Son participantes en igualdad, que aportan a nuestro trabajo su propio conocimiento y experiencia. Las personas de apoyo entre iguales (con experiencia propia en el trabajo sexual) y el equipo planifican y llevan los grupos juntos.</p><p>Los grupos son para personas que venden o han vendido sexo o servicios eróticos. Ven tal como eres. Tú decides cuánto participas y qué cuentas.</p>",
        ),
        ("heading", "Grupo de apoyo multicultural"),
        (
            "paragraph",
            "<p><b>Helsinki, los martes de 14:00 a 16:00.</b> Abierto a todas las personas con experiencia en el trabajo sexual o erótico, hables el idioma que hables. Si hace falta, el equipo ayuda a interpretar. Empezamos con comida casera que preparan las personas de apoyo entre iguales. Después hablamos de lo que importa en el día a día, como la seguridad en el trabajo o cómo funciona la sociedad finlandesa. A veces viene una persona experta a hablar de salud, leyes o prestaciones sociales. También hacemos excursiones a la naturaleza, vamos a actividades culturales y conocemos los servicios de la zona de Helsinki. Pero lo más importante es pasar tiempo juntos en un ambiente tranquilo, donde nadie juzga a nadie.</p>",
        ),
        ("heading", "Grupo PRO"),
        (
            "paragraph",
            "<p><b>Helsinki, un jueves sí y otro no, de 17:00 a 19:30.</b> Grupo de autoayuda para personas que hablan finés o inglés. Eres bienvenida o bienvenido tanto si acabas de empezar como si llevas años trabajando o estás pensando en dejarlo. Solo participan personas con experiencia propia en el trabajo sexual. Lo que se dice en el grupo se queda en el grupo.</p>",
        ),
        ("heading", "Grupo de conversación en inglés"),
        (
            "paragraph",
            "<p><b>Helsinki, los viernes de 14:00 a 16:00.</b> Practica inglés y conversa sobre la actualidad de todo el mundo. Lleva el grupo una profesora de inglés voluntaria. El ambiente es abierto y relajado.</p>",
        ),
        (
            "callout",
            {
                "title": "¿Tienes una idea?",
                "text": '<p>¿Quieres participar o tienes una idea para una actividad nueva? Habla con nuestra coordinadora de actividades comunitarias; encontrarás sus datos en la <a href="/es/about/contacts/">página «Contacto»</a>. Los horarios pueden cambiar, por ejemplo en vacaciones, así que pregúntanos si tienes dudas.</p>',
            },
        ),
    ],
}

NEWS_INDEX = {"title": "Noticias", "lead": "Noticias y avisos de Tukipiste."}

ABOUT = {
    "title": "Quiénes somos",
    "summary": "Tukipiste trabaja por el bienestar, la salud, la seguridad y la igualdad de derechos de las personas que venden sexo y servicios eróticos.",
    "body": [
        (
            "paragraph",
            "<p>Tukipiste es una organización de acceso fácil para personas que venden sexo y servicios eróticos en Finlandia. Acceso fácil quiere decir que puedes venir sin cita, sin documentos y sin condiciones. Nuestros servicios son para personas adultas (18+) de todos los géneros y nacionalidades, tanto si trabajas ahora como si trabajaste antes.</p>",
        ),
        ("heading", "Nuestro objetivo"),
        (
            "paragraph",
            "<p>Queremos que las personas que trabajan en el sexo y en el sector erótico estén bien, sanas y seguras, y que se las trate con igualdad. Defendemos su derecho a los servicios. También defendemos su derecho a estar protegidas de cualquier forma de coacción, de límites a su derecho a decidir sobre su propia vida y de otras violaciones de sus derechos.</p>",
        ),
        ("heading", "Tres niveles de trabajo"),
        (
            "paragraph",
            "<ol><li><b>Incidencia política.</b> Llevamos la voz y la experiencia de las personas trabajadoras del sexo a quienes toman decisiones: grupos de trabajo, comisiones del Parlamento y medios de comunicación.</li><li><b>Apoyo y salud sin barreras.</b> Atención sin cita (drop-in: vienes cuando quieras en el horario de apertura), chat, atención individual, trabajo de calle y de proximidad (vamos a donde trabajas), servicios de salud sexual y actividades comunitarias.</li><li><b>Conocimiento y formación.</b> Compartimos lo que sabemos con otros profesionales mediante formación y consultas.</li></ol>",
        ),
        ("heading", "Dónde trabajamos"),
        (
            "paragraph",
            "<p>Nuestras oficinas regionales están en Helsinki, Tampere y Turku. Con el trabajo de proximidad nacional Prop up llegamos también a otras partes de Finlandia y a internet.</p>",
        ),
        (
            "callout",
            {
                "title": "Más información",
                "text": "<p>Las páginas de esta sección hablan de nuestros principios, de las leyes finlandesas, del estigma y del trabajo de Prop up, y dan los contactos del equipo.</p>",
            },
        ),
    ],
}

PRINCIPLES = {
    "title": "Nuestros principios",
    "summary": "Sin condiciones, anónimo, gratuito, de confianza y accesible. Nuestro trabajo se basa en la reducción de daños.",
    "body": [
        (
            "paragraph",
            "<p>Cinco principios guían todo lo que hacemos. Gracias a ellos es fácil acudir a nosotros.</p>",
        ),
        ("heading", "1. Sin condiciones"),
        (
            "paragraph",
            "<p>Puedes usar nuestros servicios sea cual sea tu género, tu nacionalidad o tu situación de residencia, y tanto si vendes sexo ahora como si no. No tienes que querer dejarlo y no tienes que dar explicaciones.</p>",
        ),
        ("heading", "2. Anonimato"),
        (
            "paragraph",
            "<p>No tienes que dar tu nombre ni enseñar documentos. No recogemos información que pueda identificarte.</p>",
        ),
        ("heading", "3. Gratuito"),
        (
            "paragraph",
            "<p>Todos nuestros servicios son gratuitos. Nadie tiene que pagar nada, nunca.</p>",
        ),
        ("heading", "4. Confianza"),
        (
            "paragraph",
            "<p>Cumplimos lo que prometemos y respetamos las citas acordadas. Lo que nos cuentas es confidencial. Nuestro equipo está formado por profesionales.</p>",
        ),
        ("heading", "5. Accesibilidad"),
        (
            "paragraph",
            "<p>Es fácil llegar a nosotros: en las oficinas, por teléfono, en el chat y con el trabajo de proximidad. Trabajamos en muchos idiomas, y nuestra web funciona en cualquier teléfono y con lector de pantalla.</p>",
        ),
        ("heading", "Reducción de daños"),
        (
            "paragraph",
            "<p>Nuestro trabajo se basa en la reducción de daños. Acompañamos a cada persona en el punto en que está y la ayudamos a reducir los riesgos en su vida, sin exigirle que cambie. En la práctica:</p><ul><li>ayudamos a prevenir riesgos antes de que ocurran</li><li>reducimos los daños a la salud y a la vida social</li><li>apoyamos decisiones seguras y saludables</li><li>partimos de las necesidades de cada persona</li><li>respetamos la dignidad humana y el derecho a decidir sobre la propia vida</li><li>promovemos los derechos humanos y la salud pública</li></ul>",
        ),
    ],
}

LEGISLATION = {
    "title": "Leyes en Finlandia",
    "summary": "Un resumen breve y general de las leyes finlandesas sobre la venta y la compra de sexo. No es asesoramiento jurídico: pregúntanos por tu caso.",
    "body": [
        (
            "callout",
            {
                "title": "Solo información general",
                "text": "<p>Esta página da información general. No es asesoramiento jurídico, y las leyes pueden cambiar. Si tienes preguntas sobre tu situación, pregúntanos. También te ayudamos a encontrar asesoría legal.</p>",
            },
        ),
        (
            "paragraph",
            "<p>En Finlandia, vender sexo no es un delito en sí. Comprar sexo está prohibido solo en algunos casos. Varias leyes afectan a la vida de las personas que trabajan en el sexo y en el sector erótico.</p>",
        ),
        ("heading", "Código Penal (Rikoslaki)"),
        (
            "paragraph",
            "<p>El Código Penal contiene una <b>prohibición parcial de comprar sexo</b>. Es delito comprar sexo a una persona menor de 18 años. También es delito comprar sexo a una persona víctima de proxenetismo o de trata de seres humanos.</p><p>El Código Penal también regula el <b>proxenetismo</b> y la <b>trata de seres humanos</b>. Castiga, por ejemplo, a quien gana dinero con la venta de sexo de otra persona, o a quien controla, obliga o explota a otras personas. Las víctimas de estos delitos tienen derecho a ayuda. A veces estas normas pueden afectar también a cosas de tu trabajo, como alquilar un lugar para trabajar o anunciarte. Si tienes dudas, pregúntanos.</p>",
        ),
        ("heading", "Ley de Orden Público (Järjestyslaki)"),
        (
            "paragraph",
            "<p>La Ley de Orden Público prohíbe comprar servicios sexuales y ofrecer sexo a cambio de dinero en un lugar público, por ejemplo en la calle. Incumplirla puede acarrear una multa.</p>",
        ),
        ("heading", "Ley de Extranjería (Ulkomaalaislaki)"),
        (
            "paragraph",
            "<p>La Ley de Extranjería tiene una norma sobre la denegación de entrada. Según ella, a una persona extranjera se le puede denegar la entrada y expulsar de Finlandia si hay motivos fundados para sospechar que vende servicios sexuales. Que esto te afecte o no depende de tu situación, por ejemplo de tu nacionalidad y tu permiso de residencia. Puedes preguntarnos de forma confidencial. No te preguntamos por tu situación de residencia, salvo que tú quieras hablar de ello.</p>",
        ),
        ("heading", "Tus derechos"),
        (
            "paragraph",
            "<p>En Finlandia, todas las personas tienen derecho a protección contra la violencia y a atención médica urgente. Si has sido víctima de un delito, puedes denunciarlo a la policía. Te explicamos qué significa y, si quieres, te acompañamos.</p>",
        ),
    ],
}

STIGMA = {
    "title": "Estigma",
    "summary": "Qué es el estigma, cómo afecta a las personas que venden sexo y cómo trabajamos contra él.",
    "body": [
        (
            "paragraph",
            "<p>Estigma significa marca o etiqueta. Una comunidad da un significado negativo a las personas que se salen de lo que se considera normal. La etiqueta no dice quién es de verdad una persona. Dice algo de los prejuicios de los demás.</p>",
        ),
        ("heading", "Estigma y sexualidad"),
        (
            "paragraph",
            "<p>En muchas sociedades, lo relacionado con la sexualidad lleva un estigma fuerte. El sexo de pago es un ejemplo; las minorías sexuales, otro. El estigma puede empujar a las personas a los márgenes de la sociedad. Hace más difícil alquilar una vivienda, ir al médico, ser sincera con la familia y las amistades o pedir ayuda cuando algo va mal.</p>",
        ),
        ("heading", "El estigma se siente por dentro"),
        (
            "paragraph",
            "<p>Una persona puede no creerse las imágenes que trae el estigma y, aun así, cargar con él. Para cada persona, el estigma es una vivencia interior: vergüenza, miedo a que se sepa o la sensación de valer menos que los demás. Muchas personas que venden sexo mantienen su trabajo en secreto, y eso puede hacerte sentir sola o solo.</p>",
        ),
        ("heading", "Lo que hacemos"),
        (
            "paragraph",
            "<p>En Tukipiste no tienes que ocultar nada. Te vemos como persona, no como una etiqueta. También trabajamos para reducir el estigma en la sociedad: formamos a profesionales, hablamos con quienes toman decisiones y llevamos la voz de las personas trabajadoras del sexo al debate público.</p>",
        ),
        (
            "callout",
            {
                "title": "Mereces respeto",
                "text": "<p>Tu trabajo no te quita ni tus derechos ni tu dignidad. Aquí eres bienvenida o bienvenido tal como eres.</p>",
            },
        ),
    ],
}

PROP_UP = {
    "title": "Prop up: trabajo de proximidad en toda Finlandia",
    "summary": "Prop up lleva apoyo y orientación a personas del sector sexual y erótico y a víctimas de trata en toda Finlandia. Empezó como proyecto en 2018–2020.",
    "body": [
        (
            "paragraph",
            "<p>Prop up empezó como proyecto nacional de Tukipiste en 2018–2020. Su objetivo es apoyar en toda Finlandia a las personas que trabajan en el sexo y en el sector erótico y a las víctimas de trata de seres humanos. El apoyo y la orientación se dan mediante trabajo de proximidad, es decir, el equipo va a donde están las personas, como parte del trabajo profesional de Tukipiste.</p>",
        ),
        ("heading", "Dos objetivos"),
        (
            "paragraph",
            "<ol><li><b>Llegar a más personas.</b> Llevar orientación y apoyo a ciudades donde Tukipiste no tiene oficina, y a lugares nuevos en las ciudades donde sí la tiene.</li><li><b>Más conocimiento en cada lugar.</b> Dar a las organizaciones y servicios locales más herramientas para trabajar con las personas a las que se dirige Prop up.</li></ol>",
        ),
        ("heading", "Qué hace Prop up"),
        (
            "paragraph",
            "<ul><li><b>Trabajo de proximidad itinerante</b> en otras partes de Finlandia y en lugares nuevos de Helsinki, Tampere y Turku.</li><li><b>Trabajo en internet:</b> chat y contacto en foros de anuncios.</li><li><b>Socios locales:</b> en cada localidad buscamos socios y creamos juntos itinerarios de atención, para que cada persona sepa adónde acudir según lo que necesite.</li><li><b>Consultas y mentoría</b> para profesionales locales que trabajan con este grupo.</li></ul>",
        ),
        ("heading", "Cómo se trabaja"),
        (
            "paragraph",
            "<p>Una pareja de trabajadores de Prop up está en Helsinki y en Turku. Cuando hace falta, trabajan con otras personas del equipo de Tukipiste que aportan idiomas y conocimiento cultural, con el personal de organizaciones locales y con personas de apoyo entre iguales. Los lugares nuevos se encuentran con nuestro propio trabajo de campo o a través de iguales y de otras organizaciones.</p>",
        ),
        ("heading", "Socios con carta de intenciones"),
        (
            "paragraph",
            "<p><b>RIKU</b> – Apoyo a Víctimas de Delitos de Finlandia (en todo el país) y <b>SOVATEK</b> (Jyväskylä) han firmado una carta de intenciones con Prop up. Ofrecen locales en sus regiones para atender a las personas y aportan su experiencia a la atención y a la creación de itinerarios de atención.</p>",
        ),
        (
            "callout",
            {
                "title": "¿Eres profesional?",
                "text": '<p>¿Atiendes en tu trabajo a personas que venden sexo? Pídenos consulta, mentoría o formación. Encontrarás nuestros datos en la <a href="/es/about/contacts/">página «Contacto»</a>.</p>',
            },
        ),
    ],
}

CONTACTS = {
    "title": "Contacto",
    "lead": "<p>Puedes contactar directamente con nuestro equipo por teléfono o por correo electrónico. No tienes que decir tu nombre. Ten en cuenta que vemos tu número de teléfono o tu dirección de correo; si quieres ser totalmente anónima o anónimo, usa el chat. En una emergencia, llama al <b>112</b>.</p>",
}

NEWS = {
    "peer-group-autumn": {
        "title": "El grupo de apoyo multicultural da la bienvenida a gente nueva",
        "summary": "Después del descanso de verano, el grupo de apoyo multicultural vuelve a reunirse los martes de 14:00 a 16:00 en Helsinki. Las personas nuevas son muy bienvenidas.",
        "body": "<p>Se acabó el descanso de verano y el grupo de apoyo multicultural vuelve a reunirse todos los martes de 14:00 a 16:00 en nuestra oficina de Helsinki. Las personas nuevas son muy bienvenidas. No hace falta inscribirse ni decir tu nombre.</p><p>El grupo es para todas las personas que venden o han vendido sexo o servicios eróticos. Empezamos con comida que preparan las personas de apoyo entre iguales. Después hablamos, compartimos experiencias y planificamos el programa de otoño: por ejemplo, excursiones a la naturaleza, actividades culturales y visitas de personas expertas. Si hace falta, el equipo ayuda a interpretar.</p><p>Ven un martes, sin más. Si antes quieres preguntar algo, escríbenos en el chat.</p>",
    },
    "chat-duty-evenings": {
        "title": "El chat abre ahora también los miércoles por la tarde",
        "summary": "El chat anónimo abre ahora también los miércoles de 18:00 a 21:00. El turno de tarde lo lleva nuestra oficina de Helsinki.",
        "body": '<p>Muchas personas nos han dicho que durante el día cuesta encontrar tiempo para el chat. Por eso añadimos un turno de tarde. El chat anónimo abre ahora también <b>los miércoles de 18:00 a 21:00</b>. Por la tarde atiende el equipo de nuestra oficina de Helsinki, pero puedes escribirnos desde cualquier lugar de Finlandia.</p><p>El chat funciona como siempre: sin nombre, sin cuenta y gratis. Si todo el equipo está ocupado, ves tu lugar en la cola. Cuando el chat está cerrado, puedes dejar un mensaje y leer la respuesta más tarde con un código.</p><p>Todos los horarios del chat están en la <a href="/es/chat/">página «Chat»</a>.</p>',
    },
}
