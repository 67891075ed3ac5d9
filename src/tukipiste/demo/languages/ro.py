# ruff: noqa: E501 -- the long lines are prose
"""Romanian texts: informal "tu", with diacritics (ș, ț with comma below)."""

COMMUNITY = {
    "title": "Comunitate și grupuri",
    "summary": "Grupuri pe care le plănuim și le conducem împreună cu persoane care au trecut prin aceeași experiență: un grup de sprijin multicultural, grupul PRO și un grup de conversație în engleză, în Helsinki.",
    "body": [
        (
            "paragraph",
            "<p>La Tukipiste, persoanele care lucrează în industria sexului și în domeniul erotic nu sunt doar beneficiari. Sunt parteneri egali, care aduc în munca noastră propriile cunoștințe și experiențe. Persoanele de sprijin între egali (cu experiență proprie în munca sexuală) și angajații plănuiesc și conduc grupurile împreună.</p><p>Grupurile sunt pentru persoane care vând sau au vândut sex ori servicii erotice. Vino așa cum ești. Tu decizi cât participi și ce povestești.</p>",
        ),
        ("heading", "Grup de sprijin multicultural"),
        (
            "paragraph",
            "<p><b>Helsinki, marțea, între 14:00 și 16:00.</b> Deschis tuturor celor care au experiență în munca sexuală sau erotică, indiferent ce limbă vorbești. Dacă e nevoie, angajații ajută la traducere. Începem cu mâncare gătită în casă de persoanele de sprijin între egali. Apoi vorbim despre lucruri importante din viața de zi cu zi, de exemplu siguranța la muncă sau cum funcționează societatea finlandeză. Uneori vine un specialist care vorbește despre sănătate, legi sau ajutoare sociale. Mergem și în excursii în natură, la evenimente culturale și facem cunoștință cu serviciile din zona Helsinki. Cel mai important este însă să petrecem timp împreună, într-un loc liniștit, unde nimeni nu judecă pe nimeni.</p>",
        ),
        ("heading", "Grupul PRO"),
        (
            "paragraph",
            "<p><b>Helsinki, o dată la două săptămâni, joia, între 17:00 și 19:30.</b> Grup de sprijin reciproc pentru cei care vorbesc finlandeză sau engleză. Ești binevenit sau binevenită fie că abia ai început, fie că lucrezi de ani de zile sau te gândești să te oprești. Participă doar persoane cu experiență proprie în munca sexuală. Ce se spune în grup rămâne în grup.</p>",
        ),
        ("heading", "Grup de conversație în engleză"),
        (
            "paragraph",
            "<p><b>Helsinki, vinerea, între 14:00 și 16:00.</b> Exersează engleza și discută despre ce se întâmplă în lume. Grupul este condus de o profesoară de engleză voluntară. Atmosfera este deschisă și relaxată.</p>",
        ),
        (
            "callout",
            {
                "title": "Ai o idee?",
                "text": '<p>Vrei să participi sau ai o idee pentru o activitate nouă? Scrie-i coordonatoarei noastre de activități comunitare; datele de contact sunt pe <a href="/ro/about/contacts/">pagina „Contact”</a>. Orele grupurilor se pot schimba, de exemplu în vacanțe, așa că întreabă-ne dacă nu ești sigur sau sigură.</p>',
            },
        ),
    ],
}

NEWS_INDEX = {"title": "Noutăți", "lead": "Știri și anunțuri de la Tukipiste."}

ABOUT = {
    "title": "Despre noi",
    "summary": "Tukipiste lucrează pentru bunăstarea, sănătatea, siguranța și drepturile egale ale persoanelor care vând sex și servicii erotice.",
    "body": [
        (
            "paragraph",
            "<p>Tukipiste este o organizație ușor accesibilă pentru persoanele care vând sex și servicii erotice în Finlanda. Ușor accesibilă înseamnă că poți veni fără programare, fără acte și fără condiții. Serviciile noastre sunt pentru adulți (18+) de orice gen și orice cetățenie, pentru cei care lucrează acum și pentru cei care au lucrat înainte.</p>",
        ),
        ("heading", "Scopul nostru"),
        (
            "paragraph",
            "<p>Vrem ca persoanele care lucrează în industria sexului și în domeniul erotic să fie bine, sănătoase și în siguranță și să fie tratate ca egali. Le apărăm dreptul la servicii. Le apărăm și dreptul de a fi protejate de orice constrângere, de limitarea dreptului de a decide asupra propriei vieți și de alte încălcări ale drepturilor lor.</p>",
        ),
        ("heading", "Trei niveluri ale muncii noastre"),
        (
            "paragraph",
            "<ol><li><b>Advocacy.</b> Ducem vocea și experiența lucrătorilor sexuali la cei care iau decizii: grupuri de lucru, comisii ale Parlamentului și presă.</li><li><b>Sprijin și sănătate fără bariere.</b> Primire fără programare (drop-in: vii când vrei, în orele de deschidere), chat, consiliere individuală, muncă de teren (venim noi acolo unde lucrezi), servicii de sănătate sexuală și activități comunitare.</li><li><b>Expertiză și formare.</b> Împărtășim ce știm cu alți profesioniști prin cursuri și consultanță.</li></ol>",
        ),
        ("heading", "Unde lucrăm"),
        (
            "paragraph",
            "<p>Birourile noastre regionale sunt în Helsinki, Tampere și Turku. Prin munca de teren națională Prop up ajungem și la oameni din alte părți ale Finlandei și online.</p>",
        ),
        (
            "callout",
            {
                "title": "Citește mai mult",
                "text": "<p>Paginile din această secțiune vorbesc despre principiile noastre, legile din Finlanda, stigmă și munca Prop up și au datele de contact ale echipei.</p>",
            },
        ),
    ],
}

