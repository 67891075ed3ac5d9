# ruff: noqa: E501 -- the long lines are prose in seven languages
"""Demo texts of the public site in every language.

Written for people who sell sex and erotic services, who often read on a phone and in a
second language: short sentences, plain words, no judgement. Facts come from the public seed
documents; every sentence is our own. Staff names, phone numbers and e-mail addresses are
invented. Opening hours of drop-in, chat and phone are never written as text: the
``duty_hours`` block shows each office's current hours.
"""

import datetime as dt

HOME = {
    "fi": {
        "title": "Tukea ja terveyspalveluja seksi- ja erotiikka-alan työntekijöille",
        "lead": "Maksutonta ja nimetöntä apua seksiä myyville ihmisille Helsingissä, Tampereella, Turussa ja verkossa. Nimeäsi ei tarvita. Emme kysy kansalaisuuttasi emmekä oleskelustatustasi. Palvelumme ovat kaikille yli 18-vuotiaille sukupuolesta riippumatta.",
    },
    "sv": {
        "title": "Stöd och hälsotjänster för sex- och erotikarbetare",
        "lead": "Gratis och anonym hjälp för personer som säljer sex, i Helsingfors, Tammerfors, Åbo och på nätet. Du behöver inte säga ditt namn. Vi frågar inte om medborgarskap eller uppehållsstatus. För vuxna (18+) av alla kön.",
    },
    "en": {
        "title": "Support and health services for sex and erotic workers",
        "lead": "Free and anonymous help for people who sell sex, in Helsinki, Tampere, Turku and online. You do not need to give your name. We do not ask about your nationality or residence status. For adults (18+) of all genders.",
    },
    "ru": {
        "title": "Поддержка и медицинская помощь для секс-работников и работников эротической сферы",
        "lead": "Бесплатная и анонимная помощь для людей, которые продают секс, — в Хельсинки, Тампере, Турку и онлайн. Называть имя не нужно. Мы не спрашиваем о гражданстве и статусе пребывания. Для взрослых (18+) любого пола.",
    },
    "th": {
        "title": "บริการช่วยเหลือและดูแลสุขภาพสำหรับผู้ทำงานบริการทางเพศและบริการอีโรติก",
        "lead": "ความช่วยเหลือฟรีและไม่ต้องเปิดเผยตัวตน สำหรับผู้ที่ขายบริการทางเพศ ที่เฮลซิงกิ ตัมเปเร ตูร์กู และทางออนไลน์ ไม่ต้องบอกชื่อ เราไม่ถามเรื่องสัญชาติหรือสถานะการพำนัก สำหรับผู้ใหญ่ (อายุ 18 ปีขึ้นไป) ทุกเพศ",
    },
    "es": {
        "title": "Apoyo y salud para personas que trabajan en el sexo y en el sector erótico",
        "lead": "Ayuda gratuita y anónima para personas que venden sexo, en Helsinki, Tampere, Turku y en línea. No necesitas dar tu nombre. No preguntamos por tu nacionalidad ni por tu situación de residencia. Para personas adultas (18+) de todos los géneros.",
    },
    "ro": {
        "title": "Sprijin și servicii de sănătate pentru lucrătorii sexuali și din industria erotică",
        "lead": "Ajutor gratuit și anonim pentru persoanele care vând sex, în Helsinki, Tampere, Turku și online. Nu trebuie să îți spui numele. Nu te întrebăm despre cetățenie sau despre statutul de ședere. Pentru adulți (18+) de toate genurile.",
    },
}

DROP_IN = ("duty_hours", {"service": "drop_in"})
CHAT = ("duty_hours", {"service": "chat"})
PHONE = ("duty_hours", {"service": "phone"})

# --- Services ---------------------------------------------------------------------------------
_SERVICES = {
    "fi": {
        "title": "Palvelut",
        "summary": "Drop-in, nimetön chat, ajanvaraus, etsivä työ, seksuaaliterveyden testit ja ryhmät. Kaikki maksutta ja nimettömästi.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste tarjoaa tukea ja terveyspalveluja täysi-ikäisille (18+), jotka myyvät tai ovat myyneet seksiä tai erotiikkapalveluja. Olet tervetullut sukupuolestasi ja kansalaisuudestasi riippumatta. Kaikki palvelut ovat maksuttomia. Sinun ei tarvitse kertoa nimeäsi, emmekä kysy oleskelustatustasi.</p>",
            ),
            ("heading", "Drop-in"),
            (
                "paragraph",
                "<p>Tule käymään toimipisteessämme drop-in-aikana. Ajanvarausta ei tarvita. Voit juoda kahvit, levätä hetken, hakea kondomeja ja liukuvoidetta tai jutella työntekijän kanssa mistä tahansa, mikä mieltäsi askarruttaa.</p>",
            ),
            DROP_IN,
            ("heading", "Chat-päivystys"),
            (
                "paragraph",
                '<p>Chat-päivystyksen aikana voit keskustella ammattilaisen kanssa nimettömästi. Lue lisää <a href="/fi/chat/">Chat-sivulta</a>.</p>',
            ),
            ("heading", "Yksilötyö ja ajanvaraus"),
            (
                "paragraph",
                "<p>Joskus asiaan tarvitaan enemmän aikaa. Sosiaaliohjaaja tai sairaanhoitaja voi tavata sinut kahden kesken toimipisteessä tai muussa turvallisessa paikassa. Voimme puhua esimerkiksi näistä asioista:</p><ul><li>terveys ja turvallisuus työssä</li><li>raha, asuminen ja arjen asiat</li><li>oleskeluun liittyvät kysymykset ja oikeutesi</li><li>väkivalta, uhkailu tai painostus</li><li>työn vaihtaminen tai seksityön lopettaminen, jos haluat</li></ul><p>Voit varata ajan puhelimessa, chatissa tai toimipisteessä. Pelkkä nimimerkki riittää. Meille voi myös soittaa puhelinaikoina:</p>",
            ),
            PHONE,
            ("heading", "Etsivä työ"),
            (
                "paragraph",
                "<p>Työntekijämme tulevat myös sinne, missä sinä olet. Liikumme ulkoalueilla, käymme sisätiloissa, kuten asunnoissa, klubeilla ja studioilla, ja olemme läsnä verkon kontakti-ilmoitusfoorumeilla. Tuomme mukanamme tietoa, tarvikkeita ja mahdollisuuden jutella. Kunnioitamme yksityisyyttäsi ja työtäsi.</p>",
            ),
            ("heading", "Seksuaaliterveyden testit"),
            (
                "paragraph",
                "<p>Sairaanhoitajamme tekee maksuttomia ja nimettömiä seksitautitestejä. Hänen kanssaan voit puhua myös ehkäisystä, turvallisemmasta seksistä ja työhön liittyvästä terveydestä. Kysy toimipisteessä tai varaa aika.</p>",
            ),
            ("heading", "Yhteisöllinen toiminta"),
            (
                "paragraph",
                '<p>Helsingissä järjestämme ryhmiä yhdessä vertaistoimijoiden kanssa: monikulttuurisen vertaisryhmän, vertaistukiryhmän ja englannin keskusteluryhmän. Katso lisää sivulta <a href="/fi/community/">Yhteisöllinen toiminta</a>.</p>',
            ),
            (
                "callout",
                {
                    "title": "Maksutonta ja nimetöntä",
                    "text": "<p>Ei nimeä, ei henkilöllisyystodistusta, ei kysymyksiä kansalaisuudesta tai oleskelustatuksesta. Työntekijöitämme sitoo vaitiolovelvollisuus.</p>",
                },
            ),
        ],
    },
    "sv": {
        "title": "Tjänster",
        "summary": "Drop-in, anonym chatt, tidsbokning, uppsökande arbete, tester för sexuell hälsa och grupper. Allt gratis och anonymt.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste erbjuder stöd och hälsotjänster för vuxna (18+) som säljer eller har sålt sex eller erotiska tjänster. Alla kön och alla nationaliteter är välkomna. Allt är gratis. Du behöver inte säga ditt namn, och vi frågar inte om din uppehållsstatus.</p>",
            ),
            ("heading", "Drop-in"),
            (
                "paragraph",
                "<p>Kom till något av våra kontor under drop-in-tiden. Du behöver ingen bokad tid. Du kan dricka en kopp kaffe, vila en stund, hämta kondomer och glidmedel eller prata med en medarbetare om vad som helst som du funderar på.</p>",
            ),
            DROP_IN,
            ("heading", "Chattjour"),
            (
                "paragraph",
                '<p>Under chattjouren kan du chatta anonymt med en yrkesperson. Läs mer på <a href="/sv/chat/">sidan Chatt</a>.</p>',
            ),
            ("heading", "Individuellt stöd och tidsbokning"),
            (
                "paragraph",
                "<p>Ibland behövs mer tid. En socialhandledare eller en sjukskötare kan träffa dig enskilt, på kontoret eller på en annan trygg plats. Vi kan till exempel prata om:</p><ul><li>hälsa och säkerhet i arbetet</li><li>pengar, boende och vardagliga saker</li><li>frågor om uppehåll och dina rättigheter</li><li>våld, hot eller påtryckningar</li><li>att byta arbete eller sluta med sexarbete, om du vill</li></ul><p>Du kan boka tid per telefon, i chatten eller på kontoret. Det räcker med ett smeknamn. Du kan också ringa oss under telefontiden:</p>",
            ),
            PHONE,
            ("heading", "Uppsökande arbete"),
            (
                "paragraph",
                "<p>Våra medarbetare kommer också dit där du är. Vi rör oss utomhus, besöker inomhusmiljöer som lägenheter, klubbar och studior, och finns på nätet i forum för kontaktannonser. Vi har med oss information, skyddsmaterial och en möjlighet att prata. Vi respekterar ditt privatliv och ditt arbete.</p>",
            ),
            ("heading", "Tester för sexuell hälsa"),
            (
                "paragraph",
                "<p>Vår sjukskötare gör gratis och anonyma tester för sexuellt överförbara infektioner. Du kan också få råd om preventivmedel, säkrare sex och hälsa i arbetet. Fråga på kontoret eller boka en tid.</p>",
            ),
            ("heading", "Gemenskapsverksamhet"),
            (
                "paragraph",
                '<p>I Helsingfors ordnar vi grupper tillsammans med kamratstödjare: en mångkulturell kamratgrupp, en självhjälpsgrupp och en samtalsgrupp på engelska. Läs mer på <a href="/sv/community/">sidan Gemenskap</a>.</p>',
            ),
            (
                "callout",
                {
                    "title": "Gratis och anonymt",
                    "text": "<p>Inget namn, ingen legitimation, inga frågor om medborgarskap eller uppehållsstatus. Våra medarbetare har tystnadsplikt.</p>",
                },
            ),
        ],
    },
    "en": {
        "title": "Services",
        "summary": "Drop-in, anonymous chat, appointments, outreach, sexual-health testing and groups. All free, all anonymous.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste offers support and health services to adults (18+) who sell or have sold sex or erotic services. People of all genders and all nationalities are welcome. Everything is free. You do not have to tell us your name, and we do not ask about your residence status.</p>",
            ),
            ("heading", "Drop-in"),
            (
                "paragraph",
                "<p>Come to one of our offices during drop-in hours. You do not need an appointment. Have a coffee, rest for a while, pick up condoms and lubricant, or talk with a worker about anything that is on your mind.</p>",
            ),
            DROP_IN,
            ("heading", "Chat duty"),
            (
                "paragraph",
                '<p>During chat duty you can talk with a professional in writing, without giving your name. Read more on the <a href="/en/chat/">Chat page</a>.</p>',
            ),
            ("heading", "Individual work and appointments"),
            (
                "paragraph",
                "<p>Sometimes you need more time. A social counsellor or a nurse can meet you one to one, at the office or in another safe place. We can talk, for example, about:</p><ul><li>health and safety at work</li><li>money, housing and everyday matters</li><li>residence questions and your rights</li><li>violence, threats or pressure</li><li>changing jobs or leaving sex work, if that is what you want</li></ul><p>You can book a time by phone, in the chat or at the office. A nickname is enough. You can also call us during phone hours:</p>",
            ),
            PHONE,
            ("heading", "Outreach"),
            (
                "paragraph",
                "<p>Our workers also come to where you are. We visit outdoor areas, indoor places such as flats, clubs and studios, and online contact-ad forums. We bring information, safer-sex supplies and a chance to talk. We respect your privacy and your work.</p>",
            ),
            ("heading", "Sexual-health testing"),
            (
                "paragraph",
                "<p>Our nurse offers free and anonymous tests for sexually transmitted infections. You can also get advice on contraception, safer sex and health at work. Ask at the office or book a time.</p>",
            ),
            ("heading", "Community activities"),
            (
                "paragraph",
                '<p>In Helsinki we run groups together with peer workers: a multicultural peer group, a self-help group and an English conversation group. See the <a href="/en/community/">Community page</a>.</p>',
            ),
            (
                "callout",
                {
                    "title": "Free and anonymous",
                    "text": "<p>No name, no ID, no questions about nationality or residence status. Our workers are bound by confidentiality.</p>",
                },
            ),
        ],
    },
    "ru": {
        "title": "Услуги",
        "summary": "Drop-in, анонимный чат, индивидуальные встречи, аутрич-работа, тесты на ИППП и группы. Всё бесплатно и анонимно.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste помогает взрослым (18+), которые продают или продавали секс или эротические услуги. Мы рады людям любого пола и любой национальности. Все услуги бесплатные. Называть имя не нужно, и мы не спрашиваем о вашем статусе пребывания.</p>",
            ),
            ("heading", "Drop-in — без записи"),
            (
                "paragraph",
                "<p>Приходите в наш офис в часы drop-in. Записываться не нужно. Можно выпить кофе, немного отдохнуть, взять презервативы и лубрикант или поговорить с сотрудником о том, что вас волнует.</p>",
            ),
            DROP_IN,
            ("heading", "Чат"),
            (
                "paragraph",
                '<p>В часы работы чата можно анонимно переписываться со специалистом. Подробнее — на <a href="/ru/chat/">странице «Чат»</a>.</p>',
            ),
            ("heading", "Индивидуальные встречи"),
            (
                "paragraph",
                "<p>Иногда нужно больше времени. Социальный консультант или медсестра могут встретиться с вами наедине — в офисе или в другом безопасном месте. Можно поговорить, например, о:</p><ul><li>здоровье и безопасности в работе</li><li>деньгах, жилье и повседневных делах</li><li>пребывании в Финляндии и ваших правах</li><li>насилии, угрозах или давлении</li><li>смене работы или уходе из секс-работы, если вы этого хотите</li></ul><p>Записаться можно по телефону, в чате или в офисе. Достаточно псевдонима. Вы также можете позвонить нам в часы работы телефона:</p>",
            ),
            PHONE,
            ("heading", "Аутрич-работа"),
            (
                "paragraph",
                "<p>Наши сотрудники приходят туда, где находитесь вы: на улицу, в помещения — квартиры, клубы, студии — и на интернет-форумы с контактными объявлениями. Мы приносим информацию, средства защиты и возможность поговорить. Мы уважаем вашу частную жизнь и вашу работу.</p>",
            ),
            ("heading", "Тесты на инфекции, передающиеся половым путём"),
            (
                "paragraph",
                "<p>Наша медсестра бесплатно и анонимно делает тесты на инфекции, передающиеся половым путём (ИППП). Она также консультирует по вопросам контрацепции, более безопасного секса и здоровья на работе. Спросите в офисе или запишитесь на приём.</p>",
            ),
            ("heading", "Группы"),
            (
                "paragraph",
                '<p>В Хельсинки мы вместе с равными консультантами проводим группы: мультикультурную группу взаимной поддержки, группу самопомощи и разговорную группу английского языка. Подробнее — на <a href="/ru/community/">странице «Сообщество и группы»</a>.</p>',
            ),
            (
                "callout",
                {
                    "title": "Бесплатно и анонимно",
                    "text": "<p>Без имени, без документов, без вопросов о гражданстве или статусе пребывания. Наши сотрудники соблюдают конфиденциальность.</p>",
                },
            ),
        ],
    },
    "th": {
        "title": "บริการของเรา",
        "summary": "Drop-in แชทแบบไม่ระบุตัวตน นัดพบเจ้าหน้าที่ งานเข้าถึงชุมชน ตรวจสุขภาพทางเพศ และกิจกรรมกลุ่ม ทุกอย่างฟรีและไม่ต้องบอกชื่อ",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste ให้ความช่วยเหลือและบริการด้านสุขภาพแก่ผู้ใหญ่ (อายุ 18 ปีขึ้นไป) ที่ขายบริการทางเพศหรือบริการอีโรติก ทั้งในปัจจุบันและในอดีต เรายินดีต้อนรับทุกเพศและทุกสัญชาติ บริการทั้งหมดฟรี คุณไม่ต้องบอกชื่อ และเราไม่ถามเรื่องสถานะการพำนักของคุณ</p>",
            ),
            ("heading", "Drop-in – มาได้เลย ไม่ต้องนัด"),
            (
                "paragraph",
                "<p>แวะมาที่สำนักงานของเราในช่วงเวลา drop-in ได้เลย ไม่ต้องนัดล่วงหน้า คุณดื่มกาแฟ พักผ่อนสักครู่ รับถุงยางอนามัยและเจลหล่อลื่น หรือคุยกับเจ้าหน้าที่เรื่องอะไรก็ได้ที่คุณกังวลใจ</p>",
            ),
            DROP_IN,
            ("heading", "แชท"),
            (
                "paragraph",
                '<p>ในช่วงเวลาที่แชทเปิด คุณพิมพ์คุยกับเจ้าหน้าที่ผู้เชี่ยวชาญได้โดยไม่ต้องบอกชื่อ อ่านเพิ่มเติมที่<a href="/th/chat/">หน้า “แชท”</a></p>',
            ),
            ("heading", "พบเจ้าหน้าที่เป็นการส่วนตัวและการนัดหมาย"),
            (
                "paragraph",
                "<p>บางครั้งคุณอาจต้องการเวลาคุยมากขึ้น เจ้าหน้าที่ด้านสังคมหรือพยาบาลพบคุณเป็นการส่วนตัวได้ ที่สำนักงานหรือในสถานที่อื่นที่ปลอดภัย เราคุยกันได้หลายเรื่อง เช่น</p><ul><li>สุขภาพและความปลอดภัยในการทำงาน</li><li>เรื่องเงิน ที่อยู่อาศัย และชีวิตประจำวัน</li><li>เรื่องการพำนักในฟินแลนด์และสิทธิของคุณ</li><li>ความรุนแรง การข่มขู่ หรือการถูกกดดัน</li><li>การเปลี่ยนงานหรือการเลิกทำงานบริการทางเพศ ถ้าคุณต้องการ</li></ul><p>คุณนัดหมายได้ทางโทรศัพท์ ทางแชท หรือที่สำนักงาน ใช้แค่ชื่อเล่นก็พอ และโทรหาเราได้ในเวลาที่เปิดรับสาย:</p>",
            ),
            PHONE,
            ("heading", "งานเข้าถึงชุมชน (Outreach)"),
            (
                "paragraph",
                "<p>เจ้าหน้าที่ของเราออกไปพบคุณในที่ที่คุณอยู่ ทั้งพื้นที่กลางแจ้ง สถานที่ในร่ม เช่น อพาร์ตเมนต์ คลับ และสตูดิโอ รวมถึงเว็บบอร์ดลงประกาศหาคู่ทางออนไลน์ เรานำข้อมูล อุปกรณ์ป้องกัน และโอกาสในการพูดคุยไปให้ เราเคารพความเป็นส่วนตัวและงานของคุณ</p>",
            ),
            ("heading", "ตรวจสุขภาพทางเพศ"),
            (
                "paragraph",
                "<p>พยาบาลของเราตรวจหาโรคติดต่อทางเพศสัมพันธ์ให้ฟรี โดยไม่ต้องบอกชื่อ คุณยังปรึกษาเรื่องการคุมกำเนิด เพศสัมพันธ์ที่ปลอดภัยขึ้น และสุขภาพในการทำงานได้ด้วย สอบถามที่สำนักงานหรือนัดเวลาได้</p>",
            ),
            ("heading", "กิจกรรมกลุ่ม"),
            (
                "paragraph",
                '<p>ที่เฮลซิงกิ เราจัดกลุ่มร่วมกับเพื่อนที่มีประสบการณ์ตรง ได้แก่ กลุ่มเพื่อนช่วยเพื่อนหลากวัฒนธรรม กลุ่มช่วยเหลือตนเอง และกลุ่มฝึกพูดภาษาอังกฤษ อ่านรายละเอียดได้ที่<a href="/th/community/">หน้า “กิจกรรมชุมชนและกลุ่ม”</a></p>',
            ),
            (
                "callout",
                {
                    "title": "ฟรีและไม่ต้องเปิดเผยตัวตน",
                    "text": "<p>ไม่ต้องบอกชื่อ ไม่ต้องแสดงบัตร ไม่มีคำถามเรื่องสัญชาติหรือสถานะการพำนัก เจ้าหน้าที่ของเรามีหน้าที่รักษาความลับ</p>",
                },
            ),
        ],
    },
    "es": {
        "title": "Servicios",
        "summary": "Drop-in, chat anónimo, citas, trabajo de proximidad, pruebas de salud sexual y grupos. Todo gratis y anónimo.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste ofrece apoyo y servicios de salud a personas adultas (18+) que venden o han vendido sexo o servicios eróticos. Todas las personas son bienvenidas, sea cual sea su género o nacionalidad. Todo es gratis. No necesitas decir tu nombre y no preguntamos por tu situación de residencia.</p>",
            ),
            ("heading", "Drop-in (sin cita)"),
            (
                "paragraph",
                "<p>Ven a una de nuestras oficinas en horario de drop-in. No hace falta pedir cita. Puedes tomar un café, descansar un rato, llevarte preservativos y lubricante o hablar con alguien del equipo sobre lo que te preocupe.</p>",
            ),
            DROP_IN,
            ("heading", "Chat"),
            (
                "paragraph",
                '<p>Durante el horario del chat puedes escribir de forma anónima con una persona profesional. Más información en la <a href="/es/chat/">página «Chat»</a>.</p>',
            ),
            ("heading", "Atención individual y citas"),
            (
                "paragraph",
                "<p>A veces hace falta más tiempo. Nuestro personal de orientación social o de enfermería puede reunirse contigo a solas, en la oficina o en otro lugar seguro. Podemos hablar, por ejemplo, de:</p><ul><li>salud y seguridad en el trabajo</li><li>dinero, vivienda y asuntos del día a día</li><li>residencia y tus derechos</li><li>violencia, amenazas o presiones</li><li>cambiar de trabajo o dejar el trabajo sexual, si así lo quieres</li></ul><p>Puedes pedir cita por teléfono, en el chat o en la oficina. Basta con un apodo. También puedes llamarnos en el horario telefónico:</p>",
            ),
            PHONE,
            ("heading", "Trabajo de proximidad"),
            (
                "paragraph",
                "<p>Nuestro equipo también va a donde estás tú: a la calle, a lugares cerrados como pisos, clubes y estudios, y a foros de anuncios de contacto en internet. Llevamos información, material de prevención y la posibilidad de hablar. Respetamos tu privacidad y tu trabajo.</p>",
            ),
            ("heading", "Pruebas de salud sexual"),
            (
                "paragraph",
                "<p>Nuestra enfermera hace pruebas de infecciones de transmisión sexual, gratis y de forma anónima. También puedes consultar sobre anticoncepción, sexo más seguro y salud en el trabajo. Pregunta en la oficina o pide cita.</p>",
            ),
            ("heading", "Actividades en grupo"),
            (
                "paragraph",
                '<p>En Helsinki organizamos grupos junto con educadoras y educadores de pares: un grupo multicultural de apoyo mutuo, un grupo de autoayuda y un grupo de conversación en inglés. Más información en la <a href="/es/community/">página «Comunidad y grupos»</a>.</p>',
            ),
            (
                "callout",
                {
                    "title": "Gratis y anónimo",
                    "text": "<p>Sin nombre, sin documentos, sin preguntas sobre nacionalidad o situación de residencia. Nuestro personal está obligado a guardar confidencialidad.</p>",
                },
            ),
        ],
    },
    "ro": {
        "title": "Servicii",
        "summary": "Drop-in, chat anonim, programări, muncă de teren, teste de sănătate sexuală și grupuri. Totul gratuit și anonim.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste oferă sprijin și servicii de sănătate adulților (18+) care vând sau au vândut sex ori servicii erotice. Sunt binevenite persoane de orice gen și de orice naționalitate. Totul este gratuit. Nu trebuie să îți spui numele și nu te întrebăm despre statutul tău de ședere.</p>",
            ),
            ("heading", "Drop-in (fără programare)"),
            (
                "paragraph",
                "<p>Vino la unul dintre birourile noastre în orele de drop-in. Nu ai nevoie de programare. Poți să bei o cafea, să te odihnești puțin, să iei prezervative și lubrifiant sau să vorbești cu cineva din echipă despre orice te preocupă.</p>",
            ),
            DROP_IN,
            ("heading", "Chat"),
            (
                "paragraph",
                '<p>În orele de chat poți vorbi anonim, în scris, cu un specialist. Citește mai mult pe <a href="/ro/chat/">pagina „Chat”</a>.</p>',
            ),
            ("heading", "Întâlniri individuale și programări"),
            (
                "paragraph",
                "<p>Uneori e nevoie de mai mult timp. Un consilier social sau o asistentă medicală se poate întâlni cu tine între patru ochi, la birou sau în alt loc sigur. Putem vorbi, de exemplu, despre:</p><ul><li>sănătate și siguranță la muncă</li><li>bani, locuință și probleme de zi cu zi</li><li>șederea în Finlanda și drepturile tale</li><li>violență, amenințări sau presiuni</li><li>schimbarea locului de muncă sau renunțarea la munca sexuală, dacă asta îți dorești</li></ul><p>Te poți programa la telefon, pe chat sau la birou. Un pseudonim este suficient. Ne poți suna și în orele de program telefonic:</p>",
            ),
            PHONE,
            ("heading", "Muncă de teren"),
            (
                "paragraph",
                "<p>Echipa noastră vine și acolo unde ești tu: pe stradă, în spații închise precum apartamente, cluburi și studiouri, și pe forumurile online cu anunțuri de contact. Aducem informații, materiale de protecție și ocazia de a sta de vorbă. Îți respectăm intimitatea și munca.</p>",
            ),
            ("heading", "Teste de sănătate sexuală"),
            (
                "paragraph",
                "<p>Asistenta noastră face gratuit și anonim teste pentru infecții cu transmitere sexuală. Poți primi și sfaturi despre contracepție, sex mai sigur și sănătatea la locul de muncă. Întreabă la birou sau fă o programare.</p>",
            ),
            ("heading", "Activități de grup"),
            (
                "paragraph",
                '<p>În Helsinki organizăm grupuri împreună cu educatori de la egal la egal: un grup multicultural de sprijin reciproc, un grup de autoajutor și un grup de conversație în limba engleză. Citește mai mult pe <a href="/ro/community/">pagina „Comunitate și grupuri”</a>.</p>',
            ),
            (
                "callout",
                {
                    "title": "Gratuit și anonim",
                    "text": "<p>Fără nume, fără acte, fără întrebări despre cetățenie sau statutul de ședere. Echipa noastră păstrează confidențialitatea.</p>",
                },
            ),
        ],
    },
}

