"""Days ruled out: by a verdict right after them, or by the sender's state told around them.

"Wednesday doesn't suit. Thursday afternoon works.", "Mercredi, hors de question.", "Mittwoch
ist ausgeschlossen.", "El miércoles no me cuadra.", "Quarta não rola." The verdict says the day
cannot be done, in the words people use for it in each language (impossible, out of the
question, not doable, no way, not an option, doesn't suit or fit), after the words that may
stand between: a copula, "for me", words of regret or degree.

"I'm tied up on Wednesday", "Je suis prise mercredi", "Mittwoch bin ich verplant", "El miércoles
tengo otros compromisos", "Quarta não estou disponível": the sender's state takes the day, told
as a word of being busy, away or in training after "I am" (`_BE`), a noun of what fills the day
after "I have" (`_HAVE`), a full calendar, or "I am not" before a word of being free. Each is
one class of words per language, read before the days (in `cues.NEGATIVE`) and after them
(`AFTER_DAY`): the construct, not the wording, rules the days out and nothing else. The
refusals read from a day's activities and judged difficulty are in `cues`.
"""

from __future__ import annotations

from parsers.rules.alternation import branches, grouped, opened
from parsers.time.holidays import FREES, HOLIDAY_TOLD, NAME_TOLD
from parsers.time.words import WEEKDAYS


def _by_letter(*classes: str) -> str:
    """One alternation of the classes' words, grouped by the letters they start with: they are
    tried after every day and at every word start, and most words start with none of them."""
    return grouped([b for words in classes for b in branches(words)], word_start=False)


# the copula, "for me" and adverbs of regret or degree the verdict may come after (grouped by
# letter: they are tried after every day, and under IGNORECASE re would try each word there)
_BETWEEN_WORDS = (
    r"(?:is|['’]s|are|was|would\s+be|will\s+be|est|c['’]est|ce\s+sera|ist|wäre|es|est[áa]|ser[íi]a"
    r"|ser[áa]|[ée]|fica|seria|me\s+(?:es|[ée]|resulta|fica|parece)|me\s+resulta|for\s+me|pour\s+moi"
    r"|für\s+mich|bei\s+mir|para\s+m[ií]|pra\s+mim|sadly|unfortunately|afraid|malheureusement"
    r"|h[ée]las|leider|lamentablemente|infelizmente|also|aussi|auch|tambi[ée]n|tamb[ée]m|really|totally"
    r"|just|simply|completely|absolutely|definitely|vraiment|compl[èe]tement|totalement|komplett"
    r"|ganz|einfach|totalmente|realmente|simplemente|simplesmente|mesmo|de\s+verdad)"
)
_BETWEEN = rf"(?:{_by_letter(_BETWEEN_WORDS)}[\s,]+){{0,3}}"
# Words of impossibility that refuse the day they stand beside, before it ("impossible
# mercredi", "unavailable Thursday") as after it: read before the days in cues.NEGATIVE and after
# them here, one class for both
EXCLUDED = (
    # the sender leaving themselves out: "count me out", "don't count on me", "ne comptez pas sur
    # moi", "ohne mich", "rechnen Sie nicht mit mir", "no cuentes conmigo", "não conte comigo"
    r"(?:count\s+me\s+out|(?:don['’]t|do\s+not)\s+count\s+on\s+me|i['’]ll\s+have\s+to\s+(?:pass|sit\s+(?:it|that)\s+out)"
    r"|(?:ne\s+)?(?:comptez|compte|comptons)\s+pas\s+sur\s+moi|sans\s+moi|je\s+(?:dois\s+)?passer?\s+mon\s+tour"
    r"|ohne\s+mich|(?:rechnen\s+sie|rechne|rechnet)\s+(?:da\s+|dann\s+|bitte\s+)?nicht\s+mit\s+mir"
    r"|muss\s+ich\s+passen|(?:no|nao|não)\s+(?:cuentes|cuente|cuenten|contéis|conte|contes|contem|contar)"
    r"\s+(?:conmigo|comigo)|sin\s+m[íi]|sem\s+mim|t[ôo]\s+fora|me\s+borro"
    r"|no-go|write-off|impossible|unavailable|indisponible|indispo|pas\s+dispo(?:nible)?"
    r"|imposible|no\s+(?:(?:me|nos|le|te)\s+)?es\s+posible|imposs[íi]vel|indispon[íi]vel"
    r"|n[ãa]o\s+(?:(?:me|nos|lhe|te)\s+)?[ée]\s+poss[íi]vel)"
)
# the verdicts that have the day as their subject, read after it only ("not possible", "no va",
# "geht nicht" before a day may be said of anything: "afternoons are not possible next week")
_VERDICT = (
    # English
    r"non-?starter|not\s+doable|not\s+an\s+option|off\s+the\s+table|out\s+of\s+the\s+question"
    r"|ruled\s+out|not\s+possible|unworkable|not\s+feasible"
    # (and said to come to nothing: "not gonna happen", "ça va pas le faire", "wird das nichts
    # mehr", "no va a poder ser", "não vai rolar"; not "das wird nichts ändern")
    r"|not\s+(?:gonna|going\s+to)\s+happen|won['’]t\s+happen|ain['’]t\s+happening"
    r"|not\s+happening|(?:does\s+not|doesn['’]t|won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+"
    r"(?:suit|work|fit|do|be\s+possible)|no\s+can\s+do|(?:i\s+)?can['’]?t\s+make\s+(?:it|that)"
    r"|blocked\s+off|fully\s+booked|booked\s+(?:up|solid)"
    # (or told to be put out of mind: "forget it", "n'y pensez même pas", "könnt ihr vergessen",
    # "ni lo piensen", "olvídense", "nem pensar", "esqueçam")
    r"|forget\s+(?:it|about\s+it)|no\s+way|not\s+a\s+chance"
    r"|n['’]y\s+(?:pensez|pense|pensons)\s+(?:m[êe]me\s+)?pas|oubliez(?:-la|-le)?(?!\s+(?:pas|ma|mon|mes|le|la|les))"
    r"|(?:k[öo]nnt\s+ihr|kannst\s+du|k[öo]nnen\s+sie)\s+(?:\w+\s+)?vergessen|vergiss\s+es"
    r"|ni\s+lo\s+pienses?|ni\s+lo\s+piensen|ni\s+pensarlo|olv[íi]d(?:ate|ense|alo|enlo|ala|enla)"
    r"|esque[çc](?:a|am)(?:\s+(?:isso|essa|esse))?(?!\w)"
    # French
    r"|hors\s+de\s+question|pas\s+moyen|exclue?|impensable|infaisable"
    r"|(?:(?:ce\s+|ça\s+|cela\s+)?(?:n['’]est|ne\s+sera|ne\s+serait)\s+)?pas\s+(?:faisable|jouable"
    r"|possible|envisageable)"
    r"|(?:ça\s+|cela\s+)?ne\s+(?:me\s+|m['’])?(?:va|convient|marche|passe|colle|arrange)\s+pas"
    r"|c['’]est\s+(?:non|mort|r[âa]p[ée]|niet|exclu)"
    # (or said full: "vendredi, c'est plein de mon côté", "c'est complet", "c'est blindé")
    r"|c['’]est\s+(?:(?:déjà|complètement|totalement|archi)\s+)?(?:plein|pleine|complet|complète"
    r"|blindé|bouché|booké|full)(?!\w)"
    r"|(?:ça\s+|cela\s+)?(?:ne\s+)?(?:va|vas)\s+pas\s+(?:le\s+faire|se\s+faire)|(?:ça\s+)?ne\s+se\s+fera\s+pas"
    # German
    r"|ausgeschlossen|unmöglich|keine\s+chance|auf\s+keinen\s+fall|keinesfalls"
    r"|nicht\s+(?:machbar|drin|möglich|drinnen)"
    r"|(?:geht|klappt|passt|funktioniert)\s+(?:(?:bei\s+mir|mir|leider|gar|überhaupt|also)\s+)*nicht"
    r"|(?:kommt\s+)?nicht\s+in\s+frage"
    r"|(?:wird|würde)\s+(?:das|es)\s+(?:wohl\s+|leider\s+|also\s+)?nichts(?:\s+mehr)?(?=\s*(?:[.,;!?\n]|$))"
    # Spanish
    r"|ni\s+hablar|de\s+ninguna\s+(?:manera|forma)|descartad[oa]|inviable"
    r"|fuera\s+de\s+(?:toda\s+)?discusi[óo]n|me\s+pilla\s+(?:fatal|mal)"
    r"|no\s+va\s+a\s+(?:poder\s+)?ser(?:\s+posible)?"
    # (round 44: not suiting us or the one relayed either, "el jueves no nos cuadra", "a quinta
    # não lhe serve")
    r"|no\s+(?:(?:me|nos|le|les)\s+)?(?:cuadra|encaja|va|viene|sirve|vale|es\s+viable|puedo|se\s+puede"
    r"|hay\s+(?:manera|forma))"
    # Portuguese
    r"|invi[áa]vel|nem\s+pensar|de\s+jeito\s+nenhum|de\s+forma\s+alguma|fora\s+de\s+quest[ãa]o"
    r"|n[ãa]o\s+(?:(?:me|nos|lhe|lhes)\s+)?(?:rola|d[áa]|consigo|posso|serve|funciona|atende|encaixa|vai\s+dar"
    r"|vai\s+rolar|vai\s+acontecer)"
)

