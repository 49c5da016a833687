"""Words an offer is said with that carry no time, for the doubt on words left unread beside one.

Two unread words in a clause that offers times hand the reply over (`doubt.odd_words`): the
sender may say something the rules do not model. Yet most such pairs only say how well a time
fits ("cuento con disponibilidad", "lässt sich einrichten", "c'est envisageable", "dá jeito")
or link the words of the offer ("in einem der Tage", "dans chaque matinée", "nas manhãs"); a
pair of those alone says nothing against the reading, while any other word beside them still
counts. Words are as `intents.fold` writes them: lower case, no accents.
"""

from __future__ import annotations


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


# Saying that a time fits, suits, is possible or free, in every register: "doable", "feasible",
# "ça me convient", "passt mir bestens", "me resulta cómodo", "encaixa bem", and the verbs of
# meeting and proposing an offer is put with ("rencontrer", "conversar", "sugiero").
FITTING = _words(
    "fits fit fitting suited doable feasible manageable convenient workable handy reachable",
    "side schedule calendar diary availability openings manage book pencil squeeze suggest propose",
    "brilliant excellent fantastic wonderful super awesome cool splendid",
    "envisageable faisable parfaitement jouable conviendrait irait arrangerait arrangerais",
    "caler rencontrer connecter adonne nickel tombe disponibilite disponibilites place serais",
    "serai convenance pratique genial impeccable volontiers possibles disposition reste",
    "restons parler discuter suggere proposer faire fait fais",
    # (round 44) doing it, in Spanish, the interview as its object: "¿podríamos hacerla a las
    # 2?" (not "hacer" alone: "puedo hacer hueco" says nothing more than "hueco")
    "hacerla hacerlo",
    "kame entgegen besten erreichbar machbar passend gelegen klappen wunderbar prima bestens",
    "optimal hinbekommen realisierbar schaffen kalender reden sprechen vorschlagen schlage",
    "verbinden kommt",
    "disponibilidad cuento resulta util maravilla comodo perlas fenomenal excelente",
    "estupendo conveniente viable factible sirve acomoda hueco vernos propongo sugiero tiempo",
    "disposicion queda quedamos dispongo estaria hablar charlar conectar",
    # ("agenda", "espaço", "arrange" still count: in replies that combine several constructs
    # they are, for now, what hands over misreadings of the others)
    "bom otimo encaixa atende jeito calha ficaria sugiro proponho disponibilidade disposicao",
    "poderia viavel convem marcar conversar falar disponho estarei fazer",
    # (coming in handy, all good, a chance for it: "vem mesmo a calhar", "tá beleza", "fica
    # supertranquilo", "encaixar uma conversa", "tengo chance")
    "calhar vem beleza supertranquilo tranquilissimo encaixar conversa chance fica",
    # (fitting to perfection: "calha-me na perfeição", "me va a la perfección", "ça me va à la
    # perfection", "suits me to perfection")
    "perfeicao perfeccion perfection",
    # (being in a position to talk: "je serais en mesure d'échanger", "estar em condições de")
    "mesure echanger condicoes condiciones",
    # (free in German, and a day with nothing in it: "auch frei", "fairly clear", "wide open")
    "frei clear wide",
    # (the future of "can", and "either ... or", "otherwise"; their other forms offer already:
    # "je pourrai", "soit jeudi soit vendredi", "ansonsten")
    "pourrai pourra pourrons soit ansonsten",
    # (round 39) better, as "better" and "mejor" already are: "cela m'arrange mieux", "besser"
    "mieux besser",
    # (round 39) failing that, the second choice an offer names: "ou à défaut mercredi", "en su
    # defecto", "andernfalls", "em alternativa"
    "defaut defecto andernfalls alternativ alternativa alternativamente alternativement",
    "alternatively failing",
    # (round 39) times given anew, replacing the ones before: "neu geht bei ihm", "désormais",
    # "sus nuevos horarios", "os novos horários", "her new times"
    "neu neue neuen nunmehr desormais dorenavant nouveau nouveaux nouvelle nouvelles",
    "nuevo nuevos nueva nuevas novo novos nova novas new newly updated henceforth",
    # (round 39) "can" and "could" in the persons the words of offering miss: "pouvez-vous",
    # "könnten wir", "¿podríamos?", "poderias"
    "pouvez pourriez pourrions kannst konnten konntest konntet puedes podrias podriamos",
    "podrian podes poderias poderiamos poderiam",
    # (round 40) proposing asked of the reader, as "proposer" and "propongo" are, and fitting in
    # the plural: "proposez-lui plutôt jeudi", "schlagen Sie ihm Donnerstag vor", "propónganle el
    # jueves", "proponha-lhe quinta"; "lui conviennent", "le vienen bien", "lhe dão jeito"
    "proposez proposons schlagen proponle proponga propongan proponganle proponha proponham",
    "conviennent vienen dao",
    # (round 42) suiting, as the south says it: "Dienstag taugt mir" (Bavaria, Austria), "mardi
    # me botte", "terça me serve"
    "taugt taugen botte serve",
)
# Determiners, quantifiers, pronouns, auxiliaries and prepositions that bound no time: not
# "until", "before", "from", "between", "vers", "hacia", "desde", "hasta", "sans" or "except".
LINKING = _words(
    "whichever whatever whenever another other others same such own myself ourselves whom",
    # (round 44) "same" in French and German, as the booked day is named back: "même jour",
    # "am selben Tag", "gleicher Tag"
    "meme selben selbe gleichen gleicher",
    "whose via per upon should shall might must being been did doing done",
    # (the auxiliaries a day is held to its hours with: "Mittwoch müsste es nachmittags sein")
    "musste muss sein tendria teria",
    "dans chaque pendant durant ensemble cote donc aussi chacun chacune quelque quelques",
    "celui ceux cette ces cet lui toi eux chez par selon parmi",
    "einem diesen jedem allen aus uber auch hat dieser dieses diese jeder jede jedes eines ein",
    "meinem meiner unserem unser ihrem zur vom mal schon nun sowie dabei hier dort sich beide",
    "beiden seite",
    "todos cada nuestro nuestra vuestro ese esa eso esos esas aquel algun alguno alguna ambos",
    "ambas cualquiera otro otra sobre segun tambien ademas asi",
    "nessa nesse neste nisso isso isto todas tal algum alguma outro outra meu minha nosso",
    "nossa tambem ainda numa num duma dum deste desta dessa desse nas mim lado",
    # (the future's auxiliary, "vai ser ótimo pra mim", and the reader talked with: "conversar
    # com você", "hablar con usted")
    "vai voce voces usted ustedes",
    # (the words an open start or a stretch of hours is said with: "en adelante", "em diante",
    # "durante o período da tarde", "during", "während")
    "adelante diante durante during wahrend",
    # (round 39) the forms of the pronouns and demonstratives the lines above miss: "bei
    # ihm", "nesses dias", "cela me va"
    "ihm ihn dich dir euch uns cela ceci nesses nessas nestes nestas desses dessas destes",
    "destas",
    # (round 40) the Portuguese "to him, to her": "proponha-lhe", "lhes convém"; and the region
    # whose holiday a day is: "chez nous dans le canton de Vaud", "bei uns im Kanton Uri",
    # "aquí en la provincia", "na nossa região", "here in the province"
    "lhe lhes canton cantons kanton province provinces provincia region regions regiao",
    "bundesland comunidad county",
)
# How much or how surely it fits: "quite doable", "tout à fait envisageable", "durchaus machbar",
# "perfectamente factible", "absolutamente viável"; not hedges ("maybe", "probablement"), which
# put the offer in doubt.
DEGREE = _words(
    "quite rather pretty fairly absolutely definitely certainly surely truly entirely fully",
    "perfectly wholly utterly highly extremely",
    "assez vraiment absolument certainement surement carrement franchement entierement",
    "pleinement totalement tellement extremement grandement hyper",
    "ziemlich durchaus absolut wirklich echt total vollig vollkommen",
    "vollstandig komplett uberaus ausgesprochen ausserst problemlos einwandfrei",
    "bastante realmente absolutamente ciertamente perfectamente completamente",
    "plenamente enteramente sumamente extremadamente",
    "certamente perfeitamente inteiramente extremamente plenamente imenso imensamente",
    # (or how little: "apenas de tarde", "somente de manhã")
    "apenas somente",
)
# (round 36) Who passes the times on, and how: a relay names the person whose times they are
# and the verb of telling ("Lucía me confirma que puede el jueves", "Julien m'indique qu'il est
# disponible", "Er schlägt stattdessen Montag vor", "Ele me disse que pode", "she says Friday
# works"), and that person's "can" and "has" ("só consegue na quinta", "tiene disponibilidad");
# titles stand before the name ("M. Vidal", "Herr Osei", "don Felipe", "Prof. Rui").
RELAYING = _words(
    "says said tells told confirms confirmed writes wrote mentions mentioned informs asks asked",
    "dit indique confirme ecrit precise signale informe demande propose proposent transmet",
    "sagt sagte schreibt schrieb meint meinte bestatigt bestatigte meldet fragt schlagt schlug",
    "dice dijo confirma confirmo comenta comento indica escribe escribio escribir informa avisa",
    "pide propone proponen cuenta tiene",
    "diz disse confirmou comentou escreve escreveu informou avisou pede propoe sugere contou",
    "tem consegue conseguem",
    # (round 39) offering, as a relay says the person does: "así que ofrece el miércoles"
    "offers offre offrent bietet ofrece ofrecen oferece oferecem",
    # (round 40) told on the phone: "she called me and said", "elle m'a appelé", "sie hat mich
    # angerufen", "me llamó y me dijo", "ligou-me e disse"
    "called phoned rang appele appelee telephone angerufen llamo llamado ligou telefonou",
    # (round 42) what the person wishes, and the mishap they had, told as a move's reason: "she
    # had a mishap and would like to move", "il a eu un imprévu et souhaiterait décaler", "tuvo
    # un imprevisto y quisiera pasar", "teve um imprevisto e gostaria de passar", "möchte"
    "wants wanted wishes had souhaiterait souhaite voudrait aimerait mochte mochten quisiera",
    "quiere querria tuvo gostaria queria quer teve",
    # (round 44) what the person asks, and needs, as the relay puts it: "he's asked whether",
    # "il aurait besoin de décaler", "sie bräuchte", "necesitaría", "ela precisaria"
    "whether wondering needs need besoin aurait braucht brauchte brauchen necesita necesitaria",
    "precisa precisaria",
)
# (round 36) Receiving the candidate, and the call's medium: "il pourra recevoir le candidat
# jeudi", "pode receber a candidata", "por videollamada", "ao telefone", "telefonieren".
MEETING = _words(
    "recevoir receber recibir empfangen visio videollamada videochamada telefone telefono",
    "telefonieren phone video",
)
TITLES = _words(
    "m mr mrs ms miss dr prof herr frau monsieur madame mme mlle don dona sr sra srta senor",
    "senora senhor senhora dra doctor docteur",
)
# (round 40) Getting away from one's post for a while, which offers that while: "I can slip
# away", "je peux m'éclipser", "kann ich kurz raus", "puedo escaparme", "consigo dar uma saída"
# (a refusal of it is read by its own words: "I can't get away")
STEPPING_OUT = _words(
    "step slip pop nip sneak duck away",
    "eclipser absenter sortir",
    "kurz raus weg",
    "escaparme escapar salir",
    "escapar-me escapulir dar saida sair",
)
PLAIN = FITTING | LINKING | DEGREE | STEPPING_OUT
# what a relay or an assistant says beside the times it passes on (`doubt.odd_words`)
BESIDE = RELAYING | MEETING | TITLES