# --- Chat -------------------------------------------------------------------------------------
_CHAT_PAGE = {
    "fi": {
        "title": "Nimetön chat",
        "summary": "Keskustele sosiaaliohjaajan tai sairaanhoitajan kanssa yksityisessä chatissa. Ei nimeä, ei tunnuksia. Kun chat on kiinni, voit jättää viestin ja lukea vastauksen myöhemmin.",
        "body": [
            (
                "paragraph",
                "<p>Chatissamme voit keskustella kirjoittamalla Tukipisteen työntekijän kanssa. Chat on maksuton ja nimetön. Et tarvitse käyttäjätunnusta, nimeä, puhelinnumeroa etkä sähköpostiosoitetta.</p>",
            ),
            ("heading", "Näin chat toimii"),
            (
                "paragraph",
                "<ol><li>Valitse kieli ja avaa chat päivystysaikana.</li><li>Jos kaikki työntekijät ovat varattuja, näet paikkasi jonossa. Odota hetki – saat vastauksen.</li><li>Työntekijä tervehtii sinua. Kirjoita kysymyksesi tai kerro omin sanoin, mikä mieltäsi painaa.</li><li>Kun olet valmis, lopeta keskustelu. Voit myös itse poistaa keskustelun.</li></ol>",
            ),
            ("heading", "Mitä voit odottaa"),
            (
                "paragraph",
                "<p>Työntekijämme ovat sosiaaliohjaajia, sairaanhoitajia ja muita ammattilaisia. He kuuntelevat sinua tuomitsematta. Voit kysyä terveydestä, turvallisuudesta, rahasta, oikeuksistasi, oleskeluasioista, ihmissuhteista tai mistä tahansa muusta. Jos emme itse voi auttaa, kerromme, kuka voi. Mahdollisuuksien mukaan siirrämme keskustelun kollegalle, joka puhuu kieltäsi.</p>",
            ),
            ("heading", "Nimettömyytesi"),
            (
                "paragraph",
                "<p>Emme kysy, kuka olet. Emme tallenna IP-osoitettasi. Chat-keskustelut poistetaan säännöllisesti. Älä kirjoita koko nimeäsi, osoitettasi tai henkilötunnustasi, ellet itse halua. Jos joku muu käyttää puhelintasi, poistu sivulta nopeasti punaisella ✕ Pikapoistuminen -painikkeella tai Esc-näppäimellä.</p>",
            ),
            ("heading", "Chatin aukioloajat"),
            CHAT,
            (
                "callout",
                {
                    "title": "Kun chat on kiinni",
                    "text": "<p>Kun chat on suljettu, voit jättää nimettömän viestin. Saat koodin. Säilytä koodi hyvin. Palaa myöhemmin ja lue vastauksemme koodin avulla. Vastauksen voi lukea vain se, jolla on koodi, joten älä kerro sitä muille.</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "Hätätilanteessa soita 112",
                    "text": "<p>Chat ei ole hätäpalvelu. Jos olet vaarassa juuri nyt, soita <b>112</b>.</p>",
                },
            ),
        ],
    },
    "sv": {
        "title": "Anonym chatt",
        "summary": "Prata med en socialhandledare eller sjukskötare i en privat chatt. Inget namn, inget konto. När chatten är stängd kan du lämna ett meddelande och läsa svaret senare.",
        "body": [
            (
                "paragraph",
                "<p>I vår chatt kan du skriva med en medarbetare på Tukipiste. Chatten är gratis och anonym. Du behöver inget konto, inget namn, inget telefonnummer och ingen e-postadress.</p>",
            ),
            ("heading", "Så fungerar chatten"),
            (
                "paragraph",
                "<ol><li>Välj språk och öppna chatten under chattjouren.</li><li>Om alla medarbetare är upptagna ser du din plats i kön. Vänta en stund – du får svar.</li><li>En medarbetare hälsar dig välkommen. Skriv din fråga eller berätta med egna ord vad du tänker på.</li><li>När du är klar avslutar du chatten. Du kan också själv radera samtalet.</li></ol>",
            ),
            ("heading", "Vad du kan vänta dig"),
            (
                "paragraph",
                "<p>Våra medarbetare är socialhandledare, sjukskötare och andra yrkespersoner. De lyssnar utan att döma. Du kan fråga om hälsa, säkerhet, pengar, dina rättigheter, uppehållsfrågor, relationer eller något helt annat. Om vi inte själva kan hjälpa berättar vi vem som kan. Om det går flyttar vi chatten till en kollega som talar ditt språk.</p>",
            ),
            ("heading", "Din anonymitet"),
            (
                "paragraph",
                "<p>Vi frågar inte vem du är. Vi sparar inte din IP-adress. Chattsamtalen raderas regelbundet. Skriv inte ditt fullständiga namn, din adress eller din personbeteckning om du inte själv vill. Om någon annan använder din telefon kan du snabbt lämna sidan med den röda knappen ✕ Snabb utgång eller med Esc-tangenten.</p>",
            ),
            ("heading", "Chattens öppettider"),
            CHAT,
            (
                "callout",
                {
                    "title": "När chatten är stängd",
                    "text": "<p>När chatten är stängd kan du lämna ett anonymt meddelande. Du får en kod. Spara koden väl. Kom tillbaka senare och läs vårt svar med hjälp av koden. Bara den som har koden kan läsa svaret, så ge den inte till någon annan.</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "Vid nödsituation, ring 112",
                    "text": "<p>Chatten är ingen nödtjänst. Om du är i fara just nu, ring <b>112</b>.</p>",
                },
            ),
        ],
    },
    "en": {
        "title": "Anonymous chat",
        "summary": "Talk with a social counsellor or a nurse in a private chat. No name, no account. When the chat is closed, leave a message and read the reply later.",
        "body": [
            (
                "paragraph",
                "<p>In our chat you can talk in writing with a Tukipiste worker. The chat is free and anonymous. You do not need an account, a name, a phone number or an e-mail address.</p>",
            ),
            ("heading", "How it works"),
            (
                "paragraph",
                "<ol><li>Choose your language and open the chat during chat duty hours.</li><li>If all workers are busy, you see your place in the queue. Please wait a moment – you will get an answer.</li><li>A worker says hello. Write your question, or tell us in your own words what is on your mind.</li><li>When you are ready, end the chat. You can also erase the conversation yourself.</li></ol>",
            ),
            ("heading", "What to expect"),
            (
                "paragraph",
                "<p>Our workers are social counsellors, nurses and other professionals. They listen without judging. You can ask about health, safety, money, your rights, residence matters, relationships or anything else. If we cannot help with something, we tell you who can. When possible, we move the chat to a colleague who speaks your language.</p>",
            ),
            ("heading", "Your anonymity"),
            (
                "paragraph",
                "<p>We do not ask who you are. We do not save your IP address. Chat conversations are deleted on a regular schedule. Do not write your full name, address or ID number unless you want to. If someone else uses your phone, leave the page quickly with the red ✕ Quick exit button or the Esc key.</p>",
            ),
            ("heading", "Chat hours"),
            CHAT,
            (
                "callout",
                {
                    "title": "When the chat is closed",
                    "text": "<p>When the chat is closed, you can leave an anonymous message. You get a code. Keep the code safe. Come back later and use the code to read our reply. Only someone with the code can read the reply, so do not share it.</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "In an emergency, call 112",
                    "text": "<p>The chat is not an emergency service. If you are in danger right now, call <b>112</b>.</p>",
                },
            ),
        ],
    },
    "ru": {
        "title": "Анонимный чат",
        "summary": "Поговорите с социальным консультантом или медсестрой в закрытом чате. Без имени и регистрации. Когда чат закрыт, можно оставить сообщение и прочитать ответ позже.",
        "body": [
            (
                "paragraph",
                "<p>В нашем чате вы можете переписываться с сотрудником Tukipiste. Чат бесплатный и анонимный. Не нужны ни регистрация, ни имя, ни номер телефона, ни адрес электронной почты.</p>",
            ),
            ("heading", "Как это работает"),
            (
                "paragraph",
                "<ol><li>Выберите язык и откройте чат в часы его работы.</li><li>Если все сотрудники заняты, вы увидите своё место в очереди. Подождите немного — вам обязательно ответят.</li><li>Сотрудник поздоровается с вами. Напишите свой вопрос или своими словами расскажите, что вас беспокоит.</li><li>Когда будете готовы, завершите чат. Переписку можно удалить самостоятельно.</li></ol>",
            ),
            ("heading", "Чего ожидать"),
            (
                "paragraph",
                "<p>Вам отвечают социальные консультанты, медсёстры и другие специалисты. Они выслушают вас без осуждения. Можно спрашивать о здоровье, безопасности, деньгах, ваших правах, пребывании в Финляндии, отношениях — о чём угодно. Если мы сами не можем помочь, подскажем, кто может. По возможности мы передадим чат коллеге, который говорит на вашем языке.</p>",
            ),
            ("heading", "Ваша анонимность"),
            (
                "paragraph",
                "<p>Мы не спрашиваем, кто вы. Мы не сохраняем ваш IP-адрес. Переписка регулярно удаляется. Не пишите своё полное имя, адрес или личный идентификационный код, если сами этого не хотите. Если вашим телефоном пользуется кто-то ещё, быстро покиньте страницу красной кнопкой «✕ Быстрый выход» или клавишей Esc.</p>",
            ),
            ("heading", "Часы работы чата"),
            CHAT,
            (
                "callout",
                {
                    "title": "Когда чат закрыт",
                    "text": "<p>Когда чат закрыт, вы можете оставить анонимное сообщение. Вы получите код. Сохраните его. Вернитесь позже и прочитайте наш ответ с помощью этого кода. Ответ может прочитать только тот, у кого есть код, поэтому никому его не сообщайте.</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "В экстренной ситуации звоните 112",
                    "text": "<p>Чат — не экстренная служба. Если вы в опасности прямо сейчас, звоните <b>112</b>.</p>",
                },
            ),
        ],
    },
    "th": {
        "title": "แชทแบบไม่ระบุตัวตน",
        "summary": "คุยกับเจ้าหน้าที่ด้านสังคมหรือพยาบาลในแชทส่วนตัว ไม่ต้องบอกชื่อ ไม่ต้องสมัครสมาชิก เมื่อแชทปิด ฝากข้อความไว้และกลับมาอ่านคำตอบทีหลังได้",
        "body": [
            (
                "paragraph",
                "<p>ในแชทของเรา คุณพิมพ์คุยกับเจ้าหน้าที่ของ Tukipiste ได้ แชทนี้ฟรีและไม่ต้องเปิดเผยตัวตน ไม่ต้องสมัครบัญชี ไม่ต้องบอกชื่อ เบอร์โทรศัพท์ หรืออีเมล</p>",
            ),
            ("heading", "วิธีใช้แชท"),
            (
                "paragraph",
                "<ol><li>เลือกภาษา แล้วเปิดแชทในช่วงเวลาที่แชทเปิดให้บริการ</li><li>ถ้าเจ้าหน้าที่ไม่ว่าง คุณจะเห็นลำดับคิวของคุณ กรุณารอสักครู่ แล้วจะมีคนตอบคุณ</li><li>เจ้าหน้าที่จะทักทายคุณ พิมพ์คำถาม หรือเล่าเรื่องที่คุณกังวลด้วยคำพูดของคุณเอง</li><li>เมื่อคุยเสร็จ ให้ปิดแชท คุณลบบทสนทนาเองได้ด้วย</li></ol>",
            ),
            ("heading", "สิ่งที่คุณจะได้รับ"),
            (
                "paragraph",
                "<p>เจ้าหน้าที่ของเราเป็นผู้ให้คำปรึกษาด้านสังคม พยาบาล และผู้เชี่ยวชาญอื่น ๆ พวกเขารับฟังโดยไม่ตัดสิน คุณถามได้ทุกเรื่อง เช่น สุขภาพ ความปลอดภัย เงิน สิทธิของคุณ การพำนักในฟินแลนด์ หรือความสัมพันธ์ ถ้าเราช่วยเองไม่ได้ เราจะบอกว่าใครช่วยได้ ถ้าเป็นไปได้ เราจะส่งต่อแชทให้เพื่อนร่วมงานที่พูดภาษาของคุณ</p>",
            ),
            ("heading", "ความเป็นส่วนตัวของคุณ"),
            (
                "paragraph",
                "<p>เราไม่ถามว่าคุณเป็นใคร เราไม่บันทึกหมายเลข IP ของคุณ บทสนทนาในแชทจะถูกลบตามกำหนดเวลา ไม่ต้องพิมพ์ชื่อเต็ม ที่อยู่ หรือเลขประจำตัวของคุณ ถ้าคุณไม่ต้องการ ถ้ามีคนอื่นใช้โทรศัพท์ของคุณด้วย ให้กดปุ่มสีแดง “✕ ออกจากเว็บทันที” หรือกดปุ่ม Esc เพื่อออกจากหน้านี้ทันที</p>",
            ),
            ("heading", "เวลาเปิดแชท"),
            CHAT,
            (
                "callout",
                {
                    "title": "เมื่อแชทปิด",
                    "text": "<p>เมื่อแชทปิด คุณฝากข้อความโดยไม่ต้องบอกชื่อได้ คุณจะได้รับรหัส เก็บรหัสไว้ให้ดี แล้วกลับมาอ่านคำตอบของเราด้วยรหัสนั้น เฉพาะคนที่มีรหัสเท่านั้นที่อ่านคำตอบได้ อย่าบอกรหัสให้ใครรู้</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "กรณีฉุกเฉิน โทร 112",
                    "text": "<p>แชทนี้ไม่ใช่บริการฉุกเฉิน ถ้าคุณตกอยู่ในอันตรายตอนนี้ โทร <b>112</b></p>",
                },
            ),
        ],
    },
    "es": {
        "title": "Chat anónimo",
        "summary": "Habla con una persona de orientación social o de enfermería en un chat privado. Sin nombre ni cuenta. Si el chat está cerrado, deja un mensaje y lee la respuesta más tarde.",
        "body": [
            (
                "paragraph",
                "<p>En nuestro chat puedes escribir con una persona del equipo de Tukipiste. El chat es gratuito y anónimo. No necesitas cuenta, nombre, número de teléfono ni correo electrónico.</p>",
            ),
            ("heading", "Cómo funciona"),
            (
                "paragraph",
                "<ol><li>Elige tu idioma y abre el chat durante su horario.</li><li>Si todo el equipo está ocupado, verás tu lugar en la cola. Espera un poco: te vamos a responder.</li><li>Una persona del equipo te saluda. Escribe tu pregunta o cuenta con tus palabras lo que te preocupa.</li><li>Cuando quieras, cierra el chat. También puedes borrar tú la conversación.</li></ol>",
            ),
            ("heading", "Qué puedes esperar"),
            (
                "paragraph",
                "<p>En el chat te atienden profesionales del trabajo social, de la enfermería y de otros campos. Te escuchan sin juzgarte. Puedes preguntar sobre salud, seguridad, dinero, tus derechos, residencia, relaciones o cualquier otro tema. Si no podemos ayudarte, te decimos quién puede. Si es posible, pasamos el chat a alguien que hable tu idioma.</p>",
            ),
            ("heading", "Tu anonimato"),
            (
                "paragraph",
                "<p>No preguntamos quién eres. No guardamos tu dirección IP. Las conversaciones se borran periódicamente. No escribas tu nombre completo, tu dirección ni tu número de identidad si no quieres. Si otra persona usa tu teléfono, sal rápido de la página con el botón rojo «✕ Salida rápida» o con la tecla Esc.</p>",
            ),
            ("heading", "Horario del chat"),
            CHAT,
            (
                "callout",
                {
                    "title": "Cuando el chat está cerrado",
                    "text": "<p>Cuando el chat está cerrado, puedes dejar un mensaje anónimo. Recibes un código. Guárdalo bien. Vuelve más tarde y lee nuestra respuesta con ese código. Solo quien tiene el código puede leer la respuesta, así que no se lo des a nadie.</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "En una emergencia, llama al 112",
                    "text": "<p>El chat no es un servicio de emergencias. Si estás en peligro ahora mismo, llama al <b>112</b>.</p>",
                },
            ),
        ],
    },
    "ro": {
        "title": "Chat anonim",
        "summary": "Vorbește cu un consilier social sau cu o asistentă medicală într-un chat privat. Fără nume, fără cont. Când chatul e închis, lasă un mesaj și citește răspunsul mai târziu.",
        "body": [
            (
                "paragraph",
                "<p>În chatul nostru poți scrie cu cineva din echipa Tukipiste. Chatul este gratuit și anonim. Nu ai nevoie de cont, nume, număr de telefon sau adresă de e-mail.</p>",
            ),
            ("heading", "Cum funcționează"),
            (
                "paragraph",
                "<ol><li>Alege limba și deschide chatul în orele de program.</li><li>Dacă toată echipa este ocupată, vezi locul tău la coadă. Așteaptă puțin – vei primi răspuns.</li><li>Cineva din echipă te salută. Scrie întrebarea ta sau spune cu cuvintele tale ce te apasă.</li><li>Când ești gata, închide chatul. Poți șterge și singur conversația.</li></ol>",
            ),
            ("heading", "La ce te poți aștepta"),
            (
                "paragraph",
                "<p>În chat îți răspund consilieri sociali, asistente medicale și alți specialiști. Te ascultă fără să te judece. Poți întreba despre sănătate, siguranță, bani, drepturile tale, ședere, relații sau orice altceva. Dacă nu te putem ajuta noi, îți spunem cine poate. Când se poate, transferăm chatul unui coleg care vorbește limba ta.</p>",
            ),
            ("heading", "Anonimatul tău"),
            (
                "paragraph",
                "<p>Nu te întrebăm cine ești. Nu îți păstrăm adresa IP. Conversațiile sunt șterse periodic. Nu scrie numele complet, adresa sau codul numeric personal dacă nu vrei. Dacă altcineva îți folosește telefonul, ieși repede de pe pagină cu butonul roșu „✕ Ieșire rapidă” sau cu tasta Esc.</p>",
            ),
            ("heading", "Programul chatului"),
            CHAT,
            (
                "callout",
                {
                    "title": "Când chatul este închis",
                    "text": "<p>Când chatul este închis, poți lăsa un mesaj anonim. Primești un cod. Păstrează-l bine. Revino mai târziu și citește răspunsul nostru cu ajutorul codului. Doar cine are codul poate citi răspunsul, așa că nu îl da nimănui.</p>",
                },
            ),
            (
                "callout",
                {
                    "title": "În caz de urgență, sună la 112",
                    "text": "<p>Chatul nu este un serviciu de urgență. Dacă ești în pericol chiar acum, sună la <b>112</b>.</p>",
                },
            ),
        ],
    },
}

