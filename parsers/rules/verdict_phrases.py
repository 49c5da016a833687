"""Verdicts told without a verdict word (round 12), by the value of the cue they give
(`intents.Cue`): a step with our team, a judgement, the contract or pay, a decision put off, in
five languages; merged into the cue tables of parsers/rules/intents.py."""

from __future__ import annotations

import re

_TEAM = r"(?:team|equipe|equipo|time|pessoal|\w+team)"
_WITH_OURS = (
    r"(?:with|avec|mit|con|com)\s+(?:the|our|l'|le|la|les|notre|nos|dem|der|unserem|unserer|el|los"
    r"|nuestro|nuestra|o|os|nosso|nossa)\s*"
)
_STEP_NOUN = (
    r"(?:round|interview|chat|call|test|exercise|case\s+study|panel|assessment|entretien|exercice"
    r"|etude\s+de\s+cas|suite|prueba|entrevista|caso\s+practico|ronda|vuelta|teste|prova"
    r"|estudo\s+de\s+caso|rodada|fallstudie|gesprach|runde|nochmal|again|take-?home)"
)
# what a client finds wanting in a candidate: "the energy wasn't there", "la communication
# n'y était pas", "die Kommunikation war nicht da", "a comunicação não estava lá"
_QUALITY = (
    r"(?:fit|chemistry|spark|comms|communication|energy|drive|attitude|leadership|presence"
    r"|confidence|depth|passion|motivation|polish|clarity|ownership|seniority"
    r"|energie|posture|rigueur|aisance|assurance|chimie|feeling|courant|niveau|kommunikation"
    r"|ausstrahlung|fuhrung|tiefe|chemie|comunicacion|comunicacao|energia|liderazgo"
    r"|lideranca|actitud|atitude|postura|quimica)"
)
# whom a candidate presents work to: the board, the partners, the leadership, the panel
_AUDIENCE = (
    r"(?:board|partners|directors|leadership|management|founders|committee|panel|team|execs?"
    r"|direction|associes|comite|jury|equipe|vorstand|geschaftsfuhrung|gremium|partnern|leitung"
    r"|socios|socias|direccion|junta|equipo|diretoria|time|banca|chefia|gerencia|lideranca)"
)
# a name set off by commas after who it is, in one list for the verdicts and the intents: "our
# CTO, Dan, should meet her", "soll ihn unser Leiter, Herr Vogel, noch kennenlernen"
# (round 34: or who it is in brackets after the name, "Priya (our VP Eng) to meet her", "que
# Claire (notre DRH) la rencontre")
# (round 39: five words, for one named by what they run, "nosso coordenador do beer garden")
ASIDE = r"(?:,\s+(?:[\w'.-]+\s+){0,4}?[\w'.-]+,|\s*\((?:[\w'.-]+\s+){0,4}?[\w'.-]+\))?"
# another candidate, or one more: "another", "one more", "a second", "une deuxième", "einen
# zweiten", "una segunda", "outra"
_ANOTHER = (
    r"other|autres|weitere[nmr]?|andere[nmr]?|otros|otras|outros|outras|another|autre|anderen|otro"
    r"|otra|outro|outra|more|second|seconde|deuxieme|zweite[nmr]?|segund[oa]"
)
# one who applies, by any of its nouns: "candidate", "Bewerberin", "applicant", and the
# "postulante" of Latin American Spanish, "aspirante", the French "postulant" (its endings after)
APPLICANT = r"(?:candidat|kandidat|bewerber|finalist|applicant|postulant|aspirant)"
# (round 38) the recruiter asked to pass a bare no on to the candidate: "tell him no", "let her
# know it's a no", "dites-lui que non", "dígale que no", "diga-lhe que não", "sagen Sie ihm
# nein" (a no that opens more words, "tell him no rush", "dile que no hay prisa", is none)
_TELL_NO = (
    r"\b(?:(?:tell|let)\s+(?:him|her|them|the\s+" + APPLICANT + r"\w*)(?:\s+know)?(?:\s+that)?"
    r"(?:\s+it'?s)?(?:\s+a)?|(?:(?:dites|dis|dire|faites)[-\s]lui(?:\s+savoir)?|lui\s+dire)(?:\s+que)?(?:\s+c'est)?"
    r"|(?:dile|digale|decirle|diles|digales|avisale|avisele)\s+que|(?:diga|diz|dizer|avise|avisa)"
    r"(?:[-\s]lhe|\s+a\s+ele|\s+a\s+ela)\s+que|(?:sagen\s+sie|sag|sagt)\s+(?:ihm|ihr)(?:\s+\w+)??)"
    r"\s+(?:no|non|nein|nao)\b(?=\s*(?:[.!,;\n]|$|please|thanks|merci|gracias|por\s+favor|obrigad|bitte|danke))"
)
# (round 35) the verbs of choosing one person over the others, said of what is done: "decided
# on", "went with", "retenu", "choisi", "nos decantamos por", "optamos por", "escolhemos"
_CHOSE = (
    r"(?:decided\s+(?:on|for)|settled\s+on|gone\s+with|went\s+with|chose|chosen|selected"
    r"|opted\s+for|picked|hired|retenu|choisi|selectionne|recrute|embauche|opte\s+pour"
    r"|privilegie|decantamos\s+por|decidimos\s+por|optamos\s+por|elegimos(?:\s+a)?"
    r"|escogimos(?:\s+a)?|seleccionamos(?:\s+a)?|contratamos(?:\s+a)?|quedamos\s+con"
    r"|escolhemos|selecionamos|ficamos\s+com|decidimos\s+pel[oa]|optamos\s+pel[oa]"
    # (and as the perfect says it: "we've offered the role to", "hemos elegido a", "temos
    # escolhido")
    r"|offered\s+(?:the\s+(?:role|job|position)\s+)?to|(?:elegido|escogido|seleccionado|contratado"
    r"|escolhido|selecionado|contratado)(?:\s+a)?|optado\s+por)"
)
# (round 40) a word that makes "with another candidate" what the client goes on with, not whom
# they still interview: a subject ("we", "on", "wir") or a verb of going on or choosing
# ("decidimos seguir com outro candidato", "on va poursuivre avec", "machen wir mit einer
# anderen Kandidatin weiter", "after the call we went with another candidate")
_NOT_GOING_ON = (
    r"(?!(?:we|i|nous|on|wir|ich|vamos|allons|va|decid\w*|opt\w*|beschlossen|entschieden|went|go"
    r"|going|gone|proceed\w*|mov\w*|continu\w*|poursuiv\w*|seguir|seguimos|avanc\w*|avanz\w*"
    r"|machen|weiter\w*|chose|chosen|choisi\w*|prefer\w*)\b)"
)
# the one chosen, by a noun of a person in the running
_ONE_WHO = r"(?:" + APPLICANT + r"|profile|profil|perfil|person|personne|persona|pessoa)"
# how a role is filled: the one chosen or the solution found ("une solution interne", "eine
# interne Besetzung", "an in-house hire")
_FILLED = (
    r"(?:solution|solucion|solucao|option|opcion|opcao|hire|losung|besetzung|" + _ONE_WHO + r")\w*"
)
# a head of ours: "director general", "directrice", "DG", "CEO", "gerente", "sócio", "dueño"
_HEAD = (
    r"(?:director\w*|directeur\w*|directrice\w*|diretor\w*|dg|pdg|ceo|cto|coo|cfo|gerente\w*|socio"
    r"|socia|socios|associee?|fundador\w*|fondat\w*|duen[oa]|don[oa]|jef[ea]|chefe|presidente?"
    r"|patron|patronne)"
)
# how many, in words or digits: "two", "a couple of", "deux", "ein paar", "dos", "duas"
_COUNTED = (
    r"(?:two|three|four|five|a\s+few|a\s+couple\s+of|several|deux|trois|quatre|cinq|quelques|zwei"
    r"|drei|vier|funf|ein\s+paar|mehrere|dos|tres|cuatro|cinco|varios|varias|dois|duas|quatro"
    r"|alguns|algumas)"
)
# (round 42) time asked of the reader: "give us", "gebt uns", "donnez-nous", "dennos", "dá-nos"
_GIVE_US = (
    r"give\s+(?:me|us)|gimme|laiss(?:ez|e)-(?:moi|nous)|donne(?:z|s)?-(?:moi|nous)|gebt\s+uns"
    r"|gib\s+(?:mir|uns)|geben\s+sie\s+(?:mir|uns)|d(?:ame|adme|anos|adnos|enos|ennos|eme|enme)"
    r"|(?:da|de|deem|dao)-(?:me|nos)"
)
# the ways a candidate is brought to us, in or out to a place of ours ("in", "out", "over",
# "down"; not "up to speed" nor "round to our view")
_TO_US = r"(?:in|out|over|down)"
_DURATION = r"[0-9]+\s*(?:min|mins|minutes?|minuten|minutos|h|hours?|stunden?|heures?|horas?)"
_SCHEDULE = (
    r"(?:caler|organiser|planifier|prevoir|book|schedule|set\s+up|arrange|line\s+up|reserv\w*"
    r"|agend\w*|marca\w*|organiz\w*|einplanen|planen|ansetzen|vereinbaren|buchen)"
)
_PAY = (
    r"(?:(?:r\$|eur|gbp|usd|chf)\s?\d[\d.,]*(?:\s\d{3})*\s?k?"
    r"|[0-9]+(?:[.,\s]\d{3})*(?:[.,]\d+)?\s?(?:k|mil)?\s?(?:€|eur|euros?|gbp|usd|chf|reais)"
    r"|[0-9]+(?:[.,]\d+)?\s?k|[0-9]+(?:\s+mil)?\s+(?:base|fixe?|fixo|fijos?|brutos?|brut|brutto))"
)