# "I am", "I will be" in each language (German in either order; Spanish and Portuguese drop
# the subject; phones write "im")
_BE = (
    r"(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|i\s+shall\s+be|i['’]d\s+be|i\s+would\s+be"
    r"|i\s+am\s+going\s+to\s+be|i['’]m\s+going\s+to\s+be|i['’]m\s+gonna\s+be|we['’]re|we\s+are"
    r"|we['’]ll\s+be|we\s+will\s+be"
    r"|je\s+suis|je\s+serai|je\s+serais|j['’]suis|chuis|je\s+vais\s+être|nous\s+sommes|nous\s+serons"
    r"|on\s+est|on\s+sera"
    r"|ich\s+bin|bin\s+ich|ich\s+werde|werde\s+ich|ich\s+wäre|wäre\s+ich|wir\s+sind|sind\s+wir"
    # (where one stands or sits all day: "stehen wir auf der Messe", "sitze ich im Seminar")
    r"|(?:stehe|sitze)\s+ich|(?:stehen|sitzen)\s+wir|ich\s+(?:stehe|sitze)|wir\s+(?:stehen|sitzen)"
    r"|wir\s+werden|werden\s+wir"
    r"|estoy|estar[ée]|estaremos|estamos|voy\s+a\s+estar|vamos\s+a\s+estar|ando|andar[ée]|andamos"
    r"|me\s+encuentro|sigo|seguir[ée]|voy|vamos"
    r"|estou|estarei|vou\s+estar|vamos\s+estar|t[ôo]|fico|ficarei|ficaremos"
    # (the spoken "we" of Brazil: "a gente tá", "a gente vai estar")
    r"|a\s+gente\s+(?:t[áa]|est[áa]|vai\s+estar))"
)
# In the middle of a task, or deep in it: "we're in the middle of the stocktake", "knee-deep
# in the audit", "on est en plein inventaire", "plongé dans la clôture", "bin ich mitten in der
# Inventur", "estamos en plena mudanza", "metida en el cierre", "a gente tá no meio da
# manutenção", "mergulhado no fechamento" (not "en pleine forme", "en plein air")
_IMMERSED = (
    r"(?:in\s+the\s+(?:middle|midst|thick)\s+of|(?:knee|neck|waist)[\s-]deep\s+in|deep\s+in"
    r"|caught\s+up\s+in|bogged\s+down|heads?[\s-]down\s+(?:on|in)"
    r"|en\s+plein(?:e)?(?!\s+(?:forme|air|accord|jour|centre)(?!\w))(?=\s)"
    r"|au\s+(?:beau\s+)?milieu(?=\s+d)|plongée?s?\s+dans|à\s+fond\s+dans|le\s+nez\s+dans"
    r"|mitten\s+(?:in|im|drin)|voll\s+(?:in|im)"
    r"|en\s+plen[oa]|en\s+medio(?=\s+d)|a\s+mitad(?=\s+d)|metid[oa]s?\s+(?:en|con)"
    r"|liad[oa]s?\s+con|no\s+meio(?=\s+d)|em\s+plen[oa]"
    r"|(?:mergulhad|enfiad)[oa]s?(?=\s+(?:em|n[oa]s?)\s))"
)
# "I am not", "I won't be"
_BE_NOT = (
    r"(?:(?:i['’]?m|i\s+am|i['’]ll|i\s+will|i\s+shall|i\s+would|we['’]re|we\s+are|we\s+will)\s+not"
    r"(?:\s+be)?|i\s+won['’]?t\s+be|we\s+won['’]?t\s+be|i\s+wouldn['’]t\s+be|i\s+ain['’]t"
    # ("pas mal", quite, is a degree and no "not": "je suis pas mal libre")
    r"|(?:(?:je|nous|on)\s+(?:ne\s+|n['’])?(?:suis|serai|serais|sommes|serons|sera|est)\s+(?:\w+\s+)?"
    r"|j['’]suis\s+|chuis\s+)pas(?!\s+mal(?!\w))"
    r"|(?:ich\s+bin|bin\s+ich|ich\s+werde|werde\s+ich|wir\s+sind|sind\s+wir)\s+(?:\w+\s+){0,2}?nicht"
    r"|(?:ya\s+)?no\s+(?:estoy|estar[ée]|estaremos|estamos|voy\s+a\s+estar|vamos\s+a\s+estar|ando"
    r"|me\s+encuentro)"
    r"|(?:já\s+)?n(?:[ãa]o|ao)\s+(?:estou|estarei|estaremos|estamos|vou\s+estar|vamos\s+estar|fico"
    r"|ficarei|t[ôo]))"
)
# "fora a quarta", "fuera del jueves", "fuera de eso": away, unless it excepts what follows
_NOT_EXCEPTING = (
    r"(?!\s+(?:(?:a|o|as|os|à|ao|el|la|los|las|del|de|da|do|dos|das)\s+)*(?:seg|ter|qua|qui|sex"
    r"|s[áa]b|dom|lun|mar|mi[ée]|jue|vie|eso|esto|ello|isso|isto|ah[íi]|horario|hor[áa]rio|\d))"
)
# (not with hours after it: "I have to drive until noon", "in court till lunch" leave the
# afternoon; the hours of another day after "but" are not its own, as after a comma: "Monday
# I'm on shift but Tuesday morning suits me")
_NO_HOURS = (
    r"(?!(?:(?![^\S\n](?:but|mais|aber|pero|mas)\s)[^.,;\n]){0,30}?(?<!\w)(?:\d|till|until|bis"
    r"|jusqu|hasta|até|from|ab|à\s+partir|desde"
    r"|lunch|noon|midi|mittag|mediod|meio-dia|morning|afternoon|matin|après-midi|vormittag"
    r"|nachmittag|mañana|tarde|manhã))"
)
# On a rota's shift, on call, on duty, at work, in court or at a fair: the day is worked or
# spent there, in every language's words for it (a shift named by its time of day or length
# too: "on earlies", "de nuit", "im Frühdienst", "de turno de noche", "no turno da tarde")
_SHIFT_KIND = r"(?:night|day|double|long|weekend|graveyard|split|back-to-back|12-hour|24-hour)"
# German shifts and duties that take the day (an early or late one takes half of it, not the
# day: "nächste Woche habe ich Frühschicht … erst ab 15 Uhr frei" rules out no day); each
# starts on a letter, so that the classes they stand in stay grouped by letter
_WHOLE_SHIFT = (
    r"(?:(?:nacht|tag|tages|wochenend|doppel|sonntags|samstags|feiertags|bereitschafts|not|wach"
    r"|rettungs|schicht|24-stunden-)?(?:dienste?|schicht(?:en)?)|(?:ruf)?bereitschaft)"
)
# (working from home or remotely is no day taken)
_REMOTE = (
    r"(?!\s+(?:from\s+home|remotely|remote|from\s+the\s+home|on\s+(?:it|that|this)|desde\s+casa"
    r"|en\s+remoto|de\s+casa|em\s+casa|remoto|remotamente|em\s+home))"
)
# Working at one's job: "I'm working", "je travaille", "je bosse", "ich arbeite", "muss ich
# arbeiten", "estoy trabajando", "me toca trabajar", "estou a trabalhar", "tenho de trabalhar";
# read before the days (cues.NEGATIVE: "I'm working Thursday afternoon") and after them
# (AFTER_DAY: "Thursday afternoon I'm working"). Not from home or on a task ("I'm working from
# home", "je travaille de chez moi", "working on it"), nor the employer named by a relative
# clause ("l'étude où je travaille", "where I work", "wo ich arbeite", "donde trabajo")
_WORKING = (
    r"(?<!where\s)(?<!which\s)(?<!that\s)(?<!où\s)(?<!ou\s)(?<!que\s)(?<!wo\s)(?<!der\s)(?<!die\s)"
    r"(?<!das\s)(?<!dem\s)(?<!donde\s)(?<!onde\s)"
    r"(?:(?:i['’]m|i\s+am|i['’]ll\s+be|we['’]re|we\s+are|(?:he|she)['’]s|(?:he|she)\s+is)\s+working"
    r"|je\s+(?:travaille|bosse)|(?:ich\s+)?arbeite(?:\s+ich)?|(?:ich\s+)?muss\s+(?:ich\s+)?arbeiten"
    r"|(?:estoy|estaré)\s+trabajando|me\s+toca\s+trabajar|tengo\s+que\s+trabajar"
    r"|(?:estou|estarei|tô)\s+(?:a\s+trabalhar|trabalhando)|tenho\s+(?:que|de)\s+trabalhar"
    # (the plain first person, in each register's verb: "je taffe", "schaffe ich", "curro",
    # "chambeo", "laburo", "trabajo", "trabalho"; never the noun after its article or
    # possessive, nor the verb that says where or as what one works: "trabajo en un banco",
    # "trabalho como analista")
    r"|je\s+taffe|(?:ich\s+)?(?:schaffe|maloche)(?:\s+ich)?"
    r"|(?<!el\s)(?<!un\s)(?<!mi\s)(?<!tu\s)(?<!su\s)(?<!de\s)(?<!del\s)(?<!o\s)(?<!um\s)(?<!meu\s)"
    r"(?<!teu\s)(?<!seu\s)(?<!do\s)(?<!no\s)(?<!mucho\s)(?<!muito\s)"
    r"(?:curro|chambeo|laburo|trabajo|trabalho)"
    r"(?![^\S\n]+(?:en|em|na|no|para|pra|con|com|como|de|da|do|a|al|ao|desde|pela|por|aqu[ií]|aqui|ahí|l[áa])(?!\w)))"
    r"(?![^\S\n]+(?:from\s+home|remotely|remote|on\s+(?:it|that|this|the|a|an|my|our)(?!\w)"
    r"|de\s+(?:chez\s+moi|la\s+maison|casa)|à\s+(?:distance|domicile|la\s+maison)|en\s+(?:télétravail"
    r"|remoto|teletrabajo)|depuis|desde\s+casa|im\s+homeoffice|von\s+zu\s*hause|mobil|em\s+casa"
    r"|remoto|em\s+home\s*office|an\s+|sur\s+|en\s+(?:el|la|un|una)\s+(?!d[ií]a)|actuellement"
    r"|currently|derzeit|aktuell|actualmente|atualmente))"
)
# (its first letters before its thirteen look-behinds, which every other word start would try)
WORKING = opened(_WORKING)
_ON_DUTY = (
    rf"(?:on\s+(?:(?:an?|the|my|our)\s+)?(?:{_SHIFT_KIND}\s+)?shifts?|on\s+nights|on\s+(?:the\s+)?(?:call|duty"
    rf"|rota|roster|standby|the\s+(?:wards?|floor|tills?))|working{_REMOTE}|at\s+work"
    r"|in\s+(?:court|the\s+courtroom|surgery|theatre|clinic|the\s+clinic)|at\s+(?:the\s+)?(?:court"
    r"|courthouse|tribunal)|at\s+(?:an?|the|our)\s+(?:(?:trade|book|job|craft|food|industry)\s+)?"
    r"(?:fair|expo|exhibition|show|convention|stand|booth)|on\s+jury\s+(?:duty|service)"
    r"|de\s+(?:garde|permanence|service|quart|astreinte|nuit|corvée)|d['’]astreinte"
    r"|en\s+(?:service|poste|garde|astreinte|permanence|audience|horaires?\s+décalés)"
    r"|au\s+(?:travail|boulot|taf|tribunal|palais|salon|bloc)|sur\s+(?:un|le|mon)\s+salon"
    r"|à\s+l['’](?:audience|hôpital|usine)"
    rf"|im\s+(?:{_WHOLE_SHIFT}|gericht|schichtbetrieb|einsatz|werk|op)|in\s+(?:der\s+)?{_WHOLE_SHIFT}"
    r"|auf\s+(?:der\s+)?(?:arbeit|schicht|maloche|messe)|(?:bei|vor)\s+gericht"
    r"|zum\s+dienst|eingeteilt|eingeplant"
    # sitting on a jury: "je suis convoquée comme jurée", "als Schöffe", "como jurado", "no júri"
    r"|(?:comme\s+)?jur[ée]e?|als\s+(?:schöffe|schöffin|geschworener?)|(?:como\s+)?jurad[oa]"
    r"|no\s+j[úu]ri"
    r"|de\s+(?:turno|servicio|retén|reten|imaginaria|juicio)|en\s+(?:el\s+)?(?:turno"
    r"|trabajo|curro|juzgado|tribunal|hospital)|en\s+(?:la\s+)?(?:feria|guardia|audiencia|vista)"
    rf"|en\s+(?:un\s+)?juicio|trabajando{_REMOTE}|currando"
    r"|de\s+(?:turno|serviço|servico|sobreaviso|escala|prontidão|expediente)"
    r"|em\s+(?:serviço|servico|turno|escala|expediente|julgamento)|no\s+(?:turno|trabalho"
    r"|serviço|servico|tribunal|fórum|forum|hospital)|na\s+(?:feira|escala|audiência|vara)"
    rf"|trabalhando{_REMOTE}|a\s+trabalhar{_REMOTE})"
)
# a state that takes the day: busy, taken, away, travelling, on leave, in training or meetings
_STATE = (
    r"(?:busy|occupied|taken|booked|fully\s+booked|double[\s-]booked|tied\s+up|swamped|slammed"
    r"|snowed\s+under|flat\s+out|overloaded"
    # (full up, as each place says it: "back-to-back", "jammed up", the Australian "chockers",
    # "booked solid", "rammed")
    r"|back[\s-]to[\s-]back|wall[\s-]to[\s-]wall|jam(?:med|-packed)(?:\s+up)?|rammed|crammed"
    r"|chock(?:ers|a)|booked\s+(?:up|solid)|packed(?:\s+solid)?"
    # (held by a deadline, as each trade says it: "on deadline", "up against a deadline", "en
    # bouclage", "im Abgabestress", "en pleno cierre", "em fechamento")
    r"|on\s+(?:a\s+)?deadlines?|up\s+against\s+(?:a\s+)?deadlines?|en\s+bouclage"
    r"|im\s+(?:abgabe|termin|deadline)stress|en\s+(?:pleno\s+)?cierre|em\s+fechamento|maxed\s+out|committed\s+elsewhere|engaged\s+elsewhere"
    r"|otherwise\s+(?:engaged|committed|occupied)|unavailable|away|travell?ing|driving|commuting|on\s+the\s+road"
    # (away at sea or on the road, as each trade says it: "on the water", "at sea", "offshore",
    # "on the rig", "en mer", "sur la route", "auf See", "auf Montage", "embarcado", "en alta
    # mar", "en carretera", "no mar", "na estrada")
    r"|on\s+the\s+(?:water|boat|rigs?|ship)|out\s+on\s+the\s+(?:water|boat|rigs?)|at\s+sea|offshore"
    r"|en\s+mer|au\s+large|sur\s+(?:la|les)\s+routes?|auf\s+see|auf\s+montage|auf\s+der\s+bohrinsel"
    r"|embarcad[oa]s?|en\s+(?:alta\s+)?mar|en\s+(?:la\s+)?carretera|no\s+mar|em\s+alto\s+mar"
    r"|na\s+estrada|na\s+plataforma"
    # swamped, in the words people use for it ("up to my neck", "sous l'eau", "unter Wasser",
    # "hasta el cuello", "até o pescoço", "sem brecha")
    r"|up\s+to\s+my\s+(?:neck|eyeballs|ears|eyes)|(?:run|rushed)\s+off\s+my\s+feet|buried|drowning"
    r"|underwater|under\s+water|sous\s+l['’]eau|la\s+tête\s+sous\s+l['’]eau|charrette|overbookée?"
    r"|unter\s+wasser|im\s+stress|am\s+rotieren|land\s+unter|bis\s+zum\s+hals|bis\s+über\s+beide\s+ohren"
    r"|hasta\s+el\s+cuello|hasta\s+las\s+cejas|a\s+full|a\s+mil|reventad[oa]s?|sin\s+un\s+(?:hueco|minuto)"
    r"|até\s+o\s+pescoço|na\s+correria|sem\s+(?:brecha|folga|espaço|janela|vaga)"
    # (and in a rush, as each place says it: "in the weeds", "stretched thin", "dans le rush",
    # Quebec's "dans le jus", "am Anschlag", "am Limit", "de cabeza", the River Plate's "hasta
    # las manos", "no sufoco", "no corre-corre", "sobrecarregado")
    r"|in\s+the\s+weeds|stretched(?:\s+(?:too\s+)?thin)?|overstretched|overcommitted|overwhelmed"
    r"|dans\s+le\s+(?:rush|jus|speed|coup\s+de\s+feu)|en\s+plein\s+(?:rush|coup\s+de\s+feu)"
    r"|sous\s+pression|submergée?|noyée?|am\s+anschlag|am\s+limit|im\s+dauerstress"
    r"|de\s+cabeza|hasta\s+las\s+manos|con\s+el\s+agua\s+al\s+cuello|hasta\s+el\s+tope"
    r"|no\s+sufoco|no\s+corre-corre|sobrecarregad[oa]|no\s+limite"
    r"|out\s+of\s+(?:town|the\s+office|office|the\s+country|state)|on\s+(?:a\s+)?(?:business\s+|work\s+)?trip"
    r"|on\s+(?:annual\s+|parental\s+|sick\s+)?(?:leave|holiday|vacation|pto)"
    # the sender's place shut that day, on a holiday most often: "Friday we're closed",
    # "vendredi on est fermés", "Freitag sind wir geschlossen", "el viernes estamos cerrados"
    # (not Brazil's "estamos fechados", a deal struck)
    r"|closed|shut|ferm[ée]e?s?|geschlossen|cerrad[oa]s?"
    r"|on\s+(?:a\s+)?(?:training(?:\s+course)?|course|workshop|seminar|retreat|offsite|secondment)"
    r"|in\s+(?:training|meetings|workshops|seminars|back-to-back\s+meetings|a\s+(?:workshop|seminar"
    r"|training|course|conference))|at\s+(?:a\s+)?(?:training|conference|workshop|seminar|offsite"
    r"|retreat|trade\s+(?:show|fair))|unreachable|absent|indisposed|stuck|blocked|elsewhere"
    r"|pris|prise|occupée?|retenue?|absente?|débordée?|surbookée?|bookée?|overbookée?|blindée?"
    r"|chargée?|coincée?|bloquée?|malade|ailleurs|à\s+l['’]extérieur|hors\s+du\s+bureau"
    r"|en\s+(?:déplacement|formation|stage|séminaire|congés?|vacances|voyage|réunions?|rendez-vous"
    r"|rdv|mission|clientèle|conférence|salon|arrêt(?:\s+maladie)?|tournée|audit|atelier)"
    r"|verplant|belegt|ausgebucht|beschäftigt|verhindert|unterwegs|verreist|eingespannt"
    # ("ich bin am Montag weg": away, never the way one is on, "auf dem Weg")
    r"|(?<!dem\s)(?<!den\s)(?<!halbem\s)weg(?![\w-])"
    r"|eingebunden|blockiert|ausgelastet|zugeplant|abwesend|krank|außer\s+hause?"
    r"|auf\s+(?:dienst|geschäfts)?reisen?"
    r"|(?:auf|in)\s+(?:einer?|der|dem)\s+\w*(?:schulung|fortbildung|weiterbildung|seminar|tagung"
    r"|konferenz|messe|kongress|workshop|lehrgang|kurs|dienstreise|geschäftsreise|besprechung)"
    r"|auf\s+\w*(?:schulung|fortbildung|weiterbildung|lehrgang|seminar|tagung|messe|dienstreise)"
    r"|in\s+(?:terminen|meetings|besprechungen|sitzungen)|im\s+(?:urlaub|termin|seminar|workshop"
    r"|lehrgang|kurs|einsatz|außendienst)"
    r"|ocupad[oa]s?|ocupad[ií]sim[oa]s?|liad[oa]s?|liad[ií]sim[oa]s?|comprometid[oa]s?"
    r"|ataread[oa]s?|desbordad[oa]s?|saturad[oa]s?|agobiad[oa]s?|a\s+tope|hasta\s+arriba"
    rf"|sin\s+(?:hueco|tiempo|disponibilidad)|fuera{_NOT_EXCEPTING}"
    r"|de\s+(?:viaje|vacaciones|permiso|baja|licencia|congreso|guardia)|enferm[oa]"
    r"|en\s+(?:un\s+|una\s+)?(?:curso|formación|capacitación|taller|seminario|congreso|reuniones"
    r"|reunión|viaje|conferencia|feria|jornada)|ausente"
    r"|con\s+(?:otros?\s+|varios\s+|muchos\s+)?compromisos?|con\s+(?:otras|mil|muchas)\s+cosas"
    r"|enrolad[oa]s?|atarefad[oa]s?|atolad[oa]s?|lotad[oa]s?|apertad[oa]s?|ocupad[ií]ssim[oa]s?"
    rf"|sem\s+(?:agenda|tempo|hor[áa]rio|disponibilidade)|fora{_NOT_EXCEPTING}|viajando|doente"
    r"|de\s+(?:viagem|f[ée]rias|licen[çc]a|plant[ãa]o)"
    r"|em\s+(?:viagem|reuni(?:ão|ões)|treinamento|formação|curso|capacitação|workshop|seminário"
    r"|congresso|evento|plant[ãa]o|audiência)"
    r"|num\s+(?:treinamento|curso|evento|seminário|congresso|workshop)"
    r"|numa\s+(?:formação|capacitação|reunião|viagem|feira|conferência))"
)
# "I have", "I've got"
_HAVE = (
    r"(?:i\s+have|i['’]ve\s+got|i['’]ve|i\s+got|i\s+will\s+have|i['’]ll\s+have|we\s+have|we['’]ve\s+got"
    r"|j['’]ai|j['’]aurai|nous\s+avons|nous\s+aurons|on\s+a"
    r"|ich\s+habe|habe\s+ich|hab\s+ich|ich\s+hab|wir\s+haben|haben\s+wir|ich\s+hätte|hätte\s+ich"
    r"|tengo|tenemos|tendr[ée]|tendremos|voy\s+a\s+tener"
    r"|tenho|temos|terei|teremos|vou\s+ter"
    # (and of someone relayed: "she has", "il a", "hat er", "tiene", "ela tem")
    r"|(?:he|she)\s+has|(?:he|she)['’]s\s+got|(?:il|elle)\s+a|(?:er|sie)\s+hat|hat\s+(?:er|sie)"
    r"|(?:él|ella)\s+tiene|(?:ele|ela)\s+tem)"
)
# a duty one has that day: a shift, being on call, court, jury service ("I've got jury duty",
# "j'ai une garde", "ich habe Frühdienst", "tengo guardia", "tenho plantão"), one or several
# ("j'ai des gardes", "habe ich Spätdienste", "tengo turnos de cierre", "tenho plantões")
_DUTIES = (
    rf"(?:(?:(?:an?|the|my)\s+)?(?:(?:{_SHIFT_KIND})\s+)?shifts?|(?:an?\s+)?on-?call|duty|jury\s+(?:duty|service)"
    r"|court|(?:a|my)\s+(?:hearing|trial|court\s+date)|(?:une|ma|la|des|mes)\s+(?:gardes?|astreintes?"
    rf"|permanences?|audiences?)|gardes?|astreintes?|permanences?|audiences?|(?:un|mon)\s+procès"
    rf"|{_WHOLE_SHIFT}|gericht|turnos?|guardias?|juicios?"
    r"|(?:una\s+)?(?:vista|audiencia)s?|servicio|plant(?:[ãa]o|[õo]es)|audiências?|julgamentos?|júri"
    r"|sobreaviso)"
)
# how full a calendar is said to be ("jammed", "déborde", "rappelvoll", "a reventar", "lotada"),
# and the calendar
_FULL = (
    r"(?:full|packed|jam-packed|jammed|rammed|crammed|chock-?a-?block|overflowing|maxed(?:\s+out)?"
    r"|stacked|solid|blocked|booked(?:\s+up)?|complet|complète|plein|pleine|plein\s+à\s+craquer"
    r"|pleine\s+à\s+craquer|archi-?complet|archi-?complète|bloquée?|chargée?|surchargée?|saturée?"
    r"|blindée?|débordée?|voll|rappelvoll|proppenvoll|randvoll|knallvoll|übervoll|prallvoll|dicht"
    r"|zu|belegt|ausgebucht|blockiert|llena|llen[íi]sima|completa|a\s+tope|hasta\s+los\s+topes"
    r"|hasta\s+arriba|a\s+reventar|petada|copada|bloqueada|saturada|cheia|che[íi]ssima|lotada"
    r"|lotad[íi]ssima|abarrotada|entupida|estourada|apertada|fechada|tomada|no\s+limite"
    # (full to bursting: "a abarrotar", "a rebentar", "à pinha"; and as full as a minister's:
    # "un agenda de ministre", "una agenda de ministro", "uma agenda de ministro")
    r"|a\s+abarrotar|a\s+rebentar|a\s+transbordar|[àa]\s+pinha|de\s+ministr[eo])"
)
_DIARY = (
    r"(?:calendar|diary|schedule|agenda|planning|emploi\s+du\s+temps|kalender|terminkalender"
    r"|calendario|calendário)"
)
# what a day may be full of: meetings, calls, appointments, work
_FILLERS = (
    r"(?:meetings|calls|appointments|interviews|commitments|work|réunions|rendez-vous|rdv|appels"
    r"|entretiens|visios|travail|boulot|terminen?|besprechungen|sitzungen|telefonaten"
    r"|telefonate|arbeit|reuniones|llamadas|citas|compromisos|trabajo|pendientes"
    r"|reuni(?:ões|oes)|liga[çc](?:ões|oes)|chamadas|compromissos|trabalho)"
)
# many of them: "a string of client calls", "une série de réunions", "jede Menge Termine", "un
# montón de reuniones", "um monte de reuniões"
_MANY = (
    r"(?:a\s+(?:string|series|run|bunch|load|stack|raft|slew|ton|pile|full\s+slate)\s+of"
    r"|(?:loads|lots|tons)\s+of|une\s+(?:série|tonne|flopée|ribambelle|foule)\s+d['’e]"
    r"|des\s+tas\s+d['’e]|un\s+paquet\s+d['’e]|plein\s+d['’e]|jede\s+menge|eine\s+menge|lauter"
    r"|zig|haufenweise|einen\s+haufen|un\s+(?:montón|sinfín|chorro|mogollón|porrón)\s+de"
    r"|una\s+(?:serie|pila|ristra)\s+de|um\s+(?:monte|montão)\s+de|uma\s+(?:série|porção"
    rf"|penca|enxurrada)\s+de)\s*(?:\w+\s+)?{_FILLERS}(?!\w){_NO_HOURS}"
)
# full of them, or in German covered with them: "I'm full up with calls", "estou cheio de
# reuniões", "estoy lleno de compromisos", "je suis noyé sous les réunions", "bin ich mit
# Terminen eingedeckt"
_FULL_OF = (
    r"(?:(?:full(?:\s+up)?|plein|pleine|noyée?|submergée?|bourrée?|lleno|llena|cargad[oa]|tapad[oa]"
    r"|cheio|cheia|lotad[oa]|carregad[oa]|atolad[oa]|voll"
    # (or buried under them: "snowed under with work", "buried in meetings", "enterrado en
    # trabajo", "afogado em reuniões"; French and German say it with a verb, `_BURIED`)
    r"|snowed\s+under|buried|drowning|enterrad[oa]|sepultad[oa]|ahogad[oa]|afogad[oa]|soterrad[oa])"
    r"\s+(?:of|with|in|under|de|d['’]|sous\s+(?:les?|la|l['’])|mit|en|em|bajo)"
    rf"\s*(?:\w+\s+)?{_FILLERS}"
    rf"|mit\s+(?:\w+\s+)?{_FILLERS}\s+(?:eingedeckt|zugedeckt|zugepflastert|zugeschüttet"
    rf"|überhäuft|vollgepackt|voll))(?!\w){_NO_HOURS}"
)
# a pastime or a class held that day, named bare after "I have" as people say their week's
# fixtures ("I've got swimming", "j'ai piscine", "hab ich Training", "tengo natación", "tenho
# natação"); with hours after it, it takes those hours only
_FIXTURE = (
    r"(?:swimming|football|soccer|tennis|yoga|pilates|gym|choir|piscine|natation|foot|danse|judo"
    r"|chorale|cours|training|schwimmen|fußball|tanzen|chor|unterricht|natación|fútbol|futbol"
    r"|gimnasio|clases?|natação|futebol|academia|aula)"
    # (the fixture's name ends its clause or comes before its day: "a yoga mat" is no fixture)
    r"(?=[^\S\n]*(?:[.,;:!?)\n]|$)|[^\S\n]+(?:(?:on|le|am|el|na|no|this|ce)[^\S\n]+)?"
    r"(?:mon|tue|wed|thu|fri|lun|mar|mer|jeu|ven|die|mit|don|fre|mié|mie|jue|vie|seg|ter|qua|qui"
    rf"|sex)\w*){_NO_HOURS}"
)
# what fills the day, after "I have": German compounds of a meeting too ("Aufsichtsratssitzung",
# "Teambesprechung"), and the board that sits that day, as German, French and
# Spanish name the meeting by the body ("habe ich Aufsichtsrat", "j'ai conseil
# d'administration", "tengo junta directiva", "tenho conselho")
_COMMITMENTS = (
    r"(?:commitments?|engagements?|appointments?|(?:board\s+)?meetings?|obligations?|plans|conflicts?"
    r"|a\s+conflict|\w*(?:sitzung|besprechung)(?:en)?(?!\w)|aufsichtsrat|vorstand|betriebsrat"
    # a course or training that takes the days ("a training course", "une formation", "eine
    # Schulung", "un curso", "um treinamento")
    r"|trainings?(?:\s+(?:courses?|sessions?))?|(?:a\s+)?courses?|formations?|stages?|séminaires?"
    r"|\w*(?:schulung|fortbildung|weiterbildung|lehrgang)(?:en|e)?|seminar(?:s|e)?|cursos?"
    r"|cursillos?|formaci(?:ón|ones)|capacitaci(?:ón|ones)|taller(?:es)?|treinamentos?"
    r"|forma(?:ção|ções)|capacita(?:ção|ções)|workshops?"
    # (and the other things that fill a working day, one or many: committees, site visits,
    # talks to give: "I've got site visits", "j'ai des comités", "ich habe Kundenbesuche",
    # "tengo visitas a obra", "tenho visitas a clientes")
    r"|committees?|(?:site|client|customer|field)\s+visits?|classes|lectures?|presentations?"
    r"|comités?|comites|ateliers?|visites?(?:\s+(?:de\s+)?(?:clients?|chantiers?|terrain))?"
    r"|soutenances?|\w*besuche?|ausschüsse|vorträge|prüfungen|comit[êe]s|visitas"
    r"|ponencias|charlas|oficinas|palestras|apresenta(?:ção|ções)"
    r"|conseil(?:\s+d['’]administration)?|comité\s+de\s+direction|junta(?:\s+directiva)?"
    r"|consejo(?:\s+de\s+administración)?|conselho(?:\s+de\s+administração)?"
    r"|clash(?:es)?|a\s+clash|something\s+(?:on|booked|scheduled|planned|else)|a\s+lot\s+on"
    r"|too\s+much\s+on|stuff\s+on|things\s+on|deadlines?"
    r"|empêchements?|contraintes?|impératifs?|autre\s+chose|d['’]autres\s+(?:choses|engagements"
    r"|obligations|rendez-vous|réunions|plans|projets)|quelque\s+chose\s+de\s+prévu"
    r"|des\s+rendez-vous|des\s+réunions|des\s+obligations|une\s+journée\s+(?:chargée|pleine|bloquée)"
    r"|termine?|verpflichtung(?:en)?|besprechung(?:en)?|sitzung(?:en)?|verabredung(?:en)?|kundentermine?"
    r"|(?:schon\s+|bereits\s+)?(?:was|etwas)\s+(?:anderes\s+)?vor|keine\s+zeit|viel\s+zu\s+tun"
    r"|volles\s+programm|überschneidung(?:en)?|einen\s+anderen\s+termin|andere\s+termine"
    r"|compromisos?|citas|reuniones|obligaciones|planes|otras\s+cosas|mil\s+cosas"
    r"|cosas\s+que\s+hacer|algo\s+(?:ya\s+)?(?:agendado|programado|previsto|planeado)"
    rf"|la\s+agenda\s+(?:ocupada|{_FULL})"
    r"|compromissos?|reuni(?:ão|ões)|consultas?|obriga[çc](?:ão|ões)|planos|outras\s+coisas"
    rf"|coisa\s+marcada|algo\s+marcado|a\s+agenda\s+{_FULL}|{_MANY}|{_FIXTURE})"
)
# a calendar full: "my diary is full", "mon agenda est complet", "mon planning déborde", "mein
# Kalender ist voll", "ist mein Terminkalender rappelvoll", "mi agenda está llena", "minha agenda
# tá cheia"
_CALENDAR_FULL = (
    rf"(?:(?:(?:a|la|o|el)\s+)?(?:my|mon|ma|mein|meine|mi|minha|meu|a|la)\s+{_DIARY}\s+"
    r"(?:(?:is|['’]s|est|ist|está|esta|fica|t[áa]|anda)\s+(?:\w+\s+)?"
    rf"{_FULL}|déborde)|(?:ist|wäre)\s+(?:bei\s+mir\s+)?(?:mein|meine)\s+{_DIARY}\s+(?:\w+\s+)?{_FULL}"
    # or held, or gone about with, full: "I've got my diary jammed", "j'ai un agenda de
    # ministre", "hab ich den Kalender proppenvoll", "ando con la agenda copada", "estou com a
    # agenda a abarrotar"
    rf"|(?:{_by_letter(_HAVE)}|{_by_letter(_BE)}\s+(?:con|com|avec))\s+(?:(?:my|the|a|mon|ma|un|une|le|la|den|einen|meinen"
    rf"|mi|el|una|a|o|uma|minha|meu)\s+)?{_DIARY}\s+(?:\w+\s+)?{_FULL})"
)
# meetings one after the other: "back-to-back meetings", "j'enchaîne les réunions", "reiht sich
# Termin an Termin", "voy de reunión en reunión", "reunião atrás de reunião"
_BACK_TO_BACK = (
    r"(?:(?:back-to-back|wall-to-wall)\s+(?:meetings|calls|appointments)"
    r"|j['’]enchaîne\s+(?:les\s+)?(?:réunions|rendez-vous|rdv|meetings|visios?|calls|entretiens)"
    r"|réunion\s+sur\s+réunion|(?:reiht\s+sich\s+(?:bei\s+(?:mir|uns)\s+)?)?(?:termin|meeting"
    r"|besprechung|sitzung)\s+an\s+(?:termin|meeting"
    r"|besprechung|sitzung)|ein\s+termin\s+jagt\s+den\s+(?:nächsten|anderen)"
    r"|reuni[óo]n\s+tras\s+reuni[óo]n|de\s+reuni[óo]n\s+en\s+reuni[óo]n|encadeno\s+reuniones"
    r"|reuni[ãa]o\s+atr[áa]s\s+de\s+reuni[ãa]o|de\s+reuni[ãa]o\s+em\s+reuni[ãa]o"
    r"|emendando\s+reuni(?:ões|oes))"
)
# a word of being free, after "I am not" (German's "im Haus" is at work: "bin nicht im Haus")
_AVAILABLE = (
    r"(?:available|free|around|reachable|able\s+to|in\s+(?:the\s+office|town)|libre|libres"
    r"|disponible|disponibles|dispo|là|joignable|présente?|au\s+bureau|frei|verfügbar|da"
    r"|erreichbar|im\s+(?:büro|haus)|vor\s+ort|anwesend|zu\s+haben|localizable|en\s+la\s+oficina|livre"
    r"|dispon[íi]vel|no\s+escrit[óo]rio|por\s+aqui)"
)
# a few words between ("I'm unfortunately already booked", "tengo ya varios compromisos"), none of
# them a negation or a word of being free
_NOT_IN_GAP = (
    r"not|never|pas|jamais|nicht|nie|no|nunca|n[ãa]o|nem|free|libre|livre|frei"
    r"|available|disponible|dispon[íi]vel"
)