# --- Offices ----------------------------------------------------------------------------------
_OFFICES = {
    "fi": {
        "title": "Toimipisteet",
        "lead": "Meillä on toimipisteet Helsingissä, Tampereella ja Turussa. Täältä löydät osoitteet, puhelinnumerot ja aukioloajat. Drop-in-aikana voit tulla ilman ajanvarausta. Kaikki on maksutonta ja nimetöntä.",
    },
    "sv": {
        "title": "Kontor",
        "lead": "Vi har kontor i Helsingfors, Tammerfors och Åbo. Här hittar du adresser, telefonnummer och öppettider. Under drop-in-tiden kan du komma utan bokad tid. Allt är gratis och anonymt.",
    },
    "en": {
        "title": "Offices",
        "lead": "We have offices in Helsinki, Tampere and Turku. Here you find the addresses, phone numbers and opening hours. During drop-in hours you can come without an appointment. Everything is free and anonymous.",
    },
    "ru": {
        "title": "Офисы",
        "lead": "Наши офисы находятся в Хельсинки, Тампере и Турку. Здесь вы найдёте адреса, телефоны и часы работы. В часы открытого приёма (drop-in) можно просто прийти, без записи. Всё бесплатно и анонимно.",
    },
    "th": {
        "title": "สำนักงาน",
        "lead": "เรามีสำนักงานที่เฮลซิงกิ ตัมเปเร และตูร์กู ที่นี่มีที่อยู่ เบอร์โทรศัพท์ และเวลาเปิดทำการ ในช่วงเวลาที่แวะมาได้โดยไม่ต้องนัด (drop-in) คุณมาได้เลย ทุกอย่างฟรีและไม่ต้องบอกชื่อ",
    },
    "es": {
        "title": "Oficinas",
        "lead": "Tenemos oficinas en Helsinki, Tampere y Turku. Aquí encuentras las direcciones, los teléfonos y los horarios. En el horario de atención sin cita (drop-in) puedes venir cuando quieras. Todo es gratis y anónimo.",
    },
    "ro": {
        "title": "Birouri",
        "lead": "Avem birouri în Helsinki, Tampere și Turku. Aici găsești adresele, numerele de telefon și programul. În orele de primire fără programare (drop-in) poți veni oricând. Totul este gratuit și anonim.",
    },
}