# (round 42) how far a decision is not yet made: "not quite decided yet", "pas encore tout à fait
# décidés", "noch nicht ganz entschieden", "todavía no estamos del todo decididos", "ainda não
# estamos totalmente decididos"
_DEGREE = (
    r"(?:(?:quite|fully|entirely|totally|completely|really|100\s?%|tout\s+a\s+fait|completement"
    r"|totalement|vraiment|definitivement|ganz|endgultig|definitiv|vollig|wirklich|abschliessend"
    r"|del\s+todo|totalmente|completamente|realmente|definitivamente|bem)\s+)?"
)
# Undecided, said so: "on the fence", "torn", "fiquei dividida", "je suis pas encore fixé",
# "not sure yet", "noch nicht sicher", "todavía no lo tengo claro", "ainda não decidi", "tengo
# dudas"; alone a hold, beside a step asked for that step
_UNDECIDED = (
    r"on\s+the\s+fence|hesit\w*|\w*unentschlossen|undecided|indecis\w*|em\s+duvida|dudando|torn"
    r"|\w*unschlussig|\bmitigee?s?\b|\b(?:tengo|tenho|j'ai|i\s+have|ich\s+habe)\s+(?:\w+\s+)?(?:dudas|duvidas|doutes"
    r"|doubts|zweifel)\b|\bavis\s+partage|\bdividid[oa]s?\b|\bhin-?\s*und\s*hergerissen"
    r"|\b(?:pas|not)\s+(?:encore|yet)\s+"
    + _DEGREE
    + r"(?:fixee?s?|decidee?s?|sure?s?|convaincue?s?"
    r"|decided|sure|convinced)\b|\bnot\s+(?:sure\s+yet|" + _DEGREE + r"(?:decided|settled)\s+yet)"
    r"|\bnoch\s+(?:unsicher|unentschieden|nicht\s+" + _DEGREE + r"(?:sicher|entschieden))\b"
    r"|\b(?:todavia|aun)\s+no\s+(?:lo\s+)?(?:(?:tengo|tenemos)\s+claro|(?:he|hemos)\s+decidido"
    r"|(?:(?:estoy|estamos)\s+)?" + _DEGREE + r"(?:segur[oa]s?|decidid[oa]s?))"
    r"|ainda\s+nao\s+(?:decidi|decidimos|(?:tenho|temos)\s+certeza|(?:(?:estou|estamos)\s+)?"
    + _DEGREE
    + r"(?:decidid[oa]s?|segur[oa]s?))"
)
# A no held back: "not ready to turn him down", "wouldn't rule her out", "je ne dirais pas non",
# "je ne fermerais pas la porte", "würde ihn nicht gleich absagen", "no la descartaría", "não
# descartaria"; alone no verdict at all (a person reads it), beside a step that step
_NO_HELD_BACK = (
    r"\bnot\s+ready\s+to\s+(?:turn\s+\w+\s+down|reject|say\s+no)|\bwouldn'?t\s+(?:rule\s+\w+\s+out"
    r"|reject|say\s+no)|\bne\s+(?:dirais|dirait)\s+pas\s+non|\bne\s+fermerai[st]?\s+pas\s+la\s+porte"
    # the door kept open: "I don't want to close the door", "keep the door open", "no quiero
    # cerrar la puerta", "não quero fechar a porta", "die Tür nicht zumachen"
    r"|\b(?:don'?t|do\s+not|wouldn'?t|would\s+not)\s+(?:want\s+to\s+)?(?:close|shut)\s+the\s+door"
    r"|\bkeep\s+the\s+door\s+open|\b(?:no|nao)\s+(?:quiero|quisiera|queremos|quero|queria)\s+"
    r"(?:cerrar|fechar)\s+(?:la|a)\s+(?:puerta|porta)|\b(?:no|nao)\s+(?:cerraria|fecharia)\s+(?:la|a)\s+"
    r"(?:puerta|porta)|\bdie\s+tur\s+nicht\s+(?:\w+\s+)?(?:zumachen|zuschlagen|schlie\w+)"
    r"|\bnicht\s+(?:gleich\s+|sofort\s+)?(?:absagen|ausschlie\w+)|\b(?:no|nao)\s+(?:la\s+|lo\s+|a\s+|o\s+)?"
    r"descartar(?:ia|ía)|\bnem\s+sim\s+nem\s+nao|\bni\s+si\s+ni\s+no"
    # the candidate not written off or struck out, or the answer not a no: "I wouldn't write her
    # off", "won't count him out", "not a no", "je ne l'écarterais pas", "ce n'est pas un non",
    # "würde ihn nicht abschreiben", "kein Nein", "no lo eliminaría", "no es un no", "não a
    # riscaria", "não é um não"
    r"|\b(?:wouldn'?t|would\s+not|won'?t|will\s+not|don'?t|do\s+not|not\s+ready\s+to|not\s+going\s+to)\s+"
    r"(?:want\s+to\s+)?(?:write|rule|count|cross|strike|dismiss|discount)\s+(?:[\w.-]+\s+){1,2}?"
    r"(?:off|out)\b|\b(?:wouldn'?t|would\s+not|won'?t)\s+(?:dismiss|discount|write\s+off)\b"
    r"|\b(?:not|isn'?t|is\s+not)\s+a\s+(?:hard\s+|flat\s+|clear\s+|definite\s+)?no\b"
    r"|\bne\s+(?:l'|la\s+|le\s+|les\s+)?(?:ecarter|exclur|eliminer|rayer|enterrer|condamner)"
    r"(?:ais|ait|ions|iez|aient)\s+pas\b|\b(?:ce\s+n'est\s+)?pas\s+(?:encore\s+)?un\s+non\b"
    r"|\b(?:wurde|wurden|mochte|mochten|will|wollen)\s+(?:ich|wir)\s+(?:[\w.-]+\s+){0,3}?nicht\s+"
    r"(?:\w+\s+)?(?:ausschlie\w+|abschreiben|abhaken|streichen|aussortieren|aufgeben)\b"
    r"|\bkein\s+(?:klares\s+|endgultiges\s+)?nein\b"
    r"|\b(?:no|nao)\s+(?:la\s+|lo\s+|a\s+|o\s+)?(?:eliminar|tachar|excluir|riscar|cortar)(?:ia|iamos)\b"
    r"|\b(?:no|nao)\s+(?:es|e)\s+(?:un|um)\s+(?:no|nao)\b"
)
# Hedges that leave the verdict open: a step named beside them decides it ("on the fence; can we
# get him in front of Priya", "noch unentschlossen, würde ihn aber gern … sprechen lassen")
HEDGE = re.compile(_UNDECIDED + "|" + _NO_HELD_BACK)


def said(pattern: str) -> str:
    """A hedge said in the reply, but not the sign-off's "don't hesitate", "n'hésitez pas", "não
    hesite", nor a word that merely starts like one ("tornado")."""
    return r"(?<!\w)(?<!n')(?<!'t\s)(?<!not\s)(?<!nao\s)(?:" + pattern + r")(?!\w)"


OPEN_VERDICT = re.compile(said(HEDGE.pattern))