def _gap(stops: str) -> str:
    """Up to two words between a verb and what it says of the day, none of them `stops`."""
    return rf"(?:(?!(?:{stops})(?!\w))[\w'’-]+\s+){{0,2}}?"


_GAP = _gap(_NOT_IN_GAP)
# (time or availability had is no commitment had, though a meeting is what it is for: "tenho
# disponibilidade para reunião", "Ich habe Zeit für ein Meeting", "I have time for a call",
# "tengo tiempo para una reunión", "j'ai du temps pour une réunion")
_HAVE_GAP = _gap(
    _NOT_IN_GAP + r"|time|temps|zeit|tiempo|tempo|disponibilit[ée]s?|disponibilidad(?:es)?"
    r"|disponibilidades?"
)
# stuck in a task, as German says it with the verb first or second: "diese Woche stecke ich
# noch komplett in der Inventur", "wir stecken mitten im Umzug"
_STUCK_IN = (
    rf"(?:(?:stecke|stecken)\s+(?:ich|wir)|(?:ich|wir)\s+(?:stecke|stecken))\s+{_GAP}"
    r"(?:mitten\s+)?(?:in|im)(?!\w)"
)


# Words of regret or degree that may stand inside a refusal of ability, before or after its
# verb ("I'm afraid I can't", "je ne pourrai malheureusement pas", "no voy a poder, lo siento",
# "infelizmente não vou poder", "kann ich leider wirklich nicht")
_REGRET = (
    r"(?:(?:i['’]?m\s+)?afraid|sadly|unfortunately|regrettably|honestly|really|just|simply"
    r"|sorry|truly|actually|definitely|probably|realistically|still|then|already"
    r"|malheureusement|hélas|vraiment|franchement|absolument|sûrement|finalement|probablement"
    r"|donc|alors|du\s+coup|décidément|toujours|pourtant|déjà"
    r"|leider|wirklich|echt|definitiv|wohl|dann|dort|da|doch|bestimmt|sicher|halt|eben|also"
    r"|ja|nun|jedenfalls|ehrlich\s+gesagt|tatsächlich|vermutlich|ohnehin|schon"
    r"|lamentablemente|desgraciadamente|por\s+desgracia|sinceramente|realmente|ya|finalmente"
    r"|seguramente|probablemente|entonces|pues|igual|de\s+verdad|tampoco|al\s+final"
    r"|infelizmente|sinceramente|mesmo|já|realmente|provavelmente|então|afinal|de\s+fato"
    r"|de\s+verdade|também|ainda)"
)
_REGRETS = rf"(?:{_by_letter(_REGRET)}[\s,]+){{0,3}}"
# Ability refused, by the sender, in every tense and mood and with the regret said inside:
# "I won't be able to", "I'm not going to be able to", "je ne pourrai pas", "je ne vais pas
# pouvoir", "j'peux pas", "kann ich nicht", "werde ich nicht können", "ich könnte nicht", "no
# voy a poder", "no podría", "no me va a dar tiempo", "não vou conseguir", "não poderei", "não
# vai dar" (not "I can't wait", "no puedo esperar": eagerness)
_EAGER = (
    r"(?!\s+(?:wait|stress|thank|tell|say|believe|attendre|vous\s+dire|esperar|warten|dizer"
    r"|esperar|agradec\w*|remercier|danken)(?!\w))"
)
_UNABLE = (
    rf"(?:(?:i|we)\s+{_REGRETS}(?:can['’]?t|cannot|can\s+not|couldn['’]t|could\s+not"
    r"|won['’]t\s+be\s+able|will\s+not\s+be\s+able|wouldn['’]t\s+be\s+able|would\s+not\s+be\s+able)"
    r"|(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+"
    rf"{_REGRETS}(?:not\s+(?:(?:going\s+to|gonna)\s+be\s+)?able|unable)"
    # French, "ne" dropped as speech drops it
    # (and in the third person, as a recruiter relays it: "il ne pourra pas", "no podrá", "ele
    # não vai poder")
    rf"|(?:je|j['’]|nous|on|il|elle|ils|elles)\s*(?:ne\s+|n['’])?(?:peux|pourrai|pourrais|pouvons"
    rf"|pourrons|pourrions|peut|pourra|pourrait|peuvent|pourront|pourraient)\s+{_REGRETS}pas"
    rf"|(?:je|nous|on)\s+(?:ne\s+|n['’])?(?:vais|allons|va)\s+{_REGRETS}pas\s+pouvoir"
    rf"|(?:ça|cela)\s+(?:ne\s+|n['’])(?:va|sera|serait)\s+{_REGRETS}pas\s+(?:être\s+)?possible"
    # German in either order, the infinitive after "nicht" or not
    rf"|(?:kann|könnte|werde|würde|schaffe|konnte)\s+(?:ich|wir)\s+{_REGRETS}"
    r"(?:(?:es|das|den\s+tag|da|dann|dort)\s+)?(?:gar\s+|überhaupt\s+)?nicht"
    r"|(?:ich|wir)\s+(?:kann|könnte|werde|würde|schaffe|können|könnten|werden)\s+"
    rf"{_REGRETS}(?:(?:es|das|den\s+tag|da|dann|dort)\s+)?(?:gar\s+|überhaupt\s+)?nicht"
    r"(?=\s*(?:können|kommen|schaffen|dabei\s+sein|[.,;!?\n]|$))"
    # Spanish and Portuguese, the subject dropped
    rf"|(?:yo\s+)?no\s+{_REGRETS}(?:puedo|podré|podría|podremos|podríamos|voy\s+a\s+poder"
    r"|puede|podrá|va\s+a\s+poder|pueden|podrán|van\s+a\s+poder"
    r"|vamos\s+a\s+poder|llego|llegaré|llegaría|voy\s+a\s+llegar|alcanzo|me\s+va\s+a\s+ser\s+posible"
    r"|me\s+(?:será|sería)\s+posible|me\s+(?:va\s+a\s+)?da(?:rá|ría)?\s+(?:el\s+)?tiempo)"
    rf"|(?:eu\s+)?n(?:[ãa]o|ao)\s+{_REGRETS}(?:posso|poderei|poderia|poderemos|vou\s+poder"
    r"|pode|poderá|vai\s+poder|consegue|vai\s+conseguir|podem|poderão|vão\s+poder"
    r"|vamos\s+poder|consigo|conseguirei|conseguiria|vou\s+conseguir|vamos\s+conseguir"
    r"|vai\s+dar|daria|vai\s+ser\s+poss[íi]vel|tenho\s+como|vou\s+ter\s+como))"
)
# A duty that takes the sender away that day, told by a word of having to and a verb of going,
# travelling or working elsewhere: "I have to travel", "I need to fly out", "je dois me
# déplacer", "ich muss verreisen", "me toca viajar", "tengo que ir a Bilbao", "tenho de viajar"
# (not with hours after it: "I have to drive until noon" leaves the afternoon)
_MUST = (
    r"(?:(?:i|we)\s+(?:have|need|got|will\s+have|['’]ll\s+have|['’]ve\s+got)\s+to|i\s+must|i\s+gotta"
    r"|(?:je|nous)\s+(?:dois|devrai|devrais|devons|vais\s+devoir)|il\s+(?:faut|faudra)\s+que\s+je"
    r"|(?:ich|wir)\s+(?:muss|müssen|werde|werden)|(?:muss|müssen|werde|werden)\s+(?:ich|wir)"
    r"|(?:tengo|tenemos|tendré)\s+que|(?:debo|debemos|deberé)|me\s+toca|nos\s+toca|he\s+de"
    r"|(?:tenho|temos|terei)\s+(?:que|de)|(?:preciso|precisamos|precisarei)(?:\s+de)?|devo|vou\s+ter\s+que)"
)
_AWAY_VERB = (
    r"(?:travel|fly|go\s+(?:to|into|up\s+to|down\s+to|out\s+to|abroad|away)|be\s+(?:in|at|away|on\s+site)"
    r"|drive\s+to|head\s+(?:to|out)|visit|attend|work(?!\s+out)|cover"
    r"|voyager|me\s+déplacer|partir|aller\s+(?:à|au|en|chez)|(?:être|sois)\s+(?:à|au|en|chez|sur)"
    r"|aille|parte|voyage|travaille"
    r"|prendre\s+l['’]avion|travailler|bosser|assister|rendre\s+visite|remplacer"
    r"|(?:(?:nach|zum|zur|zu|ins|in|im|beim|bei|auf)\s+(?:\w+\s+){1,3}?)?(?:verreisen|reisen"
    r"|fliegen|fahren|arbeiten|vertreten|sein|hin)"
    r"|viajar|volar|ir\s+(?:a|al|para|pra)|estar\s+(?:en|fuera)|trabajar|currar|acudir|asistir"
    r"|cubrir|salir\s+de\s+viaje|desplazarme|conducir|manejar"
    r"|voar|trabalhar|dar\s+plant[ãa]o|cobrir|estar\s+(?:em|no|na|fora)|comparecer|dirigir)"
)
_DUTY = rf"(?:{_by_letter(_MUST)}\s+{_REGRETS}{_AWAY_VERB})(?!\w){_NO_HOURS}"
# Nobody there that day to hold the interview: "nobody's in the office", "il n'y a personne",
# "ist niemand im Büro", "no hay nadie", "não tem ninguém aqui" (not "there's nobody else I'd
# rather", "il n'y a personne de plus motivé")
_NOBODY = (
    r"(?:(?:there['’]s|there\s+is|there\s+will\s+be|there['’]ll\s+be)\s+(?:no\s*one|nobody)(?!\s+else)"
    r"|(?:no\s*one|nobody)(?:['’]s|\s+is|\s+will\s+be|['’]ll\s+be)\s+(?:in|here|there|around|at)"
    r"|(?:(?:il\s+)?n['’]y\s+(?:a|aura)|y\s*['’]?\s*a)\s+personne(?!\s+(?:d['’]autre|de\s+plus|de\s+mieux))"
    r"|personne\s+(?:n['’]est|ne\s+sera)\s+(?:là|au|ici|présent)"
    r"|(?:ist|wird|sind)\s+(?:\w+\s+)?(?:niemand|keiner)\s+(?:da|im|hier|vor\s+ort|anwesend|in)"
    r"|(?:niemand|keiner)\s+(?:ist|wird)\s+(?:\w+\s+)?(?:da|im|hier|vor\s+ort|anwesend)"
    r"|no\s+(?:hay|habrá|va\s+a\s+haber)\s+nadie|nadie\s+(?:está|estará|va\s+a\s+estar)"
    r"|n[ãa]o\s+(?:tem|terá|vai\s+ter|há|haverá)\s+ningu[ée]m|ningu[ée]m\s+(?:est[áa]|vai\s+estar|estará))"
)
# Something had all day, told with the day or after it: "I've got a site visit all day
# Monday", "j'ai une visite de chantier toute la journée lundi", "habe ich Montag den ganzen
# Tag Audit", "tengo inventario todo el día el lunes", "tenho auditoria o dia todo" (not time,
# room or nothing had: "I have time all day", "j'ai rien toute la journée", "tengo hueco todo
# el día")
_ALL_DAY = (
    r"(?:all\s+day|the\s+whole\s+day|the\s+entire\s+day|toute\s+la\s+journée|la\s+journée\s+entière"
    r"|den\s+ganzen\s+tag|ganztägig|todo\s+el\s+d[ií]a|el\s+d[ií]a\s+entero|(?:o\s+)?dia\s+(?:todo|inteiro)"
    r"|o\s+dia\s+todo)"
)
# (time or room had is no such thing, before the day's words or after them; nor a day named
# between, whose own words these are: "habe ich am Dienstag und Mittwoch ganztägig Aufsicht")
_ROOM = (
    r"(?:time|availability|room|space|nothing|free|open|slots?|temps|rien|dispo\w*|libre|place"
    r"|zeit|nichts|frei|luft|platz|tiempo|hueco|nada|disponibilidad|tempo|livre|vaga|espaço"
    r"|disponibilidade)(?!\w)"
)
_DAY_NAME = rf"(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})(?!\w)"
_HELD_ALL_DAY = (
    rf"{_by_letter(_HAVE)}(?:\s+(?!{_ROOM}|{_DAY_NAME})[\w'’-]+){{1,6}}?"
    rf"(?=\s+{_ALL_DAY}(?!\w)(?!(?:\s+[\w'’-]+){{0,2}}?\s+{_ROOM}))"
)
# waiting for an answer, staying reachable: "fico no aguardo de um retorno até quarta", "me
# quedo a la espera", "I'm staying available"
_WAITING = (
    r"(?:available|verfügbar|erreichbar|aguard\w*|esper\w*|attente|atent[oa]|wait\w*|retorno|resposta"
    r"|respuesta|réponse|reply|answer|disposi\w*)(?!\w)"
)
# Staying away until a day, told by a verb of staying somewhere before the end of the stretch:
# "staying up north thru the 24th", "je reste à Lisbonne jusqu'au 11", "ich bleibe bis zum 11.
# dort", "me quedo en Lisboa hasta el 11", "fico em Lisboa até dia 11" (never until an hour, "me
# quedo en la oficina hasta las 6", nor staying free or waiting: "staying available until
# Friday", "je reste à votre disposition jusqu'au 11", "fico aguardando seu retorno até terça")
_STAY = (
    r"(?:(?:i['’]m\s+|we['’]re\s+|i\s+am\s+|we\s+are\s+)?(?:(?:staying|remaining)\s+(?:in|at|on|up"
    r"|down|with|there|over|away|home|abroad|out)|staying(?=\s+(?:thru|through|until|till)\s))|(?:(?:je|on)\s+reste|nous\s+restons)\s+(?:à|au|en|chez|là"
    r"|là-bas|sur|dans)(?!\s+(?:votre|vos|ta|tes)\s)|(?:ich|wir)\s+(?:bleibe|bleiben)"
    r"|(?:bleibe|bleiben)\s+(?:ich|wir)|(?:me\s+quedo|nos\s+quedamos)\s+(?:en|all[íá]|fuera|por\s+all[áa]"
    r"|con)|(?:fico|ficamos)\s+(?:em|no|na|nos|nas|l[áa]|fora|por\s+l[áa]|com))"
)
_STAYING = (
    rf"{_by_letter(_STAY)}(?:\s+(?!{_ROOM}|{_WAITING})[\w'’-]+){{0,4}}?"
    r"(?=\s+(?:thru|through|until|till|jusqu['’]\s*(?:au|à)|hasta(?:\s+el)?|até(?:\s+(?:o|a|dia))?"
    r"|bis(?:\s+(?:zum|am|einschließlich))?)\s+(?:(?:the|le|el|o|dia)\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?(?![\d:h])|{_DAY_NAME}))"
)
# The day the sender leaves on a trip, told by a verb of leaving: "I leave Friday", "I'm
# flying out on Friday", "je pars vendredi", "fliege ich am Donnerstag nach Wien", "ich reise
# am Freitag ab", "ich flieg am Freitag", "salgo el viernes", "me voy el viernes", "saio no
# sábado", "viajo na sexta"
# (the day is out whatever part of it the trip starts in, "je pars vendredi soir", whatever
# its date, "saio no sábado dia 22"; not with a clock time after it in its clause, "I leave
# Friday at 3", "salgo a las 5", which may leave the hours before; the return told after "and"
# is another clause: "salgo el viernes y no vuelvo hasta el miércoles")
_LEAVING = (
    r"(?:(?:i|we)\s+(?:leave|depart|fly\s+out|head\s+(?:off|out))|(?:i['’]m|we['’]re|i\s+am|we\s+are)"
    r"\s+(?:leaving|departing|flying\s+out|heading\s+(?:off|out)|off\s+on)"
    r"|(?:je|on|nous)\s+(?:pars|partirai|part|partira|partons|partirons|m['’]en\s+vais|nous\s+en\s+allons)"
    r"|(?:ich|wir)\s+(?:reise|reisen|flieg(?:e|en)?)|(?:reise|reisen|flieg(?:e|en)?)\s+(?:ich|wir)"
    r"|salgo|saldré|salimos|me\s+voy|nos\s+vamos|parto|partimos|viajo|viajamos"
    r"|saio|sairei|saímos|vou\s+embora|vamos\s+embora|embarco|embarcamos)"
)
# (leaving a place for the day's end, or leaving early or late, is no trip: "salgo del museo a
# las 6", "I leave work at 5", "je pars du bureau", "saio do trabalho", "nessa semana saio mais
# cedo")
_LEFT = (
    rf"{_by_letter(_LEAVING)}(?!\w)(?!\s+(?:from|work|the\s+office|home|du|des|de\s+(?:la|chez)|del|do|da"
    r"|de\s+(?:casa|la\s+oficina|el\s+trabajo|trabajar)|aus|vom)(?!\w))"
    r"(?!\s+(?:(?:a\s+bit|a\s+little|very|plus|un\s+peu|más|mais|bem|muy|un\s+poco|um\s+pouco)\s+)?"
    r"(?:early|earlier|late|later|tôt|tard|temprano|tarde|cedo|früh|früher|spät|später)(?!\w))"
    r"(?!(?:(?![^\S\n](?:and|but|et|mais|und|aber|y|pero|e|mas)\s)"
    r"[^.,;\n]){0,30}?(?<!\w)(?:(?:at|à|a\s+las?|às|um|vers|hacia|por\s+volta\s+das)\s+\d"
    r"|\d{1,2}(?::\d\d|h\d*|\s*(?:am|pm|uhr|h|hrs?|horas?)(?!\w))|noon|midi|mittag|mediod|meio-dia))"
)
# Away at a client's or a site of work, or abroad, told after the day: "Wednesday at a client's
# site", "mercredi chez un client", "Mittwoch beim Kunden vor Ort", "el miércoles con un
# cliente", "quarta no cliente", "à l'étranger", "im Ausland", "en el extranjero"
_ELSEWHERE = (
    r"(?:at\s+(?:a|the|our|my)\s+client(?:['’]s)?|with\s+(?:a|the)\s+client|on[\s-]site|abroad"
    r"|overseas|out\s+in\s+the\s+field|chez\s+(?:un|le|des|nos|mes|les)\s+clients?"
    r"|(?:en|sur)\s+(?:site|chantier)|sur\s+(?:un|le)\s+chantier|[àa]\s+l['’][ée]tranger|hors\s+de\s+france"
    r"|beim\s+(?:kunden|klienten|mandanten)|bei\s+(?:einem|einer|unserem|unserer|dem|der|den)\s+"
    r"(?:kunden|kundin|klienten|mandanten)|im\s+ausland|auf\s+(?:der\s+|einer\s+)?baustelle"
    r"|im\s+(?:werk|außeneinsatz)|auf\s+montage"
    r"|(?:en|con)\s+(?:un|el|los|una)\s+clientes?|en\s+casa\s+de\s+(?:un|el)\s+cliente"
    r"|en\s+(?:el\s+)?extranjero|en\s+obra|fuera\s+del\s+pa[íi]s"
    r"|(?:no|num|em|com\s+(?:o|um))\s+clientes?|na\s+obra|no\s+(?:exterior|estrangeiro)"
    r"|fora\s+do\s+pa[íi]s)"
)
# A day taken off to bridge a holiday and the weekend, before the day or after it: "je fais le
# pont vendredi", "vendredi on fait le pont", "hago puente el viernes", "me cojo el puente", "faço
# ponte na sexta", "vou enforcar a sexta", "na sexta vou emendar", "Freitag mache ich
# Brückentag" (not "emendar o contrato"; nor with a word of being free after it in its sentence:
# "je fais le pont vendredi, donc je suis dispo"). English has no such idiom.
_BRIDGE = (
    r"(?:(?:je|on|nous|j['’]vais)\s+(?:fais|fait|faisons|ferai|fera|ferons|vais\s+faire|va\s+faire"
    r"|allons\s+faire|faire)\s+(?:le\s+)?pont"
    r"|(?:hago|hacemos|har[ée]|haremos|voy\s+a\s+hacer|vamos\s+a\s+hacer|(?:me|nos)\s+(?:cojo"
    r"|cogemos|coger[ée]|tomo|tomamos|tomar[ée]|pillo|pillamos))\s+(?:el\s+)?puente"
    r"|(?:a\s+gente\s+)?(?:fa[çc]o|fazemos|farei|faremos|vou\s+fazer|vamos\s+fazer|vai\s+fazer)"
    r"\s+(?:a\s+)?ponte"
    r"|(?:(?:vou|vamos|vai)\s+)?(?:emendar|enforcar)|emendo|emendamos|enforco|enforcamos"
    r"|(?:(?:ich\s+)?(?:mache|nehme|nehm|habe|hab)(?:\s+ich)?|(?:wir\s+)?machen(?:\s+wir)?)"
    r"\s+(?:mir\s+|uns\s+)?(?:(?:einen|den|nen)\s+)?br[üu]ckentag)"
)
# (an object that is not a day or the holiday: "emendar o contrato", "enforcar o projeto")
_BRIDGE_TOLD = (
    rf"{_by_letter(_BRIDGE)}(?!\w)(?!\s+(?:o|a|os|as|um|uma|esse|essa|este|esta|isso)\s+(?!seg|ter|qua|qui|sex"
    rf"|s[áa]b|dom|feriado|fim)){FREES}"
)
# a day judged to look bad, as German says it with its particle and Romance languages with a
# verb of seeming: "Mittwoch sieht es bei mir schlecht aus", "schaut es eng aus", "mercredi ça
# s'annonce mal", "el miércoles pinta mal", "quarta parece complicado"
_LOOKS_BAD = (
    r"(?:(?:sieht|schaut)\s+(?:es\s+)?(?:(?:bei\s+(?:mir|uns)|für\s+mich|für\s+uns)\s+)?"
    rf"{_REGRETS}(?:eher\s+|ziemlich\s+|sehr\s+|recht\s+)?(?:schlecht|eng|mau|düster|knapp"
    r"|schwierig|ungünstig|nicht\s+(?:gut|so\s+gut))"
    r"|(?:ça|cela)\s+(?:s['’]annonce|se\s+présente)\s+(?:\w+\s+)?(?:mal|compliqué|difficile)"
    r"|(?:pinta|se\s+(?:me\s+)?(?:ve|presenta|pone))\s+(?:muy\s+|bastante\s+|un\s+poco\s+)?"
    r"(?:mal|fatal|complicad[oa]|dif[íi]cil|chungo|negro|feo)"
    r"|(?:parece|tá|está|fica|vai\s+ficar)\s+(?:muito\s+|bem\s+|meio\s+)?(?:complicad[oa]"
    r"|dif[íi]cil|apertad[oa]|corrid[oa]|puxad[oa]|ruim))"
)
_ON_DUTY_TOLD = f"{_by_letter(_ON_DUTY)}(?!\\w){_NO_HOURS}"
# Not a minute to oneself, the day too full to spare any: "I don't have a minute to myself",
# "not a second to spare", "je n'ai pas une minute à moi", "pas un instant de libre", "ich habe
# keine freie Minute", "keine Sekunde Zeit", "no tengo ni un minuto libre", "sin un rato", "não
# tenho um minuto livre", "nem um segundo"
_NO_MINUTE = (
    r"(?:(?:(?:i|we)\s+(?:don['’]t|do\s+not|won['’]t|will\s+not|haven['’]t|have\s+not)\s+"
    r"(?:(?:have|got|even)\s+){0,2}|not\s+(?:even\s+)?)(?:a|one)\s+(?:single\s+|spare\s+|free\s+)?"
    r"(?:minute|second|moment)"
    r"|(?:(?:je\s+)?n['’](?:ai|aurai|avons|aurons)\s+|(?:on\s+)?n['’]a\s+|j['’](?:ai|aurai)\s+)?"
    rf"{_REGRETS}pas\s+(?:une|un|la\s+moindre|le\s+moindre)\s+(?:seule?\s+)?(?:minute|seconde"
    r"|instant|moment)"
    r"|(?:(?:ich\s+)?(?:habe|hab|hätte)\s+(?:ich\s+)?|(?:wir\s+)?haben\s+(?:wir\s+)?)?"
    rf"{_REGRETS}(?:keine|nicht\s+eine)\s+(?:(?:einzige|freie|ruhige)\s+){{0,2}}(?:minute|sekunde)"
    r"|(?:(?:no\s+)?(?:tengo|tendré|tenemos)\s+|(?:n[ãa]o\s+)?(?:tenho|terei|temos)\s+)?"
    r"(?:ni|nem|sin|sem)\s+(?:un|um|medio|meio)\s+(?:minuto|segundo|momento|rato)"
    r"|(?:no\s+(?:tengo|tendré|tenemos)|n[ãa]o\s+(?:tenho|terei|temos))\s+(?:un|um|ning[úu]n|nenhum)"
    r"\s+(?:minuto|segundo|momento))"
)
# (a minute said of a bound is no such day: "not a minute before 10", "keine Minute später")
_NOT_A_BOUND = (
    r"(?!\s+(?:before|after|later|earlier|late|early|past|avant|après|plus\s+tôt|plus\s+tard"
    r"|de\s+retard|früher|später|zu\s+spät|vor|nach|antes|despu[ée]s|depois|tarde|de\s+atraso"
    r"|de\s+retraso)(?!\w))"
)
# buried under them, said with a verb of its own: "je croule sous le travail", "on croule sous
# les réunions", "ich ersticke in Arbeit", "ersticke ich in Terminen"
_BURIED = (
    r"(?:(?:je|on)\s+croule|nous\s+croulons|(?:ich\s+)?ersticke(?:\s+ich)?|wir\s+ersticken)"
    rf"\s+(?:sous\s+(?:les?|la|l['’])|in)\s*(?:\w+\s+)?{_FILLERS}(?!\w){_NO_HOURS}"
)
_STATE_TOLD = (
    rf"(?:{_by_letter(_UNABLE)}{_EAGER}(?![\w-])|{_DUTY}|{_by_letter(_LOOKS_BAD)}"
    rf"|{_by_letter(_BE)}\s+{_GAP}{_by_letter(_STATE, _ELSEWHERE, _FULL_OF, _IMMERSED)}"
    rf"|{_STUCK_IN}|{_LEFT}|{_HELD_ALL_DAY}|{_by_letter(_NOBODY)}|{_STAYING}|{_BURIED}"
    rf"|{_by_letter(_HAVE)}\s+{_HAVE_GAP}(?:\w+\s+)?{_by_letter(_COMMITMENTS)}|{_CALENDAR_FULL}"
    rf"|{_by_letter(_BACK_TO_BACK)}"
    rf"|{_by_letter(_NO_MINUTE)}(?!\w){_NOT_A_BOUND}"
    # (a duty with hours after it takes those hours: "tengo turno de mañana", "I have a shift
    # till 2")
    rf"|{_by_letter(_HAVE)}\s+{_HAVE_GAP}(?:\w+\s+)?{_by_letter(_DUTIES)}(?!\w){_NO_HOURS}"
    # at work on a rota, on call or on duty, in court, at a fair: "I'm on a double shift", "on
    # call", "je suis de garde / d'astreinte", "bin ich im Nachtdienst / in Rufbereitschaft /
    # bei Gericht", "estoy de turno / en el juzgado / en la feria", "estou de serviço / de
    # sobreaviso / na feira" (its words grouped apart: mixed into _STATE's, a branch of many
    # first letters is copied into each of their groups)
    rf"|{_by_letter(_BE)}\s+{_GAP}{_ON_DUTY_TOLD}"
    # on nights, as Spanish and Portuguese say it with the copula right before it: "estoy de
    # noche", "estou de noite" (without it, "el lunes de noche" is Monday evening)
    rf"|{_by_letter(_BE)}\s+de\s+(?:noche|noite)(?!\w){_NO_HOURS}"
    rf"|{_by_letter(_BE_NOT)}\s+{_GAP}{_by_letter(_AVAILABLE)}|{_BRIDGE_TOLD})"
)
# Words of apology that may open a refusal: "Sorry, no can do on Friday", "Désolée, pas possible
# vendredi", "Tut mir leid, geht nicht am Freitag", "Lo siento, ni hablar del viernes",
# "Desculpa, não dá na sexta"
_SORRY = (
    r"(?:(?:so\s+|very\s+|really\s+)?sorry|apologies|my\s+apologies|alas|ugh|oops|hmm|nope|no"
    r"|(?:vraiment\s+|très\s+)?(?:désolée?|navrée?)|pardon|hélas|aïe|bon|non"
    r"|(?:es\s+)?tut\s+mir\s+(?:sehr\s+)?leid|entschuldigung|verzeihung|schade|nein"
    r"|lo\s+(?:siento|lamento)|perdón|perdona|perdone|disculpa|disculpe|uf|vaya|qué\s+pena"
    r"|desculpa|desculpe|foi\s+mal|sinto\s+muito|poxa|que\s+pena|pois|não)"
)
# A verdict that opens its clause rules out the days after it in that clause, as it does the
# day before it: "No can do on Friday", "Not possible Friday", "Pas possible vendredi", "Hors de
# question le vendredi", "Nicht machbar am Freitag", "Ni hablar del viernes", "No me cuadra el
# viernes", "Não dá na sexta", "Nem pensar na sexta" (only at the clause's start: inside it,
# "afternoons are not possible next week" is said of the afternoons)
_VERDICTS = _by_letter(f"(?:{_VERDICT})")
FRONTED = (
    # (one start per clause, so that the words after it are tried once; a line break is one
    # only after a stop or a blank line, as mail wraps its lines anywhere: "ce ne sera\n
    # malheureusement pas possible")
    r"(?:^|(?<=[.!?;:,\n]\n)|(?<=[.!?;:,][ \t])|(?<=[.!?;:][ \t][ \t]))"
    rf"(?:{_by_letter(_SORRY)}[\s,.!]+)?{_REGRETS}{_VERDICTS}(?!\w)"
)
# the sender's state, as read before the days (cues.NEGATIVE)
# (its first letters tested first: a word start that opens none of its twenty kinds of state,
# as a number or a space after a stop, passes over them all in one test)
_STATE_LED = opened(_STATE_TOLD)
TAKEN = rf"(?:{_STATE_LED})(?!\w)"
# what rules out the day it comes right after (cues.RULED_OUT puts the lead before it)
# (read after a day only: a part of day refused beside hours that run into it, "between 9:30
# and 2:30 ... afternoons are really not possible", is left to the bounds the hours set)
_AFTER_WORDS = _by_letter(EXCLUDED, f"(?:{_VERDICT})", _STATE, _ELSEWHERE)
# "I am" said before the day, its "not free" after it, ending the clause: "Ich bin Mittwoch
# nicht im Büro", "je suis mercredi pas disponible" ("Thursday, not free before 2" leaves hours)
_NOT_FREE = (
    r"(?:not|nicht|pas|no|n[ãa]o)\s+(?:available|free|libre|disponible|dispo|joignable|frei"
    r"|verfügbar|erreichbar|im\s+(?:büro|haus)|vor\s+ort|localizable|livre|dispon[íi]vel)"
    r"(?=\s*(?:[.,;!?\n]|$))"
)
# What "I have" holds when the day stands between them, as German puts its verb second: "Ich
# habe Freitag leider keine Zeit", "hab ich Freitag Frühdienst", "wir haben Freitag schon was
# vor"; and the time lacking in every language ("Friday no time", "vendredi pas le temps",
# "el viernes sin tiempo", "sexta sem tempo")
_HELD = (
    rf"(?:keine\s+zeit|kaum\s+zeit|wenig\s+zeit|keine\s+luft|keinen\s+platz|{_WHOLE_SHIFT}"
    r"|(?:schon\s+|bereits\s+)?(?:was|etwas)\s+(?:anderes\s+)?vor|einen\s+(?:anderen\s+)?termin"
    r"|andere\s+termine|verpflichtungen|unterricht|vorlesung(?:en)?|klausur(?:en)?"
    # (a meeting or a course, one or several, and their compounds: "hat sie nächste Woche eine
    # Schulung", "habe ich Montag Aufsichtsratssitzung")
    r"|(?:eine?n?\s+|meine\s+)?\w*(?:sitzung|besprechung|schulung|fortbildung|weiterbildung|lehrgang"
    r"|tagung|konferenz)(?:en)?"
    # (and the bridge day between its verb and the day: "ich mache Freitag Brückentag")
    r"|no\s+time|pas\s+(?:le|de)\s+temps|sin\s+tiempo|sem\s+tempo|br[üu]ckentag)"
)
# (the regret may come first: "Wednesday, I'm afraid I can't", "el jueves, lo siento, no puedo")
_AFTER_DAY = (
    rf"(?:{_BETWEEN}(?:an?\s+)?(?:{_AFTER_WORDS}|{_NOT_FREE}|{_ON_DUTY_TOLD})|{_REGRETS}{_STATE_LED}"
    rf"|{_REGRETS}{_by_letter(_HELD)}(?!\w){_NO_HOURS}|{WORKING}(?!\w){_NO_HOURS}|{HOLIDAY_TOLD}"
    rf"|{NAME_TOLD})"
)
AFTER_DAY = rf"{_AFTER_DAY}(?!\w)"
# each branch apart, for the few that may open on a space to be tried alone after a shorter run
# of spaces (`cues._after_lead`: all of them were tried again after each, at every day, the
# adversarial units' costliest match after a day)
AFTER_DAY_BRANCHES = [rf"(?:{b})(?!\w)" for b in branches(_AFTER_DAY)]