# --- Get help now -----------------------------------------------------------------------------
_HELP = {
    "fi": {
        "title": "Apua heti",
        "summary": "Vaarassa? Soita 112. Tältä sivulta löydät apua väkivallan, pakottamisen ja terveyshuolien varalle sekä ohjeen, miten poistut sivulta nopeasti.",
        "body": [
            (
                "callout",
                {
                    "title": "Hätätilanteessa soita 112",
                    "text": "<p>Jos sinä tai joku muu on välittömässä vaarassa, soita <b>112</b>. Puhelu on maksuton. Samasta numerosta saat poliisin, ambulanssin ja pelastuslaitoksen. Kerro, missä olet ja mitä on tapahtunut. Älä sulje puhelinta ennen kuin saat siihen luvan.</p>",
                },
            ),
            ("helplines", None),
            ("heading", "Väkivalta tai uhkailu"),
            (
                "paragraph",
                "<p>Kenelläkään ei ole oikeutta satuttaa sinua, uhkailla sinua tai pakottaa sinua seksiin. Tämä pätee myös seksityössä. Jos jotain on tapahtunut, voit tulla meille tai kirjoittaa chatissa. Kuuntelemme, mietimme kanssasi seuraavia askelia ja voimme halutessasi lähteä mukaasi poliisille, lääkäriin tai muihin palveluihin. Sinä päätät, mitä tapahtuu.</p>",
            ),
            ("heading", "Merkkejä pakottamisesta tai ihmiskaupasta"),
            (
                "paragraph",
                "<p>Tunnistatko jotain näistä?</p><ul><li>Joku muu pitää passiasi tai rahojasi.</li><li>Sinulla on velka, joka ei koskaan pienene.</li><li>Et voi kieltäytyä asiakkaasta tai tietyistä teoista.</li><li>Et voi lähteä, lopettaa tai vaihtaa työtä, kun haluat.</li><li>Joku valvoo sinua tai uhkailee sinua tai perhettäsi.</li></ul><p>Jos jokin näistä tuntuu tutulta, puhu meille. Se ei ole sinun syytäsi. Kerromme valtakunnallisista rikoksen uhrien tukipalveluista ja ihmiskaupan uhrien auttamisjärjestelmästä ja autamme ottamaan niihin yhteyttä. Voit puhua meille oleskelustatuksestasi riippumatta.</p>",
            ),
            ("heading", "Huoli terveydestä"),
            (
                "paragraph",
                "<p>Hajosiko kondomi? Onko sinulla kipua, ihottumaa tai muita oireita? Ota yhteyttä sairaanhoitajaamme drop-inissä, chatissa tai puhelimessa. Riskitilanteen jälkeen aika on tärkeä: jotkin lääkkeet, esimerkiksi HIV-tartuntaa ehkäisevä lääkitys, täytyy aloittaa 72 tunnin kuluessa – mitä aiemmin, sitä parempi. Hakeudu silloin nopeasti terveysasemalle tai päivystykseen. Jos olet kokenut seksuaalista väkivaltaa, hakeudu hoitoon mahdollisimman pian, vaikka et haluaisi tehdä rikosilmoitusta.</p>",
            ),
            ("heading", "Poistu sivulta nopeasti"),
            (
                "paragraph",
                "<p>Jos joku tulee lähelle, paina punaista <b>✕ Pikapoistuminen</b> -painiketta tai <b>Esc</b>-näppäintä. Tilalle avautuu heti neutraali verkkosivu, eikä tämä sivu jää välilehden takaisin-historiaan. Turvallisinta on käyttää selaimen yksityistä ikkunaa ja tyhjentää selaushistoria käytön jälkeen.</p>",
            ),
            (
                "callout",
                {
                    "title": "Nimeä ei tarvita",
                    "text": "<p>Saat meiltä apua kertomatta nimeäsi, kansalaisuuttasi tai oleskelustatustasi. Palvelumme ovat maksuttomia.</p>",
                },
            ),
        ],
    },
    "sv": {
        "title": "Få hjälp nu",
        "summary": "I fara? Ring 112. Här finns hjälp vid våld, tvång och oro för hälsan, och råd om hur du lämnar sidan snabbt.",
        "body": [
            (
                "callout",
                {
                    "title": "Vid nödsituation, ring 112",
                    "text": "<p>Om du eller någon annan är i akut fara, ring <b>112</b>. Samtalet är gratis. Samma nummer gäller för polis, ambulans och räddningsverk. Berätta var du är och vad som har hänt. Lägg inte på förrän du får lov.</p>",
                },
            ),
            ("helplines", None),
            ("heading", "Våld eller hot"),
            (
                "paragraph",
                "<p>Ingen har rätt att skada dig, hota dig eller tvinga dig till sex. Det gäller också i sexarbete. Om något har hänt kan du komma till oss eller skriva i chatten. Vi lyssnar, funderar tillsammans med dig på nästa steg och kan, om du vill, följa med dig till polisen, till läkaren eller till andra tjänster. Du bestämmer vad som händer.</p>",
            ),
            ("heading", "Tecken på tvång eller människohandel"),
            (
                "paragraph",
                "<p>Känner du igen något av detta?</p><ul><li>Någon annan har ditt pass eller dina pengar.</li><li>Du har en skuld som aldrig blir mindre.</li><li>Du kan inte säga nej till en kund eller till vissa handlingar.</li><li>Du kan inte gå, sluta eller byta arbete när du vill.</li><li>Någon övervakar dig eller hotar dig eller din familj.</li></ul><p>Om något av detta känns bekant, prata med oss. Det är inte ditt fel. Vi berättar om de nationella stödtjänsterna för brottsoffer och om hjälpsystemet för offer för människohandel, och vi hjälper dig att kontakta dem. Du kan prata med oss oavsett uppehållsstatus.</p>",
            ),
            ("heading", "Oro för hälsan"),
            (
                "paragraph",
                "<p>Gick kondomen sönder? Har du smärta, utslag eller andra symtom? Kontakta vår sjukskötare på drop-in, i chatten eller per telefon. Efter en risksituation är tiden viktig: vissa läkemedel, till exempel medicin som förebygger hiv, måste påbörjas inom 72 timmar – ju förr desto bättre. Sök dig då snabbt till en hälsostation eller till jouren. Om du har utsatts för sexuellt våld, sök vård så snart som möjligt, även om du inte vill göra en polisanmälan.</p>",
            ),
            ("heading", "Lämna sidan snabbt"),
            (
                "paragraph",
                "<p>Om någon kommer nära, tryck på den röda knappen <b>✕ Snabb utgång</b> eller på tangenten <b>Esc</b>. Sidan byts genast till en neutral webbplats, och den här sidan stannar inte kvar i flikens bakåthistorik. Tryggast är att använda webbläsarens privata fönster och rensa historiken efteråt.</p>",
            ),
            (
                "callout",
                {
                    "title": "Inget namn behövs",
                    "text": "<p>Du kan få hjälp av oss utan att berätta ditt namn, ditt medborgarskap eller din uppehållsstatus. Våra tjänster är gratis.</p>",
                },
            ),
        ],
    },
    "en": {
        "title": "Get help now",
        "summary": "In danger? Call 112. What to do about violence, coercion or health worries, and how to leave this page fast.",
        "body": [
            (
                "callout",
                {
                    "title": "Emergency: call 112",
                    "text": "<p>If you or someone else is in danger right now, call <b>112</b>. The call is free. The same number brings the police, an ambulance or the rescue services. Say where you are and what has happened. Do not hang up until you are told you can.</p>",
                },
            ),
            ("helplines", None),
            ("heading", "Violence or threats"),
            (
                "paragraph",
                "<p>Nobody has the right to hurt you, threaten you or force you into sex. This is true in sex work too. If something has happened, you can come to us or write in the chat. We listen, think with you about the next steps and, if you wish, go with you to the police, a doctor or other services. You decide what happens.</p>",
            ),
            ("heading", "Signs of coercion or trafficking"),
            (
                "paragraph",
                "<p>Do you recognise any of these?</p><ul><li>Someone else keeps your passport or your money.</li><li>You have a debt that never gets smaller.</li><li>You cannot say no to a client or to certain acts.</li><li>You cannot leave, stop or change work when you want to.</li><li>Someone watches you, or threatens you or your family.</li></ul><p>If any of this sounds familiar, talk to us. It is not your fault. We can tell you about the national victim-support and trafficking-victim assistance services and help you contact them. You can talk to us whatever your residence status.</p>",
            ),
            ("heading", "Health worries"),
            (
                "paragraph",
                "<p>Did a condom break? Do you have pain, a rash or other symptoms? Contact our nurse at drop-in, in the chat or by phone. After a risk situation, time matters: some medicines, for example those that prevent HIV, must be started within 72 hours – the sooner, the better. Go quickly to a health centre or an emergency clinic. If you have experienced sexual violence, get medical care as soon as possible, even if you do not want to report it to the police.</p>",
            ),
            ("heading", "Leave this page quickly"),
            (
                "paragraph",
                "<p>If someone comes near, press the red <b>✕ Quick exit</b> button or the <b>Esc</b> key. A neutral website opens at once, and this page does not stay in the tab's back history. To be safer, use a private window in your browser and clear your history afterwards.</p>",
            ),
            (
                "callout",
                {
                    "title": "No name needed",
                    "text": "<p>You can get help from us without telling your name, nationality or residence status. Our services are free.</p>",
                },
            ),
        ],
    },
    "ru": {
        "title": "Помощь сейчас",
        "summary": "В опасности? Звоните 112. Что делать при насилии, принуждении или проблемах со здоровьем и как быстро покинуть эту страницу.",
        "body": [
            (
                "callout",
                {
                    "title": "Экстренная помощь: 112",
                    "text": "<p>Если вам или кому-то рядом угрожает опасность прямо сейчас, звоните <b>112</b>. Звонок бесплатный. По этому номеру вызывают полицию, скорую помощь и спасателей. Скажите, где вы находитесь и что случилось. Не кладите трубку, пока вам не скажут, что можно.</p>",
                },
            ),
            ("helplines", None),
            ("heading", "Насилие или угрозы"),
            (
                "paragraph",
                "<p>Никто не имеет права причинять вам вред, угрожать вам или принуждать вас к сексу. Это касается и секс-работы. Если что-то случилось, приходите к нам или напишите в чат. Мы выслушаем, вместе подумаем, что делать дальше, и, если хотите, пойдём с вами в полицию, к врачу или в другие службы. Решаете вы.</p>",
            ),
            ("heading", "Признаки принуждения или торговли людьми"),
            (
                "paragraph",
                "<p>Узнаёте ли вы что-то из этого?</p><ul><li>Ваш паспорт или ваши деньги находятся у кого-то другого.</li><li>У вас есть долг, который никогда не уменьшается.</li><li>Вы не можете отказать клиенту или отказаться от каких-то действий.</li><li>Вы не можете уйти, прекратить работу или сменить её, когда хотите.</li><li>Кто-то следит за вами или угрожает вам или вашей семье.</li></ul><p>Если что-то кажется знакомым, поговорите с нами. Это не ваша вина. Мы расскажем об общенациональных службах поддержки пострадавших от преступлений и о системе помощи жертвам торговли людьми и поможем с ними связаться. Вы можете обратиться к нам независимо от вашего статуса пребывания.</p>",
            ),
            ("heading", "Беспокоитесь о здоровье"),
            (
                "paragraph",
                "<p>Порвался презерватив? Есть боль, сыпь или другие симптомы? Обратитесь к нашей медсестре — в часы drop-in, в чате или по телефону. После рискованной ситуации важно время: некоторые лекарства, например для профилактики ВИЧ, нужно начать принимать в течение 72 часов — чем раньше, тем лучше. Поэтому быстро обратитесь в поликлинику (terveysasema) или в отделение неотложной помощи (päivystys). Если вы пострадали от сексуального насилия, обратитесь за медицинской помощью как можно скорее, даже если не хотите заявлять в полицию.</p>",
            ),
            ("heading", "Быстро покинуть страницу"),
            (
                "paragraph",
                "<p>Если кто-то подходит, нажмите красную кнопку «<b>✕ Быстрый выход</b>» или клавишу <b>Esc</b>. Сразу откроется нейтральный сайт, а эта страница не останется в истории вкладки (кнопка «Назад»). Надёжнее всего открывать наш сайт в приватном окне браузера и после этого очищать историю.</p>",
            ),
            (
                "callout",
                {
                    "title": "Имя не нужно",
                    "text": "<p>Мы поможем, даже если вы не назовёте имя, гражданство или статус пребывания. Все наши услуги бесплатные.</p>",
                },
            ),
        ],
    },
    "th": {
        "title": "ขอความช่วยเหลือทันที",
        "summary": "ตกอยู่ในอันตราย? โทร 112 หน้านี้บอกว่าควรทำอย่างไรเมื่อเจอความรุนแรง การถูกบังคับ หรือกังวลเรื่องสุขภาพ และวิธีออกจากหน้านี้อย่างรวดเร็ว",
        "body": [
            (
                "callout",
                {
                    "title": "เหตุฉุกเฉิน โทร 112",
                    "text": "<p>ถ้าคุณหรือคนอื่นกำลังตกอยู่ในอันตรายตอนนี้ โทร <b>112</b> โทรฟรี เบอร์นี้ใช้เรียกตำรวจ รถพยาบาล และหน่วยกู้ภัย บอกว่าคุณอยู่ที่ไหนและเกิดอะไรขึ้น อย่าวางสายจนกว่าเจ้าหน้าที่จะบอกว่าวางได้</p>",
                },
            ),
            ("helplines", None),
            ("heading", "ความรุนแรงหรือการข่มขู่"),
            (
                "paragraph",
                "<p>ไม่มีใครมีสิทธิ์ทำร้าย ข่มขู่ หรือบังคับให้คุณมีเพศสัมพันธ์ เรื่องนี้ใช้กับงานบริการทางเพศด้วย ถ้ามีอะไรเกิดขึ้น มาหาเราหรือพิมพ์มาทางแชทได้ เราจะรับฟัง ช่วยคิดว่าจะทำอะไรต่อ และถ้าคุณต้องการ เราไปเป็นเพื่อนคุณที่สถานีตำรวจ ไปหาหมอ หรือไปหน่วยงานอื่นได้ คุณเป็นคนตัดสินใจเอง</p>",
            ),
            ("heading", "สัญญาณของการถูกบังคับหรือการค้ามนุษย์"),
            (
                "paragraph",
                "<p>คุณเจอเรื่องเหล่านี้หรือไม่</p><ul><li>มีคนอื่นเก็บหนังสือเดินทางหรือเงินของคุณไว้</li><li>คุณมีหนี้ที่ไม่เคยลดลงเลย</li><li>คุณปฏิเสธลูกค้า หรือปฏิเสธการกระทำบางอย่างไม่ได้</li><li>คุณออก เลิก หรือเปลี่ยนงานตามที่ต้องการไม่ได้</li><li>มีคนคอยจับตาดูคุณ หรือข่มขู่คุณหรือครอบครัวของคุณ</li></ul><p>ถ้าเรื่องใดฟังดูคุ้นเคย คุยกับเราได้ มันไม่ใช่ความผิดของคุณ เราจะให้ข้อมูลเกี่ยวกับบริการระดับประเทศสำหรับผู้เสียหายจากอาชญากรรม และระบบช่วยเหลือผู้เสียหายจากการค้ามนุษย์ และช่วยคุณติดต่อหน่วยงานเหล่านั้น คุณคุยกับเราได้ ไม่ว่าสถานะการพำนักของคุณจะเป็นอย่างไร</p>",
            ),
            ("heading", "กังวลเรื่องสุขภาพ"),
            (
                "paragraph",
                "<p>ถุงยางอนามัยขาดหรือเปล่า มีอาการเจ็บ ผื่น หรืออาการอื่น ๆ ไหม ติดต่อพยาบาลของเราได้ในช่วง drop-in ทางแชท หรือทางโทรศัพท์ หลังจากมีความเสี่ยง เวลาเป็นเรื่องสำคัญ ยาบางชนิด เช่น ยาป้องกันการติดเชื้อเอชไอวี ต้องเริ่มภายใน 72 ชั่วโมง ยิ่งเร็วยิ่งดี ให้รีบไปศูนย์สุขภาพ (terveysasema) หรือแผนกฉุกเฉิน (päivystys) ถ้าคุณถูกกระทำความรุนแรงทางเพศ ให้ไปรับการรักษาโดยเร็วที่สุด แม้ว่าคุณจะไม่อยากแจ้งความก็ตาม</p>",
            ),
            ("heading", "ออกจากหน้านี้อย่างรวดเร็ว"),
            (
                "paragraph",
                "<p>ถ้ามีคนเข้ามาใกล้ ให้กดปุ่มสีแดง “<b>✕ ออกจากเว็บทันที</b>” หรือกดปุ่ม <b>Esc</b> หน้าจอจะเปลี่ยนเป็นเว็บไซต์ทั่วไปทันที และหน้านี้จะไม่อยู่ในประวัติของแท็บ (ปุ่มย้อนกลับ) เพื่อความปลอดภัย ควรใช้หน้าต่างส่วนตัวของเบราว์เซอร์ และลบประวัติการใช้งานหลังใช้เสร็จ</p>",
            ),
            (
                "callout",
                {
                    "title": "ไม่ต้องบอกชื่อ",
                    "text": "<p>คุณรับความช่วยเหลือจากเราได้โดยไม่ต้องบอกชื่อ สัญชาติ หรือสถานะการพำนัก บริการทั้งหมดของเราฟรี</p>",
                },
            ),
        ],
    },
    "es": {
        "title": "Ayuda ahora",
        "summary": "¿Estás en peligro? Llama al 112. Qué hacer ante la violencia, la coacción o una preocupación de salud, y cómo salir rápido de esta página.",
        "body": [
            (
                "callout",
                {
                    "title": "Emergencias: llama al 112",
                    "text": "<p>Si tú u otra persona corren peligro ahora mismo, llama al <b>112</b>. La llamada es gratuita. Con este número llegan la policía, la ambulancia y los servicios de rescate. Di dónde estás y qué ha pasado. No cuelgues hasta que te digan que puedes hacerlo.</p>",
                },
            ),
            ("helplines", None),
            ("heading", "Violencia o amenazas"),
            (
                "paragraph",
                "<p>Nadie tiene derecho a hacerte daño, amenazarte ni obligarte a tener sexo. Esto también vale en el trabajo sexual. Si te ha pasado algo, puedes venir a vernos o escribir en el chat. Te escuchamos, pensamos contigo los siguientes pasos y, si quieres, te acompañamos a la policía, al médico o a otros servicios. Tú decides lo que pasa.</p>",
            ),
            ("heading", "Señales de coacción o trata"),
            (
                "paragraph",
                "<p>¿Reconoces algo de esto?</p><ul><li>Otra persona guarda tu pasaporte o tu dinero.</li><li>Tienes una deuda que nunca baja.</li><li>No puedes decir que no a un cliente o a ciertas prácticas.</li><li>No puedes irte, parar o cambiar de trabajo cuando quieres.</li><li>Alguien te vigila o te amenaza a ti o a tu familia.</li></ul><p>Si algo de esto te suena, habla con nosotros. No es tu culpa. Te informamos sobre los servicios nacionales de apoyo a víctimas de delitos y sobre el sistema de asistencia a víctimas de trata, y te ayudamos a contactar con ellos. Puedes hablar con nosotros sea cual sea tu situación de residencia.</p>",
            ),
            ("heading", "Preocupaciones de salud"),
            (
                "paragraph",
                "<p>¿Se rompió el preservativo? ¿Tienes dolor, irritación u otros síntomas? Contacta con nuestra enfermera en el drop-in, en el chat o por teléfono. Después de una situación de riesgo, el tiempo importa: algunos medicamentos, por ejemplo los que previenen el VIH, deben empezarse en las primeras 72 horas; cuanto antes, mejor. Ve rápido a un centro de salud (terveysasema) o a urgencias (päivystys). Si has sufrido violencia sexual, busca atención médica lo antes posible, aunque no quieras denunciar a la policía.</p>",
            ),
            ("heading", "Salir rápido de esta página"),
            (
                "paragraph",
                "<p>Si alguien se acerca, pulsa el botón rojo «<b>✕ Salida rápida</b>» o la tecla <b>Esc</b>. Se abre al instante un sitio web neutral, y esta página no queda en el historial de la pestaña (botón «atrás»). Lo más seguro es usar una ventana privada del navegador y borrar el historial después.</p>",
            ),
            (
                "callout",
                {
                    "title": "No hace falta tu nombre",
                    "text": "<p>Puedes recibir ayuda sin decir tu nombre, tu nacionalidad ni tu situación de residencia. Nuestros servicios son gratuitos.</p>",
                },
            ),
        ],
    },
    "ro": {
        "title": "Ajutor acum",
        "summary": "Ești în pericol? Sună la 112. Ce poți face în caz de violență, constrângere sau griji legate de sănătate și cum părăsești repede această pagină.",
        "body": [
            (
                "callout",
                {
                    "title": "Urgență: sună la 112",
                    "text": "<p>Dacă tu sau altcineva sunteți în pericol chiar acum, sună la <b>112</b>. Apelul este gratuit. La acest număr chemi poliția, ambulanța și serviciile de salvare. Spune unde ești și ce s-a întâmplat. Nu închide până nu ți se spune că poți.</p>",
                },
            ),
            ("helplines", None),
            ("heading", "Violență sau amenințări"),
            (
                "paragraph",
                "<p>Nimeni nu are dreptul să te rănească, să te amenințe sau să te forțeze să faci sex. Acest lucru este valabil și în munca sexuală. Dacă s-a întâmplat ceva, poți veni la noi sau ne poți scrie pe chat. Te ascultăm, ne gândim împreună la pașii următori și, dacă vrei, te însoțim la poliție, la medic sau la alte servicii. Tu decizi ce se întâmplă.</p>",
            ),
            ("heading", "Semne de constrângere sau trafic de persoane"),
            (
                "paragraph",
                "<p>Recunoști ceva din lista de mai jos?</p><ul><li>Altcineva îți ține pașaportul sau banii.</li><li>Ai o datorie care nu scade niciodată.</li><li>Nu poți refuza un client sau anumite practici.</li><li>Nu poți pleca, nu te poți opri și nu poți schimba munca atunci când vrei.</li><li>Cineva te supraveghează sau te amenință pe tine ori familia ta.</li></ul><p>Dacă ceva ți se pare cunoscut, vorbește cu noi. Nu este vina ta. Îți spunem despre serviciile naționale de sprijin pentru victimele infracțiunilor și despre sistemul de asistență pentru victimele traficului de persoane și te ajutăm să iei legătura cu ele. Poți vorbi cu noi indiferent de statutul tău de ședere.</p>",
            ),
            ("heading", "Griji legate de sănătate"),
            (
                "paragraph",
                "<p>S-a rupt prezervativul? Ai dureri, iritații sau alte simptome? Contactează asistenta noastră la drop-in, pe chat sau la telefon. După o situație de risc, timpul contează: unele medicamente, de exemplu cele care previn HIV, trebuie începute în primele 72 de ore – cu cât mai repede, cu atât mai bine. Mergi repede la un centru de sănătate (terveysasema) sau la urgențe (päivystys). Dacă ai trăit violență sexuală, cere îngrijire medicală cât mai curând, chiar dacă nu vrei să faci plângere la poliție.</p>",
            ),
            ("heading", "Părăsește repede pagina"),
            (
                "paragraph",
                "<p>Dacă se apropie cineva, apasă butonul roșu „<b>✕ Ieșire rapidă</b>” sau tasta <b>Esc</b>. Se deschide imediat un site neutru, iar această pagină nu rămâne în istoricul filei (butonul „Înapoi”). Cel mai sigur este să folosești o fereastră privată a browserului și să ștergi istoricul după aceea.</p>",
            ),
            (
                "callout",
                {
                    "title": "Nu ai nevoie de nume",
                    "text": "<p>Poți primi ajutor de la noi fără să îți spui numele, cetățenia sau statutul de ședere. Serviciile noastre sunt gratuite.</p>",
                },
            ),
        ],
    },
}