# (round 44) a candidate's papers, and the keeping of them: "keep her CV on file", "on garde son
# CV", "guardamos su currículum", "ficamos com o currículo dela", "behalten seine Unterlagen"
_PAPERS = (
    r"(?:cv|c\.v\.|resume|profile|details|application|candidature|dossier|profil|perfil|curriculum"
    r"|curriculo|candidatura|unterlagen|bewerbung|lebenslauf)"
)
_ON_FILE = r"on\s+(?:file|record)"
_KEEP = (
    r"(?:keep|keeping|kept|hold\s+on\s+to|garde|gardons|garder|gardera|conserve|conservons|conserver"
    r"|guardamos|guardaremos|guardo|guardar|conservamos|mantenemos|mantemos|ficamos\s+com|behalten"
    r"|behalte|aufbewahren|speichern|halten)"
)
# (not the reader's own papers, which a candidate may keep: "I'll keep your details for future
# roles")
_NOT_YOURS = (
    r"(?!\s+(?:your|vos|votre|tes|ton|ta|tus|tu|vuestr\w*|teus?|tuas?|deine?\w*|eure?\w*|ihre\s+daten"
    r"|los\s+datos\s+de\s+usted)\b)"
)
# a role to come, for which papers are kept: "for future roles", "in case something opens up",
# "pour de futures opportunités", "au cas où", "por si sale algo", "para futuras vagas", "caso
# surja algo", "für künftige Stellen", "falls sich etwas ergibt"
_LATER_ROLE = (
    r"(?:for\s+(?:future|other|later)\s+(?:roles?|openings?|positions?|opportunit\w*|vacanc\w*"
    r"|searches|needs|requirements|reference)|in\s+case\s+(?:something|anything|another|a\s+(?:new\s+)?(?:role"
    r"|position))|should\s+(?:something|anything|another)|if\s+(?:something|anything|another)"
    r"|pour\s+(?:de\s+futur|d'autres|une\s+(?:prochaine|future|autre))|au\s+cas\s+ou|por\s+si"
    r"|para\s+(?:futur|otr|proxim)|pra\s+(?:futur|outr|proxim)|caso\s+(?:surja|apareca|abra)"
    r"|fur\s+(?:kunftig|zukunftig|spater|ander|weiter)|falls\s+sich|bei\s+(?:passender|kunftig"
    r"|einer\s+(?:neuen|anderen|kunftigen)))"
)
# (round 44) a bound of time on a thing kept: "for now", "until", "while", "vorerst", "bis"
_FOR_A_WHILE = (
    r"(?:for\s+now|until|till|while|pending|for\s+the\s+time\s+being|pour\s+l'instant|pour\s+le"
    r"\s+moment|le\s+temps\s+de|jusqu'|vorerst|einstweilen|vorlaufig|bis|solange|por\s+ahora"
    r"|por\s+el\s+momento|de\s+momento|hasta|mientras|por\s+enquanto|por\s+ora|ate|enquanto)"
)
STRONG_VERDICTS: dict[str, tuple[str, ...]] = {
    "advance": (
        # the candidate asked in again, for whatever step: "bring him in for a practical", "I'd
        # like her in for a half-day practical", "have her come in and prompt a scene", "get
        # them back in to", "la faire revenir pour", "la convoquer pour une", "sie noch einmal
        # zu uns einladen", "volver a citarla para", "chamá-la para uma"; (round 39) or out to a
        # place of ours: "have him come out to the shop", "get her over to the depot for"
        r"\b(?:bring|have|get|like|want|need|ask|call|invite)\s+(?:him|her|them)\s+(?:back\s+)?"
        + _TO_US
        + r"\s+(?:again\s+)?(?:for|to|and)\b|\b(?:have|get|like|want|need|ask)\s+"
        r"(?:him|her|them)\s+(?:to\s+)?come\s+(?:back\s+)?" + _TO_US + r"\b(?!\s+(?:on|at)\b)"
        r"|\b(?:la|le|les)\s+(?:faire\s+revenir|convoquer|reconvoquer|recevoir\s+(?:a\s+nouveau\s+)?pour"
        r"|inviter\s+(?:a|pour))\b"
        r"|\b(?:ihn|sie)\s+(?:[\w.-]+\s+){0,3}?(?:zu\s+uns\s+)?(?:einladen|holen|kommen\s+lassen)\b"
        r"|\b(?:citarl[oa]|traerl[oa]|llamarl[oa]|invitarl[oa]|convocarl[oa])\s+(?:\w+\s+){0,2}?"
        r"(?:para|a)\s+(?:una?|otra|la|el)\b"
        r"|\b(?:chama-l[oa]|traze-l[oa]|convida-l[oa]|convoca-l[oa])\s+(?:\w+\s+){0,2}?(?:para|pra)\s+"
        r"(?:uma?|outra|a|o)\b",
        # (round 32) invited again, whatever follows: "ihn noch ein zweites Mal einladen", "la
        # réinviter", "l'inviter à nouveau", "invitarla otra vez", "volver a citarlo",
        # "convidá-la novamente", "invite her back again", "see him a second time"
        r"\b(?:ihn|sie)\s+(?:[\w.-]+\s+){0,2}?(?:(?:noch\s+)?ein\s+(?:zweites|drittes|weiteres)\s+mal"
        r"|noch\s*(?:ein)?mal|nochmals|erneut)\s+(?:[\w.-]+\s+){0,2}?einladen\b"
        r"|\b(?:la|le|les|l')\s*(?:reinviter|reconvoquer|inviter\s+(?:a|de)\s+nouveau"
        r"|inviter\s+une\s+(?:deuxieme|seconde|nouvelle)\s+fois)\b"
        r"|\b(?:volver\s+a\s+)?(?:invitarl|citarl|llamarl|convocarl)[oa]\s+(?:otra\s+vez|de\s+nuevo"
        r"|nuevamente|una\s+segunda\s+vez)\b|\bvolver\s+a\s+(?:invitarl|citarl|convocarl)[oa]\b"
        r"|\b(?:convida-l|chama-l|convoca-l)[oa]\s+(?:de\s+novo|novamente|outra\s+vez"
        r"|uma\s+segunda\s+vez)\b"
        r"|\b(?:invite|have|see|meet)\s+(?:him|her|them)\s+(?:back\s+)?(?:again|a\s+second\s+time"
        r"|one\s+more\s+time)\b",
        # a practical, said as a noun: "a practical on the airfield", "a half-day practical with
        # our senior ceramist", "a hands-on with our head foreman" (not "a practical approach")
        r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:practical|hands-on)(?=\s*(?:[.,;:!?)]|$|\s+(?:on|at|in"
        r"|with|session|day|test|task|assessment|exercise|round|next|this|before|so|to|for|and|first"
        r"|too|as)\b))",
        # the candidate to present work to us, in the subjunctive, named to us or with the work or
        # the audience: "qu'elle nous présente", "qu'il fasse une présentation devant l'équipe",
        # "que presente su propuesta", "que ela apresente o projeto" (not "que presente su DNI")
        r"\b(?:que|q|qu'(?:il|elle))\s+(?:(?:ele|ela|el|ella)\s+)?(?:nos|nous)\s+(?:presente|presentara"
        r"|presentase|apresente|apresentasse)\b"
        r"|\b(?:que|q|qu'(?:il|elle))\s+(?:(?:ele|ela|el|ella)\s+)?(?:presente|presentara|presentase"
        r"|presenterait|apresente|apresentasse|fasse\s+une\s+presentation|haga\s+una\s+presentacion"
        r"|faca\s+uma\s+apresentacao"
        # or prepare it first: "qu'il prépare", "que prepare", "que ele prepare"
        r"|prepare|preparase|preparara|preparasse)\s+(?:[\w']+\s+){0,4}?(?:l')?(?:propuesta|proposta"
        r"|proyecto|projeto|projet|caso|case|cas|trabajo|trabalho|travail|portfolio|portafolio|plan"
        r"|plano|solucion|solucao|solution|presentation|presentacion|apresentacao|exercice|ejercicio"
        r"|exercicio|equipo|equipe|time|team|comite|direc\w*|diretoria|board|socios|socias|junta)\b",
        # the candidate presenting to people of ours, whoever set the work: "to present to the
        # board", "qu'il présenterait à la direction", "lo exponga ante los socios", "apresente aos
        # sócios", "dem Vorstand vorstellt" (not one presented already)
        r"\b(?:present|presenting|presente[rz]?|presenterait|presentera|presentar|presentara"
        r"|expong[ae]n?|exponer|expusiera|apresente|apresentar|apresentasse|apresentaria)\s+"
        r"(?:it\s+|lo\s+|la\s+|le\s+|o\s+)?(?:to|a|au|aux|devant|ante|para|pra|aos?|as)\s+"
        r"(?:[\w']+\s+){0,2}?" + _AUDIENCE + r"\b"
        r"|\b(?:dem|der|den|unserem|unserer|unseren)\s+(?:\w+\s+)?" + _AUDIENCE + r"\s+(?:\w+\s+)?"
        r"(?:vorstellt|vorstellen|vorstellen\s+soll|prasentiert|prasentieren)\b",
        # a day alongside the team: "get him to shadow the team", "can she shadow our ops lead",
        # "have her job-shadow" (not "in her shadow")
        r"\b(?:(?:him|her|them)\s+to|(?:have|let|get|make)\s+(?:him|her|them)"
        r"|(?:he|she|they)(?:\s+(?:can|could|should|will|would|might))?"
        r"|(?:can|could|should)\s+(?:he|she|they))\s+(?:job-?\s?shadow|shadow|sit\s+in)\b",
        # or at the side of one of ours at work: "accompany one of our engineers", "qu'il suive un
        # de nos techniciens", "acompañar a uno de nuestros técnicos", "acompanhar uma das nossas
        # enfermeiras", "bei einem unserer Monteure mitlaufen"
        r"\b(?:accompany|shadow|accompagner|accompagne|suivre|suive|acompanar|acompane|acompanara"
        r"|acompanhar|acompanhe|acompanhasse|begleiten|begleitet)\s+(?:a\s+)?(?:(?:one|un|une|uno|una|um"
        r"|uma|einen|eine[nr]?)\s+(?:of|de|d[oa]s)\s+)?(?:our|nos|notre|nuestr[oa]s?|noss[oa]s?)\b"
        r"|\b(?:bei|mit)\s+(?:einem|einer)\s+unserer\s+[\w-]+\s+(?:mitlaufen|mitfahren|hospitieren"
        r"|zuschauen)\b|\b(?:einen|eine)\s+unserer\s+[\w-]+\s+(?:\w+\s+){0,3}?begleiten\b",
        # one of ours to show the candidate round a place of ours: "walk him round the yard",
        # "show her around the kitchen", "give him a tour", "qu'il lui fasse visiter l'atelier",
        # "ihn über die Baustelle führen", "que le enseñe el taller", "que lhe mostre a obra"
        r"\b(?:walk|show|take)\s+(?:him|her|them)\s+(?:a?round|through)\b|\bgive\s+(?:him|her|them)\s+"
        r"(?:a|the)\s+(?:[\w-]+\s+)?tour\b|\b(?:lui|leur)\s+(?:fasse|fassent|faire|ferait|fera)\s+"
        r"(?:visiter|faire\s+le\s+tour)\b|\b(?:lui|leur)\s+(?:montre|montrer|montrent|montrera)\s+"
        r"(?:l'|le|la|les|notre|nos)|\b(?:ihn|sie)\s+(?:[\w.]+\s+){0,4}?(?:uber|durch)\s+(?:[\w-]+\s+)"
        r"{1,3}?(?:fuhren|fuhrt|fuhrte)\b|\b(?:ihn|sie)\s+(?:\w+\s+){0,3}?herum(?:fuhren|fuhrt)\b"
        r"|\b(?:ihm|ihr)\s+(?:\w+\s+){0,4}?(?:zeigen|zeigt|zeigte)\b|\ble\s+(?:ensene|ensenara|ensenase"
        r"|muestre|mostrara|mostrase|haga\s+un\s+recorrido)\b|\blhe\s+(?:mostre|mostrasse|mostrar"
        r"|fizesse\s+uma\s+visita|faca\s+uma\s+visita)\b|\bmostr(?:e|asse|ar)-lhe\b",
        # a piece of work to prepare for an audience of ours: "prepare a short pitch for our
        # board", "put together a deck for the partners"
        r"\b(?:prepare|put\s+together|build|deliver|give|pitch)\s+(?:us\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:pitch|presentation|case|proposal|plan|deck|demo|talk)\s+(?:for|to)\s+(?:our|the)\s+"
        r"(?:[\w-]+\s+)?" + _AUDIENCE + r"\b",
        # a piece of work sent or set for the candidate: "send a case for her to do", "préparez un
        # exercice pour elle", "manda um case pra ela fazer" (not "it was a hard test for him")
        r"\b(?:send|give|set|prepare|envoie\w*|envoyez|prepare[zr]?|donne[zr]?|manda\w*|envia\w*"
        r"|prepar\w*|dale|dadle|schick\w*|gib|geben|erstell\w*)\s+(?:\w+\s+)?(?:a|an|un|une|una?|uma?"
        r"|eine?n?)\s+(?:[\w-]+\s+)?(?:case|task|exercise|exercice|prueba|ejercicio|aufgabe|ubung)\s+"
        r"(?:for|pour|para|pra|fur)\s+(?:him|her|them|lui|elle|el|ella|ele|ela|ihn|sie)\b",
        # the process moved on to the references, or the reader asked to take them up: "move to
        # reference checks", "passer à la prise de références", "pasar a la verificación de
        # referencias", "seguir para a checagem de referências", "please check her references",
        # "bitte holen Sie Referenzen ein", "podéis pedir sus referencias"; the sender's own check
        # under way ("wir holen noch Referenzen ein und melden uns") is a hold, left to doubt
        r"\b(?:move|moving|go|going|proceed|pass|passer|passons|lancer|lancez|pasar|pasamos|pasemos"
        r"|seguir|passar|avancar|weiter)\s+(?:on\s+)?(?:to|a|para|pra|zu|zur|zum)\s+(?:the\s+|la\s+|a\s+"
        r"|der\s+|den\s+)?(?:reference\s+checks?|references|(?:prise|verification|verificacion|comprobacion"
        r"|checagem|verificacao)\s+(?:de|des)\s+(?:las\s+|as\s+)?referen[cz]\w*|referenz\w*)"
        r"|\b(?:lancer|lancez)\s+la\s+(?:prise|verification)\s+de\s+references\b"
        r"|\b(?:please|go\s+ahead\s+and|can\s+you|could\s+you)\s+(?:check|take\s+up|contact|call)\s+"
        r"(?:his\s+|her\s+|their\s+|the\s+)?references\b"
        r"|\bholen\s+sie\s+(?:\w+\s+){0,2}?referenzen\s+ein\b|\bbitte\s+(?:[\w.]+\s+){0,4}?referenzen\s+"
        r"(?:einholen|prufen|anfragen)\b"
        r"|\b(?:podeis|puedes|puede|pueden|podem|pode)\s+(?:pedir|solicitar|verificar|checar|comprobar)\s+"
        r"(?:sus\s+|las\s+|as\s+|suas\s+)?referencias\b",
        # a step with our team, named with any article or again: "le test technique avec l'équipe
        # data", "die Case Study mit dem Produktteam", "otra vuelta con el equipo", "nochmal mit
        # dem Team", "ok pour la suite avec l'équipe"
        r"\b"
        + _STEP_NOUN
        + r"\s+(?:[\w-]+\s+){0,3}?"
        + _WITH_OURS
        + r"(?:[\w-]+\s+)?"
        + _TEAM
        + r"\b",
        # time with someone of ours: "set up 45 min with her and Kwame", "caler 45 min avec elle"
        r"\b"
        + _DURATION
        + r"\s+(?:[\w-]+\s+)?(?:with|avec|mit|con|com)\s+(?!you\b|vous\b|ihnen\b|usted\b)\w+",
        # the panel booked: "caler le panel lundi", "reserva el panel", "das Panel … einplanen"
        # (not "das Gespräch vorerst nicht ansetzen")
        r"\b" + _SCHEDULE + r"\s+(?:le|la|the|el|o|a)\s+(?:panel|painel|final|entretien\s+final)\b"
        r"|\b(?:das|den|die)\s+(?:panel|\w*gesprach|\w*runde)\s+(?:(?!nicht\b)[\w.-]+\s+){0,10}?"
        r"(?:einplanen|planen|ansetzen|vereinbaren|organisieren|buchen)\b",
        # the candidate to see or meet one of ours, in the subjunctive or with "soll": "faut qu'il
        # voie Karim", "q la vea el equipo", "que conozca a los socios", "que ele conheça os
        # sócios", "Er soll Raj kennenlernen", "mit Herrn Albrecht sprechen lassen"
        # (or come over to us first: "qu'elle vienne à l'usine", "que viniera a la nave", "que se
        # pase por la oficina", "que ele viesse à obra", "dass er vorbeikommt")
        r"\bqu'(?:il|elle)\s+(?:voie|rencontre|passe|presente|echange|vienne|revienne)\b"
        r"|\b(?:que|q)\s+(?:la|lo|le|los|las)\s+(?:vea|viera|conozca|conociera|entreviste)\b"
        r"|\b(?:que|q)\s+(?:conozca|conociera|haga|hiciera|vea|viera|venga|viniera|viniese|pase|pasara)\s+"
        r"(?:a|al|la|el|los|las|por)\b|\bque\s+se\s+(?:pase|pasara|pasase|acerque|acercara)\s+(?:por|a)\b"
        r"|\bque\s+(?:ele|ela)\s+(?:conheca|conhecesse|converse|fale|faca|fizesse|veja|venha|viesse|passe"
        r"|passasse)\b"
        r"|\bdass\s+(?:er|sie)\s+(?:[\w.-]+\s+){0,6}?(?:kennenlernt|trifft|spricht|vorbeikommt"
        r"|vorbeischaut|mitlauft|hospitiert|reinschnuppert)\b"
        # one of ours to meet the candidate: "que o nosso líder de equipa a conheça", "que
        # nuestra directora la conozca", "que notre DG la rencontre"
        r"|\bque\s+(?:[\w']+\s+){1,5}?(?:a|o|os|as|la|lo|le|l')\s*(?:conheca|conhecesse|veja|entreviste"
        r"|receba|conozca|conociera|vea|rencontre|voie|recoive"
        # (round 36) or hear the candidate: "que notre directrice l'écoute", "que nuestra jefa la
        # escuche", "que a nossa chefe a ouça"
        r"|ecoute|entende|escuche|escuchara|oiga|oyera|ouca|ouvisse|escute|escutasse)\b"
        # (round 30: its subject named with an aside, "soll ihn unser Leiter, Herr Vogel, noch
        # kennenlernen")
        r"|\b(?:soll|sollte|sollen|muss)\s+(?:[\w.-]+" + ASIDE + r"\s+){0,6}?"
        r"(?:kennenlernen|treffen|sprechen"
        r"|vorbeischauen|vorbeikommen|herkommen|rauskommen|reinkommen|vorstellen|prasentieren)\b"
        r"|\b(?:sprechen|reden|vorbeischauen)\s+lassen\b",
        # a talk wished between the candidate and a head of ours, whatever the verb: "nos gustaría
        # que platique con nuestro director general", "queremos que hable con la gerente",
        # "gostaríamos que ele conversasse com o nosso sócio", "nous aimerions qu'elle échange
        # avec notre directrice" (a wish before it: not "lo que hablé con nuestro director")
        r"\b(?:gustaria|queremos|quisieramos|quisiera|quiero|preferimos|propongo|proponemos|sugiero"
        r"|sugerimos|gostariamos|gostaria|queriamos|queria|aimerions|aimerais|souhaitons|souhaiterions"
        r"|voudrions|voudrais|proposons)\s+(?:mucho\s+|muito\s+|bien\s+)?(?:que|q|qu')\s*(?:[\w']+\s+){1,2}?"
        r"(?:con|com|avec)\s+(?:(?:nuestr[oa]s?|el|la|los|las|o|a|os|as|noss[oa]s?|notre|nos|le|l')\s*){1,2}"
        r"(?:[\w-]+\s+)?" + _HEAD + r"\b",
        # a deeper round run by one of ours: "have Priya run a proper deep-dive technical with
        # him", "dig deeper into the coding side with her", "una entrevista técnica más a fondo",
        # "uma entrevista técnica mais aprofundada"
        r"\b(?:run|do|have|hold|set\s+up|book|give)\s+(?:\w+\s+)?(?:a|an|another|one\s+more)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:technical|tech|coding|deep[\s-]?dive|in-depth)\b(?:\s+[\w-]+)?\s+with\s+"
        r"(?:him|her|them)\b|\bdig\s+(?:deeper|further)\s+(?:[\w-]+\s+){0,5}?with\s+(?:him|her|them)\b"
        r"|\b(?:entrevista|prueba|sesion|charla|conversa|sessao|prova)\s+(?:tecnica\s+)?(?:mas\s+|mais\s+)?"
        r"(?:a\s+fondo|en\s+profundidad|profunda|aprofundada|a\s+fundo|em\s+profundidade)\b",
        # asked whether the candidate can meet one of ours: "Can he meet Sarah, our CTO?",
        # "Peut-elle rencontrer notre DG ?", "¿Puede reunirse con nuestra CEO?", "Ele pode
        # conversar com o nosso CTO?", "Kann er mit unserem CTO sprechen?"
        r"\b(?:can|could)\s+(?:he|she|they)\s+(?:meet|see|talk\s+to|speak\s+(?:to|with)|come\s+in)\b"
        r"|\bpeut-(?:il|elle)\s+(?:rencontrer|voir|echanger|parler|venir)\b"
        r"|\b(?:il|elle)\s+(?:peut|pourrait|pourra)\s+(?:venir|rencontrer|passer\s+(?:voir|rencontrer)"
        r"|echanger\s+avec)\b"
        r"|\bpuede\s+(?:reunirse|conocer|hablar|ver|venir)\b"
        r"|\b(?:ele|ela)\s+pode\s+(?:conversar|conhecer|falar|se\s+reunir|encontrar|vir)\b"
        r"|\bkann\s+(?:er|sie)\s+(?:[\w.-]+\s+){0,10}?(?:sprechen|treffen|kennenlernen|vorbeikommen"
        r"|mitlaufen|hospitieren|reinschnuppern)\b",
        # the sender wants the candidate to come and meet one of ours: "I'd like her to come over
        # and meet our plant manager", "we'd like him to visit the depot", "I want her to drop by
        # the studio and see our creative director" (not "come back to me")
        r"\b(?:like|love|want|need)\s+(?:him|her|them)\s+to\s+(?:(?:come|pop|drop|swing|stop)\b"
        r"[^.!?;\n]{0,40}?\b(?:and|to)\s+)?(?:meet|visit|talk\s+to|speak\s+(?:to|with)|sit\s+down\s+with"
        r"|see\s+(?:our|one\s+of\s+our|the\s+team|us)|spend\s+(?:a|an|some)\s+(?:day|morning|afternoon"
        r"|time)|shadow)\b",
        # the candidate made to meet one of ours: "let's have her meet Raj", "get him to meet us"
        r"\b(?:have|let|get)\s+(?:him|her|them)\s+(?:to\s+)?(?:meet|see|talk\s+to|speak\s+(?:to|with)"
        r"|sit\s+down\s+with)\b",
        # a trial whatever its adjectives, or the candidate taken on trial: "a short paid trial",
        # "a one-day unpaid trial", "take her on trial", "la prendre à l'essai" (not a probation
        # period after the hire, nor a court's trial)
        r"\b(?<!\bat\s)(?<!\bin\s)(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?trial\b(?!\s+(?:period|basis"
        r"|version|licen[cs]e|account|subscription|run|offer|contract|date|court|judge))"
        r"|\b(?:him|her|them)\s+on\s+trial\b|\bon\s+trial\s+for\s+(?:a|an|one|the)\b"
        r"|\b(?:prendre|prenne|prenons|prendrais|mettre|mette|tester|testons)\s+(?:\w+\s+)?a\s+l'essai\b",
        # in front of one of ours, or at their side: "walk our VP Eng through", "pair with him"
        r"\bwalk\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,3}?through\b|\bpair\s+with\s+(?!you\b|me\b|us\b)[\w.]+",
        # a case presented: "présente son étude de cas devant le comité", "expusiera su caso
        # práctico", "apresentasse o estudo de caso à diretoria"
        r"\b(?:present\w*|expus\w*|expon\w*|apresent\w*|vorstell\w*|prasentier\w*)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:case\s+study|etude\s+de\s+cas|caso\s+practico|estudo\s+de\s+caso|fallstudie|case)\b",
        # a day spent with us: "spend a day with the team", "passer une journée avec l'équipe",
        # "einen Tag bei uns verbringen", "pasar una jornada con el equipo", "passe um dia com o
        # time"
        r"\b(?:spend|spends|spending|passer|passe|pasar|pase|pasara|passar|passasse)\s+"
        r"(?:a|one|une|un|una|um)\s+(?:day|journee|jour|dia|jornada)\s+(?:with|avec|con|com)\s+"
        r"(?:l'|\w+\s+)?(?:team|equipe|equipo|equipa|time|us|nous|nosotros|nos)\b"
        r"|\beinen\s+tag\s+(?:mit\s+dem\s+team|bei\s+uns)\s+verbring\w*",
        # a stretch of work on trial with us: "a trial day", "a trial shift", "une journée
        # d'essai", "une demi-journée d'immersion", "einen Probetag", "ein Schnuppertag", "una
        # jornada de prueba", "un turno de prueba", "um dia experimental", "um turno de experiência"
        # (not a probation period, which follows a hire)
        r"\btrial\s+(?:day|shift|session|lesson|class|week|morning|afternoon)s?\b"
        r"|\b(?:day|shift|morning|afternoon)\s+on\s+trial\b"
        r"|\b(?:journee|demi-journee|jour|seance|cours|semaine|matinee|dia|jornada|media\s+jornada"
        r"|turno|sesion|sessao|clase|aula|semana|manana|manha|tarde|tag|schicht|woche|vormittag"
        r"|nachmittag)\s+(?:de\s+|d'|a\s+l'|a\s+|em\s+|en\s+)?(?:essai|immersion|prueba|experiencia"
        r"|experimental|teste|prova|observation|observacion|observacao|acompanamiento|acompanhamento)\b"
        # "einen Tag zur Probe", "eine Schicht auf Probe"
        r"|\b(?:tag|schicht|woche|vormittag|nachmittag|tage)\s+(?:\w+\s+)?(?:zur|auf)\s+probe\b"
        r"|\b(?:probe|schnupper|hospitations?)(?:tag|tage|arbeit\w*|schicht|training|stunde|woche)\b"
        r"|\bhospitier\w*"
        # or a sample of work asked for: "eine Arbeitsprobe", "una muestra de su trabajo"
        r"|\b(?:work\s+sample|sample\s+of\s+(?:his|her|their)\s+work|exemple\s+de\s+(?:son\s+)?travail"
        r"|arbeitsprobe|muestra\s+de\s+(?:su\s+)?trabajo|amostra\s+de\s+(?:seu\s+)?trabalho)\b"
        # or a chat where someone of ours likes the candidate: "num bate-papo"
        r"|\bnuma?\s+(?:bate-papo|papo|call|conversa)\b",
        # seen again or carried on with: "we'd like to see her again", "on la revoit", "wir
        # möchten ihn nochmal sehen", "queremos verlo otra vez", "seguimos con ella", "segue com
        # ela", "bora pra próxima"
        r"\bsee\s+(?:him|her|them)\s+again\b|\bon\s+(?:la|le|les)\s+revoit\b|\b(?:la|le|les)\s+revoir\b"
        r"|\b(?:ihn|sie)\s+(?:gerne?\s+)?(?:noch\s*(?:ein)?mal|wieder)\s+sehen\b|\bver(?:lo|la|los|las)\s+(?:otra\s+vez"
        r"|de\s+nuevo)\b|\b(?:ve-l[oa]|reve-l[oa]|ver\s+(?:ele|ela))\s+(?:de\s+novo|outra\s+vez|novamente)\b"
        r"|\b(?:seguimos|sigue|segue|seguir|continuamos|continua)\s+(?:con|com)\s+(?:ella|el|ele|ela)\b"
        r"|\bbora\s+(?:pra|para)\s+(?:a\s+)?proxima\b",
        # a case study asked for: "can you ask her for a case study", "une étude de cas", "eine
        # Fallstudie", "un caso práctico", "um estudo de caso"
        r"\b(?:a|une|eine|un|una|um|uma)\s+(?:[\w-]+\s+){0,2}?(?:case\s+study|etude\s+de\s+cas|fallstudie"
        r"|caso\s+practico|estudo\s+de\s+caso)\b|\bum\s+(?:\w+\s+)?case\b",
        # a piece of the job tried out, named by what makes it a trial (a mock, a simulation, a
        # role play, a dry run, something practical or hands-on), with its article: "run a mock
        # bulletin", "une mise en situation", "ein Rollenspiel", "una simulación de venta", "uma
        # dinâmica de grupo"
        r"\b(?:a|an|one|une?|ein|eine[nm]?|einer|una?|uma?)\s+(?:[\w-]+\s+)?(?:mock\s+[\w-]+|dry\s+run"
        r"|role-?play|simulat\w+|simulac\w+|simulacro|practical\s+(?:task|exercise|test|assessment)"
        r"|hands-on\s+(?:task|exercise|test|session)"
        # (round 40: the job done for real, "a live survey", "a live install", "a live shift")
        r"|live\s+(?:coding|exercise|task|demo|survey|job|install|inspection|shift|run|case|project"
        r"|session|pitch|sale|call)\w*"
        # or done at one of ours' side: "a ride-along with one of our drivers", "a shadow shift"
        r"|ride[\s-]?along|shadow(?:ing)?\s+(?:day|shift|session|morning|afternoon)"
        r"|mise\s+en\s+situation|jeu\s+de\s+role|(?:cas|exercice|epreuve)\s+pratique"
        r"|rollenspiel|praxis(?:test|aufgabe|ubung)|praktische[nm]?\s+(?:aufgabe|ubung|test)"
        r"|juego\s+de\s+rol\w*|(?:prueba|ejercicio)\s+practic[oa]|dinamica(?:\s+de\s+grupo)?"
        r"|(?:prova|teste|exercicio)\s+pratic[oa])\b",
        # the candidate seen at work: "see her in action", "la voir à l'œuvre", "ihn im Einsatz
        # erleben", "verla en acción", "vê-lo em ação"
        r"\b(?:see|watch)\s+(?:him|her|them)\s+(?:in\s+action|at\s+work|on\s+the\s+job)\b"
        r"|\b(?:l[ae]|les)\s+voir\s+(?:a\s+l'(?:œ|oe)uvre|en\s+action|en\s+situation)\b"
        r"|\b(?:in\s+aktion|im\s+einsatz|bei\s+der\s+arbeit)\s+(?:erleben|sehen)\b"
        r"|\bver(?:l[oa]s?|l[ae]s)\s+(?:en\s+accion|trabajando|en\s+situacion)\b"
        r"|\b(?:ve-l[oa]s?|ver\s+(?:ele|ela))\s+(?:em\s+acao|trabalhando|na\s+pratica)\b",
        # cleared on to the final round, named by itself: "go through to the final", "passer en
        # finale", "in die Endrunde", "pasar a la final", "seguir pra final"
        r"\b(?:go|goes|move|moves|get|gets|through|progress|progresses|advance|advances)\s+(?:on\s+)?"
        r"to\s+the\s+finals?\b(?!\s+(?:decision|say|word|call|answer|offer|version|draft|figures"
        r"|numbers|invoice|details|terms))"
        r"|\b(?:passer|passe|aller|va|accede[rz]?|acceder)\s+(?:en|a\s+la)\s+finale\b"
        r"|\b(?:in\s+die|zur|fur\s+die)\s+(?:end|final|schluss)runde\b|\bins\s+finale\b"
        r"|\b(?:pasar|pase|pasa|ir|vaya|avanzar|avance|seguir|siga)\s+a\s+la\s+final\b"
        r"|\b(?:seguir|segue|siga|ir|vai|va|avancar|avanca|avance|passar|passa|passe)\s+(?:pra|para"
        r"|para\s+a|a)\s+final\b",
        # (round 44) the round after, told with what it would be: "final round would be the week
        # of the 14th with our CEO", "the next stage will be a site visit"
        r"\b(?:final|next|second|third|last)\s+(?:round|stage|step|interview|meeting|chat)\s+"
        r"(?:would|will|could|should|is\s+going\s+to|'d|'ll)\s+be\b",
        # the candidate to meet one of ours, in the future: "next she'll meet Julien", "elle verra
        # Julien (notre CTO) jeudi", "verá a nuestra directora", "ela vai conhecer o Paulo"
        r"\b(?:she|he|they)(?:'ll|\s+will|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?:then\s+|next\s+"
        r"|also\s+)?(?:meet|see|speak\s+(?:to|with)|talk\s+(?:to|with)|sit\s+down\s+with)\s+(?!(?:you|us"
        r"|me)\b)\w+"
        r"|\b(?:il|elle)\s+(?:verra|rencontrera|va\s+(?:voir|rencontrer)|echangera\s+avec)\s+\w+"
        r"|\b(?:vera|conocera|va\s+a\s+(?:ver|conocer))\s+a\s+\w+"
        r"|\b(?:ele|ela)\s+(?:vai\s+(?:conhecer|ver|falar\s+com|conversar\s+com)|conhecera|vera"
        r"|falara\s+com)\s+\w+",
        # ok given for the next step: "ok pour la suite", "ok para la siguiente fase", "ok pra
        # próxima fase", "ok für die nächste Runde"
        r"\b(?:ok|okay|d'accord|go|feu\s+vert|luz\s+verde|sinal\s+verde)\s+(?:pour\s+(?:la\s+suite"
        r"|l'etape\s+suivante)|para\s+(?:la\s+siguiente|a\s+proxima|seguir|avanzar|avancar)"
        r"|pra\s+(?:a\s+)?proxima|fur\s+die\s+nachste)\b",
    ),
    "reject": (
        # no chemistry, no fit, a quality not there: "the culture fit just isn't there", "comms
        # just weren't there", "ça n'a pas accroché", "la communication n'y était pas", "die
        # Chemie hat nicht gestimmt", "die Kommunikation war nicht da", "no hubo química", "no
        # estuvo a la altura", "não rolou química", "a comunicação não estava lá"
        r"\b" + _QUALITY + r"\s+(?:\w+\s+)?(?:just\s+|really\s+|simply\s+)?(?:isn't|is\s+not|wasn't"
        r"|was\s+not|weren't|were\s+not|aren't|are\s+not|not)\s+(?:quite\s+|really\s+)?there\b"
        r"|\b" + _QUALITY + r"\s+(?:\w+\s+)?n'y\s+(?:etait|est|etaient|sont)\s+pas\b"
        r"|\bn'(?:etait|est|etaient|sont)\s+pas\s+au\s+rendez-vous\b"
        r"|\b" + _QUALITY + r"\s+war\s+(?:\w+\s+){0,2}?nicht\s+(?:da|vorhanden|gegeben)\b"
        r"|\bno\s+(?:estuvo|estaba|esta)\s+a\s+la\s+altura\b|\bnao\s+(?:estava|esteve|esta)\s+"
        r"(?:la|a\s+altura)\b|\bno\s+(?:hubo|hay)\s+(?:\w+\s+)?quimica\b"
        r"|\bnao\s+(?:rolou|houve|teve)\s+(?:\w+\s+)?quimica\b|\bchemie\s+(?:hat\s+)?(?:\w+\s+)?nicht"
        r"\s+(?:gestimmt|gepasst)\b|\bn'a\s+pas\s+(?:\w+\s+)?(?:accroche|colle|matche)\b",
        # a pass, said as such: "hard pass", "big pass", "on passe notre tour", "wir passen.",
        # "Paso.", "vamos passar."
        r"\b(?:hard|big|clear|firm|strong|easy|polite)\s+pass\b|\b(?:on|je|nous)\s+(?:passe|passons)"
        r"\s+(?:notre|mon)\s+tour\b|\b(?:wir\s+passen|ich\s+passe|vamos\s+passar|pasamos)"
        r"(?=\s*(?:[.!,;\n]|$))|(?:^|[.!?]\s)paso\s*[.!,;]",
        # short of what we need: "not the seniority we need", "falls short of", "pas le bon
        # profil", "no se ajusta a lo que el puesto requiere", "nicht ausreichend zu unseren
        # Anforderungen passt", "trop éloignée de notre secteur", "júnior demais pra gente"
        r"\bnot\s+the\s+(?:\w+\s+){1,2}?(?:we|i)\s+(?:need|want|are\s+looking\s+for)\b"
        r"|\bnot\s+(?:the|a)\s+(?:right\s+|good\s+)?fit\s+for\s+(?:us|this|the)\b|\bfalls?\s+short\b|\bpas\s+(?:le\s+bon|la\s+bonne)\s+\w+"
        r"|\b(?:no|nao)\s+se\s+(?:ajusta|adapta|encaixa|adequa)\b|\bne\s+correspond\s+pas\b"
        r"|\bnicht\s+(?:\w+\s+)?zu\s+(?:unseren|unserem|unserer)\s+(?:\w+\s+){1,5}?passt\b"
        r"|\btrop\s+\w+\s+(?:pour\s+nous|de\s+(?:notre|nos))\b|\bdemais\s+(?:pra|para)\s+"
        r"(?:gente|nos)\b|\btoo\s+\w+\s+for\s+(?:us|this\s+role|the\s+role)\b"
        r"|\bdemasiado\s+\w+\s+para\s+(?:nosotros|el\s+puesto)\b|\bzu\s+\w+\s+fur\s+uns\b",
        # another chosen: "wir haben uns für jemand anderen entschieden", "on part sur un autre
        # profil", "nous avons retenu une autre candidate"
        r"\bfur\s+(?:jemand(?:en)?\s+anderen|eine[nm]?\s+andere[nm]?\s+\w+)\s+entschieden\b"
        # (round 44: or one not named, "on part sur quelqu'un d'autre", "sur d'autres profils")
        r"|\b(?:on\s+part|nous\s+partons|on\s+va\s+partir)\s+sur\s+(?:(?:un|une)\s+autre\b"
        r"|quelqu'un\s+d'autre\b|d'autres\s+(?:profils|candidat))"
        r"|\b(?:choisi|retenu|choisir|retenir)\s+(?:un|une)\s+autre\b"
        r"|\bne\s+(?:souhaite|souhaitons|veut|voulons|souhaitent)\s+pas\s+(?:aller\s+plus\s+loin|poursuivre"
        r"|donner\s+suite)\b|\bpode\s+dispensar\b",
        # (round 35) someone else chosen, told by an indefinite one and what sets them apart:
        # "we've decided on a candidate who brings more experience", "wir haben uns für einen
        # Bewerber entschieden, der …", "nous avons retenu une candidate qui …", "nos decantamos
        # por un candidato que …", "optámos por uma candidata com mais experiência"
        r"\b"
        + _CHOSE
        + r"\s+(?:a|an|one|un|une|una|um|uma)\s+(?:(?:more|less)\s+[\w-]+\s+"
        + _ONE_WHO
        + r"|(?:[\w-]+\s+)?"
        + _ONE_WHO
        + r"\w*,?\s+(?:who|that|whose|with|qui|avec|dont|ayant|plus|que|con|com|mas|mais)\b)"
        r"|\bfur\s+(?:(?:einen|eine)\s+(?:[\w-]+\s+)?"
        + _ONE_WHO
        + r"\w*|jemand(?:en)?)\s+(?:(?:mit|aus|von)\s+(?:[\w-]+\s+){0,4}?)?entschieden\b"
        # the German verb last: "wir haben einen Bewerber mit mehr Erfahrung eingestellt"
        r"|\b(?:einen|eine)\s+(?:[\w-]+\s+)?(?:"
        + APPLICANT
        + r")\w*\s+(?:(?:mit|aus|von)\s+(?:[\w-]+\s+){0,4}?)?(?:eingestellt|genommen|ausgewahlt"
        r"|gewahlt)\b",
        # (round 36) the role filled from inside, chosen: "we've decided on an internal
        # solution", "going with an in-house hire", "nous avons opté pour une solution
        # interne", "wir haben uns für eine interne Lösung entschieden", "nos decantamos por
        # una solución interna", "optámos por uma solução interna"
        r"\b(?:"
        + _CHOSE
        + r"|go(?:ing)?\s+with|fur)\s+(?:(?:an?|un|une|una|um|uma|einen?|eine)\s+)?"
        r"(?:(?:internal|in-house|interne[nr]?|hausinterne[nr]?)\s+"
        + _FILLED
        + r"|"
        + _FILLED
        + r"\s+(?:interne?|interna|interno|en\s+interne))\b",
        # not seen in the role yet: "todavía no la veo llevando un equipo", "ainda não vejo ela
        # liderando", "traue ich ihm noch nicht zu", "can't see him leading"
        r"\b(?:no|nao)\s+(?:la\s+|lo\s+|le\s+)?(?:veo|vejo)\s+(?:\w+\s+)?(?:llevando|liderando"
        r"|dirigiendo|gestionando|a\s+liderar)\b|\btraue\s+ich\s+(?:ihm|ihr)\s+(?:noch\s+)?nicht"
        r"\s+zu\b|\bcan'?t\s+see\s+(?:him|her|them)\s+(?:leading|running|managing)\b"
        r"|\bne\s+(?:le|la)\s+vois\s+pas\s+(?:encore\s+)?(?:diriger|gerer|manager|mener)\b",
        # (round 44) papers kept for a role to come are the courtesy of a no to this one: "we'll
        # keep his CV on file in case something opens up", "guardamos su CV por si sale algo",
        # "on garde son CV pour de futures opportunités", "ficamos com o currículo dela para
        # futuras vagas", "wir behalten ihre Unterlagen für künftige Stellen"; in English, kept
        # "on file" or "on record" alone is that courtesy too, where no bound of time follows
        r"\b"
        + _KEEP
        + _NOT_YOURS
        + r"\s+(?:[\w'-]+\s+){0,3}?"
        + _PAPERS
        + r"\b[^.;!?\n]{0,40}?\b"
        + _LATER_ROLE,
        r"\b(?:keep|keeping|kept|have)\s+(?:(?:his|her|their|the|this|[\w-]+'s)\s+(?:[\w-]+\s+)?"
        + _PAPERS
        + r"|him|her|them)\s+"
        + _ON_FILE
        + r"\b"
        r"(?![^.;!?\n]{0,40}?\b" + _FOR_A_WHILE + r")",
        # a verdict's participle, negated, opening the reply: "Pas retenu, désolé.", "Not
        # selected.", "Nicht ausgewählt.", "No seleccionada.", "Não aprovado."
        r"(?:^|\n|[.!?]\s)[^\w\n]*(?:pas|not|nicht|no|nao)\s+(?:retenue?s?|selected|successful"
        r"|ausgewahlt|genommen|seleccionad[oa]|selecionad[oa]|aprobad[oa]|aprovad[oa])"
        r"\s*(?:[-\u2013\u2014:,;.!]|$)",
    ),
    "offer": (
        # the contract sent or prepared: "send him the contract", "schick ihr den
        # Vertragsentwurf", "pásale los papeles", "prepare the employment agreement", "solicitamos
        # a preparação do contrato"
        r"\b(?:send|sende|schick\w*|envoie\w*|envoyer|manda\w*|envia\w*|pasa\w*|prepar\w*|erstell\w*"
        r"|draft|redige\w*)\s+(?:[\w'-]+\s+){0,3}?(?:contract|contrat|contrato|\w*vertrag\w*"
        r"|employment\s+agreement|agreement|papeles|papeis|paperwork)\b"
        r"|\bpreparacao\s+do\s+contrato\b|\blet'?s\s+offer\b(?!\s+(?:him\s+|her\s+)?(?:some|new|other"
        r"|a\s+few|times|slots|dates))",
        # hiring said outright: "let's hire her", "on l'embauche", "vamos a contratarla"
        r"\b(?:let'?s|we'?ll|we\s+will)\s+hire\s+(?:him|her|them)\b|\bon\s+l'embauche\b"
        r"|\bvamos\s+a\s+contratarl[oa]\b|\bvamos\s+contrata-l[oa]\b",
        # or as an order opening its sentence: "Hire him.", "Embauchez-la.", "Contratadla.",
        # "Contratem-na.", "Stellt ihn ein."
        r"(?:^|\n|[.!?]\s)(?:hire\s+(?:him|her|them)|embauchez-(?:le|la|les)|embauche-(?:le|la)"
        r"|contrat(?:adl|al|enl)[oa]s?|contrate-?(?:o|a)|contratem-?(?:no|na)|(?:stellt|stellen\s+sie)"
        r"\s+(?:ihn|sie)\s+ein)\b",
        # the candidate wanted on the team: "Die will ich im Team!", "Quero ele no time", "lo
        # queremos", "cerramos con él", "vamos fechar com ela"
        r"\b(?:(?:i|we)\s+want\s+(?:him|her|them)\s+(?:on|in)\s+(?:the|our)\s+team"
        r"|(?:die|den|ihn|sie)\s+(?:will|wollen)\s+(?:ich|wir)\s+im\s+team"
        r"|(?:quero|queremos)\s+(?:ele|ela)\s+no\s+(?:time|nosso)|(?:lo|la)\s+queremos"
        r"|(?:cerramos|fechamos|vamos\s+fechar)\s+com?\s+(?:el|ella|ele|ela)"
        r"|je\s+(?:la|le)\s+veux\s+dans\s+l'equipe)\b",
        # (round 44) the offer on its way out: "offer going out tomorrow", "the offer letter goes
        # out today", "l'offre part demain", "das Angebot geht morgen raus", "la oferta sale
        # mañana", "a proposta sai amanhã"
        r"\b(?:offer|offre|angebot|oferta|proposta)\s+(?:letter\s+)?(?:is\s+|will\s+be\s+|'s\s+|'ll\s+be\s+)?"
        r"(?:going\s+out|goes\s+out|went\s+out|gone\s+out|being\s+sent|part|partira|geht\s+(?:\w+\s+){0,2}?raus"
        r"|sale|saldra|sai|saira|vai\s+sair)\b",
    ),
    "hold": (
        # undecided, said so: "torn", "je suis mitigé", "tengo dudas" (a step beside it decides;
        # opened on \b, the same test before its words, so the cue's scan tries it at word starts
        # only: no later pattern of the cue matches where it starts, or only on the same span)
        r"\b" + said(_UNDECIDED),
        # comparing once the others are seen: "will compare after that", "je compare et je te
        # dis", "danach vergleichen wir", "después comparamos"
        r"\b(?:compare|comparer|comparons|vergleichen|comparamos|comparar|comparemos)\b",
        # time asked for: "give me a couple of weeks", "laissez-moi jusqu'à début janvier", "dame
        # un par de semanas", "me dá umas duas semanas", "bitte gedulden Sie sich", "Patience !"
        r"\b(?:give|gimme)\s+(?:me|us)\s+(?:a\s+)?(?:couple|few|week|day|two|\d|some\s+time|a\s+bit)"
        r"|\blaiss(?:ez|e)-(?:moi|nous)\s+(?:jusqu'|quelques|une|deux|le\s+temps|la\s+nuit|un\s+peu)"
        r"|\bd(?:ame|adme|anos)\s+(?:un\s+par|unos|unas|una|dos|tiempo|hasta)"
        r"|\bme\s+da\s+(?:umas?|uns|duas|dois|um\s+tempo|ate)\b"
        r"|\bgib\s+(?:mir|uns)\s+(?:\w+\s+){0,3}?zeit\b|\bgedulden\b"
        # (round 42) or until a day: "gebt uns bis Freitag", "donnez-nous jusqu'à lundi", "dennos
        # hasta el lunes", "dá-nos até sexta", "nos dê até segunda"
        r"|\b(?:" + _GIVE_US + r")\s+(?:(?:noch|bitte|please|doch)\s+)?(?:till|until|til|bis"
        r"|jusqu'|hasta|ate)\b"
        # (round 31: not the thanks for it, "merci pour votre patience", "gracias por tu
        # paciencia", "obrigado pela paciência")
        r"|(?<!votre\s)(?<!your\s)(?<!ta\s)(?<!\bsu\s)(?<!tu\s)(?<!pela\s)(?<!sua\s)(?<!vuestra\s)"
        r"\b(?:patience|paciencia)\b",
        # time needed to think: "I need a few days", "Necesito unos días para pensarlo", "Preciso
        # de uns dias", "Ich brauche noch ein paar Tage Bedenkzeit", "laissez-moi réfléchir"
        # (a little of it, after a "but" or a "still": "we need a bit more time", "il nous faut
        # encore un peu de temps", "wir brauchen aber noch etwas Zeit", "necesitamos algo más de
        # tiempo", "precisamos de um pouco mais de tempo")
        r"\b(?:i\s+need|we\s+need|needs?|necesit[oa]|necesitamos|precis[oa]|precisamos|brauche|braucht"
        r"|brauchen|j'ai\s+besoin|il\s+(?:me|nous)\s+faut|prendre)\s+(?:de\s+)?"
        r"(?:(?:noch|encore|mais|mas|more|aber|but|pero|still|ainda|aun|todavia)\s+){0,2}"
        r"(?:a\s+few|some|a\s+couple\s+of|quelques|unos|unas|uns|umas|alguns|algumas|ein\s+paar"
        r"|a\s+(?:bit|little)(?:\s+more)?|un\s+peu(?:\s+plus)?\s+de|etwas(?:\s+mehr)?|algo(?:\s+mas)?\s+de"
        r"|un\s+poco(?:\s+mas)?\s+de|um\s+pouco(?:\s+mais)?\s+de|a|un|una|um|uma|einen|eine|mehr|more"
        r"|plus\s+de|mas|mais)\s+"
        r"(?:\w+\s+)?(?:days?|weeks?|jours|semaines|dias|semanas|tage|wochen|time|temps|tiempo|tempo|zeit)\b"
        r"|\blaiss(?:ez|e)-(?:moi|nous)\s+reflechir\b|\bbedenkzeit\b",
        # waiting to hear from the others, or the candidate parked: "waiting to hear from two
        # others", "on attend le retour des autres", "esperamos la opinión de", "warten auf das
        # Feedback", "aguardando o retorno", "park it until January"
        r"\bwaiting\s+(?:to\s+hear\s+(?:from|back)|for\s+(?:feedback|input|the\s+others?))\b"
        # (round 31: "l'avis", and a decision, "aguardamos a decisão da diretoria", "waiting on
        # the board", "on attend la décision du comité")
        r"|\b(?:attend(?:ons|ent)?|esper(?:amos|ando)|aguard(?:amos|ando|am)|warten)\s+(?:noch\s+)?"
        r"(?:auf\s+)?(?:(?:le|la|el|o|a|das|den|die)\s+|l')(?:retour|avis|opinion|feedback|ruckmeldung"
        r"|retorno|parecer|decision|decisao|entscheidung)\b"
        r"|\bwait(?:ing)?\s+(?:on|for)\s+(?:the|our)\s+(?:board|committee|management|leadership"
        r"|founders|partners|directors|ceo|owners?)\b"
        # the German wait until: "wir möchten noch abwarten, bis wir die zweite Kandidatin
        # gesehen haben", "abwarten, ob"
        r"|\babwarten,?\s+(?:bis|ob)\b"
        r"|\bpark\s+(?:it|him|her|this|them)\s+(?:until|till|for)\b",
        # a night or a weekend to think: "let me sleep on it", "Laisse-moi la nuit pour y
        # réfléchir", "Lass mich eine Nacht drüber schlafen", "Deixa eu pensar no fim de semana"
        r"\b(?:let\s+me\s+)?sleep\s+on\s+it\b|\blet\s+me\s+think\s+(?:about|it|over)|\bdeixa\s+(?:eu|me)\s+pensar\b"
        r"|\bdej(?:a|ame)\s+(?:que\s+)?(?:lo\s+)?pien\w+|\bdruber\s+schlafen\b|\bnacht\s+druber\b|\by\s+reflechir\b",
        # waiting as the plan: "vamos aguardar", "let's wait and see", "on va attendre un peu",
        # "vamos a esperar", "wir werden abwarten" (not "no vamos a esperar", "we won't wait")
        r"(?<!\bno\s)(?<!\bnao\s)\b(?:vamos(?:\s+a)?|we'?ll|we\s+will|let'?s|on\s+va|nous\s+allons"
        r"|wir\s+werden)\s+(?:\w+\s+)?(?:aguardar|esperar|wait|attendre|abwarten)\b",
        # nothing before then: "nothing before then", "rien ne bougera avant", "hasta entonces
        # nada", "até lá nada", "bis dahin bitte abwarten"
        r"\bnothing\s+(?:before|until|till)\s+then\b|\brien\s+ne\s+(?:bougera|se\s+passera|bouge)\b"
        r"|\bhasta\s+entonces\s+(?:nada|no)\b|\bate\s+la\s+(?:nada|nao)\b"
        r"|\bbis\s+dahin\s+(?:\w+\s+){0,2}?(?:abwarten|nichts|warten)\b",
        # not agreed among themselves yet: "wir sind uns noch nicht einig", "on n'est pas encore
        # d'accord entre nous", "aún no hay consenso", "ainda não há consenso"
        r"\bnoch\s+(?:nicht\s+einig|uneinig)\b|\bpas\s+encore\s+d'accord\b|\b(?:todavia|aun|ainda)\s+(?:no|nao)"
        r"\s+(?:hay|ha|tenemos|temos)\s+consenso\b",
        # others still to be seen: "we're still seeing two other candidates", "nous voyons encore
        # deux autres candidats", "wir sehen noch zwei weitere Kandidaten", "aún vemos a otros
        # dos candidatos", "ainda vamos ver outros dois candidatos"
        r"\b(?:seeing|meeting|interviewing|voyons|rencontrons|recevons|sehen|treffen|vemos|entrevistamos"
        r"|ver|conhecer)\s+(?:still\s+|encore\s+|noch\s+|a\s+)?(?:\w+\s+)?(?:"
        + _ANOTHER
        + r")\s+(?:\w+\s+)?(?:"
        + APPLICANT
        + r"|profil)\w*"
        # or talked with: "we're speaking to one more candidate", "sprechen wir noch mit einem
        # zweiten Kandidaten", "falamos com uma segunda candidata", "hablamos con otra candidata"
        r"|\b(?:speaking|talking|speak|talk|sprechen|reden|hablamos|hablaremos|falamos|falaremos"
        r"|conversamos|parlons|echangeons)\s+(?:\w+\s+){0,3}?(?:to|with|mit|con|com|avec)\s+(?:\w+\s+)?"
        r"(?:" + _ANOTHER + r")\s+(?:\w+\s+)?(?:" + APPLICANT + r"|profil|perfil)\w*"
        # or another still in the running, so no rejection of this one: "we have another
        # candidate in the process", "tenemos otra candidata en proceso", "ainda temos outro
        # candidato no processo", "un autre candidat en cours", "ein weiterer Bewerber im Prozess"
        # (one of them, not the one named with its article: "the other candidate in the process
        # accepted our offer" is no hold)
        r"|(?<!\bthe\s)(?<!\bla\s)(?<!\bel\s)(?<!\bo\s)(?<!\ba\s)(?<!l')(?<!\bdie\s)(?<!\bder\s)\b(?:"
        + _ANOTHER
        + r")\s+(?:\w+\s+)?(?:"
        + APPLICANT
        + r"|profil|perfil)\w*\s+(?:still\s+|encore\s+|noch\s+|todavia\s+|aun\s+|ainda\s+)?"
        r"(?:in\s+(?:the\s+)?"
        r"(?:process|pipeline|running)|en\s+(?:el\s+)?(?:cours|proceso|process)|(?:no|em)\s+processo"
        r"|dans\s+le\s+processus|im\s+(?:prozess|verfahren|rennen))\b"
        # or an interview still to have with another: "an interview booked with another
        # candidate", "un entretien prévu avec une autre candidate", "ein Gespräch mit einem
        # weiteren Kandidaten", "una entrevista con otro candidato", "uma entrevista agendada com
        # outro candidato"
        r"|\b(?:interview|entretien|gesprach|entrevista|conversa|meeting|call)\s+(?:"
        + _NOT_GOING_ON
        + r"[\w-]+\s+){0,3}?(?:with|avec|mit|con|com)\s+"
        r"(?:(?:an?|one|un|une|einem|einer|el|la|o|a|l')\s*)?(?:other|another"
        r"|autre|anderen|weiteren|otr[oa]|outr[oa])\s+(?:\w+\s+)?(?:candidat|kandidat|finalist|bewerber"
        r"|applicant|profil)\w*"
        r"|\b(?:seeing|meeting|interviewing)\s+(?:a\s+few\s+|some\s+|two\s+|three\s+)?others\b"
        # (round 32) or another one we have, still to see: "tenemos otro finalista que
        # entrevistamos la semana que viene", "we have one more finalist to meet", "il y a une
        # autre candidate que nous voyons jeudi", "wir haben noch eine weitere Kandidatin, die wir
        # nächste Woche treffen" (not "another candidate who is a better fit")
        r"|\b(?:have|there'?s|there\s+is|tenemos|temos|avons|y\s+a|haben|hay)\s+(?:still\s+|todavia\s+"
        r"|aun\s+|ainda\s+|encore\s+|noch\s+)?(?:(?:an?|one|un|une|eine[nr]?|uma?)\s+)?(?:"
        + _ANOTHER
        + r")\s+(?:\w+\s+)?"
        + APPLICANT
        + r"\w*,?\s+"
        r"(?:[\w'-]+\s+){0,4}?"
        r"(?:interview\w*|see|seeing|meet|meeting|coming\s+in|entrevist\w*|vemos|veremos|ver|voir"
        r"|voyons|verrons|rencontr\w*|recevons|recevoir|sehen|treffen|sprechen|kennenlernen"
        r"|conhecer|conversar|falar|hablar)\b"
        # or to be seen first: "once we've seen the last candidates", "d'avoir vu les derniers
        # candidats", "esperamos a ver a los últimos candidatos", "die letzten Kandidaten gesehen
        # haben", "see the remaining two before we choose"
        # (round 30: "treffen erst die anderen Kandidaten", "voir d'abord les autres")
        r"|\b(?:see|seen|meet|met|voir|vu|rencontre|ver|visto|conhecer|sehen|gesehen|kennengelernt"
        r"|treffen|kennenlernen)\s+(?:(?:erst|noch|zuerst|first|still|encore|d'abord|primero|primeiro"
        r"|ainda)\s+)?"
        r"(?:(?:the|all\s+the|les|tous\s+les|a\s+los|a\s+las|los|las|os|as|die|alle)\s+)?(?:\w+\s+)?"
        r"(?:last|remaining|other|derniers|dernieres|restants|autres|ultimos|ultimas|restantes|otros"
        r"|otras|outros|outras|letzten|ubrigen|anderen|weiteren)\s+(?:\w+\s+)?(?:"
        + APPLICANT
        + r"|profil|perfi)\w*"
        r"|\b(?:see|seen|meet|met)\s+the\s+(?:remaining|last)\s+(?:two|three|few|ones)\b"
        r"|\b(?:letzten|ubrigen|anderen|weiteren)\s+(?:kandidat|bewerber)\w*\s+(?:\w+\s+)?gesehen\b"
        # (round 30) the verb last, still to come: "die beiden anderen Kandidaten nächste Woche
        # sehen", "mit den übrigen Bewerbern sprechen"
        r"|\b(?:die|den)\s+(?:\w+\s+)?(?:anderen|ubrigen|weiteren|letzten|restlichen)\s+"
        r"(?:kandidat|bewerber)\w*\s+(?:[\w.-]+\s+){0,3}?(?:sehen|treffen|kennenlernen|sprechen"
        r"|interviewen|einladen|anhoren)\b"
        # the decision after the other interviews: "wir entscheiden erst nach den anderen
        # Gesprächen", "after the other interviews", "après les autres entretiens", "después de
        # las otras entrevistas", "depois das outras entrevistas"
        r"|\b(?:nach\s+den\s+(?:anderen|weiteren|ubrigen)|after\s+the\s+other|apres\s+les\s+autres"
        r"|despues\s+de\s+(?:las\s+otras|los\s+otros)|depois\s+d[ao]s\s+outr[ao]s)\s+(?:gesprachen|interviews"
        r"|kandidat\w*|entretiens|candidat\w*|entrevistas|conversas)\b",
        # a number of others still to interview: "two more candidates to interview", "three more
        # people to see", "mais três candidatos para ouvir", "dos candidatos por entrevistar",
        # "noch zwei Bewerber zu sprechen", "es stehen noch drei Bewerber aus", "otras dos
        # entrevistas", "two more interviews"
        r"\b" + _COUNTED + r"\s+(?:(?:more|other|further|weitere|andere|autres|otros|otras|outros"
        r"|outras|mais|mas)\s+)?(?:[\w-]+\s+)?(?:"
        + APPLICANT
        + r"\w*|people|personas|pessoas|profil\w*|perfi\w*)\s+(?:(?:left|still)\s+)?"
        r"(?:to|por|para|pra|a"
        r"|zu)\s+(?:\w+\s+)?(?:interview|see|meet|entrevistar|ver|conhecer|ouvir|rencontrer|voir"
        r"|recevoir|sprechen|treffen|sehen|kennenlernen)\b"
        r"|\b(?:steh(?:en|t)|sind)\s+noch\s+(?:"
        + _COUNTED
        + r"\s+)?(?:\w+\s+)?(?:kandidat|bewerber"
        r"|gesprach|interview)\w*\s+aus\b"
        r"|\b" + _COUNTED + r"\s+(?:more|other|further|weitere|andere)\s+(?:interviews|entretiens"
        r"|gesprache|entrevistas)\b|\b(?:otr[oa]s|outr[oa]s|autres|mais|mas)\s+" + _COUNTED + r"\s+"
        r"(?:entrevistas|entretiens|interviews|conversas)\b"
        # (a digit only right before "more": the digits of times are everywhere)
        r"|\b\d\s+(?:more|other|further|weitere|andere|autres|otros|otras|outros|outras|mais|mas)\s+"
        r"(?:candidat\w*|kandidat\w*|bewerber\w*|people|applicants|finalists|personas|pessoas"
        r"|interviews|entrevistas|entretiens|gesprache)\b",
        # a decision hanging on something named just before: "la plaza depende de eso", "a vaga
        # depende disso", "on doit d'abord savoir si"
        r"\bdepende\s+(?:de\s+eso|de\s+esto|disso|disto|de\s+ello)\b|\bdepends\s+on\s+(?:that|it|this)\b"
        r"|\bhangt\s+davon\s+ab\b|\b(?:d'abord|first)\s+(?:savoir|know|find\s+out)\b",
        # (round 44) papers kept for a while: "keep her on file for now", "wir behalten ihn vorerst
        # in Evidenz, bis …" (Austria's "in Evidenz" is on record), "on garde son CV le temps de",
        # "guardamos su CV hasta"; and Brazil's holding on for now, "vamos segurar por enquanto"
        r"\b"
        + _KEEP
        + r"\s+(?:[\w'-]+\s+){0,3}?(?:"
        + _PAPERS
        + r"|him|her|them)\s+(?:"
        + _ON_FILE
        + r"\s+)?"
        + _FOR_A_WHILE
        + r"\b"
        r"|\b(?:vorerst|einstweilen|vorlaufig|derzeit|noch)\s+(?:\w+\s+){0,3}?in\s+evidenz\b"
        r"|\bin\s+evidenz\s+(?:\w+\s+){0,3}?(?:bis|solange|vorerst)\b"
        r"|\bsegur(?:ar|a|amos|emos)\s+(?:[\w-]+\s+)?(?:por\s+(?:enquanto|ora|agora)|mais\s+um\s+pouco)\b",
    ),
}
WEAK_VERDICTS: dict[str, tuple[str, ...]] = {
    # weak, so that a candidate's "thanks, but no", "I'll keep looking for a slot" or "that won't
    # work" is no withdrawal: only a verdict after the round
    "reject": (
        # a pass as a sentence of its own word: "pass. not enough site time", "Pass - too junior",
        # "Passo.", "On passe." (weak: a candidate's "Pass." on options is no withdrawal)
        # (after a bare no too: "non, on passe.", "No, paso.")
        r"(?:^|\n|[.!?]\s)(?:(?:no|non|nein|nao|nope|nah)(?:\s+(?:merci|thanks|danke|gracias|obrigad[oa]))?"
        r",?\s+)?(?:pass|passo|paso|on\s+passe|je\s+passe|wir\s+passen)\s*(?:[.!,;:]|\s[-–—]|$)",
        # (round 28) a no-go on the candidate opening a sentence: "no go on him. too green", "a
        # no-go for her, sorry" (weak, as "no go. thx": a candidate's "no go for Friday" is a day)
        r"(?:^|\n|[.!?]\s)[^\w\n]*(?:(?:it'?s\s+)?a\s+)?no[\s-]go\s+(?:on|for)\s+(?:him|her|them"
        r"|this\s+(?:one|candidate|person))\b",
        # a no given as the sender's leaning: "I'd say no", "je dirais non", "ich würde nein sagen",
        # "yo diría que no", "eu diria que não"; or rather not, alone: "Eher nicht.", "Rather not."
        r"\b(?:i'?d|i\s+would)\s+say\s+no\b|\bje\s+dirais\s+non\b|\bich\s+wurde\s+(?:eher\s+)?nein\s+sagen\b"
        r"|(?<!no\s)(?<!nao\s)\bdiria\s+que\s+(?:no|nao)\b",
        r"(?:^|\n|[.!?]\s)(?:eher\s+nicht|lieber\s+nicht|rather\s+not|plutot\s+non|mejor\s+no|melhor\s+nao)"
        r"\s*(?:[.!,;:]|$)",
        # praise then a bare no: "nice guy but no", "netter Typ, aber nee", "gente boa mas não"
        r"\b(?:but|mais|aber|pero|mas)\s+(?:no|nope|nah|nee|nein|non|nao)\b(?:\s+(?:danke|thanks|merci|gracias|obrigad[oa]))?(?=\s*(?:[.!,;\n]|$))",
        # the search goes on: "we'll keep looking", "poursuivre nos recherches", "wir suchen
        # weiter", "seguimos buscando", "vamos continuar procurando"
        r"\b(?:keep|continue|continuing)\s+(?:looking|searching|(?:our|the)\s+search)\b"
        r"|\b(?:(?:on|nous)\s+)?(?:poursuiv\w*|continu\w*)\s+(?:nos\s+|les\s+|la\s+|a\s+)?"
        r"(?:recherches?|chercher)\b"
        r"|\b(?:suchen|schauen)\s+(?:\w+\s+)?weiter\b|\bweiter\s+(?:suchen|schauen)\b"
        r"|\b(?:seguimos|seguir|seguiremos|continuamos|continuar)\s+(?:buscando|procurando|a\s+procurar)\b",
        # it will come to nothing, closing the reply: "Das wird nichts.", "Ça ne collera pas.",
        # "así que no va a funcionar", "Não vai dar.", "so that's that"
        r"\b(?:das|es)\s+wird\s+nichts\b|\b(?:ca|cela)\s+ne\s+(?:collera|marchera|fonctionnera)\s+pas\b"
        r"|\basi\s+que\s+no\s+va\s+a\s+(?:funcionar|salir)\b|\bso\s+that'?s\s+that\b"
        r"|(?:^|(?<=[.!]\s))(?:no\s+va\s+a\s+funcionar|nao\s+vai\s+dar|that\s+won'?t\s+work)"
        r"(?=\s*[.!]?\s*$)",
        # asked to turn the candidate down: "passt leider nicht, bitte absagen", "please turn her
        # down", "merci de lui répondre par la négative", "dá um retorno negativo"
        # (before the round "absagen" calls the interview off: the verb is left to that cue)
        r"\b(?:bitte|gerne|freundlich|hoflich|leider)(?=\s+(?:(?:dem|der|ihm|ihr)\s+(?:\w+\s+)?)?"
        r"(?:freundlich\s+|hoflich\s+)?absagen\b)|\babsage\s+(?:schicken|senden|erteilen|geben)\b"
        r"|\bturn\s+(?:him|her|them)\s+down\b|\bpar\s+la\s+negative\b|"
        + _TELL_NO
        + r"|\b(?:respuesta|retorno|resposta|reponse)\s+negativ[oae]\b",
        # below the level asked: "didn't meet the bar", "n'a pas le niveau", "no tiene el nivel",
        # "não tem senioridade suficiente", "pas assez expérimentée", "nicht erfahren genug", "zu
        # schwach"
        r"\b(?:didn'?t|did\s+not|doesn'?t|does\s+not)\s+(?:quite\s+)?(?:meet|reach|clear|hit)\s+(?:the|our)"
        r"\s+(?:bar|level|standard)\b|\bbelow\s+(?:the|our)\s+bar\b"
        r"|\bn'a\s+pas\s+(?:le|la|l')\s*(?:niveau|carrure|seniorite|experience|profil)\b|\bpas\s+assez\s+\w+"
        r"|\b(?:no|nao)\s+(?:tiene|tem)\s+(?:el|la|o|a)\s+(?:nivel|experiencia|senioridade|seniority|perfil)\b"
        r"|\bhat\s+nicht\s+das\s+(?:profil|niveau)\b|\b(?:doesn'?t|does\s+not)\s+have\s+the\s+(?:profile"
        r"|level|seniority)\b"
        r"|\b(?:no|nao)\s+(?:tiene|tem)\s+(?:\w+\s+)?(?:suficiente|suficientes)\b"
        r"|\bnicht\s+\w+\s+genug\b|\bzu\s+(?:schwach|unerfahren|jung)\b|\bnot\s+\w+\s+enough\b"
        r"|\bnot\s+(?:quite|really|yet)\s+there\b|\bpas\s+(?:tout\s+a\s+fait|encore)\s+(?:au\s+niveau|pret)"
        r"|\bnoch\s+nicht\s+so\s+weit\b|\bno\s+esta\s+(?:del\s+todo\s+)?(?:al\s+nivel|preparad[oa])\b"
        r"|\bnao\s+esta\s+(?:pront[oa]|no\s+nivel)\b",
        # not fitting the team: "não encaixa no time", "ne colle pas", "passt nicht ins Team"
        # (round 44: the fit denied to us, "no nos encaja", "não nos encaixa")
        r"\b(?:nao|no)\s+(?:se\s+|nos\s+)?encaix\w*|\bno\s+(?:nos\s+)?encaja\b|\bne\s+colle\s+pas\b"
        r"|\bpasst\s+(?:\w+\s+)?nicht\s+(?:ins|in\s+(?:das|unser))\s+team\b|\bpasst\s+(?:\w+\s+)?nicht"
        r"\s+zu\s+uns\b",
        # lacking what the role asks: "il manque de bouteille", "le falta rodaje", "falta vivência"
        r"\b(?:il|elle)\s+manque\s+(?:\w+\s+)?d[e']|\ble\s+falta\b|\blacks?\b|\bfehlt\s+(?:ihm|ihr)\b"
        r"|\bfalta\s+(?:\w+\s+)?(?:vivencia|experiencia|rodaje|bagagem|maturidade|madurez|senioridade"
        r"|seniority|lideranca|liderazgo)\b",
    ),
    # pay and a start, after the round: "78k + equity", "62k fixe", "R$ 18.000 por mês", "start
    # januar", "il peut commencer en février", "arranca el 1 de febrero", "começa em fevereiro"
    "offer": (
        r"\b(?<![.,])" + _PAY + r"(?!\w)",
        r"\b(?:(?:can|could|will)\s+start|commencing|(?:peut|pourra)\s+commencer|arrivee\s+(?:le|en)"
        r"|debut\s+(?:le|en|des)|que\s+(?:empiece|entre)|arranca\s+(?:el|en)|incorporacion\s+(?:el|en)"
        r"|comeca\s+(?:em|a|no|dia|\d)|inicio\s+(?:em|a|no)|entra\s+(?:assim|em|no|dia)"
        r"|beginn\s+\w+|eintritt\s+(?:zum|am|ab|im)|start\s+(?:\w+uar|sobald|asap|whenever))\b",
    ),
    # a role being reshaped: "re-scoping the role after the reorg", "en pleine réorganisation";
    # word promised: "ich gebe Ihnen Bescheid", "te confirmo algo"; hiring frozen: "die Stelle ist
    # eingefroren", "les recrutements sont gelés", "contratações congeladas"
    "hold": (
        r"\b(?:frozen|freeze|eingefroren|gele(?:e|es|s)?|congelad[oa]s?)\b",
        r"\bbescheid\b|\b(?:te\s+|le\s+)?confirmo\s+algo\b",
        r"\b(?:re-?scop\w*|reorg\w*|restructur\w*|reestructur\w*|reestrutur\w*|umstrukturier\w*"
        r"|redefini\w*|redesenh\w*|reorganis\w*|reorganiz\w*)"
        r"|\bstrukturieren\s+(?:\w+\s+){0,4}?um\b",
    ),
    # thanks for a round that went well: "thanks for organising", "all went smoothly on our side"
    "thanks": (
        r"\b(?:thanks|thank\s+you|merci|danke|gracias|obrigad[oa])\s+(?:for|pour|fur|por|d'avoir|de)\s+"
        r"(?:the\s+|l'|la\s+|le\s+|die\s+)?\w+",
        r"\b(?:all|everything|tout|alles|todo|tudo)\s+(?:went|s'est|lief|fue|correu)\s+(?:\w+\s+)?"
        r"(?:well|smoothly|fine|passe|reibungslos|gut|glatt|bien|bem)\b"
        r"|\blief\s+alles\s+(?:reibungslos|gut|glatt)\b|\bcorreu\s+tudo\s+bem\b"
        r"|\b(?:on\s+our\s+side|de\s+notre\s+cote|bei\s+uns|por\s+nuestra\s+parte|do\s+nosso\s+lado)\b",
        # a pleasant talk: "a pleasant conversation", "échange agréable", "ein nettes Gespräch"
        r"\b(?:pleasant|nice|lovely|angenehmes?|nettes?|agradable|agradavel)\s+(?:conversation|chat"
        r"|exchange|gesprach|conversacion|charla|conversa)\b"
        r"|\b(?:echange|conversation|conversa|charla|conversacion)\s+(?:tres\s+|muy\s+|muito\s+)?"
        r"(?:agreable|sympa|agradable|agradavel)\b",
    ),
}