PRINCIPLES = {
    "title": "Principiile noastre",
    "summary": "Fără condiții, anonim, gratuit, de încredere și accesibil. Munca noastră se bazează pe reducerea riscurilor.",
    "body": [
        (
            "paragraph",
            "<p>Cinci principii ghidează tot ce facem. Datorită lor este ușor să vii la noi.</p>",
        ),
        ("heading", "1. Fără condiții"),
        (
            "paragraph",
            "<p>Poți folosi serviciile noastre indiferent de gen, cetățenie sau statut de ședere și indiferent dacă vinzi sex acum sau nu. Nu trebuie să vrei să renunți și nu trebuie să dai explicații.</p>",
        ),
        ("heading", "2. Anonimat"),
        (
            "paragraph",
            "<p>Nu trebuie să îți spui numele sau să arăți acte. Nu strângem informații după care ai putea fi recunoscut sau recunoscută.</p>",
        ),
        ("heading", "3. Gratuit"),
        (
            "paragraph",
            "<p>Toate serviciile noastre sunt gratuite. Nimeni nu trebuie să plătească nimic, niciodată.</p>",
        ),
        ("heading", "4. Încredere"),
        (
            "paragraph",
            "<p>Ne ținem de cuvânt și de orele stabilite. Ce ne spui rămâne confidențial. Echipa noastră este formată din profesioniști instruiți.</p>",
        ),
        ("heading", "5. Accesibilitate"),
        (
            "paragraph",
            "<p>Ajungi ușor la noi: la birou, la telefon, pe chat și prin munca de teren. Lucrăm în multe limbi, iar site-ul nostru merge pe orice telefon și cu un cititor de ecran.</p>",
        ),
        ("heading", "Reducerea riscurilor"),
        (
            "paragraph",
            "<p>Munca noastră se bazează pe reducerea riscurilor. Ne întâlnim cu oamenii acolo unde sunt și îi ajutăm să scadă riscurile din viața lor, fără să le cerem să se schimbe. Concret:</p><ul><li>ajutăm la prevenirea riscurilor înainte să apară</li><li>reducem efectele negative asupra sănătății și vieții sociale</li><li>susținem alegeri sigure și sănătoase</li><li>pornim de la nevoile fiecărei persoane</li><li>respectăm demnitatea umană și dreptul de a decide asupra propriei vieți</li><li>promovăm drepturile omului și sănătatea publică</li></ul>",
        ),
    ],
}