# --- Community --------------------------------------------------------------------------------
_COMMUNITY = {
    "fi": {
        "title": "Yhteisöllinen toiminta",
        "summary": "Ryhmiä, joita suunnittelemme ja vedämme yhdessä vertaistoimijoiden kanssa: monikulttuurinen vertaisryhmä, PRO-ryhmä ja englannin keskusteluryhmä Helsingissä.",
        "body": [
            (
                "paragraph",
                "<p>Tukipisteessä seksi- ja erotiikka-alan työntekijät eivät ole vain asiakkaita. He ovat tasavertaisia toimijoita, jotka tuovat työhömme oman tietonsa ja kokemuksensa. Vertaistoimijat ja työntekijät suunnittelevat ja vetävät ryhmät yhdessä.</p><p>Ryhmät on tarkoitettu ihmisille, jotka myyvät tai ovat myyneet seksiä tai erotiikkapalveluja. Tule sellaisena kuin olet. Sinä päätät, miten paljon osallistut ja mitä kerrot.</p>",
            ),
            ("heading", "Monikulttuurinen vertaisryhmä"),
            (
                "paragraph",
                "<p><b>Helsinki, tiistaisin klo 14–16.</b> Ryhmä on avoin kaikille, joilla on kokemusta seksi- tai erotiikkatyöstä, puhuitpa mitä kieltä tahansa. Työntekijät auttavat tarvittaessa tulkkauksessa. Aloitamme vertaistoimijoiden valmistamalla kotiruoalla. Sen jälkeen juttelemme arjen tärkeistä asioista, kuten turvallisuudesta työssä tai siitä, miten suomalainen yhteiskunta toimii. Joskus vieraaksi tulee asiantuntija kertomaan esimerkiksi terveydestä, laeista tai sosiaaliturvasta. Teemme myös retkiä luontoon ja kulttuuritapahtumiin ja tutustumme pääkaupunkiseudun palveluihin. Tärkeintä on kuitenkin viettää aikaa yhdessä rennossa seurassa, jossa ketään ei tuomita.</p>",
            ),
            ("heading", "PRO-ryhmä"),
            (
                "paragraph",
                "<p><b>Helsinki, joka toinen torstai klo 17–19.30.</b> Vertaistukiryhmä suomea tai englantia puhuville. Voit tulla, olitpa vasta aloittanut, tehnyt työtä vuosia tai miettimässä lopettamista. Ryhmässä on mukana vain ihmisiä, joilla on omaa kokemusta seksityöstä. Se, mitä ryhmässä puhutaan, jää ryhmään.</p>",
            ),
            ("heading", "Englannin keskusteluryhmä"),
            (
                "paragraph",
                "<p><b>Helsinki, perjantaisin klo 14–16.</b> Harjoittele englantia ja keskustele ajankohtaisista aiheista eri puolilta maailmaa. Ryhmää vetää vapaaehtoinen englannin opettaja. Tunnelma on avoin ja rento.</p>",
            ),
            (
                "callout",
                {
                    "title": "Onko sinulla idea?",
                    "text": '<p>Haluatko mukaan, tai onko sinulla idea uudesta toiminnasta? Ota yhteyttä yhteisötyön koordinaattoriimme – yhteystiedot löydät <a href="/fi/about/contacts/">Yhteystiedot-sivulta</a>. Ryhmien ajat voivat muuttua esimerkiksi lomien aikana, joten kysy meiltä, jos olet epävarma.</p>',
                },
            ),
        ],
    },
    "sv": {
        "title": "Gemenskap",
        "summary": "Grupper som vi planerar och leder tillsammans med kamratstödjare: en mångkulturell kamratgrupp, PRO-gruppen och en samtalsgrupp på engelska i Helsingfors.",
        "body": [
            (
                "paragraph",
                "<p>På Tukipiste är sex- och erotikarbetare inte bara klienter. De är jämlika aktörer som bidrar med sin egen kunskap och erfarenhet. Kamratstödjare och anställda planerar och leder grupperna tillsammans.</p><p>Grupperna är till för personer som säljer eller har sålt sex eller erotiska tjänster. Kom som du är. Du bestämmer själv hur mycket du deltar och vad du berättar.</p>",
            ),
            ("heading", "Mångkulturell kamratgrupp"),
            (
                "paragraph",
                "<p><b>Helsingfors, tisdagar kl. 14–16.</b> Gruppen är öppen för alla som har erfarenhet av sex- eller erotikarbete, oavsett vilket språk du talar. Medarbetarna hjälper till med tolkning vid behov. Vi börjar med hemlagad mat som kamratstödjarna har lagat. Sedan pratar vi om sådant som är viktigt i vardagen, till exempel säkerhet i arbetet eller hur det finländska samhället fungerar. Ibland kommer en sakkunnig på besök och berättar om hälsa, lagar eller socialskydd. Vi gör också utflykter i naturen, går på kulturevenemang och bekantar oss med tjänsterna i huvudstadsregionen. Viktigast är ändå att umgås i en avslappnad miljö där ingen blir dömd.</p>",
            ),
            ("heading", "PRO-gruppen"),
            (
                "paragraph",
                "<p><b>Helsingfors, varannan torsdag kl. 17–19.30.</b> En självhjälpsgrupp för dig som talar finska eller engelska. Du är välkommen oavsett om du just har börjat, har arbetat i många år eller funderar på att sluta. I gruppen deltar bara personer som själva har erfarenhet av sexarbete. Det som sägs i gruppen stannar i gruppen.</p>",
            ),
            ("heading", "Samtalsgrupp på engelska"),
            (
                "paragraph",
                "<p><b>Helsingfors, fredagar kl. 14–16.</b> Öva din engelska och diskutera aktuella frågor från olika delar av världen. En frivillig engelsklärare leder gruppen. Stämningen är öppen och avslappnad.</p>",
            ),
            (
                "callout",
                {
                    "title": "Har du en idé?",
                    "text": '<p>Vill du vara med, eller har du en idé om ny verksamhet? Kontakta vår koordinator för gemenskapsverksamhet – kontaktuppgifterna finns på <a href="/sv/about/contacts/">sidan Kontaktuppgifter</a>. Gruppernas tider kan ändras till exempel under semestrar, så fråga oss om du är osäker.</p>',
                },
            ),
        ],
    },
    "en": {
        "title": "Community",
        "summary": "Groups we plan and run together with peer workers: a multicultural peer group, the PRO-Group and an English conversation group in Helsinki.",
        "body": [
            (
                "paragraph",
                "<p>At Tukipiste, sex and erotic workers are not only clients. They are equal partners who bring their own knowledge and experience to our work. Peer workers and staff plan and run the groups together.</p><p>The groups are for people who sell or have sold sex or erotic services. Come as you are. You decide how much you take part and what you share.</p>",
            ),
            ("heading", "Multicultural peer group"),
            (
                "paragraph",
                "<p><b>Helsinki, Tuesdays 14–16.</b> Open to everyone with experience of sex or erotic work, whatever language you speak. Workers help with interpreting when needed. We start with a home-cooked meal made by our peer workers. Then we talk about things that matter in daily life, such as safety at work or how Finnish society works. Sometimes an expert visits to talk about health, law or social benefits. We also go on nature trips and to cultural events, and get to know the services in the Helsinki area. Most of all, it is a relaxed place to spend time together without being judged.</p>",
            ),
            ("heading", "PRO-Group"),
            (
                "paragraph",
                "<p><b>Helsinki, every second Thursday 17–19.30.</b> A self-help group for people who speak Finnish or English. You are welcome whether you have just started, have worked for years or are thinking about stopping. Only people with their own experience of sex work take part. What is said in the group stays in the group.</p>",
            ),
            ("heading", "English conversation group"),
            (
                "paragraph",
                "<p><b>Helsinki, Fridays 14–16.</b> Practise your English and talk about current events from around the world. A volunteer English teacher leads the group. The atmosphere is open and relaxed.</p>",
            ),
            (
                "callout",
                {
                    "title": "Do you have an idea?",
                    "text": '<p>Would you like to join, or do you have an idea for a new activity? Contact our community activities coordinator – you find the details on the <a href="/en/about/contacts/">Contacts page</a>. Group times can change, for example during holidays, so ask us if you are unsure.</p>',
                },
            ),
        ],
    },
}

# --- News index -------------------------------------------------------------------------------
_NEWS_INDEX = {
    "fi": {"title": "Ajankohtaista", "lead": "Tukipisteen uutiset ja tiedotteet."},
    "sv": {"title": "Aktuellt", "lead": "Nyheter och meddelanden från Tukipiste."},
    "en": {"title": "News", "lead": "News and announcements from Tukipiste."},
}

