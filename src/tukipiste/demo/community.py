# ruff: noqa: E501 -- the demo texts read best one per line
"""The demo's community activities: the three Helsinki groups with their real rhythms and
two one-off events, written through ``community.services``. Idempotent by slug."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model

from tukipiste.community import selectors as community
from tukipiste.community import services
from tukipiste.community.models import Audience
from tukipiste.community.recurrence import aware
from tukipiste.offices import selectors as offices

T = dt.time

GROUPS = [
    {
        "slug": "multicultural-peer-group",
        "audience": Audience.OPEN,
        "languages": "fi, en, ru, th, es, ro",
        "starts_on": dt.date(2026, 1, 13),  # a Tuesday
        "start_time": T(14),
        "end_time": T(16),
        "interval_weeks": 1,
        "shared_meal": True,
        "interpreting": True,
        "facilitators": ("worker", "peer"),
        "names": {
            "fi": "Monikulttuurinen vertaisryhmä",
            "sv": "Mångkulturell kamratgrupp",
            "en": "Multicultural peer group",
            "ru": "Мультикультурная группа взаимной поддержки",
            "th": "กลุ่มเพื่อนช่วยเพื่อนหลากวัฒนธรรม",
            "es": "Grupo multicultural de apoyo entre pares",
            "ro": "Grup multicultural de sprijin între egali",
        },
        "descriptions": {
            "fi": "Syömme ensin yhdessä vertaistoimijoiden valmistamaa ruokaa. Sitten jutellaan arjen asioista, välillä vieraana on asiantuntija, ja joskus lähdemme retkelle.",
            "sv": "Först äter vi tillsammans mat som kamratstödjarna har lagat. Sedan pratar vi om vardagen; ibland kommer en gäst som berättar om något, ibland gör vi en utflykt.",
            "en": "We first share a meal cooked by our peer workers. Then we talk about everyday matters; sometimes a guest expert visits, sometimes we go on a trip.",
            "ru": "Сначала мы вместе едим еду, которую готовят равные консультанты. Потом говорим о повседневных делах; иногда приходит приглашённый специалист, иногда мы едем на экскурсию.",
            "th": "เราเริ่มด้วยการกินอาหารที่เพื่อนอาสาทำร่วมกัน จากนั้นคุยกันเรื่องชีวิตประจำวัน บางครั้งมีผู้เชี่ยวชาญมาเล่าให้ฟัง บางครั้งเราไปเที่ยวด้วยกัน",
            "es": "Primero compartimos una comida preparada por nuestras compañeras pares. Después hablamos de la vida diaria; a veces viene una persona experta invitada y a veces salimos de excursión.",
            "ro": "Mai întâi mâncăm împreună o masă gătită de colegii noștri pari. Apoi vorbim despre viața de zi cu zi; uneori vine un invitat specialist, alteori mergem într-o excursie.",
        },
    },
    {
        "slug": "pro-group",
        "audience": Audience.PEERS,
        "languages": "fi, en",
        "starts_on": dt.date(2026, 1, 8),  # a Thursday; every second week from here
        "start_time": T(17),
        "end_time": T(19, 30),
        "interval_weeks": 2,
        "facilitators": ("peer",),
        "names": {
            "fi": "PRO-ryhmä",
            "sv": "PRO-gruppen",
            "en": "PRO-Group",
            "ru": "PRO-группа",
            "th": "กลุ่ม PRO",
            "es": "Grupo PRO",
            "ro": "Grupul PRO",
        },
        "descriptions": {
            "fi": "Vertaistukiryhmä vain niille, joilla on omaa kokemusta seksityöstä. Tervetuloa, olitpa vasta aloittanut, tehnyt työtä pitkään tai miettimässä lopettamista. Se, mitä ryhmässä puhutaan, jää ryhmään.",
            "sv": "En kamratstödsgrupp bara för personer med egen erfarenhet av sexarbete. Välkommen oavsett om du precis har börjat, har jobbat länge eller funderar på att sluta. Det som sägs i gruppen stannar där.",
            "en": "A peer support group only for people with their own experience of sex work. Welcome whether you have just started, have worked for long or are thinking of stopping. What is said in the group stays there.",
            "ru": "Группа взаимной поддержки только для людей с собственным опытом секс-работы. Приходите, даже если вы только начали, работаете давно или думаете закончить. Всё сказанное в группе остаётся в группе.",
            "th": "กลุ่มเพื่อนช่วยเพื่อนสำหรับคนที่มีประสบการณ์งานบริการทางเพศด้วยตัวเองเท่านั้น ยินดีต้อนรับ ไม่ว่าคุณเพิ่งเริ่ม ทำมานาน หรือกำลังคิดจะเลิก สิ่งที่พูดกันในกลุ่มจะอยู่ในกลุ่ม",
            "es": "Un grupo de apoyo solo para personas con experiencia propia en el trabajo sexual. Bienvenida tanto si acabas de empezar, llevas años o piensas dejarlo. Lo que se habla en el grupo se queda en el grupo.",
            "ro": "Un grup de sprijin doar pentru persoane cu experiență proprie în munca sexuală. Ești binevenit(ă) fie că abia ai început, lucrezi de mult sau te gândești să te oprești. Ce se spune în grup rămâne în grup.",
        },
    },
    {
        "slug": "english-group",
        "audience": Audience.OPEN,
        "languages": "en",
        "starts_on": dt.date(2026, 1, 16),  # a Friday
        "start_time": T(14),
        "end_time": T(16),
        "interval_weeks": 1,
        "facilitators": ("worker",),
        "names": {
            "fi": "Englannin keskusteluryhmä",
            "sv": "Samtalsgrupp på engelska",
            "en": "English conversation group",
            "ru": "Разговорная группа английского языка",
            "th": "กลุ่มฝึกสนทนาภาษาอังกฤษ",
            "es": "Grupo de conversación en inglés",
            "ro": "Grup de conversație în engleză",
        },
        "descriptions": {
            "fi": "Harjoitellaan englantia rennossa porukassa ja puhutaan maailman tapahtumista. Ryhmää vetää vapaaehtoinen opettaja.",
            "sv": "Vi övar engelska i ett avslappnat gäng och pratar om vad som händer i världen. En frivillig lärare leder gruppen.",
            "en": "Practise English in a relaxed group and talk about what is happening in the world. A volunteer teacher leads the group.",
            "ru": "Практикуем английский в непринуждённой обстановке и обсуждаем события в мире. Группу ведёт преподаватель-волонтёр.",
            "th": "ฝึกภาษาอังกฤษแบบสบาย ๆ และคุยเรื่องที่เกิดขึ้นในโลก มีครูอาสาสมัครเป็นผู้นำกลุ่ม",
            "es": "Practica inglés en un ambiente relajado y habla de lo que pasa en el mundo. Un profesor voluntario dirige el grupo.",
            "ro": "Exersăm engleza într-un grup relaxat și vorbim despre ce se întâmplă în lume. Grupul este condus de un profesor voluntar.",
        },
    },
]

EVENTS = [
    {
        "names": {
            "fi": "Museovierailu: Ateneum",
            "sv": "Museibesök: Ateneum",
            "en": "Museum visit: Ateneum",
            "ru": "Поход в музей: Атенеум",
            "th": "เที่ยวพิพิธภัณฑ์ Ateneum",
            "es": "Visita al museo Ateneum",
            "ro": "Vizită la muzeul Ateneum",
        },
        "descriptions": {
            "fi": "Tutustumme taidemuseoon yhdessä. Liput ovat maksuttomia.",
            "sv": "Vi besöker konstmuseet tillsammans. Biljetterna är gratis.",
            "en": "We visit the art museum together. Tickets are free.",
            "ru": "Вместе посещаем художественный музей. Билеты бесплатные.",
            "th": "ไปชมพิพิธภัณฑ์ศิลปะด้วยกัน ไม่ต้องเสียค่าตั๋ว",
            "es": "Visitamos juntas el museo de arte. Las entradas son gratuitas.",
            "ro": "Vizităm împreună muzeul de artă. Biletele sunt gratuite.",
        },
        "starts": (dt.date(2026, 12, 12), T(13)),
        "ends": (dt.date(2026, 12, 12), T(15)),
        "place": "Ateneum, Kaivokatu 2, Helsinki",
        "audience": Audience.OPEN,
        "languages": "fi, en",
        "places": 12,
    },
    {
        "names": {
            "fi": "Retki Nuuksion kansallispuistoon",
            "sv": "Utflykt till Noux nationalpark",
            "en": "Trip to Nuuksio National Park",
            "ru": "Поездка в национальный парк Нууксио",
            "th": "เที่ยวอุทยานแห่งชาติ Nuuksio",
            "es": "Excursión al Parque Nacional de Nuuksio",
            "ro": "Excursie în Parcul Național Nuuksio",
        },
        "descriptions": {
            "fi": "Kävelemme lyhyen luontopolun ja paistamme makkaraa nuotiolla. Matkat ja eväät tarjoamme me.",
            "sv": "Vi går en kort naturstig och grillar korv vid lägerelden. Resorna och matsäcken står vi för.",
            "en": "We walk a short nature trail and grill by the campfire. We pay for the travel and the food.",
            "ru": "Пройдём короткую природную тропу и пожарим сосиски на костре. Дорогу и еду оплачиваем мы.",
            "th": "เดินเส้นทางธรรมชาติสั้น ๆ และย่างไส้กรอกรอบกองไฟ เราออกค่าเดินทางและอาหารให้",
            "es": "Caminamos por un sendero corto y asamos salchichas en la hoguera. Nosotras pagamos el viaje y la comida.",
            "ro": "Facem o plimbare scurtă pe o potecă și frigem cârnați la foc. Noi plătim drumul și mâncarea.",
        },
        "starts": (dt.date(2027, 1, 23), T(10)),
        "ends": (dt.date(2027, 1, 23), T(15)),
        "place": "Haukkalammentie, Espoo (we leave together from the office at 9.15)",
        "audience": Audience.OPEN,
        "languages": "fi, en, ru",
        "places": 15,
    },
]


def load_community() -> int:
    """Create the demo groups and events that are missing; return how many were created."""
    office = offices.all_offices().filter(slug="helsinki").first()
    if office is None:
        return 0
    users = {
        u.username: u for u in get_user_model().objects.filter(username__in=["worker", "peer"])
    }
    created = 0
    for spec in GROUPS:
        if community.group_by_slug(slug=str(spec["slug"])) is not None:
            continue
        fields = {k: v for k, v in spec.items() if k != "facilitators"}
        services.create_group(
            office=office,
            facilitators=[users[name] for name in spec["facilitators"] if name in users],  # type: ignore[attr-defined]
            **fields,  # type: ignore[arg-type]
        )
        created += 1
    if not community.has_events():
        for event in EVENTS:
            services.create_event(
                office=office,
                names=event["names"],  # type: ignore[arg-type]
                descriptions=event["descriptions"],  # type: ignore[arg-type]
                starts_at=aware(*event["starts"]),  # type: ignore[misc]
                ends_at=aware(*event["ends"]),  # type: ignore[misc]
                place=str(event["place"]),
                audience=str(event["audience"]),
                languages=str(event["languages"]),
                signup=True,
                places=int(event["places"]),  # type: ignore[call-overload]
            )
            created += 1
    return created
