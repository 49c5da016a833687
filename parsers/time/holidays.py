"""Public holidays: the words that name one, in the five languages and the countries they cover.

A day told to be a holiday ("Tuesday is a public holiday", "le jeudi 11 est férié", "Dienstag
ist ja Nationalfeiertag", "el lunes es festivo", "segunda é feriado", "Monday is Labor Day") is
a day the sender will not be at work: `HOLIDAY_TOLD` is read after a day (`ruled_out.AFTER_DAY`)
and rules it out. Only with the copula: a roster's bare "mar feriado" is a row, read by the
rows' own refusals, and "Montag (Allerheiligen, da hat er frei)" offers the day. Nor when the
rest of the clause says the holiday frees the sender ("Montag ist Feiertag, da bin ich frei").

A holiday named where no day is written ("except Labor Day", "menos la Inmaculada") is not
dated here: which country keeps it, and on which date, the reader cannot tell from the text
alone. `HOLIDAY` finds it so that such a reply goes to a person (`unplaced.holiday_unplaced`).
A week told by a holiday ("the week after Labor Day") is dated by the sender's country in
`holiday_calendar`, whose names are its own: it knows fewer holidays than these, each with a rule.
"""

from __future__ import annotations

# Holidays by name: the fixed and the movable ones of the US, Canada, the UK, Australia,
# France, Belgium, Switzerland, Québec, Germany, Austria, Spain, Latin America, Portugal and
# Brazil that people name in mail, with the feast days of Carnival, Holy Week, Ascension and
# Pentecost, a day off in some of those countries or regions and not in others ("Fasnacht" in
# Basel, "Auffahrt" in Switzerland, "Carnaval" in Brazil), so known by name, never dated (a name
# that is also a word or a person's name, "Pilar", "Reyes", is kept with the words that make it
# a day)
_NAMED = (
    # English
    r"labou?r\s+day|memorial\s+day|thanksgiving|mlk(?:\s+day)?|martin\s+luther\s+king(?:\s+jr\.?)?"
    r"(?:\s+day)?|presidents['’]?\s+day|juneteenth|independence\s+day|(?:4th|fourth)\s+of\s+july"
    r"|veterans['’]?\s+day|columbus\s+day|indigenous\s+peoples['’]?\s+day|canada\s+day"
    r"|victoria\s+day|civic\s+holiday"
    r"|boxing\s+day|(?:king|queen)['’]?s\s+birthday|anzac\s+day|australia\s+day|good\s+friday"
    r"|easter\s+monday|whit\s+monday|shrove\s+tuesday|mardi\s+gras|ash\s+wednesday"
    r"|(?:maundy|holy)\s+thursday|ascension(?:\s+day)?|pentecost|whitsun|carnival"
    r"|christmas(?:\s+(?:eve|day))?|new\s+year['’]?s(?:\s+(?:eve|day))?"
    # French
    r"|saint-jean|st-jean|saint\s+jean|f[êe]te\s+(?:nationale|du\s+travail|du\s+canada|de\s+la\s+reine"
    r"|des\s+patriotes)|toussaint|armistice|lundi\s+de\s+(?:p[âa]ques|pentec[ôo]te)|no[ëe]l"
    r"|jour\s+de\s+l['’]an|assomption|(?:jeudi|vendredi)\s+saint|pentec[ôo]te|f[êe]te-dieu"
    # German
    r"|allerheiligen|fronleichnam|christi\s+himmelfahrt|pfingstmontag|ostermontag|karfreitag"
    r"|tag\s+der\s+(?:deutschen\s+)?einheit|reformationstag|weihnachten|heiligabend|silvester"
    r"|neujahr|mari[äa]e?\s+(?:empf[äa]ngnis|himmelfahrt)|tag\s+der\s+arbeit|rosenmontag"
    r"|dreik[öo]nig(?:e|stag)?|heiligen?\s+drei\s+k[öo]nige"
    r"|(?:faschings|fastnachts)dienstag|aschermittwoch|gr[üu]ndonnerstag|auffahrt|pfingsten"
    r"|fas(?:t)?nacht|fasching|karneval|johannistag"
    # Spanish
    r"|todos\s+los\s+santos|(?:d[íi]a\s+de\s+la\s+)?hispanidad|(?:fiesta|virgen|puente)\s+del\s+pilar"
    r"|inmaculada(?:\s+concepci[óo]n)?|d[íi]a\s+de\s+la\s+constituci[óo]n|d[íi]a\s+de\s+reyes"
    r"|jueves\s+santo|viernes\s+santo|semana\s+santa|navidad|nochebuena|nochevieja|a[ñn]o\s+nuevo"
    r"|d[íi]a\s+del\s+trabaj(?:o|ador)|mi[ée]rcoles\s+de\s+ceniza|lunes\s+de\s+pascua|ascensi[óo]n"
    r"|pentecost[ée]s|sant\s+joan|(?:d[íi]a|noche|fiesta)\s+de\s+san\s+juan"
    # Portuguese
    r"|finados|todos\s+os\s+santos|tiradentes|corpus\s+christi|carnaval|consci[êe]ncia\s+negra"
    r"|proclama[çc][ãa]o\s+da\s+rep[úu]blica|imaculada(?:\s+concei[çc][ãa]o)?|natal|consoada"
    r"|(?:sexta|quinta)(?:-feira)?\s+santa|dia\s+do\s+trabalh(?:o|ador)|dia\s+de\s+portugal"
    r"|sexta(?:-feira)?\s+da\s+paix[ãa]o|paix[ãa]o\s+de\s+cristo|ponto\s+facultativo"
    r"|quarta(?:-feira)?\s+de\s+cinzas|ascens[ãa]o|pentecostes|(?:dia\s+de\s+)?s[ãa]o\s+jo[ãa]o(?!\s+d)"
)
# A holiday whose name holds a weekday, the day off of Easter and Pentecost ("Good Friday",
# "lundi de Pâques", "Viernes Santo", "Sexta-feira da Paixão", "Whit Monday") and the shopping
# days ("Black Friday", "Cyber Monday"): its weekday names the feast, not the next such day, so
# no day is read there (`lex.lex`; German writes them as one word, "Karfreitag", which no weekday
# matches). Not Carnival's and Ash Wednesday's: days of work in most places, or half days,
# offered by their names ("na quarta-feira de cinzas consigo depois do meio-dia")
_NAMED_WEEKDAY = (
    r"(?:(?:mon|thurs|fri)day|lundi|jeudi|vendredi|lunes|jueves|viernes"
    r"|(?:segunda|quinta|sexta)(?:-feira)?)"
)
WEEKDAY_HOLIDAY = (
    # (the adjectives capitalised: "if that's no good Friday at 10" is a day)
    rf"(?:(?-i:Good|Holy|Black)|easter|whit|maundy|cyber)\s+{_NAMED_WEEKDAY}"
    rf"|{_NAMED_WEEKDAY}\s+(?:sant[oa]|saint|da\s+paix[ãa]o"
    r"|de\s+(?:pascua|p[âa]ques|p[áa]scoa|pentec[ôo]te|pentecost[ée]s))"
)
# A day off for everyone, by the word for it: "a public holiday", "a company holiday", "un jour
# férié", "Nationalfeiertag", "Brückentag", "festivo", "feriado", and a bridge day taken ("hacemos
# puente")
_WORD = (
    r"(?:public|bank|federal|national|stat(?:utory)?|legal|company|office)\s+holidays?"
    r"|f[ée]ri[ée]e?s?"
    r"|\w*feiertage?|br[üu]ckentage?|festivos?|feriados?"
    # the school's, which keeps a parent at home: "this week is school hols", "ce sont les
    # vacances scolaires" (German, Spanish and Portuguese say it with words of being away)
    r"|school\s+hol(?:iday)?s?|(?:les\s+)?vacances\s+scolaires"
)
# either, by its name or by the word for it
HOLIDAY = rf"(?:{_WORD}|{_NAMED})"
# What makes the holiday's name an event on its day, not the day off, after the name ("Friday
# is the Christmas party", "the Christmas cards", "le repas de Noël"; "die Weihnachtsfeier" is
# one word already): one list for the day told a holiday here and the holiday left unplaced
# (`unplaced`, which reads it folded)
EVENT = (
    r"(?:party|parties|lunch|dinner|drinks|do|market|fair|concert|show|sale|shopping|rush|card|cards"
    r"|feier|essen|markt|f[êe]te|repas|d[îi]ner|march[ée]|cena|comida|almuerzo|fiesta|festa|jantar"
    r"|almo[çc]o|confraternização)(?!\w)"
)
_EVENT = rf"(?!\s+{EVENT})"
# A word that says the holiday leaves the sender free, later in its clause ("Montag ist
# Feiertag, da bin ich den ganzen Tag frei", "es festivo y tengo el día libre")
FREE_WORD = (
    r"(?:free|off|available|libre|dispo\w*|frei|verf[üu]gbar|livre|dispon[íi]ve(?:l|is))(?!\w)"
)
# or that it is the reason the sender can ("Amanhã é feriado aqui, então posso de manhã",
# "mañana es festivo, así que puedo", "demain c'est férié donc je peux", "Thursday's a holiday so
# I can do the morning"), or that it is no holiday where the sender works ("c'est la Toussaint
# mais ici on travaille"); not a can said of another day ("tampoco puedo", "so the earliest I
# can do is Tuesday", "mas posso na terça")
_CAN = (
    r"(?:so|donc|alors|ent[ãa]o|as[íi]\s+que|da|also|daher)\s+(?:(?:i|we|je|on|ich|wir|yo|eu)\s+)?"
    r"(?:posso|puedo|peux|can(?!['’]t|not)|kann(?!\s+(?:ich\s+)?(?:\w+\s+)?nicht))"
    r"|(?:but|mais|aber|pero|mas)\s+(?:[\w'’]+\s+){0,4}?(?:on\s+travaille|we\s+(?:still\s+)?work"
    r"|wir\s+arbeiten|trabajamos|trabalhamos|se\s+trabaja|se\s+trabalha)(?!\w)"
)
FREE_OR_CAN = rf"(?:{FREE_WORD}|{_CAN})"
# (read after a bridge day taken too, in `ruled_out`)
FREES = rf"(?![^.;!?\n]{{0,60}}?(?<!\w){FREE_OR_CAN})"
# The day told a holiday: the copula, then what may stand between it and the holiday ("Tuesday
# is a public holiday here", "mardi c'est férié", "jeudi c'est l'Ascension", "Dienstag ist ja
# Nationalfeiertag", "el lunes es festivo", "terça é feriado", "Monday is Labor Day", "el lunes 1
# es Todos los Santos"; and "it's the holiday", where the day stands before it: "Monday - it's
# the holiday"), of several days too ("Thursday and Friday are public holidays", "jeudi et
# vendredi sont fériés", "Do und Fr sind Feiertage", "el jueves y el viernes son festivos",
# "quinta e sexta são feriados")
_TOLD = (
    # (a relative pronoun may come before the copula, "el viernes 12, que es festivo", "Monday,
    # which is a bank holiday", and "also": "el lunes también es festivo", "segunda também é
    # feriado")
    r"(?:,?\s*(?:which|qui|que)\s+)?(?:(?:tambi[ée]n|tamb[ée]m|adem[áa]s|ainda\s+por\s+cima)\s+)?"
    r"(?:(?:is|['’]s|are|will\s+be|c['’]est|ce\s+sont|est|sont|sera|seront|ist|sind|wird|werden"
    r"|es|son|ser[áa]n?|[ée]|s[ãa]o|ser[ãa]o|it['’]s"
    # (the day pointed back at: "Monday, that's a holiday", "Montag, da ist Feiertag")
    r"|that['’]s|that\s+is|da\s+ist|das\s+ist)[\s,]+"
    r"(?:(?:ja|doch|bei\s+uns|chez\s+nous|here|there|over\s+here|for\s+us|aqu[íi]|ac[áa]|aqui|c[áa]"
    r"|ici|hier|a|an|the|un|une|ein|eine|um|uma|el|la|le|o|jour|dia|d[íi]a"
    # a word of "also" or "anyway" between ("am 26. ist eh Nationalfeiertag", "Monday is also a
    # bank holiday", "lundi est d'ailleurs férié", "el lunes también es festivo")
    r"|eh|sowieso|ohnehin|auch|also|anyway|d['’]ailleurs|aussi|de\s+toute\s+fa[çc]on"
    r"|tambi[ée]n|de\s+todas\s+formas|tamb[ée]m|de\s+qualquer\s+forma"
    # and of "besides": "este jueves además es festivo", "Donnerstag ist außerdem Feiertag",
    # "jeudi est en plus férié", "quinta ainda por cima é feriado", "Thursday is moreover a holiday"
    r"|adem[áa]s|ademais|au[ßs]erdem|zudem|en\s+plus|de\s+plus|ainda\s+por\s+cima|moreover"
    r"|besides)\s+|l['’]){0,3}"
)
# A day the whole firm spends together, which keeps its people from anything else: "Thursday is
# our all-hands", "jeudi c'est le séminaire d'entreprise", "Donnerstag ist bei uns
# Betriebsversammlung", "el jueves es la junta general", "quinta é a convenção da empresa"
_FIRM_DAY = (
    r"(?:(?:our|notre|nuestra|nuestro|nossa|nosso|unsere?)\s+)?"
    r"(?:all[\s-]hands|company\s+(?:meeting|retreat|offsite)|staff\s+meeting|town\s+hall|off-?site"
    r"|away\s+day|team\s+day|stock-?take|stocktaking|inventory\s+day"
    r"|s[ée]minaire\s+d['’]entreprise|assembl[ée]e\s+g[ée]n[ée]rale|journ[ée]e\s+d['’][ée]quipe"
    r"|inventaire|r[ée]union\s+du\s+personnel"
    r"|betriebsversammlung|betriebsausflug|klausurtagung|inventur|mitarbeiterversammlung"
    r"|hauptversammlung|teamtag|strategietag"
    r"|junta\s+general|asamblea(?:\s+general)?|inventario|convenci[óo]n|jornada\s+de\s+empresa"
    r"|reuni[óo]n\s+general|conven[çc][ãa]o|invent[áa]rio|assembleia(?:\s+geral)?"
    r"|reuni[ãa]o\s+geral)"
)
# (or a day off, in Québec's "c'est congé", Brazil's "é folga")
# (round 40) one kept only where the sender is: "Monday is a local holiday", "a regional
# holiday here", "Montag ist regionaler Feiertag" (French, Spanish and Portuguese say it after
# the noun: "férié local", "festivo local", "feriado municipal")
_LOCAL = r"(?:local|regional|state|provincial|municipal|county|regionaler|lokaler|örtlicher)\s+"
# (round 42) and the feast or the bridge said short, as the predicate: "el viernes es Santo",
# "lundi c'est le pont", "el lunes es puente", "segunda é ponte"
HOLIDAY_TOLD = (
    rf"{_TOLD}(?:{_LOCAL})?(?:holidays?|cong[ée]s?|folgas?|{HOLIDAY}|{_FIRM_DAY}|sant[oa]"
    r"|puentes?|pontes?|ponts?)(?!\w)"
    rf"{_EVENT}{FREES})"
)
# A holiday no list names, told by the shape of its name, in capitals: "Tuesday is Heritage Day",
# "el jueves es Día de Muertos", "quinta é dia de Santo António", "Dienstag ist Tag der
# Republik", "jeudi c'est la Fête de la Fédération" (never folded: the capitals tell it from "a
# long day", "el día de la entrega")
NAME_TOLD = (
    rf"{_TOLD}(?:(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Day)"
    r"|d[íi]a\s+d(?:e|el|o|a|os|as)(?:\s+(?:la|los|las|os|as))?\s+(?-i:[A-Z])"
    r"|tag\s+de[rs]\s+(?-i:[A-Z])|(?:f[êe]te|journ[ée]e)\s+d(?:e\s+la|u|es|e)\s+(?-i:[A-Z])))"
    rf"\w*{_EVENT}{FREES}"
)