LEGISLATION = {
    "title": "Legile din Finlanda",
    "summary": "Un rezumat scurt și general al legilor finlandeze despre vânzarea și cumpărarea de sex. Nu este consultanță juridică: întreabă-ne despre situația ta.",
    "body": [
        (
            "callout",
            {
                "title": "Doar informații generale",
                "text": "<p>Această pagină oferă informații generale. Nu este consultanță juridică, iar legile se pot schimba. Dacă ai întrebări despre situația ta, întreabă-ne. Te ajutăm și să găsești consiliere juridică.</p>",
            },
        ),
        (
            "paragraph",
            "<p>În Finlanda, vânzarea de sex nu este în sine o infracțiune. Cumpărarea de sex este interzisă doar în anumite situații. Mai multe legi influențează viața persoanelor care lucrează în industria sexului.</p>",
        ),
        ("heading", "Codul penal (Rikoslaki)"),
        (
            "paragraph",
            "<p>Codul penal conține o <b>interdicție parțială a cumpărării de sex</b>. Este infracțiune să cumperi sex de la o persoană sub 18 ani. Este infracțiune și să cumperi sex de la o persoană care este victimă a proxenetismului sau a traficului de persoane.</p><p>Codul penal are și prevederi despre <b>proxenetism</b> și <b>traficul de persoane</b>. Ele pedepsesc, de exemplu, pe cine câștigă bani din faptul că altcineva vinde sex sau pe cine controlează, obligă sau exploatează alte persoane. Victimele acestor infracțiuni au dreptul la ajutor. Uneori aceste prevederi pot privi și aranjamente legate de munca ta, de exemplu închirierea unui loc de muncă sau anunțurile. Dacă nu ești sigur sau sigură, întreabă-ne.</p>",
        ),
        ("heading", "Legea ordinii publice (Järjestyslaki)"),
        (
            "paragraph",
            "<p>Legea ordinii publice interzice cumpărarea de servicii sexuale și oferirea de sex contra plată într-un loc public, de exemplu pe stradă. Încălcarea ei poate aduce o amendă.</p>",
        ),
        ("heading", "Legea străinilor (Ulkomaalaislaki)"),
        (
            "paragraph",
            "<p>Legea străinilor are o prevedere despre refuzul intrării. Potrivit ei, unui cetățean străin i se poate refuza intrarea și poate fi îndepărtat din Finlanda dacă există motive întemeiate de a bănui că vinde servicii sexuale. Dacă asta te privește depinde de situația ta, de exemplu de cetățenie și de permisul de ședere. Ne poți întreba confidențial. Nu te întrebăm despre statutul de ședere decât dacă vrei tu să vorbim despre asta.</p>",
        ),
        ("heading", "Drepturile tale"),
        (
            "paragraph",
            "<p>Oricine se află în Finlanda are dreptul la protecție împotriva violenței și la îngrijire medicală de urgență. Dacă ai fost victima unei infracțiuni, poți face plângere la poliție. Îți explicăm ce înseamnă asta și, dacă vrei, mergem cu tine.</p>",
        ),
    ],
}

STIGMA = {
    "title": "Stigma",
    "summary": "Ce este stigma, cum îi afectează pe cei care vând sex și cum lucrăm împotriva ei.",
    "body": [
        (
            "paragraph",
            "<p>Stigma înseamnă un semn sau o etichetă. O comunitate dă un înțeles negativ oamenilor care sunt diferiți de ce este considerat normal. Eticheta nu spune cine este cu adevărat o persoană. Spune ceva despre prejudecățile celorlalți.</p>",
        ),
        ("heading", "Stigma și sexualitatea"),
        (
            "paragraph",
            "<p>În multe societăți, tot ce ține de sexualitate poartă o stigmă puternică. Sexul plătit este un exemplu, minoritățile sexuale sunt altul. Stigma poate împinge oamenii la marginea societății. Din cauza ei e mai greu să închiriezi o locuință, să mergi la medic, să fii deschis cu familia și prietenii sau să ceri ajutor când ceva nu merge bine.</p>",
        ),
        ("heading", "Stigma se simte pe dinăuntru"),
        (
            "paragraph",
            "<p>Poți să nu crezi imaginile care vin odată cu stigma și totuși să o porți cu tine. Pentru fiecare om, stigma este o trăire interioară: rușine, frica de a fi descoperit sau sentimentul că valorezi mai puțin decât alții. Mulți dintre cei care vând sex își țin munca secretă, iar asta poate fi foarte singuratic.</p>",
        ),
        ("heading", "Ce facem noi"),
        (
            "paragraph",
            "<p>La Tukipiste nu trebuie să ascunzi nimic. Te vedem ca om, nu ca etichetă. Lucrăm și ca stigma din societate să scadă: formăm profesioniști, vorbim cu cei care iau decizii și aducem vocea lucrătorilor sexuali în dezbaterea publică.</p>",
        ),
        (
            "callout",
            {
                "title": "Meriți respect",
                "text": "<p>Munca ta nu îți ia nici drepturile, nici demnitatea. Ești binevenit sau binevenită aici așa cum ești.</p>",
            },
        ),
    ],
}