# --- About us ---------------------------------------------------------------------------------
_ABOUT = {
    "fi": {
        "title": "Tietoa meistä",
        "summary": "Tukipiste edistää seksiä ja erotiikkapalveluja myyvien ihmisten hyvinvointia, terveyttä, turvallisuutta ja yhdenvertaisia oikeuksia.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste on matalan kynnyksen järjestö, joka tukee Suomessa seksiä ja erotiikkapalveluja myyviä ihmisiä. Palvelumme ovat täysi-ikäisille (18+) kaikista sukupuolista ja kansalaisuuksista – niille, jotka tekevät työtä nyt, ja niille, jotka ovat tehneet sitä aiemmin.</p>",
            ),
            ("heading", "Mitä varten olemme"),
            (
                "paragraph",
                "<p>Haluamme, että seksi- ja erotiikka-alan työntekijät voivat hyvin, ovat terveitä ja turvassa ja että heitä kohdellaan yhdenvertaisesti. Puolustamme heidän oikeuttaan palveluihin. Puolustamme myös heidän oikeuttaan tulla suojelluksi kaikenlaiselta pakottamiselta, itsemääräämisoikeuden rajoittamiselta ja muilta oikeuksien loukkauksilta.</p>",
            ),
            ("heading", "Työmme kolme tasoa"),
            (
                "paragraph",
                "<ol><li><b>Vaikuttaminen ja edunvalvonta.</b> Tuomme seksi- ja erotiikka-alan työntekijöiden äänen ja kokemuksen päättäjien kuuluville: ohjausryhmiin, valiokuntiin ja mediaan.</li><li><b>Matalan kynnyksen tuki- ja terveystyö.</b> Drop-in- ja chat-päivystys, yksilötyö, etsivä työ, seksuaaliterveyden palvelut ja yhteisöllinen toiminta.</li><li><b>Asiantuntijuus ja osaaminen.</b> Jaamme tietoamme muille ammattilaisille koulutuksissa ja konsultaatioissa.</li></ol>",
            ),
            ("heading", "Missä toimimme"),
            (
                "paragraph",
                "<p>Alueelliset yksikkömme ovat Helsingissä, Tampereella ja Turussa. Valtakunnallisen Prop up -työn avulla tavoitamme ihmisiä myös muualla Suomessa, myös verkossa.</p>",
            ),
            (
                "callout",
                {
                    "title": "Lue lisää",
                    "text": "<p>Tämän osion sivuilta löydät periaatteemme, tietoa Suomen lainsäädännöstä ja stigmasta, Prop up -työn esittelyn sekä työntekijöidemme yhteystiedot.</p>",
                },
            ),
        ],
    },
    "sv": {
        "title": "Om oss",
        "summary": "Tukipiste arbetar för välmående, hälsa, säkerhet och lika rättigheter för personer som säljer sex och erotiska tjänster.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste är en lågtröskelorganisation för personer som säljer sex och erotiska tjänster i Finland. Våra tjänster är till för vuxna (18+) av alla kön och nationaliteter – både för dem som arbetar nu och för dem som har gjort det tidigare.</p>",
            ),
            ("heading", "Vårt syfte"),
            (
                "paragraph",
                "<p>Vi vill att sex- och erotikarbetare ska må bra, vara friska och trygga och bli bemötta som jämlikar. Vi försvarar deras rätt till tjänster. Vi försvarar också deras rätt att skyddas mot alla former av tvång, mot inskränkningar i självbestämmandet och mot andra kränkningar av deras rättigheter.</p>",
            ),
            ("heading", "Tre nivåer i vårt arbete"),
            (
                "paragraph",
                "<ol><li><b>Påverkan och intressebevakning.</b> Vi för fram sex- och erotikarbetares röst och erfarenheter till beslutsfattare: i styrgrupper, utskott och medier.</li><li><b>Lågtröskelstöd och hälsoarbete.</b> Drop-in och chattjour, individuellt stöd, uppsökande arbete, tjänster för sexuell hälsa och gemenskapsverksamhet.</li><li><b>Sakkunskap och kompetens.</b> Vi delar vår kunskap med andra yrkespersoner genom utbildning och konsultation.</li></ol>",
            ),
            ("heading", "Var vi finns"),
            (
                "paragraph",
                "<p>Våra regionala enheter finns i Helsingfors, Tammerfors och Åbo. Genom det riksomfattande arbetet inom Prop up når vi också människor i andra delar av Finland, även på nätet.</p>",
            ),
            (
                "callout",
                {
                    "title": "Läs mer",
                    "text": "<p>På sidorna i den här delen hittar du våra principer, information om lagstiftningen i Finland och om stigma, en presentation av Prop up och våra medarbetares kontaktuppgifter.</p>",
                },
            ),
        ],
    },
    "en": {
        "title": "About us",
        "summary": "Tukipiste works for the well-being, health, safety and equal rights of people who sell sex and erotic services.",
        "body": [
            (
                "paragraph",
                "<p>Tukipiste is a low-threshold organisation for people who sell sex and erotic services in Finland. Our services are for adults (18+) of all genders and nationalities – for those who work now and for those who have worked before.</p>",
            ),
            ("heading", "Our purpose"),
            (
                "paragraph",
                "<p>We want sex and erotic workers to be well, healthy and safe, and to be treated as equals. We stand up for their right to services. We also stand up for their right to be protected from every kind of coercion, from limits on their right to decide about their own lives, and from other violations of their rights.</p>",
            ),
            ("heading", "Three levels of our work"),
            (
                "paragraph",
                "<ol><li><b>Advocacy.</b> We bring the voice and experience of sex and erotic workers to decision-makers: to steering groups, parliamentary committees and the media.</li><li><b>Low-threshold support and health work.</b> Drop-in and chat duty, individual work, outreach, sexual-health services and community activities.</li><li><b>Expertise and training.</b> We share what we know with other professionals through training and consultation.</li></ol>",
            ),
            ("heading", "Where we work"),
            (
                "paragraph",
                "<p>Our regional units are in Helsinki, Tampere and Turku. Through the national Prop up outreach work we also reach people in other parts of Finland, and online.</p>",
            ),
            (
                "callout",
                {
                    "title": "Read more",
                    "text": "<p>The pages in this section tell you about our principles, Finnish legislation, stigma and the Prop up work, and give our staff contacts.</p>",
                },
            ),
        ],
    },
}

# --- Principles -------------------------------------------------------------------------------
_PRINCIPLES = {
    "fi": {
        "title": "Periaatteemme",
        "summary": "Ei ennakkoehtoja, nimettömyys, maksuttomuus, luotettavuus ja saavutettavuus. Työmme perustuu haittojen vähentämiseen.",
        "body": [
            (
                "paragraph",
                "<p>Viisi periaatetta ohjaa kaikkea, mitä teemme. Niiden ansiosta meille on helppo tulla.</p>",
            ),
            ("heading", "1. Ei ennakkoehtoja"),
            (
                "paragraph",
                "<p>Voit käyttää palvelujamme sukupuolestasi, kansalaisuudestasi ja oleskelustatuksestasi riippumatta, ja riippumatta siitä, myytkö seksiä juuri nyt. Sinun ei tarvitse haluta lopettaa, eikä sinun tarvitse selittää itseäsi.</p>",
            ),
            ("heading", "2. Nimettömyys"),
            (
                "paragraph",
                "<p>Nimeäsi ei tarvita, eikä henkilöllisyyttäsi tarvitse todistaa. Emme kerää tietoja, joista sinut voisi tunnistaa.</p>",
            ),
            ("heading", "3. Maksuttomuus"),
            (
                "paragraph",
                "<p>Kaikki palvelumme ovat maksuttomia. Kenenkään ei koskaan tarvitse maksaa mitään.</p>",
            ),
            ("heading", "4. Luotettavuus"),
            (
                "paragraph",
                "<p>Pidämme kiinni lupauksistamme ja sovituista ajoista. Se, mitä kerrot meille, pysyy luottamuksellisena. Työntekijämme ovat koulutettuja ammattilaisia.</p>",
            ),
            ("heading", "5. Saavutettavuus"),
            (
                "paragraph",
                "<p>Meidät tavoittaa helposti: toimipisteistä, puhelimella, chatissa ja etsivän työn kautta. Toimimme monella kielellä, ja verkkosivumme toimivat kaikenlaisilla puhelimilla ja myös ruudunlukijalla.</p>",
            ),
            ("heading", "Haittojen vähentäminen"),
            (
                "paragraph",
                "<p>Työmme perustuu haittojen vähentämisen ajatteluun (harm reduction). Kohtaamme ihmisen siinä tilanteessa, jossa hän on, ja autamme vähentämään riskejä hänen omassa elämässään vaatimatta muutosta. Käytännössä:</p><ul><li>ehkäisemme riskejä ennen kuin ne toteutuvat</li><li>vähennämme terveydelle ja sosiaaliselle elämälle koituvia haittoja</li><li>tuemme turvallisia ja terveellisiä valintoja</li><li>vastaamme kunkin ihmisen omiin tarpeisiin</li><li>kunnioitamme ihmisarvoa ja itsemääräämisoikeutta</li><li>edistämme ihmisoikeuksia ja kansanterveyttä</li></ul>",
            ),
        ],
    },
    "sv": {
        "title": "Våra principer",
        "summary": "Inga förhandsvillkor, anonymitet, avgiftsfrihet, pålitlighet och tillgänglighet. Vårt arbete bygger på skademinimering.",
        "body": [
            (
                "paragraph",
                "<p>Fem principer styr allt vi gör. Tack vare dem är det lätt att komma till oss.</p>",
            ),
            ("heading", "1. Inga förhandsvillkor"),
            (
                "paragraph",
                "<p>Du kan använda våra tjänster oavsett kön, medborgarskap eller uppehållsstatus, och oavsett om du säljer sex just nu eller inte. Du behöver inte vilja sluta, och du behöver inte förklara dig.</p>",
            ),
            ("heading", "2. Anonymitet"),
            (
                "paragraph",
                "<p>Du behöver inte uppge ditt namn eller visa legitimation. Vi samlar inte in uppgifter som kan identifiera dig.</p>",
            ),
            ("heading", "3. Avgiftsfrihet"),
            (
                "paragraph",
                "<p>Alla våra tjänster är gratis. Ingen behöver någonsin betala något.</p>",
            ),
            ("heading", "4. Pålitlighet"),
            (
                "paragraph",
                "<p>Vi håller våra löften och de tider vi har kommit överens om. Det du berättar för oss behandlas konfidentiellt. Våra medarbetare är utbildade yrkespersoner.</p>",
            ),
            ("heading", "5. Tillgänglighet"),
            (
                "paragraph",
                "<p>Vi är lätta att nå: på kontoren, per telefon, i chatten och genom uppsökande arbete. Vi arbetar på många språk, och vår webbplats fungerar på alla slags telefoner och även med skärmläsare.</p>",
            ),
            ("heading", "Skademinimering"),
            (
                "paragraph",
                "<p>Vårt arbete bygger på tanken om skademinimering (harm reduction). Vi möter människor där de är och hjälper dem att minska riskerna i sitt eget liv, utan att kräva förändring. I praktiken:</p><ul><li>förebygger vi risker innan de uppstår</li><li>minskar vi skador på hälsan och det sociala livet</li><li>stöder vi trygga och hälsosamma val</li><li>svarar vi mot varje människas egna behov</li><li>respekterar vi människovärdet och rätten till självbestämmande</li><li>främjar vi de mänskliga rättigheterna och folkhälsan</li></ul>",
            ),
        ],
    },
    "en": {
        "title": "Our principles",
        "summary": "No preconditions, anonymity, free of charge, reliability and accessibility. Our work is based on harm reduction.",
        "body": [
            (
                "paragraph",
                "<p>Five principles guide everything we do. They are why it is easy to come to us.</p>",
            ),
            ("heading", "1. No preconditions"),
            (
                "paragraph",
                "<p>You can use our services whatever your gender, nationality or residence status, and whether or not you sell sex right now. You do not have to want to stop, and you do not have to explain yourself.</p>",
            ),
            ("heading", "2. Anonymity"),
            (
                "paragraph",
                "<p>You do not need to give your name or show ID. We do not collect information that could identify you.</p>",
            ),
            ("heading", "3. Free of charge"),
            ("paragraph", "<p>All our services are free. Nobody ever has to pay anything.</p>"),
            ("heading", "4. Reliability"),
            (
                "paragraph",
                "<p>We keep our promises and the times we agree on. What you tell us is treated as confidential. Our workers are trained professionals.</p>",
            ),
            ("heading", "5. Accessibility"),
            (
                "paragraph",
                "<p>We are easy to reach: at our offices, by phone, in the chat and through outreach. We work in many languages, and our website works on any kind of phone and with a screen reader.</p>",
            ),
            ("heading", "Harm reduction"),
            (
                "paragraph",
                "<p>Our work is based on the idea of harm reduction. We meet people where they are and help them lower the risks in their own lives, without demanding that they change. In practice we:</p><ul><li>help prevent risks before they happen</li><li>reduce harm to health and to social life</li><li>support safe and healthy choices</li><li>respond to each person's own needs</li><li>respect human dignity and the right to decide about one's own life</li><li>promote human rights and public health</li></ul>",
            ),
        ],
    },
}

