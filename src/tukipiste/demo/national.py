"""Demo data of the national project: partners in towns with and without an office, their
history of cooperation, service paths in every site language, consultations and trainings
given to local professionals, and the project's goals (the seeds name 10–15 localities
reached in 2018–2020).

Organisation and person names are invented; the kinds of service are those a town has.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from tukipiste.national import selectors as national
from tukipiste.national import services
from tukipiste.national.choices import CooperationKind, Indicator, Need, PartnerKind, TrainingForm
from tukipiste.offices import selectors as offices

# slug: Finnish genitive (for the partners' own names), letters-of-intent year or None.
TOWNS: dict[str, tuple[str, int | None]] = {
    "turku": ("Turun", 2018),
    "tampere": ("Tampereen", 2018),
    "oulu": ("Oulun", 2018),
    "jyvaskyla": ("Jyväskylän", 2019),
    "kuopio": ("Kuopion", 2019),
    "lahti": ("Lahden", 2019),
    "vaasa": ("Vaasan", 2020),
    "joensuu": ("Joensuun", 2020),
    "pori": ("Porin", None),
    "rovaniemi": ("Rovaniemen", None),
}

# (partner kind, Finnish name after the town's genitive, need it takes or None, languages)
PARTNERS: list[tuple[str, str, str | None, str]] = [
    (PartnerKind.SEXUAL_HEALTH, "seksuaaliterveysklinikka", Need.SEXUAL_HEALTH, "fi, sv, en"),
    (PartnerKind.CRISIS_HELP, "kriisikeskus Tuulensuoja", Need.CRISIS, "fi, en"),
    (PartnerKind.CRISIS_HELP, "ensi- ja turvakoti", Need.VIOLENCE, "fi, sv, en, ru"),
    (PartnerKind.HOUSING, "asumisneuvonta", Need.HOUSING, "fi, en"),
    (PartnerKind.LEGAL, "oikeusaputoimisto", Need.LEGAL_RESIDENCE, "fi, sv, en"),
    (PartnerKind.SUBSTANCE_USE, "päihdepoliklinikka", Need.SUBSTANCE_USE, "fi, en, ru"),
    (PartnerKind.POLICE, "poliisiaseman ennalta estävä toiminta", None, "fi, en"),
    (PartnerKind.NGO, "Monikulttuurikeskus Silta ry", None, "fi, en, ru, th"),
]
# Towns where the project has only begun: the first two partners.
FIRST_STEPS = {"pori", "rovaniemi"}

L = dict[str, str]
TEXTS: dict[str, dict[str, L]] = {
    Need.SEXUAL_HEALTH: {
        "service": {
            "fi": "Seksuaaliterveyden poliklinikka",
            "sv": "Mottagning för sexuell hälsa",
            "en": "Sexual health clinic",
            "ru": "Клиника сексуального здоровья",
            "th": "คลินิกสุขภาพทางเพศ",
            "es": "Clínica de salud sexual",
            "ro": "Clinică de sănătate sexuală",
        },
        "hours": {
            "fi": "ma–pe klo 8–15",
            "sv": "mån–fre kl. 8–15",
            "en": "Mon–Fri 8 am–3 pm",
            "ru": "пн–пт 8:00–15:00",
            "th": "จันทร์–ศุกร์ 08.00–15.00 น.",
            "es": "lun.–vie. 8:00–15:00",
            "ro": "lun.–vin. 8:00–15:00",
        },
        "description": {
            "fi": "Maksuton testaus ja hoito sukupuolitautien vuoksi, myös jos et asu Suomessa"
            " vakituisesti. Lähetettä ei tarvita. Voit pyytää tulkin.",
            "sv": "Avgiftsfri testning och behandling av sexuellt överförbara infektioner, även"
            " om du inte bor i Finland permanent. Du behöver ingen remiss. Du kan be om tolk.",
            "en": "Free testing and treatment for sexually transmitted infections, also if you do"
            " not live in Finland permanently. No referral needed. You can ask for an"
            " interpreter.",
            "ru": "Бесплатное обследование и лечение инфекций, передающихся половым путём, в том"
            " числе если вы не живёте в Финляндии постоянно. Направление не нужно. Можно"
            " попросить переводчика.",
            "th": "ตรวจและรักษาโรคติดต่อทางเพศสัมพันธ์ฟรี แม้ไม่ได้อาศัยอยู่ในฟินแลนด์เป็นการถาวร"
            " ไม่ต้องมีใบส่งตัว ขอล่ามได้",
            "es": "Pruebas y tratamiento gratuitos de infecciones de transmisión sexual, también si"
            " no vives en Finlandia de forma permanente. No necesitas derivación. Puedes pedir"
            " un intérprete.",
            "ro": "Testare și tratament gratuite pentru infecțiile cu transmitere sexuală, chiar"
            " dacă nu locuiești permanent în Finlanda. Nu ai nevoie de trimitere. Poți cere un"
            " interpret.",
        },
    },
    Need.CRISIS: {
        "service": {
            "fi": "Kriisikeskus",
            "sv": "Kriscenter",
            "en": "Crisis centre",
            "ru": "Кризисный центр",
            "th": "ศูนย์ช่วยเหลือผู้ประสบภาวะวิกฤต",
            "es": "Centro de crisis",
            "ro": "Centru de criză",
        },
        "hours": {
            "fi": "ma–pe klo 9–16",
            "sv": "mån–fre kl. 9–16",
            "en": "Mon–Fri 9 am–4 pm",
            "ru": "пн–пт 9:00–16:00",
            "th": "จันทร์–ศุกร์ 09.00–16.00 น.",
            "es": "lun.–vie. 9:00–16:00",
            "ro": "lun.–vin. 9:00–16:00",
        },
        "description": {
            "fi": "Keskusteluapua, kun on tapahtunut jotain järkyttävää tai kaikki tuntuu"
            " ylivoimaiselta. Käynnit ovat maksuttomia eikä lähetettä tarvita. Soita ja sovi aika.",
            "sv": "Samtalsstöd när något omskakande har hänt eller allt känns övermäktigt. Besöken"
            " är avgiftsfria och du behöver ingen remiss. Ring och boka en tid.",
            "en": "Someone to talk to when something shocking has happened or everything feels too"
            " much. Visits are free and need no referral. Call to agree on a time.",
            "ru": "Поддержка и разговор, если случилось что-то тяжёлое или кажется, что вы не"
            " справляетесь. Приём бесплатный, направление не нужно. Позвоните и договоритесь о"
            " времени.",
            "th": "มีคนรับฟังเมื่อเกิดเรื่องที่สะเทือนใจหรือรู้สึกว่ารับมือไม่ไหว ไม่เสียค่าใช้จ่าย"
            " และไม่ต้องมีใบส่งตัว โทรนัดเวลาได้",
            "es": "Alguien con quien hablar cuando ha pasado algo impactante o todo se te hace"
            " demasiado. Las visitas son gratuitas y no necesitas derivación. Llama para"
            " acordar una hora.",
            "ro": "Cineva cu care să vorbești când s-a întâmplat ceva șocant sau totul pare prea"
            " greu. Vizitele sunt gratuite și nu ai nevoie de trimitere. Sună ca să stabilești"
            " o oră.",
        },
    },
    Need.VIOLENCE: {
        "service": {
            "fi": "Turvakoti",
            "sv": "Skyddshem",
            "en": "Shelter",
            "ru": "Убежище для пострадавших от насилия",
            "th": "บ้านพักปลอดภัยสำหรับผู้ถูกกระทำความรุนแรง",
            "es": "Casa de acogida",
            "ro": "Adăpost pentru victimele violenței",
        },
        "hours": {
            "fi": "avoinna ympäri vuorokauden",
            "sv": "öppet dygnet runt",
            "en": "open 24 hours a day",
            "ru": "круглосуточно",
            "th": "เปิด 24 ชั่วโมง",
            "es": "abierto las 24 horas",
            "ro": "deschis non-stop",
        },
        "description": {
            "fi": "Turvallinen paikka, jos sinua on uhattu tai sinuun on kohdistunut väkivaltaa."
            " Voit tulla yksin tai lasten kanssa ja soittaa milloin tahansa. Palvelu on"
            " maksuton.",
            "sv": "En trygg plats om du har blivit hotad eller utsatt för våld. Du kan komma"
            " ensam eller med barn och ringa när som helst. Det kostar ingenting.",
            "en": "A safe place if you have been threatened or hurt. You can come alone or with"
            " your children, and call at any time. It is free.",
            "ru": "Безопасное место, если вам угрожали или вы пострадали от насилия. Можно прийти"
            " одному или с детьми и позвонить в любое время. Это бесплатно.",
            "th": "ที่พักที่ปลอดภัยหากคุณถูกข่มขู่หรือถูกทำร้าย มาคนเดียวหรือพาลูกมาด้วยก็ได้"
            " โทรได้ตลอดเวลา ไม่เสียค่าใช้จ่าย",
            "es": "Un lugar seguro si te han amenazado o agredido. Puedes venir sola, solo o con"
            " tus hijos, y llamar a cualquier hora. Es gratuito.",
            "ro": "Un loc sigur dacă ai fost amenințat sau agresat. Poți veni singur sau cu copiii"
            " și poți suna oricând. Este gratuit.",
        },
    },
    Need.HOUSING: {
        "service": {
            "fi": "Asumisneuvonta",
            "sv": "Boenderådgivning",
            "en": "Housing advice",
            "ru": "Консультации по жилью",
            "th": "บริการให้คำปรึกษาเรื่องที่อยู่อาศัย",
            "es": "Asesoría de vivienda",
            "ro": "Consiliere pentru locuință",
        },
        "hours": {
            "fi": "ma–to klo 9–15",
            "sv": "mån–tors kl. 9–15",
            "en": "Mon–Thu 9 am–3 pm",
            "ru": "пн–чт 9:00–15:00",
            "th": "จันทร์–พฤหัสบดี 09.00–15.00 น.",
            "es": "lun.–jue. 9:00–15:00",
            "ro": "lun.–joi 9:00–15:00",
        },
        "description": {
            "fi": "Apua, jos vuokra on jäänyt maksamatta, asunto on menossa alta tai et tiedä,"
            " mistä löytäisit asunnon. Neuvonta on maksutonta.",
            "sv": "Hjälp om hyran är obetald, du håller på att förlora bostaden eller inte vet var"
            " du kan hitta en bostad. Rådgivningen är avgiftsfri.",
            "en": "Help if you are behind with the rent, about to lose your home, or do not know"
            " where to find a place to live. The advice is free.",
            "ru": "Помощь, если вы задолжали за аренду, можете потерять жильё или не знаете, где"
            " найти квартиру. Консультации бесплатные.",
            "th": "ช่วยเหลือเมื่อค้างค่าเช่า กำลังจะเสียที่พัก หรือไม่รู้ว่าจะหาที่อยู่ได้ที่ไหน ให้คำปรึกษาฟรี",
            "es": "Ayuda si debes el alquiler, estás a punto de perder tu vivienda o no sabes dónde"
            " encontrar un lugar para vivir. El asesoramiento es gratuito.",
            "ro": "Ajutor dacă ai restanțe la chirie, riști să-ți pierzi locuința sau nu știi unde"
            " să găsești una. Consilierea este gratuită.",
        },
    },
    Need.LEGAL_RESIDENCE: {
        "service": {
            "fi": "Oikeusaputoimisto",
            "sv": "Rättshjälpsbyrå",
            "en": "Public legal aid office",
            "ru": "Государственное бюро юридической помощи",
            "th": "สำนักงานช่วยเหลือทางกฎหมายของรัฐ",
            "es": "Oficina pública de asistencia jurídica",
            "ro": "Birou public de asistență juridică",
        },
        "hours": {
            "fi": "ma–pe klo 8–16",
            "sv": "mån–fre kl. 8–16",
            "en": "Mon–Fri 8 am–4 pm",
            "ru": "пн–пт 8:00–16:00",
            "th": "จันทร์–ศุกร์ 08.00–16.00 น.",
            "es": "lun.–vie. 8:00–16:00",
            "ro": "lun.–vin. 8:00–16:00",
        },
        "description": {
            "fi": "Neuvoja oleskeluluvasta, oikeuksistasi työssä ja muista oikeudellisista"
            " asioista. Pienituloiselle apu voi olla maksutonta. Voit pyytää tulkin.",
            "sv": "Råd om uppehållstillstånd, dina rättigheter i arbetet och andra juridiska"
            " frågor. Har du låga inkomster kan hjälpen vara avgiftsfri. Du kan be om tolk.",
            "en": "Advice on residence permits, your rights at work and other legal matters. If"
            " your income is low, the help can be free. You can ask for an interpreter.",
            "ru": "Консультации по виду на жительство, вашим правам на работе и другим юридическим"
            " вопросам. При низком доходе помощь может быть бесплатной. Можно попросить"
            " переводчика.",
            "th": "ให้คำแนะนำเรื่องใบอนุญาตพำนัก สิทธิของคุณในการทำงาน และเรื่องกฎหมายอื่น ๆ"
            " หากมีรายได้น้อยอาจไม่เสียค่าใช้จ่าย ขอล่ามได้",
            "es": "Asesoramiento sobre el permiso de residencia, tus derechos en el trabajo y otros"
            " asuntos legales. Si tus ingresos son bajos, la ayuda puede ser gratuita. Puedes"
            " pedir un intérprete.",
            "ro": "Sfaturi despre permisul de ședere, drepturile tale la muncă și alte probleme"
            " juridice. Dacă ai venituri mici, ajutorul poate fi gratuit. Poți cere un"
            " interpret.",
        },
    },
    Need.SUBSTANCE_USE: {
        "service": {
            "fi": "Päihdepoliklinikka",
            "sv": "Mottagning för missbruk och beroende",
            "en": "Substance use clinic",
            "ru": "Центр помощи при зависимостях",
            "th": "คลินิกช่วยเหลือเรื่องแอลกอฮอล์และสารเสพติด",
            "es": "Centro de atención a las adicciones",
            "ro": "Centru de consiliere pentru dependențe",
        },
        "hours": {
            "fi": "ma–pe klo 8–15",
            "sv": "mån–fre kl. 8–15",
            "en": "Mon–Fri 8 am–3 pm",
            "ru": "пн–пт 8:00–15:00",
            "th": "จันทร์–ศุกร์ 08.00–15.00 น.",
            "es": "lun.–vie. 8:00–15:00",
            "ro": "lun.–vin. 8:00–15:00",
        },
        "description": {
            "fi": "Tukea, jos alkoholin, lääkkeiden tai huumeiden käyttö huolettaa. Vastaanotolle"
            " pääsee ilman lähetettä, ja sieltä saa myös puhtaita välineitä.",
            "sv": "Stöd om du är orolig för ditt bruk av alkohol, läkemedel eller droger. Du kan"
            " komma utan remiss och också få rena verktyg.",
            "en": "Support if you worry about your use of alcohol, medicines or drugs. You can come"
            " without a referral and also get clean equipment.",
            "ru": "Поддержка, если вас беспокоит употребление алкоголя, лекарств или наркотиков."
            " Можно прийти без направления; здесь также выдают чистые принадлежности.",
            "th": "ช่วยเหลือหากคุณกังวลเรื่องการดื่มแอลกอฮอล์ การใช้ยา หรือสารเสพติด"
            " มาได้โดยไม่ต้องมีใบส่งตัว และรับอุปกรณ์ที่สะอาดได้",
            "es": "Apoyo si te preocupa tu consumo de alcohol, medicamentos o drogas. Puedes ir sin"
            " derivación y también conseguir material limpio.",
            "ro": "Sprijin dacă te îngrijorează consumul de alcool, medicamente sau droguri. Poți"
            " veni fără trimitere și poți primi și echipament curat.",
        },
    },
}

HOW_TO_REFER: dict[str, str] = {
    Need.SEXUAL_HEALTH: "Soita ajanvaraukseen ja kerro, että ohjaus tulee Tukipisteestä."
    " Ensikäynnille voi tulla ilman henkilötunnusta; tulkki tilataan ajanvarauksen yhteydessä.",
    Need.CRISIS: "Asiakas voi soittaa itse; työntekijä voi soittaa yhdessä asiakkaan kanssa."
    " Kiireellisessä tilanteessa pyydä päivystävää työntekijää.",
    Need.VIOLENCE: "Turvakotiin voi soittaa ympäri vuorokauden. Sovi kuljetuksesta"
    " turvakodin kanssa; osoitetta ei kerrota puhelimessa.",
    Need.HOUSING: "Lähetä yhteydenottopyyntö asumisneuvojalle asiakkaan luvalla; asiakas voi"
    " myös mennä ilman ajanvarausta tiistaisin.",
    Need.LEGAL_RESIDENCE: "Varaa aika oikeusavustajalle; ota mukaan oleskelulupapäätös ja"
    " mahdolliset kirjeet. Tulkki tilataan etukäteen.",
    Need.SUBSTANCE_USE: "Asiakas voi mennä suoraan aamun avoimelle vastaanotolle."
    " Terveysneuvontapiste samassa talossa.",
}

FIRST_NAMES = ["Kaisa", "Ville", "Noora", "Jari", "Sanna", "Tuomas", "Riikka", "Olli"]
LAST_NAMES = ["Rinnekoski", "Vaarala", "Mäntyharju", "Kettunen", "Lahdenperä", "Saarnio"]
TRAINING_TOPICS = [
    "Seksityö ja ihmiskaupan tunnistaminen",
    "Seksityötä tekevien kohtaaminen sote-palveluissa",
    "Haittoja vähentävä työote",
    "Seksuaaliterveys ja testaus matalalla kynnyksellä",
    "Oleskelulupa ja seksityötä tekevän oikeudet",
]


@transaction.atomic
def load_national() -> int:
    """Create the project's demo partners, paths, trainings and goals once; return how many
    partners were created (0 when they exist)."""
    if _has_partners():
        return 0
    rng = random.Random(13)
    localities = {loc.slug: loc for loc in offices.all_localities()}
    workers = list(
        get_user_model().objects.filter(username__in=["worker", "worker-turku", "coordinator"])
    )
    made = 0
    for slug, (genitive, letter_year) in TOWNS.items():
        locality = localities.get(slug)
        if locality is None:
            continue
        specs = PARTNERS[:2] if slug in FIRST_STEPS else PARTNERS
        partners = []
        for order, (kind, name, need, languages) in enumerate(specs):
            signed = (
                dt.date(letter_year + (order % 3 == 2), 1 + (order * 3) % 12, 10 + order)
                if letter_year and order < 3
                else None
            )
            person = (
                f"{FIRST_NAMES[(order + len(slug)) % 8]} {LAST_NAMES[(order * 5 + len(slug)) % 6]}"
            )
            partner = services.create_partner(
                name=f"{genitive} {name}"
                if not name[0].isupper()
                else f"{name}, {locality.name_fi}",
                kind=kind,
                locality=locality,
                letter_of_intent_on=signed,
                notes="Yhteistyö alkoi Prop up -hankkeen kiertueella." if signed else "",
                contact_persons=[
                    {
                        "name": person,
                        "role": "yhteyshenkilö",
                        "phone": f"+358 50 000 {4000 + made:04d}",
                        "email": f"yhteys{made}@partner.example",
                    }
                ],
            )
            partners.append(partner)
            made += 1
            first = dt.date(letter_year or 2021, 2 + order % 9, 5 + order)
            services.add_cooperation(
                partner=partner,
                date=first,
                kind=CooperationKind.MEETING,
                note="Tutustumistapaaminen.",
            )
            if kind == PartnerKind.NGO:
                services.add_cooperation(
                    partner=partner,
                    date=first + dt.timedelta(days=60),
                    kind=CooperationKind.JOINT_OUTREACH,
                    note="Yhteinen jalkautuminen iltaan.",
                )
            if need is not None:
                services.add_cooperation(
                    partner=partner,
                    date=first + dt.timedelta(days=120 + rng.randrange(200)),
                    kind=CooperationKind.REFERRAL,
                    note="Asiakas ohjattiin palveluun.",
                )
                texts = {
                    code: {
                        "service": f"{TEXTS[need]['service'][code]} – {partner.name}",
                        "hours": TEXTS[need]["hours"][code],
                        "description": TEXTS[need]["description"][code],
                    }
                    for code in TEXTS[need]["service"]
                }
                services.add_service_path(
                    locality=locality,
                    need=need,
                    partner=partner,
                    texts=texts,
                    languages=languages
                    if slug != "vaasa" or "sv" in languages
                    else f"{languages}, sv",
                    how_to_refer=HOW_TO_REFER[need],
                    sort_order=order,
                )
            elif kind == PartnerKind.POLICE:
                services.add_service_path(
                    locality=locality,
                    need=Need.VIOLENCE,
                    partner=partner,
                    texts={"fi": {"service": f"Poliisi – {partner.name}"}},
                    languages=languages,
                    how_to_refer=(
                        "Vain asiakkaan pyynnöstä. Yhteyshenkilö tuntee hankkeen;"
                        " rikosilmoituksen voi tehdä yhdessä."
                    ),
                    public=False,
                    sort_order=order,
                )
        _trainings(rng, locality, partners, workers, letter_year)
    for indicator, target in _GOALS_2018:
        services.set_goal(indicator=indicator, first_year=2018, last_year=2020, target=target)
    for indicator, target in _GOALS_2024:
        services.set_goal(indicator=indicator, first_year=2024, last_year=2026, target=target)
    return made


def _has_partners() -> bool:
    return bool(national.partner_count())


def _trainings(
    rng: random.Random, locality: Any, partners: list[Any], workers: list[Any], year: int | None
) -> None:
    years = [year, 2024, 2025] if year else [2020, 2025]
    for n, when in enumerate(years):
        form = [TrainingForm.TRAINING, TrainingForm.TRAINING, TrainingForm.CONSULTATION][n % 3]
        services.record_training(
            date=dt.date(when, 3 + rng.randrange(8), 1 + rng.randrange(27)),
            form=form,
            topic=TRAINING_TOPICS[rng.randrange(len(TRAINING_TOPICS))],
            participants=rng.randint(6, 28) if form == TrainingForm.TRAINING else rng.randint(1, 4),
            partner=partners[n % len(partners)],
            workers=rng.sample(workers, min(len(workers), 2)),
            feedback_score=rng.randint(3, 5),
        )
    if year:
        services.record_training(
            date=dt.date(year + 1, 9, 14),
            form=TrainingForm.MENTORING,
            topic="Mentorointi: matalan kynnyksen vastaanoton aloittaminen",
            participants=2,
            partner=partners[0],
            workers=workers[:1],
            feedback_score=5,
        )


_GOALS_2018 = [
    (Indicator.LOCALITIES_REACHED, 10),
    (Indicator.PARTNERS_WITH_LETTER, 20),
    (Indicator.TRAININGS_HELD, 12),
    (Indicator.PROFESSIONALS_TRAINED, 150),
    (Indicator.PEOPLE_REACHED, 800),
]
_GOALS_2024 = [
    (Indicator.LOCALITIES_REACHED, 12),
    (Indicator.PARTNERS_WITH_LETTER, 30),
    (Indicator.TRAININGS_HELD, 10),
    (Indicator.PROFESSIONALS_TRAINED, 150),
    (Indicator.PEOPLE_REACHED, 600),
]