PROP_UP = {
    "title": "Prop up – muncă de teren în toată Finlanda",
    "summary": "Prop up duce sprijin și sfaturi persoanelor din industria sexului și din domeniul erotic și victimelor traficului de persoane din toată Finlanda. Munca a început ca proiect în 2018–2020.",
    "body": [
        (
            "paragraph",
            "<p>Prop up a început ca proiect național al Tukipiste în 2018–2020. Scopul lui este să sprijine, în toată Finlanda, persoanele care lucrează în industria sexului și în domeniul erotic și victimele traficului de persoane. Sprijinul și sfaturile se dau prin muncă de teren, adică echipa merge acolo unde sunt oamenii, ca parte a muncii profesionale a Tukipiste.</p>",
        ),
        ("heading", "Două obiective"),
        (
            "paragraph",
            "<ol><li><b>Să ajungem la mai mulți oameni.</b> Să ducem sfaturi și sprijin în orașele unde Tukipiste nu are birou și în locuri noi din orașele unde are.</li><li><b>Mai multe cunoștințe la nivel local.</b> Să dăm organizațiilor și serviciilor locale mai multe competențe pentru a lucra cu oamenii cărora li se adresează Prop up.</li></ol>",
        ),
        ("heading", "Ce face Prop up"),
        (
            "paragraph",
            "<ul><li><b>Muncă de teren mobilă</b> în alte părți ale Finlandei și în locuri noi din Helsinki, Tampere și Turku.</li><li><b>Muncă online:</b> chat și contact pe forumurile cu anunțuri.</li><li><b>Parteneri locali:</b> în fiecare localitate căutăm parteneri și construim împreună trasee de servicii, ca oamenii să știe unde să meargă pentru fiecare nevoie.</li><li><b>Consultanță și mentorat</b> pentru profesioniștii locali care lucrează cu acest grup.</li></ul>",
        ),
        ("heading", "Cum lucrăm"),
        (
            "paragraph",
            "<p>O echipă de doi lucrători Prop up are baza în Helsinki și Turku. Când e nevoie, lucrează împreună cu alți colegi de la Tukipiste care cunosc limbi și culturi, cu angajații organizațiilor locale și cu persoane de sprijin între egali. Locurile noi de vizitat le găsim prin munca noastră de teren sau prin egali și alte organizații.</p>",
        ),
        ("heading", "Parteneri cu scrisoare de intenție"),
        (
            "paragraph",
            "<p><b>RIKU</b> – Serviciul de sprijin pentru victimele infracțiunilor din Finlanda (la nivel național) și <b>SOVATEK</b> (Jyväskylä) au semnat o scrisoare de intenție cu Prop up. Ele oferă spații în regiuni pentru munca cu beneficiarii și își aduc experiența în această muncă și în construirea traseelor de servicii.</p>",
        ),
        (
            "callout",
            {
                "title": "Ești profesionist?",
                "text": '<p>Întâlnești în munca ta persoane care vând sex? Cere-ne consultanță, mentorat sau un curs. Datele noastre de contact sunt pe <a href="/ro/about/contacts/">pagina „Contact”</a>.</p>',
            },
        ),
    ],
}

CONTACTS = {
    "title": "Contact",
    "lead": "<p>Poți lua legătura direct cu echipa noastră la telefon sau pe e-mail. Nu trebuie să îți spui numele. Reține că vedem numărul tău de telefon sau adresa de e-mail; dacă vrei să rămâi complet anonim sau anonimă, folosește chatul. În caz de urgență, sună la <b>112</b>.</p>",
}

NEWS = {
    "peer-group-autumn": {
        "title": "Grupul de sprijin multicultural primește cu drag oameni noi",
        "summary": "După pauza de vară, grupul de sprijin multicultural se întâlnește din nou marțea, între 14:00 și 16:00, în Helsinki. Cei noi sunt bineveniți.",
        "body": "<p>Pauza de vară s-a terminat, iar grupul de sprijin multicultural se întâlnește din nou în fiecare marți, între 14:00 și 16:00, la biroul nostru din Helsinki. Cei noi sunt bineveniți. Nu trebuie să te înscrii și nu trebuie să îți spui numele.</p><p>Grupul este pentru toți cei care vând sau au vândut sex ori servicii erotice. Începem cu mâncare gătită de persoanele de sprijin între egali. Apoi vorbim, împărtășim experiențe și plănuim programul de toamnă: de exemplu excursii în natură, evenimente culturale și vizite ale unor specialiști. Dacă e nevoie, angajații ajută la traducere.</p><p>Vino pur și simplu într-o marți. Dacă vrei să întrebi ceva înainte, scrie-ne pe chat.</p>",
    },
    "chat-duty-evenings": {
        "title": "Chatul este deschis acum și miercuri seara",
        "summary": "Chatul anonim este deschis acum și miercurea, între 18:00 și 21:00. Tura de seară este asigurată de biroul din Helsinki.",
        "body": '<p>Mulți ne-au spus că ziua e greu să găsească timp pentru chat. De aceea adăugăm o tură de seară. Chatul anonim este deschis acum și <b>miercurea, între 18:00 și 21:00</b>. Seara sunt de serviciu colegii de la biroul din Helsinki, dar ne poți scrie de oriunde din Finlanda.</p><p>Chatul funcționează ca înainte: fără nume, fără cont, fără bani. Dacă toți colegii sunt ocupați, îți vezi locul în coadă. Când chatul este închis, poți lăsa un mesaj și poți citi răspunsul mai târziu, cu un cod.</p><p>Toate orele chatului sunt pe <a href="/ro/chat/">pagina „Chat”</a>.</p>',
    },
}