# --- Legislation ------------------------------------------------------------------------------
_LEGISLATION = {
    "fi": {
        "title": "Lainsäädäntö Suomessa",
        "summary": "Lyhyt ja yleinen katsaus Suomen lakeihin, jotka koskevat seksin myymistä ja ostamista. Tämä ei ole oikeudellista neuvontaa: kysy meiltä omasta tilanteestasi.",
        "body": [
            (
                "callout",
                {
                    "title": "Yleistä tietoa",
                    "text": "<p>Tämä sivu antaa yleistä tietoa. Se ei ole oikeudellista neuvontaa, ja lait voivat muuttua. Jos sinulla on kysyttävää omasta tilanteestasi, kysy meiltä. Autamme myös löytämään oikeudellista neuvontaa.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Suomessa seksin myyminen ei sinänsä ole rikos. Seksin ostaminen on kielletty vain tietyissä tilanteissa. Seksi- ja erotiikka-alan työntekijöiden elämään vaikuttaa useampi laki.</p>",
            ),
            ("heading", "Rikoslaki"),
            (
                "paragraph",
                "<p>Rikoslaissa on <b>seksin oston osittainen kielto</b>. Seksin ostaminen alle 18-vuotiaalta on rikos. Rikos on myös ostaa seksiä ihmiseltä, joka on parituksen tai ihmiskaupan uhri.</p><p>Rikoslaissa ovat myös <b>paritusta</b> ja <b>ihmiskauppaa</b> koskevat säännökset. Niillä rangaistaan esimerkiksi sitä, joka hyötyy taloudellisesti toisen seksin myymisestä tai joka kontrolloi, pakottaa tai käyttää toista hyväksi. Näiden rikosten uhrilla on oikeus apuun. Säännökset voivat joskus koskea myös työhön liittyviä järjestelyjä, kuten työtilan vuokraamista tai ilmoittelua. Jos olet epävarma, kysy meiltä.</p>",
            ),
            ("heading", "Järjestyslaki"),
            (
                "paragraph",
                "<p>Järjestyslaki kieltää seksipalvelujen ostamisen ja maksullisen seksin tarjoamisen yleisellä paikalla, esimerkiksi kadulla. Rikkomuksesta voi seurata sakko.</p>",
            ),
            ("heading", "Ulkomaalaislaki"),
            (
                "paragraph",
                "<p>Ulkomaalaislaissa on käännyttämistä koskeva säännös. Sen mukaan ulkomaalainen voidaan käännyttää eli poistaa maasta, jos häntä voidaan perustellusti epäillä seksipalvelujen myymisestä. Se, koskeeko säännös sinua, riippuu omasta tilanteestasi, esimerkiksi kansalaisuudestasi ja oleskeluluvastasi. Voit kysyä meiltä luottamuksellisesti. Emme kysy oleskelustatustasi, ellet itse halua puhua siitä.</p>",
            ),
            ("heading", "Oikeutesi"),
            (
                "paragraph",
                "<p>Jokaisella Suomessa olevalla on oikeus suojeluun väkivallalta ja oikeus kiireelliseen hoitoon. Jos olet joutunut rikoksen uhriksi, voit tehdä rikosilmoituksen poliisille. Voimme kertoa, mitä se tarkoittaa, ja halutessasi lähteä mukaasi.</p>",
            ),
        ],
    },
    "sv": {
        "title": "Lagstiftning i Finland",
        "summary": "En kort och allmän översikt över finländska lagar om försäljning och köp av sex. Det här är ingen juridisk rådgivning: fråga oss om din egen situation.",
        "body": [
            (
                "callout",
                {
                    "title": "Allmän information",
                    "text": "<p>Den här sidan ger allmän information. Den är ingen juridisk rådgivning, och lagar kan ändras. Om du har frågor om din egen situation, fråga oss. Vi hjälper dig också att hitta juridisk rådgivning.</p>",
                },
            ),
            (
                "paragraph",
                "<p>I Finland är det i sig inte ett brott att sälja sex. Att köpa sex är förbjudet bara i vissa situationer. Flera lagar påverkar livet för sex- och erotikarbetare.</p>",
            ),
            ("heading", "Strafflagen (Rikoslaki)"),
            (
                "paragraph",
                "<p>Strafflagen innehåller ett <b>partiellt förbud mot sexköp</b>. Det är ett brott att köpa sex av en person under 18 år. Det är också ett brott att köpa sex av en person som är offer för koppleri eller människohandel.</p><p>I strafflagen finns också bestämmelserna om <b>koppleri</b> och <b>människohandel</b>. De straffar till exempel den som tjänar pengar på någon annans sexförsäljning eller som kontrollerar, tvingar eller utnyttjar andra. Den som har utsatts för sådana brott har rätt till hjälp. Bestämmelserna kan ibland också gälla arrangemang kring arbetet, som att hyra en arbetslokal eller att annonsera. Om du är osäker, fråga oss.</p>",
            ),
            ("heading", "Ordningslagen (Järjestyslaki)"),
            (
                "paragraph",
                "<p>Ordningslagen förbjuder köp av sexuella tjänster och erbjudande av sex mot betalning på allmän plats, till exempel på gatan. En överträdelse kan leda till böter.</p>",
            ),
            ("heading", "Utlänningslagen (Ulkomaalaislaki)"),
            (
                "paragraph",
                "<p>Utlänningslagen har en bestämmelse om avvisning. Enligt den kan en utlänning avvisas, alltså föras ut ur landet, om det finns grundad anledning att misstänka att personen säljer sexuella tjänster. Om bestämmelsen gäller dig beror på din egen situation, till exempel ditt medborgarskap och ditt uppehållstillstånd. Du kan fråga oss konfidentiellt. Vi frågar inte om din uppehållsstatus om du inte själv vill prata om den.</p>",
            ),
            ("heading", "Dina rättigheter"),
            (
                "paragraph",
                "<p>Alla som vistas i Finland har rätt till skydd mot våld och rätt till brådskande vård. Om du har utsatts för ett brott kan du göra en polisanmälan. Vi kan berätta vad det innebär och, om du vill, följa med dig.</p>",
            ),
        ],
    },
    "en": {
        "title": "Legislation in Finland",
        "summary": "A short, general overview of the Finnish laws on selling and buying sex. This is not legal advice: ask us about your own situation.",
        "body": [
            (
                "callout",
                {
                    "title": "General information only",
                    "text": "<p>This page gives general information. It is not legal advice, and laws can change. If you have questions about your own situation, ask us. We can also help you find legal advice.</p>",
                },
            ),
            (
                "paragraph",
                "<p>In Finland, selling sex is not a crime in itself. Buying sex is forbidden only in certain situations. Several laws affect the lives of sex and erotic workers.</p>",
            ),
            ("heading", "Criminal Code (Rikoslaki)"),
            (
                "paragraph",
                "<p>The Criminal Code contains a <b>partial ban on buying sex</b>. It is a crime to buy sex from a person under 18. It is also a crime to buy sex from a person who is a victim of pimping or human trafficking.</p><p>The Criminal Code also has the provisions on <b>pimping</b> and <b>human trafficking</b>. They punish, for example, a person who makes money from someone else selling sex, or who controls, forces or exploits others. A victim of these crimes has the right to help. These provisions can sometimes also concern arrangements around your work, such as renting a place to work or advertising. If you are unsure, ask us.</p>",
            ),
            ("heading", "Public Order Act (Järjestyslaki)"),
            (
                "paragraph",
                "<p>The Public Order Act forbids buying sexual services and offering sex for payment in a public place, for example on the street. Breaking this rule can lead to a fine.</p>",
            ),
            ("heading", "Aliens Act (Ulkomaalaislaki)"),
            (
                "paragraph",
                "<p>The Aliens Act has a provision on refusal of entry. Under it, a foreign national can be refused entry and removed from Finland if there are reasonable grounds to suspect that they sell sexual services. Whether this applies to you depends on your own situation, for example your citizenship and residence permit. You can ask us in confidence. We do not ask about your residence status unless you want to talk about it.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<p>Everyone in Finland has the right to protection from violence and the right to urgent medical care. If you have been the victim of a crime, you can report it to the police. We can explain what that means and, if you wish, go with you.</p>",
            ),
        ],
    },
}

# --- Stigma -----------------------------------------------------------------------------------
_STIGMA = {
    "fi": {
        "title": "Stigma",
        "summary": "Mitä stigma on, miten se vaikuttaa seksiä myyviin ihmisiin ja miten teemme työtä sitä vastaan.",
        "body": [
            (
                "paragraph",
                "<p>Stigma tarkoittaa leimaa. Yhteisö antaa kielteisen merkityksen ihmisille, jotka poikkeavat siitä, mitä pidetään tavallisena. Leima ei kerro, millainen ihminen todella on. Se kertoo muiden ennakkoluuloista.</p>",
            ),
            ("heading", "Stigma ja seksuaalisuus"),
            (
                "paragraph",
                "<p>Monissa yhteiskunnissa seksuaalisuuteen liittyviin asioihin kohdistuu voimakas stigma. Maksullinen seksi on yksi esimerkki, seksuaalivähemmistöt toinen. Stigma voi työntää ihmisiä yhteiskunnan reunalle. Sen vuoksi voi olla vaikeampaa vuokrata asunto, mennä lääkäriin, puhua avoimesti läheisille tai pyytää apua, kun jokin menee pieleen.</p>",
            ),
            ("heading", "Stigma tuntuu sisällä"),
            (
                "paragraph",
                "<p>Ihminen voi kieltäytyä uskomasta niitä mielikuvia, joita stigmaan liittyy. Silti hän kantaa stigmaa mukanaan. Yksilölle stigma on sisäinen kokemus: häpeää, pelkoa paljastumisesta tai tunnetta siitä, että on vähemmän arvokas kuin muut. Moni seksiä myyvä pitää työnsä salassa, ja se voi olla yksinäistä.</p>",
            ),
            ("heading", "Mitä me teemme"),
            (
                "paragraph",
                "<p>Tukipisteessä sinun ei tarvitse salata mitään. Kohtaamme sinut ihmisenä, emme leimana. Teemme työtä myös stigman vähentämiseksi yhteiskunnassa: koulutamme ammattilaisia, keskustelemme päättäjien kanssa ja tuomme seksi- ja erotiikka-alan työntekijöiden äänen julkiseen keskusteluun.</p>",
            ),
            (
                "callout",
                {
                    "title": "Ansaitset kunnioitusta",
                    "text": "<p>Työsi ei vie sinulta oikeuksiasi eikä ihmisarvoasi. Olet tervetullut sellaisena kuin olet.</p>",
                },
            ),
        ],
    },
    "sv": {
        "title": "Stigma",
        "summary": "Vad stigma är, hur det påverkar personer som säljer sex och hur vi arbetar emot det.",
        "body": [
            (
                "paragraph",
                "<p>Stigma betyder stämpel. En gemenskap ger en negativ betydelse åt människor som avviker från det som anses normalt. Stämpeln säger inget om vem personen verkligen är. Den säger något om andras fördomar.</p>",
            ),
            ("heading", "Stigma och sexualitet"),
            (
                "paragraph",
                "<p>I många samhällen är sådant som har med sexualitet att göra starkt stigmatiserat. Sex mot betalning är ett exempel, sexuella minoriteter ett annat. Stigma kan tränga undan människor till samhällets marginal. Det kan göra det svårare att hyra en bostad, gå till läkaren, vara öppen mot sina närstående eller be om hjälp när något går fel.</p>",
            ),
            ("heading", "Stigma känns inuti"),
            (
                "paragraph",
                "<p>En person kan vägra tro på de föreställningar som hör ihop med stigmat. Ändå bär personen stigmat inom sig. För individen är stigma en inre upplevelse: skam, rädsla för att bli avslöjad eller en känsla av att vara mindre värd än andra. Många som säljer sex håller sitt arbete hemligt, och det kan vara ensamt.</p>",
            ),
            ("heading", "Det här gör vi"),
            (
                "paragraph",
                "<p>På Tukipiste behöver du inte dölja något. Vi möter dig som människa, inte som en stämpel. Vi arbetar också för att minska stigma i samhället: vi utbildar yrkespersoner, för dialog med beslutsfattare och lyfter fram sex- och erotikarbetares röst i den offentliga debatten.</p>",
            ),
            (
                "callout",
                {
                    "title": "Du förtjänar respekt",
                    "text": "<p>Ditt arbete tar inte ifrån dig dina rättigheter eller ditt människovärde. Du är välkommen som du är.</p>",
                },
            ),
        ],
    },
    "en": {
        "title": "Stigma",
        "summary": "What stigma is, how it affects people who sell sex, and how we work against it.",
        "body": [
            (
                "paragraph",
                "<p>Stigma means a mark or a label. A community gives a negative meaning to people who differ from what is seen as normal. The label does not say who a person really is. It says something about the prejudices of others.</p>",
            ),
            ("heading", "Stigma and sexuality"),
            (
                "paragraph",
                "<p>In many societies, things connected with sexuality carry a strong stigma. Paid sex is one example; sexual minorities are another. Stigma can push people to the edges of society. It can make it harder to rent a home, see a doctor, be open with family and friends, or ask for help when something goes wrong.</p>",
            ),
            ("heading", "Stigma is felt inside"),
            (
                "paragraph",
                "<p>A person can refuse to believe the images that come with stigma. Even so, they carry the stigma with them. For the individual, stigma is an inner experience: shame, fear of being found out, or a feeling of being worth less than others. Many people who sell sex keep their work secret, and that can be lonely.</p>",
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                "<p>At Tukipiste you do not have to hide anything. We meet you as a person, not as a label. We also work to reduce stigma in society: we train professionals, talk with decision-makers and bring the voices of sex and erotic workers into public debate.</p>",
            ),
            (
                "callout",
                {
                    "title": "You deserve respect",
                    "text": "<p>Your work does not take away your rights or your dignity. You are welcome here as you are.</p>",
                },
            ),
        ],
    },
}

# --- Prop up ----------------------------------------------------------------------------------
_PROP_UP = {
    "fi": {
        "title": "Prop up – valtakunnallinen etsivä työ",
        "summary": "Prop up vie tukea ja neuvontaa seksi- ja erotiikka-alalla toimiville ja ihmiskaupan uhreille eri puolille Suomea. Työ alkoi hankkeena vuosina 2018–2020.",
        "body": [
            (
                "paragraph",
                "<p>Prop up käynnistyi Tukipisteen valtakunnallisena hankkeena vuosina 2018–2020. Sen tarkoitus on tarjota kattavaa tukea koko Suomessa seksi- ja erotiikka-aloilla toimiville ihmisille ja ihmiskaupan uhreille. Tukea ja neuvontaa annetaan etsivän työn keinoin, osana Tukipisteen ammatillista työtä.</p>",
            ),
            ("heading", "Kaksi tavoitetta"),
            (
                "paragraph",
                "<ol><li><b>Laajempi kattavuus.</b> Neuvontaa ja tukea viedään paikkakunnille, joilla Tukipisteellä ei ole matalan kynnyksen yksikköä, sekä uusiin toimintaympäristöihin niillä paikkakunnilla, joilla yksikkö on.</li><li><b>Lisää osaamista paikallisesti.</b> Paikalliset toimijat ja palvelujen tarjoajat saavat lisää erityisosaamista työhön niiden ihmisten kanssa, joille Prop up on tarkoitettu.</li></ol>",
            ),
            ("heading", "Mitä Prop up tekee"),
            (
                "paragraph",
                "<ul><li><b>Jalkautuva etsivä työ</b> muualla Suomessa sekä uusissa ympäristöissä Helsingissä, Tampereella ja Turussa.</li><li><b>Työ verkossa:</b> chat-työ ja yhteydenpito kontakti-ilmoitusfoorumeilla.</li><li><b>Paikalliset yhteistyökumppanit:</b> jokaiselta paikkakunnalta etsitään kumppaneita, ja yhdessä rakennetaan palvelupolut, jotta ihminen tietää, mistä saa apua mihinkin tarpeeseen.</li><li><b>Konsultaatio ja mentorointi</b> paikallisille ammattilaisille, jotka tekevät asiakastyötä kohderyhmän parissa.</li></ul>",
            ),
            ("heading", "Miten työ tehdään"),
            (
                "paragraph",
                "<p>Prop upin työpari toimii Helsingissä ja Turussa. Tarpeen mukaan mukana on myös muita Tukipisteen työntekijöitä, joilla on kieli- ja kulttuuriosaamista, paikallisten toimijoiden työntekijöitä sekä vertaistoimijoita. Uudet kohteet löytyvät omasta kenttätyöstä tai vertaisten ja muiden toimijoiden vinkeistä.</p>",
            ),
            ("heading", "Aiesopimuskumppanit"),
            (
                "paragraph",
                "<p><b>RIKU</b> – Rikosuhripäivystys (koko Suomi) ja <b>SOVATEK</b> (Jyväskylä) ovat tehneet aiesopimuksen Prop upin kanssa. Ne tarjoavat alueellisia tiloja asiakastyöhön ja tuovat oman perustyönsä ja asiantuntemuksensa asiakastyöhön ja palvelupolkujen rakentamiseen.</p>",
            ),
            (
                "callout",
                {
                    "title": "Oletko ammattilainen?",
                    "text": '<p>Kohtaatko työssäsi ihmisiä, jotka myyvät seksiä? Pyydä meiltä konsultaatiota, mentorointia tai koulutusta. Yhteystiedot löydät <a href="/fi/about/contacts/">Yhteystiedot-sivulta</a>.</p>',
                },
            ),
        ],
    },
    "sv": {
        "title": "Prop up – riksomfattande uppsökande arbete",
        "summary": "Prop up för ut stöd och rådgivning till personer inom sex- och erotikbranschen och till offer för människohandel i hela Finland. Arbetet började som ett projekt 2018–2020.",
        "body": [
            (
                "paragraph",
                "<p>Prop up startade som ett riksomfattande projekt inom Tukipiste åren 2018–2020. Syftet är att erbjuda heltäckande stöd i hela Finland till personer som är verksamma inom sex- och erotikbranschen och till offer för människohandel. Stöd och rådgivning ges genom uppsökande arbete, som en del av Tukipistes professionella arbete.</p>",
            ),
            ("heading", "Två mål"),
            (
                "paragraph",
                "<ol><li><b>Större geografisk täckning.</b> Rådgivning och stöd förs ut till orter där Tukipiste inte har någon lågtröskelenhet, och till nya miljöer på de orter där det finns en enhet.</li><li><b>Mer kunnande lokalt.</b> Lokala aktörer och tjänsteleverantörer får mer specialkunskap om att arbeta med de människor som Prop up riktar sig till.</li></ol>",
            ),
            ("heading", "Vad Prop up gör"),
            (
                "paragraph",
                "<ul><li><b>Mobilt uppsökande arbete</b> i andra delar av Finland och i nya miljöer i Helsingfors, Tammerfors och Åbo.</li><li><b>Arbete på nätet:</b> chattarbete och kontakt i forum för kontaktannonser.</li><li><b>Lokala samarbetspartner:</b> på varje ort söker vi partner och bygger tillsammans upp servicestigar, så att man vet vart man ska vända sig med olika behov.</li><li><b>Konsultation och mentorskap</b> för lokala yrkespersoner som arbetar med målgruppen.</li></ul>",
            ),
            ("heading", "Hur arbetet görs"),
            (
                "paragraph",
                "<p>Prop ups arbetspar finns i Helsingfors och Åbo. Vid behov arbetar de tillsammans med andra medarbetare på Tukipiste som har språk- och kulturkunskap, med anställda vid lokala organisationer och med kamratstödjare. Nya platser att besöka hittas genom det egna fältarbetet eller via kamrater och andra aktörer.</p>",
            ),
            ("heading", "Partner med avsiktsförklaring"),
            (
                "paragraph",
                "<p><b>RIKU</b> – Brottsofferjouren (hela Finland) och <b>SOVATEK</b> (Jyväskylä) har undertecknat en avsiktsförklaring med Prop up. De erbjuder regionala lokaler för klientarbete och bidrar med sitt eget grundarbete och sin sakkunskap i klientarbetet och när servicestigar byggs upp.</p>",
            ),
            (
                "callout",
                {
                    "title": "Är du yrkesperson?",
                    "text": '<p>Möter du personer som säljer sex i ditt arbete? Be oss om konsultation, mentorskap eller utbildning. Kontaktuppgifterna finns på <a href="/sv/about/contacts/">sidan Kontaktuppgifter</a>.</p>',
                },
            ),
        ],
    },
    "en": {
        "title": "Prop up – national outreach",
        "summary": "Prop up brings support and advice to people in the sex and erotic industries and to victims of human trafficking all over Finland. The work began as a project in 2018–2020.",
        "body": [
            (
                "paragraph",
                "<p>Prop up started as a national Tukipiste project in 2018–2020. Its aim is to offer wide support across Finland to people who work in the sex and erotic industries and to victims of human trafficking. Support and advice are given through outreach, as part of Tukipiste's professional work.</p>",
            ),
            ("heading", "Two goals"),
            (
                "paragraph",
                "<ol><li><b>Wider reach.</b> To bring advice and support to towns where Tukipiste has no low-threshold unit, and to new settings in the towns where we do have one.</li><li><b>More know-how locally.</b> To give local organisations and service providers more special skills for working with the people Prop up is for.</li></ol>",
            ),
            ("heading", "What Prop up does"),
            (
                "paragraph",
                "<ul><li><b>Mobile outreach</b> in other parts of Finland and in new settings in Helsinki, Tampere and Turku.</li><li><b>Online work:</b> chat work and contact on contact-ad forums.</li><li><b>Local partners:</b> in each locality we look for partners and build service paths together, so that people know where to turn for each need.</li><li><b>Consultation and mentoring</b> for local professionals who work with the target group.</li></ul>",
            ),
            ("heading", "How the work is done"),
            (
                "paragraph",
                "<p>A pair of Prop up workers is based in Helsinki and Turku. When needed, they work together with other Tukipiste staff who bring language and cultural skills, with the staff of local organisations and with peer workers. New places to visit are found through our own field work, or through peers and other organisations.</p>",
            ),
            ("heading", "Partners with a letter of intent"),
            (
                "paragraph",
                "<p><b>RIKU</b> – Victim Support Finland (nationwide) and <b>SOVATEK</b> (Jyväskylä) have signed a letter of intent with Prop up. They offer regional premises for client work and bring their own basic work and expertise to client work and to building service paths.</p>",
            ),
            (
                "callout",
                {
                    "title": "Are you a professional?",
                    "text": '<p>Do you meet people who sell sex in your work? Ask us for consultation, mentoring or training. You find our contact details on the <a href="/en/about/contacts/">Contacts page</a>.</p>',
                },
            ),
        ],
    },
}

# --- Staff contacts ---------------------------------------------------------------------------
_CONTACTS = {
    "fi": {
        "title": "Yhteystiedot",
        "lead": "<p>Voit ottaa yhteyttä työntekijöihimme suoraan puhelimella tai sähköpostilla. Nimeäsi ei tarvitse kertoa. Huomaa, että puhelinnumerosi tai sähköpostiosoitteesi näkyy meille – jos haluat pysyä täysin nimettömänä, käytä chattia. Hätätilanteessa soita <b>112</b>.</p>",
    },
    "sv": {
        "title": "Kontaktuppgifter",
        "lead": "<p>Du kan kontakta våra medarbetare direkt per telefon eller e-post. Du behöver inte säga ditt namn. Observera att vi ser ditt telefonnummer eller din e-postadress – om du vill vara helt anonym, använd chatten. Vid nödsituation, ring <b>112</b>.</p>",
    },
    "en": {
        "title": "Contacts",
        "lead": "<p>You can contact our workers directly by phone or e-mail. You do not have to give your name. Please note that we see your phone number or e-mail address – if you want to stay fully anonymous, use the chat. In an emergency, call <b>112</b>.</p>",
    },
}

from tukipiste.demo.languages import es, ro, ru, th  # noqa: E402 -- data merged below

for _code, _module in (("ru", ru), ("th", th), ("es", es), ("ro", ro)):
    _COMMUNITY[_code] = _module.COMMUNITY
    _NEWS_INDEX[_code] = _module.NEWS_INDEX
    _ABOUT[_code] = _module.ABOUT
    _PRINCIPLES[_code] = _module.PRINCIPLES
    _LEGISLATION[_code] = _module.LEGISLATION
    _STIGMA[_code] = _module.STIGMA
    _PROP_UP[_code] = _module.PROP_UP
    _CONTACTS[_code] = _module.CONTACTS

PAGES = [
    {"slug": "services", "kind": "content", "in_menu": True, "text": _SERVICES},
    {"slug": "chat", "kind": "chat", "in_menu": True, "text": _CHAT_PAGE},
    {"slug": "offices", "kind": "offices", "in_menu": True, "text": _OFFICES},
    {"slug": "help", "kind": "content", "in_menu": True, "text": _HELP},
    {"slug": "community", "kind": "content", "in_menu": True, "text": _COMMUNITY},
    {"slug": "news", "kind": "news_index", "in_menu": True, "text": _NEWS_INDEX},
    {"slug": "about", "kind": "content", "in_menu": True, "text": _ABOUT},
    {"slug": "principles", "kind": "content", "parent": "about", "text": _PRINCIPLES},
    {"slug": "legislation", "kind": "content", "parent": "about", "text": _LEGISLATION},
    {"slug": "stigma", "kind": "content", "parent": "about", "text": _STIGMA},
    {"slug": "prop-up", "kind": "content", "parent": "about", "text": _PROP_UP},
    {"slug": "contacts", "kind": "contacts", "parent": "about", "text": _CONTACTS},
]

NEWS = [
    {
        "slug": "turku-unit-opens",
        "date": dt.date(2016, 4, 4),
        "text": {
            "fi": {
                "title": "Tukipiste laajenee Turkuun",
                "summary": "Tukipiste saa Raha-automaattiyhdistykseltä (RAY) rahoituksen uuden yksikön perustamiseen Turkuun. Asiakastyö alkaa aikaisintaan elokuussa 2016.",
                "body": "<p>Tukipiste aloittaa toiminnan Turussa. Raha-automaattiyhdistys (RAY) rahoittaa kolmivuotisen projektin, jonka aikana Turun seudulle rakennetaan matalan kynnyksen palvelupiste. Se on tarkoitettu seksityöntekijöille ja erotiikka-alan ammattilaisille, jotka tarvitsevat apua ja tukea.</p><p>Maaliskuussa tapasimme ensimmäistä kertaa Turun kaupungin, Suomen Punaisen Ristin ja Rikosuhripäivystyksen edustajia. Kävimme yhdessä läpi suunnitelmaa ja seuraavia askelia. Puhuimme myös siitä, mikä tekee Turusta omanlaisensa läntisenä rannikkokaupunkina ja miten palvelumme voivat liittyä jo olemassa oleviin verkostoihin. Vastaanotto oli lämmin.</p><p>Kevään aikana kuuntelemme ihmisiä, joille palvelu on tarkoitettu: mitä uuden yksikön pitää ottaa huomioon ja millaisia palveluja tarvitaan? Samalla kokoamme projektille taustaryhmän tärkeimmistä yhteistyötahoista.</p><p>Yksikköön palkataan kaksi työntekijää, ja rekrytointi alkaa huhtikuussa. Asiakastyö alkaa aikaisintaan elokuussa 2016.</p>",
            },
            "sv": {
                "title": "Tukipiste utvidgar till Åbo",
                "summary": "Tukipiste får finansiering från Penningautomatföreningen (RAY) för att grunda en ny enhet i Åbo. Klientarbetet börjar tidigast i augusti 2016.",
                "body": "<p>Tukipiste inleder verksamhet i Åbo. Penningautomatföreningen (RAY) finansierar ett treårigt projekt där en lågtröskelenhet byggs upp i Åboregionen. Den är till för sexarbetare och yrkesverksamma inom erotikbranschen som behöver hjälp och stöd.</p><p>I mars träffade vi för första gången företrädare för Åbo stad, Finlands Röda Kors och Brottsofferjouren. Tillsammans gick vi igenom planen och de närmaste stegen. Vi talade också om vad som gör Åbo speciellt som kuststad i väster och om hur våra tjänster kan kopplas till de nätverk som redan finns. Vi blev varmt mottagna.</p><p>Under våren lyssnar vi på de människor som tjänsten är till för: vad ska den nya enheten ta hänsyn till och vilka tjänster behövs? Samtidigt samlar vi en referensgrupp med de viktigaste samarbetsparterna.</p><p>Enheten får två anställda, och rekryteringen börjar i april. Klientarbetet börjar tidigast i augusti 2016.</p>",
            },
            "en": {
                "title": "Tukipiste expands to Turku",
                "summary": "Tukipiste has received funding from the Slot Machine Association (RAY) to set up a new unit in Turku. Client work will start in August 2016 at the earliest.",
                "body": "<p>Tukipiste is starting work in Turku. The Slot Machine Association (RAY) is funding a three-year project to build a low-threshold unit in the Turku region. It will serve sex workers and professionals in the erotic industry who need help and support.</p><p>In March we met representatives of the City of Turku, the Finnish Red Cross and Victim Support Finland for the first time. Together we went through the plan and the next steps. We also talked about what makes Turku special as a coastal city in the west, and how our services can connect with the networks that already exist. We were warmly received.</p><p>During the spring we will listen to the people the service is for: what should the new unit take into account, and what services are needed? At the same time we are gathering an advisory group of our most important partners.</p><p>The unit will have two employees, and recruitment begins in April. Client work will start in August 2016 at the earliest.</p>",
            },
        },
    },
    {
        "slug": "peer-group-autumn",
        "date": dt.date(2026, 9, 1),
        "text": {
            "fi": {
                "title": "Monikulttuurinen vertaisryhmä toivottaa uudet tervetulleiksi",
                "summary": "Kesätauon jälkeen monikulttuurinen vertaisryhmä kokoontuu taas tiistaisin klo 14–16 Helsingissä. Uudet osallistujat ovat lämpimästi tervetulleita.",
                "body": "<p>Kesätauko on ohi, ja monikulttuurinen vertaisryhmä kokoontuu taas joka tiistai klo 14–16 Helsingin toimipisteessä. Uudet osallistujat ovat lämpimästi tervetulleita. Ilmoittautumista ei tarvita, eikä sinun tarvitse kertoa nimeäsi.</p><p>Ryhmä on kaikille, jotka myyvät tai ovat myyneet seksiä tai erotiikkapalveluja. Aloitamme vertaistoimijoiden valmistamalla ruoalla. Sitten juttelemme, jaamme kokemuksia ja suunnittelemme syksyn ohjelmaa – esimerkiksi luontoretkiä, kulttuuritapahtumia ja asiantuntijavierailuja. Työntekijät auttavat tarvittaessa tulkkauksessa.</p><p>Tule vain paikalle tiistaina. Jos haluat kysyä jotain etukäteen, kirjoita meille chatissa.</p>",
            },
            "sv": {
                "title": "Den mångkulturella kamratgruppen välkomnar nya deltagare",
                "summary": "Efter sommarpausen träffas den mångkulturella kamratgruppen igen på tisdagar kl. 14–16 i Helsingfors. Nya deltagare är varmt välkomna.",
                "body": "<p>Sommarpausen är över, och den mångkulturella kamratgruppen träffas igen varje tisdag kl. 14–16 på kontoret i Helsingfors. Nya deltagare är varmt välkomna. Du behöver inte anmäla dig, och du behöver inte säga ditt namn.</p><p>Gruppen är till för alla som säljer eller har sålt sex eller erotiska tjänster. Vi börjar med mat som kamratstödjarna har lagat. Sedan pratar vi, delar erfarenheter och planerar höstens program – till exempel utflykter i naturen, kulturevenemang och besök av sakkunniga. Medarbetarna hjälper till med tolkning vid behov.</p><p>Kom bara förbi en tisdag. Om du vill fråga något i förväg, skriv till oss i chatten.</p>",
            },
            "en": {
                "title": "The multicultural peer group welcomes newcomers",
                "summary": "After the summer break, the multicultural peer group meets again on Tuesdays 14–16 in Helsinki. New people are warmly welcome.",
                "body": "<p>The summer break is over, and the multicultural peer group meets again every Tuesday from 14 to 16 at our Helsinki office. Newcomers are warmly welcome. You do not need to sign up, and you do not need to tell us your name.</p><p>The group is for everyone who sells or has sold sex or erotic services. We begin with a meal cooked by our peer workers. Then we talk, share experiences and plan the autumn programme – for example nature trips, cultural events and visits by guest experts. Workers help with interpreting when needed.</p><p>Just come along on a Tuesday. If you want to ask something first, write to us in the chat.</p>",
            },
        },
    },
    {
        "slug": "chat-duty-evenings",
        "date": dt.date(2026, 10, 15),
        "text": {
            "fi": {
                "title": "Chat-päivystys nyt myös keskiviikkoiltaisin",
                "summary": "Nimetön chat on nyt auki myös keskiviikkoisin klo 18–21. Iltavuorosta vastaa Helsingin toimipiste.",
                "body": '<p>Moni on kertonut meille, että päivällä on vaikea ehtiä chattiin. Siksi aloitamme iltavuoron. Nimetön chat on nyt auki myös <b>keskiviikkoisin klo 18–21</b>. Iltavuorossa päivystävät Helsingin toimipisteen työntekijät, mutta voit kirjoittaa meille mistä päin Suomea tahansa.</p><p>Chat toimii kuten ennenkin: ei nimeä, ei tunnuksia, ei maksua. Jos kaikki työntekijät ovat varattuja, näet paikkasi jonossa. Kun chat on kiinni, voit jättää viestin ja lukea vastauksen myöhemmin koodin avulla.</p><p>Kaikki chat-ajat löydät <a href="/fi/chat/">Chat-sivulta</a>.</p>',
            },
            "sv": {
                "title": "Chattjouren nu också på onsdagskvällar",
                "summary": "Den anonyma chatten är nu också öppen på onsdagar kl. 18–21. Kvällspasset sköts av kontoret i Helsingfors.",
                "body": '<p>Många har berättat för oss att det är svårt att hinna chatta under dagen. Därför inför vi ett kvällspass. Den anonyma chatten är nu också öppen på <b>onsdagar kl. 18–21</b>. Kvällspasset sköts av medarbetarna på kontoret i Helsingfors, men du kan skriva till oss var du än bor i Finland.</p><p>Chatten fungerar som förut: inget namn, inget konto, ingen avgift. Om alla medarbetare är upptagna ser du din plats i kön. När chatten är stängd kan du lämna ett meddelande och läsa svaret senare med hjälp av en kod.</p><p>Alla chattider hittar du på <a href="/sv/chat/">sidan Chatt</a>.</p>',
            },
            "en": {
                "title": "Chat duty now also on Wednesday evenings",
                "summary": "The anonymous chat is now also open on Wednesdays 18–21. The evening shift is run by our Helsinki office.",
                "body": '<p>Many of you have told us that it is hard to find time for the chat during the day. So we are adding an evening shift. The anonymous chat is now also open on <b>Wednesdays from 18 to 21</b>. Workers from our Helsinki office are on duty in the evening, but you can write to us from anywhere in Finland.</p><p>The chat works as before: no name, no account, no cost. If all workers are busy, you see your place in the queue. When the chat is closed, you can leave a message and read the reply later with a code.</p><p>You find all chat hours on the <a href="/en/chat/">Chat page</a>.</p>',
            },
        },
    },
]

for _article in NEWS:
    for _code, _module in (("ru", ru), ("th", th), ("es", es), ("ro", ro)):
        if _article["slug"] in _module.NEWS:
            _article["text"][_code] = _module.NEWS[_article["slug"]]  # type: ignore[index]

# Invented people: names, phone numbers and addresses do not belong to anyone real.
_SOCIAL_COUNSELLOR_F = {
    "fi": "Sosiaaliohjaaja",
    "sv": "Socialhandledare",
    "en": "Social counsellor",
    "ru": "Социальный консультант",
    "th": "เจ้าหน้าที่ให้คำปรึกษาด้านสังคม",
    "es": "Asesora social",
    "ro": "Consilieră socială",
}

STAFF = [
    {
        "name": "Kaisa Mäkelä",
        "role": _SOCIAL_COUNSELLOR_F,
        "office": "helsinki",
        "languages": "suomi, svenska, English",
        "phone": "+358 40 000 1101",
        "email": "kaisa.makela@tukipiste.example",
    },
    {
        "name": "Olga Nieminen",
        "role": _SOCIAL_COUNSELLOR_F,
        "office": "helsinki",
        "languages": "русский, suomi, English",
        "phone": "+358 40 000 1102",
        "email": "olga.nieminen@tukipiste.example",
    },
    {
        "name": "Riikka Salo",
        "role": {
            "fi": "Yhteisötyön koordinaattori",
            "sv": "Koordinator för gemenskapsverksamhet",
            "en": "Community activities coordinator",
            "ru": "Координатор групп и работы с сообществом",
            "th": "ผู้ประสานงานกิจกรรมชุมชน",
            "es": "Coordinadora de actividades comunitarias",
            "ro": "Coordonatoare a activităților comunitare",
        },
        "office": "helsinki",
        "languages": "suomi, English",
        "phone": "+358 40 000 1103",
        "email": "riikka.salo@tukipiste.example",
    },
    {
        "name": "Malee Korhonen",
        "role": {
            "fi": "Vertaistoimija",
            "sv": "Kamratstödjare",
            "en": "Peer worker",
            "ru": "Равный консультант",
            "th": "เจ้าหน้าที่เพื่อนช่วยเพื่อน",
            "es": "Educadora de pares",
            "ro": "Educatoare de la egal la egal",
        },
        "office": "helsinki",
        "languages": "ไทย, English, suomi",
        "phone": "+358 40 000 1104",
        "email": "malee.korhonen@tukipiste.example",
    },
    {
        "name": "Mervi Koskinen",
        "role": {
            "fi": "Sairaanhoitaja",
            "sv": "Sjukskötare",
            "en": "Nurse",
            "ru": "Медсестра",
            "th": "พยาบาล",
            "es": "Enfermera",
            "ro": "Asistentă medicală",
        },
        "office": "tampere",
        "languages": "suomi, English",
        "phone": "+358 40 000 1201",
        "email": "mervi.koskinen@tukipiste.example",
    },
    {
        "name": "Lucía Ahonen",
        "role": _SOCIAL_COUNSELLOR_F,
        "office": "tampere",
        "languages": "español, English, suomi",
        "phone": "+358 40 000 1202",
        "email": "lucia.ahonen@tukipiste.example",
    },
    {
        "name": "Ioana Heikkilä",
        "role": _SOCIAL_COUNSELLOR_F,
        "office": "turku",
        "languages": "română, English, suomi",
        "phone": "+358 40 000 1301",
        "email": "ioana.heikkila@tukipiste.example",
    },
    {
        "name": "Tuomas Rantanen",
        "role": {
            "fi": "Projektikoordinaattori, Prop up (valtakunnallinen etsivä työ)",
            "sv": "Projektkoordinator, Prop up (riksomfattande uppsökande arbete)",
            "en": "Project coordinator, Prop up (national outreach)",
            "ru": "Координатор проекта Prop up (аутрич-работа по всей Финляндии)",
            "th": "ผู้ประสานงานโครงการ Prop up (งานเข้าถึงชุมชนทั่วประเทศ)",
            "es": "Coordinador del proyecto Prop up (trabajo de proximidad en todo el país)",
            "ro": "Coordonator al proiectului Prop up (muncă de teren la nivel național)",
        },
        "office": None,
        "languages": "suomi, svenska, English",
        "phone": "+358 40 000 1401",
        "email": "tuomas.rantanen@tukipiste.example",
    },
]
