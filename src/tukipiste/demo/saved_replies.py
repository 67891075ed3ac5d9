"""Demo saved replies for the chat console: the same five in every site language.

Written for each language, not translated word for word. The helplines are real public
services (checked on their own pages): 112 (emergencies), Rikosuhripäivystys 116 006 (victim
support) and Nollalinja 080 005 005 (violence in close relationships and against women,
free, day and night).
"""

from __future__ import annotations

from tukipiste.chat.models import SavedReply

# language -> [(title, text)]: greeting, one moment, testing, safety, ending.
SAVED_REPLIES: dict[str, list[tuple[str, str]]] = {
    "fi": [
        (
            "Tervehdys",
            "Hei ja tervetuloa chattiin! Sinun ei tarvitse kertoa nimeäsi eikä mitään, mitä et "
            "halua kertoa. Miten voin auttaa?",
        ),
        (
            "Hetki vain",
            "Kiitos viestistäsi. Anna minulle hetki: selvitän asian ja palaan sinulle muutaman "
            "minuutin päästä.",
        ),
        (
            "Missä voi testauttaa",
            "Meillä voit käydä HIV- ja muissa seksitautitesteissä maksutta ja nimettömästi: "
            "sairaanhoitajamme on paikalla drop-inissä, tai voit varata ajan. Testeihin pääsee "
            "myös terveysasemalla tai sukupuolitautien poliklinikalla. Kerronko lähimmän "
            "toimipisteemme ajat?",
        ),
        (
            "Turvallisuus ja hätänumerot",
            "Jos olet vaarassa juuri nyt, soita 112. Puhelu on maksuton. Jos joku on satuttanut "
            "tai uhkaillut sinua, voit soittaa myös Rikosuhripäivystyksen auttavaan puhelimeen "
            "116 006 tai Nollalinjalle 080 005 005 (maksuton, auki ympäri vuorokauden). Me olemme "
            "myös tukenasi, ja voimme miettiä seuraavia askelia yhdessä.",
        ),
        (
            "Lopetus",
            "Kiitos keskustelusta. Olet tervetullut chattiin uudelleen päivystysaikana tai "
            "käymään drop-inissä. Pidä huolta itsestäsi!",
        ),
    ],
    "sv": [
        (
            "Hälsning",
            "Hej och välkommen till chatten! Du behöver inte berätta vad du heter eller något "
            "annat som du inte vill berätta. Hur kan jag hjälpa dig?",
        ),
        (
            "Ett ögonblick",
            "Tack för ditt meddelande. Ge mig en stund, jag tar reda på saken och återkommer om "
            "några minuter.",
        ),
        (
            "Var kan jag testa mig",
            "Hos oss kan du testa dig för hiv och andra könssjukdomar gratis och anonymt: vår "
            "sjukskötare finns på plats under drop-in, eller så kan du boka en tid. Du kan också "
            "testa dig på en hälsostation eller en poliklinik för könssjukdomar. Vill du att jag "
            "berättar tiderna på kontoret närmast dig?",
        ),
        (
            "Säkerhet och nödnummer",
            "Om du är i fara just nu, ring 112. Samtalet är gratis. Om någon har skadat eller "
            "hotat dig kan du också ringa Brottsofferjourens stödtelefon 116 006 eller "
            "Nollinjen 080 005 005 (gratis, öppen dygnet runt). Vi finns också här för dig, och "
            "vi kan fundera på nästa steg tillsammans.",
        ),
        (
            "Avslutning",
            "Tack för samtalet. Du är välkommen tillbaka till chatten under jourtiden eller till "
            "vår drop-in. Ta hand om dig!",
        ),
    ],
    "en": [
        (
            "Greeting",
            "Hi, and welcome to the chat! You don't need to tell me your name or anything else "
            "you'd rather keep to yourself. How can I help?",
        ),
        (
            "One moment, please",
            "Thank you for your message. Give me a moment: I'll find out and get back to you in "
            "a few minutes.",
        ),
        (
            "Where to get tested",
            "You can get tested for HIV and other sexually transmitted infections with us, free "
            "and without giving your name: our nurse is there during drop-in hours, or you can "
            "book an appointment. Health centres and sexual health clinics test too. Shall I "
            "tell you the hours of the office nearest to you?",
        ),
        (
            "Safety and emergency numbers",
            "If you are in danger right now, call 112. The call is free. If someone has hurt or "
            "threatened you, you can also call the Victim Support helpline on 116 006 or "
            "Nollalinja on 080 005 005 (free, day and night). We are here for you too, and we "
            "can think about the next steps together.",
        ),
        (
            "Ending",
            "Thank you for talking with us. You're welcome back in the chat during chat duty "
            "hours, or at our drop-in. Take care!",
        ),
    ],
    "ru": [
        (
            "Приветствие",
            "Здравствуйте, добро пожаловать в чат! Не нужно называть своё имя или рассказывать "
            "то, чем вы не хотите делиться. Чем я могу помочь?",
        ),
        (
            "Минутку",
            "Спасибо за сообщение. Дайте мне немного времени: я всё выясню и вернусь к вам через "
            "несколько минут.",
        ),
        (
            "Где сдать анализы",
            "У нас можно бесплатно и анонимно сдать тест на ВИЧ и другие инфекции, передающиеся "
            "половым путём: наша медсестра принимает в часы drop-in, или можно записаться на "
            "приём. Анализы также делают в поликлинике (terveysasema) и в клинике половых "
            "инфекций. Рассказать, когда работает ближайший к вам офис?",
        ),
        (
            "Безопасность и экстренные номера",
            "Если вы в опасности прямо сейчас, звоните 112. Звонок бесплатный. Если кто-то "
            "причинил вам вред или угрожал вам, можно также позвонить на линию помощи жертвам "
            "преступлений 116 006 или в Nollalinja 080 005 005 (бесплатно, круглосуточно). Мы "
            "тоже рядом и можем вместе подумать, что делать дальше.",
        ),
        (
            "Завершение",
            "Спасибо за разговор. Пишите нам снова в часы работы чата или приходите в drop-in. "
            "Берегите себя!",
        ),
    ],
    "th": [
        (
            "คำทักทาย",
            "สวัสดี ยินดีต้อนรับสู่แชทของเรา คุณไม่ต้องบอกชื่อหรือเล่าเรื่องที่ไม่อยากเล่า มีอะไรให้เราช่วยไหม",
        ),
        (
            "รอสักครู่",
            "ขอบคุณที่ส่งข้อความมา ขอเวลาสักครู่นะ เราจะตรวจสอบให้แล้วกลับมาตอบภายในไม่กี่นาที",
        ),
        (
            "ตรวจโรคได้ที่ไหน",
            "คุณตรวจเอชไอวีและโรคติดต่อทางเพศสัมพันธ์อื่น ๆ กับเราได้ฟรี โดยไม่ต้องบอกชื่อ "
            "พยาบาลของเราอยู่ในช่วงเวลา drop-in หรือจะนัดเวลาไว้ก็ได้ "
            "นอกจากนี้ยังตรวจได้ที่ศูนย์สุขภาพ (terveysasema) หรือคลินิกโรคติดต่อทางเพศสัมพันธ์ "
            "อยากให้เราบอกเวลาเปิดของสำนักงานที่ใกล้คุณที่สุดไหม",
        ),
        (
            "ความปลอดภัยและเบอร์ฉุกเฉิน",
            "ถ้าคุณตกอยู่ในอันตรายตอนนี้ โทร 112 ได้ฟรี ถ้ามีคนทำร้ายหรือข่มขู่คุณ "
            "คุณโทรหาสายช่วยเหลือผู้เสียหายจากอาชญากรรม 116 006 หรือ Nollalinja 080 005 005 "
            "(ฟรี ตลอด 24 ชั่วโมง) ได้ด้วย เราก็อยู่ตรงนี้เพื่อคุณ และช่วยกันคิดขั้นตอนต่อไปได้",
        ),
        (
            "ปิดท้าย",
            "ขอบคุณที่คุยกับเรา กลับมาแชทได้อีกในช่วงเวลาเปิดแชท หรือแวะมาที่ drop-in ก็ได้ ดูแลตัวเองด้วยนะ",
        ),
    ],
    "es": [
        (
            "Saludo",
            "Hola, te damos la bienvenida al chat. No hace falta que nos digas tu nombre ni nada "
            "que prefieras no contar. ¿En qué te puedo ayudar?",
        ),
        (
            "Un momento, por favor",
            "Gracias por tu mensaje. Dame un momento: lo consulto y te contesto en unos minutos.",
        ),
        (
            "Dónde hacerse pruebas",
            "Aquí puedes hacerte la prueba del VIH y de otras infecciones de transmisión sexual, "
            "gratis y sin dar tu nombre: nuestra enfermera atiende en el horario de drop-in, o "
            "puedes pedir cita. También hacen pruebas en los centros de salud (terveysasema) y "
            "en las clínicas de ITS. ¿Quieres que te diga el horario de la oficina más cercana?",
        ),
        (
            "Seguridad y teléfonos de emergencia",
            "Si estás en peligro ahora mismo, llama al 112. La llamada es gratuita. Si alguien "
            "te ha hecho daño o te ha amenazado, también puedes llamar a la línea de apoyo a "
            "víctimas de delitos, 116 006, o a Nollalinja, 080 005 005 (gratis, las 24 horas). "
            "También estamos aquí para ti y podemos pensar contigo los próximos pasos.",
        ),
        (
            "Despedida",
            "Gracias por la conversación. Puedes volver al chat en el horario de atención o "
            "pasar por el drop-in cuando quieras. ¡Cuídate!",
        ),
    ],
    "ro": [
        (
            "Salut",
            "Bună, bine ai venit în chat! Nu trebuie să ne spui cum te cheamă sau ceva ce nu vrei "
            "să povestești. Cu ce te pot ajuta?",
        ),
        (
            "O clipă, te rog",
            "Mulțumesc pentru mesaj. Dă-mi un moment: mă interesez și revin în câteva minute.",
        ),
        (
            "Unde te poți testa",
            "La noi te poți testa pentru HIV și alte infecții cu transmitere sexuală gratuit și "
            "fără să-ți spui numele: asistenta noastră este aici în orele de drop-in, sau poți "
            "face o programare. Te poți testa și la un centru de sănătate (terveysasema) sau la o "
            "clinică pentru infecții cu transmitere sexuală. Vrei să-ți spun programul biroului "
            "cel mai apropiat de tine?",
        ),
        (
            "Siguranță și numere de urgență",
            "Dacă ești în pericol chiar acum, sună la 112. Apelul este gratuit. Dacă cineva "
            "te-a rănit sau te-a amenințat, poți suna și la linia de sprijin pentru victimele "
            "infracțiunilor, 116 006, sau la Nollalinja, 080 005 005 (gratuit, non-stop). Suntem "
            "și noi aici pentru tine și ne putem gândi împreună la pașii următori.",
        ),
        (
            "Încheiere",
            "Mulțumesc pentru discuție. Ne poți scrie din nou în orele de chat sau poți veni la "
            "drop-in. Ai grijă de tine!",
        ),
    ],
}


def load_saved_replies() -> int:
    """Create the demo saved replies that are missing; return how many were created.

    A reply is known by its language and title, so a second run adds nothing and a text an
    editor has changed stays as they left it.
    """
    existing = set(SavedReply.objects.values_list("language", "title"))
    missing = [
        SavedReply(language=language, title=title, body=body)
        for language, replies in SAVED_REPLIES.items()
        for title, body in replies
        if (language, title) not in existing
    ]
    SavedReply.objects.bulk_create(missing)
    return len(missing)
