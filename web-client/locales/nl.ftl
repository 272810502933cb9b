# Buurtverbinders web client — Nederlands (standaardtaal).
# Elke tekst die de gebruiker ziet, staat hier en in en.ftl met dezelfde sleutels.

## Algemeen
app-name = Buurtverbinders
document-title = { $page } – Buurtverbinders
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-groups = Groepen
nav-people = Mensen
nav-trainings = Trainingen
switch-language = English
language-changed = De taal is nu Nederlands.
logged-in-as = Ingelogd als
log-out = Uitloggen
logged-in = Je bent ingelogd als { $name }.
logged-out = Je bent uitgelogd.
footer-text = Buurtverbinders verbinden bewoners, ondernemers en organisaties in de buurt.
session-restoring = Even kijken of je al was ingelogd…
loading = Bezig met laden…
save = Opslaan
cancel = Annuleren
search = Zoeken
choose = — Kies —
not-given = Niet ingevuld
back-to-groups = ← Terug naar alle groepen
back-to-trainings = ← Terug naar alle trainingen
back-to-training = ← Terug naar de training

## Datums
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-weekday = { $weekday } { $date }
date-short = { $weekday } { $day } { $month }
time-range = { $start }–{ $end }
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
weekday-short-1 = ma
weekday-short-2 = di
weekday-short-3 = wo
weekday-short-4 = do
weekday-short-5 = vr
weekday-short-6 = za
weekday-short-7 = zo
month-short-1 = jan
month-short-2 = feb
month-short-3 = mrt
month-short-4 = apr
month-short-5 = mei
month-short-6 = jun
month-short-7 = jul
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec

## Inloggen
login-title = Inloggen
login-intro = Log in met het e-mailadres en wachtwoord van je account.
login-email = E-mailadres
login-password = Wachtwoord
login-submit = Inloggen
login-busy = Bezig met inloggen…
login-failed = Het e-mailadres of het wachtwoord klopt niet.

## Groepen
groups-title = Groepen
groups-attention-title = Vraagt aandacht
groups-attention-intro = Deze actieve groepen voldoen niet meer aan de regels van het programma. Ze blijven actief; zoek samen met de groep een oplossing.
groups-new = Nieuwe groep
groups-empty = Er zijn nog geen groepen.
groups-more = Meer groepen laden
groups-count = { $count ->
    [one] 1 groep getoond
   *[other] { $count } groepen getoond
}
group-neighbourhood-line = Buurt: { $name }
group-status-label = Status:
status-forming = In oprichting
status-active = Actief
status-paused = Gepauzeerd
status-ended = Beëindigd

## Samenstelling
composition-title = Samenstelling
composition-counts = { $members ->
    [one] 1 lid
   *[other] { $members } leden
}: { $residents ->
    [one] 1 bewoner
   *[other] { $residents } bewoners
}, { $professionals ->
    [one] 1 professional
   *[other] { $professionals } professionals
}
composition-untrained = { $count ->
    [one] 1 lid heeft de training nog niet afgerond
   *[other] { $count } leden hebben de training nog niet afgerond
}
composition-complete = Voldoet aan alle regels
composition-incomplete = Voldoet niet aan de regels:
rule-min-members = Heeft minstens { $limit } leden nodig
rule-max-members = Heeft te veel leden: het maximum is { $limit }
rule-min-professionals = Heeft minstens { $limit } professional nodig
rule-max-professionals = Heeft te veel professionals: het maximum is { $limit }
rule-resident-majority = Heeft meer bewoners dan professionals nodig

## Groep
group-title = Groep
group-details = Gegevens
group-edit = Gegevens wijzigen
group-field-name = Naam van de groep
group-field-neighbourhood = Buurt
group-field-description = Beschrijving
group-field-description-hint = Waar zet de groep zich voor in? Hoogstens 2000 tekens.
group-field-meeting-place = Vaste ontmoetingsplek
group-field-meeting-place-hint = Een zichtbare plek in de buurt, bijvoorbeeld het buurthuis op dinsdagochtend.
group-new-title = Nieuwe groep
group-edit-title = Groep wijzigen
group-create = Groep aanmaken
group-created = Groep { $name } is aangemaakt.
group-saved = De wijzigingen in { $name } zijn opgeslagen.
group-changed-elsewhere = Iemand anders heeft deze groep intussen gewijzigd. We hebben de nieuwste gegevens geladen; bekijk ze en probeer het opnieuw.
group-activate = Groep activeren
group-activate-hint = Een groep kan actief worden als hij 5 tot 8 leden heeft, waarvan 1 of 2 professionals, en meer bewoners dan professionals.
group-activated = Groep { $name } is nu actief.

## Leden
members-title = Leden
members-show-former = Toon ook oud-leden
members-former-title = Oud-leden
members-empty = Deze groep heeft nog geen leden.
members-former-empty = Deze groep heeft geen oud-leden.
members-hidden = Alleen leden van deze groep en coördinatoren zien wie er in de groep zitten.
member-kind = Rol in de groep
kind-resident = Bewoner
kind-professional = Professional
professional-role-district_director = Wijkregisseur
professional-role-volunteer_coordinator = Vrijwilligerscoördinator
professional-role-social_worker = Sociaal werker
professional-role-other = Andere professional
member-professional-role = Functie van de professional
member-organisation = Organisatie
member-joined = Lid sinds
member-left = Lid tot
member-end = Lidmaatschap beëindigen
member-end-of = van { $name }
member-end-question = Weet je zeker dat je het lidmaatschap van { $name } vandaag beëindigt? De geschiedenis blijft bewaard.
member-end-confirm = Ja, beëindigen
member-ended = Het lidmaatschap van { $name } is beëindigd.

## Lid toevoegen
add-member-title = Lid toevoegen
member-who = Wie wordt lid?
member-who-existing = Iemand die al bekend is
member-who-new = Iemand nieuw toevoegen
member-search = Zoek op naam
member-search-hint = Typ een deel van de naam en kies Zoeken.
member-search-none = Niemand gevonden met deze naam. Kies ‘Iemand nieuw toevoegen’ om deze persoon in te voeren.
member-pick = Kies een persoon
member-pick-required = Zoek en kies eerst een persoon.
member-add = Lid toevoegen
member-other-groups = Let op: deze persoon is al lid van { $groups }. Een buurtverbinder in twee groepen heeft vaak te weinig tijd voor allebei.
member-other-groups-confirm = Ja, toch ook aan deze groep toevoegen
member-added = { $name } is toegevoegd als { $kind }.

## Mensen
people-title = Mensen
people-filter = Zoek op naam
people-empty = Niemand gevonden.
people-more = Meer mensen laden
people-count = { $count ->
    [one] 1 persoon getoond
   *[other] { $count } personen getoond
}
person-name = Naam
person-email = E-mailadres
person-phone = Telefoonnummer
person-postcode = Postcode
person-postcode-hint = Bijvoorbeeld 1234 AB.
person-contact-preference = Liefst contact via
contact-preference-email = E-mail
contact-preference-phone = Telefoon
contact-preference-in_person = Persoonlijk
person-contact-hidden = Contactgegevens zie je alleen van mensen in je eigen groepen.
person-has-account = Heeft een account
person-trained = Getraind

## Trainingen
trainings-title = Trainingen
trainings-new = Nieuwe training
trainings-intro = Elke buurtverbinder volgt een training van drie dagen. De dagen worden samen met de deelnemers gepland.
trainings-intro-mine = De trainingen waar je aan meedoet.
trainings-empty = Er zijn nog geen trainingen.
trainings-empty-mine = Je doet (nog) niet mee aan een training.
trainings-count = { $count ->
    [one] 1 training
   *[other] { $count } trainingen
}
training-title = Training
training-status-label = Status:
training-status-planning = Wordt gepland
training-status-scheduled = Dagen liggen vast
training-status-completed = Afgerond
training-status-cancelled = Gaat niet door
training-participants = Deelnemers
training-completed-count = Afgerond door
training-completed-of = { $completed } van { $total }
training-forbidden = Alleen coördinatoren en de deelnemers van deze training kunnen deze training bekijken.
training-not-found = Deze training bestaat niet (meer).
training-details = Gegevens
training-edit = Gegevens wijzigen
training-field-title = Titel
training-field-trainer = Trainer
training-field-location = Plaats
training-field-location-hint = Waar de training is, bijvoorbeeld het buurthuis met adres.
training-field-description = Beschrijving
training-field-description-hint = Wat deelnemers moeten weten. Hoogstens 2000 tekens.
training-field-days = Aantal dagen
training-field-days-hint = Hoeveel dagen een deelnemer aanwezig moet zijn om de training af te ronden (1 tot 10).
training-field-topics = Onderwerpen
training-field-topics-hint = Eén onderwerp per regel.
training-days-value = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}
training-topic-1 = Goed samenwerken
training-topic-2 = Haalbare doelen stellen
training-topic-3 = Een goed gesprek voeren
training-topic-4 = Bewoners, ondernemers en organisaties motiveren om mee te doen
training-new-title = Nieuwe training
training-edit-title = Training wijzigen
training-create = Training aanmaken
training-created = Training { $title } is aangemaakt.
training-saved = De wijzigingen in { $title } zijn opgeslagen.
training-changed-elsewhere = Iemand anders heeft deze training intussen gewijzigd. We hebben de nieuwste gegevens geladen; bekijk ze en probeer het opnieuw.
training-complete = Training afronden
training-complete-question = Zijn alle dagen geweest en is de presentie bijgehouden? Na het afronden kunnen er geen deelnemers meer bij.
training-complete-confirm = Ja, afronden
training-completed-message = Training { $title } is afgerond.
training-cancel = Training annuleren
training-cancel-question = Weet je zeker dat deze training niet doorgaat? Dit kan niet ongedaan worden gemaakt.
training-cancel-confirm = Ja, annuleren
training-cancelled-message = Training { $title } gaat niet door.

## Deelnemers
participants-title = Deelnemers
participants-empty = Er doen nog geen mensen mee.
participants-count = { $count ->
    [one] 1 deelnemer
   *[other] { $count } deelnemers
}
participant-remove = Verwijderen
participant-remove-of = ({ $name })
participant-remove-question = { $name } uit de training halen? De antwoorden en presentie van { $name } verdwijnen, en de persoonlijke link werkt niet meer.
participant-remove-confirm = Ja, uit de training halen
participant-removed = { $name } doet niet meer mee aan de training.
personal-link = Persoonlijke link
personal-link-of = van { $name }
personal-link-hint = Stuur iedere deelnemer de eigen persoonlijke link. Daarmee geeft de deelnemer zonder in te loggen aan welke dagen passen.
personal-link-copy = Kopiëren
personal-link-copied = De link is gekopieerd.
personal-link-copied-short = ✓ Gekopieerd
personal-link-selected = De link is geselecteerd. Kopieer hem met Ctrl+C (of Cmd+C).
participant-add-person = Iemand toevoegen
participant-add = Deelnemer toevoegen
participant-added = { $name } doet mee aan de training.
participant-search-none = Niemand gevonden met deze naam. Voeg nieuwe mensen eerst toe aan een groep.
participant-search-trained = (getraind)
participant-add-group = Een hele groep toevoegen
participant-group = Groep
participant-group-hint = Alle huidige leden van de groep doen mee. Wie al meedoet, blijft één keer op de lijst.
participant-group-option = { $name } ({ $count ->
    [one] 1 lid
   *[other] { $count } leden
})
participant-group-required = Kies een groep.
participant-add-group-submit = Groep toevoegen
participants-group-added = De leden van { $group } zijn toegevoegd. Er doen nu { $count } mensen mee.

## Datums
date-options-title = Voorgestelde datums
date-options-intro = Stel datums voor. Iedere deelnemer geeft per datum aan of die kan.
date-options-empty = Er zijn nog geen datums voorgesteld.
date-option-add-title = Datum voorstellen
date-option-add = Datum toevoegen
date-option-added = { $date } is toegevoegd.
date-option-remove = Intrekken
date-option-remove-question = { $date } intrekken? De antwoorden op deze datum verdwijnen ook.
date-option-remove-confirm = Ja, intrekken
date-option-removed = { $date } is ingetrokken.
slot-date = Datum
slot-start = Begintijd
slot-end = Eindtijd
slot-when = { $date }, { $time }

## Antwoorden
answers-title = Antwoorden
page-nav-label = Op deze pagina
answers-caption = Wie kan wanneer: de antwoorden van de deelnemers per datum
answers-participant = Deelnemer
answers-actions = Wijzigen
answers-no-options = Zodra er datums zijn voorgesteld, staan hier de antwoorden.
answers-answered = { $answered } van de { $total } deelnemers hebben geantwoord.
answers-total = Totaal { $answer }
answers-edit = Invullen
answers-edit-of = voor { $name }
answers-edit-title = Antwoorden van { $name }
answers-edit-hint = Vul in wat de deelnemer telefonisch of persoonlijk heeft doorgegeven.
answers-edit-save = Antwoorden opslaan
answers-saved-for = De antwoorden van { $name } zijn opgeslagen.
availability-yes = Ja
availability-if_need_be = Als het moet
availability-no = Nee
availability-none = Geen antwoord
availability-symbol-yes = ✓
availability-symbol-if_need_be = ~
availability-symbol-no = ✗
availability-symbol-none = –

## Voorstel
proposal-title = Voorgestelde dagen
proposal-intro = De combinaties van { $days ->
    [one] 1 dag
   *[other] { $days } dagen
} waarop de meeste deelnemers alle dagen kunnen, de beste eerst.
proposal-none = Er zijn nog te weinig datums voor een voorstel. Stel er minstens { $days } voor.
proposal-best = Beste voorstel
proposal-alternative = Alternatief { $number }
proposal-attendees = { $count } van de { $total } deelnemers kunnen alle dagen.
proposal-if-need-be = { $count ->
    [0] Niemand heeft bij deze dagen ‘als het moet’ gezegd.
    [one] 1 keer ‘als het moet’.
   *[other] { $count } keer ‘als het moet’.
}
proposal-cannot = { $count ->
    [one] Kan niet alle dagen (of heeft nog niet geantwoord):
   *[other] Kunnen niet alle dagen (of hebben nog niet geantwoord):
}
proposal-everyone = Iedereen kan alle dagen.
proposal-confirm = Deze dagen vastleggen
proposal-confirm-question = Deze { $days } dagen vastleggen? Daarna is de planning gesloten: deelnemers kunnen hun antwoorden niet meer wijzigen.
proposal-confirm-yes = Ja, vastleggen
proposal-confirmed = De { $days } dagen liggen vast.

## Dagen
sessions-title = De dagen
session-day = Dag { $day }
session-register = Presentielijst dag { $day }
session-move = Verplaatsen
session-move-title = Dag { $day } verplaatsen
session-move-submit = Dag verplaatsen
session-moved = Dag { $day } is verplaatst naar { $when }.
calendar-download = Agenda-bestand downloaden (.ics)
calendar-download-hint = Open het bestand om de dagen in je agenda te zetten.

## Afronding
completion-title = Wie heeft de training afgerond
completion-caption = Aanwezigheid per deelnemer
completion-count = { $completed } van de { $total } deelnemers hebben de training afgerond.
completion-days = Dagen aanwezig
completion-days-of = { $present } van { $required }
completion-done = Afgerond
completion-yes = Ja
completion-no = Nee
completion-not-yet = Nog niet
completion-symbol-yes = ✓
completion-symbol-no = ✗

## Presentielijst
register-title = Presentielijst dag { $day }
register-title-plain = Presentielijst
register-forbidden = Alleen coördinatoren houden de presentie bij.
register-print = Afdrukken
register-form-title = Wie was er?
register-not-yet = Deze dag is nog niet geweest. De aanwezigheid vult u in op de dag zelf of daarna; de lijst kunt u nu al printen.
register-closed = De training is afgerond of afgelast: de aanwezigheid ligt vast.
register-hint = Kies per deelnemer aanwezig, afwezig of afgemeld, en sla op.
register-unmarked = { $count ->
    [one] Bij 1 deelnemer is nog niets gekozen.
   *[other] Bij { $count } deelnemers is nog niets gekozen.
}
register-all-present = Alle anderen aanwezig
register-save = Presentie opslaan
register-saved = De presentie van dag { $day } is opgeslagen.
register-saved-notice = De presentie is opgeslagen.
register-signature = Handtekening
register-print-footer = Zet per deelnemer één kruisje. Geef de lijst daarna aan de coördinator.
attendance-present = Aanwezig
attendance-absent = Afwezig
attendance-excused = Afgemeld

## Persoonlijke link
invitation-title = Jouw antwoorden
invitation-greeting = Hallo { $name },
invitation-where = Waar:
invitation-question = Welke dagen kun jij?
invitation-intro = De training duurt { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}. We kiezen de dagen waarop de meeste deelnemers kunnen. Geef bij elke datum aan of je kunt.
invitation-answered-before = Je hebt al eerder geantwoord. Je kunt je antwoorden hier aanpassen.
invitation-nothing-chosen = Kies bij minstens één datum Ja, Als het moet of Nee.
invitation-save = Antwoorden opslaan
invitation-saving = Bezig met opslaan…
invitation-thanks-title = Dank je wel, { $name }!
invitation-thanks = Je antwoorden zijn opgeslagen. Zodra de dagen vastliggen, zie je ze op deze pagina. Tot die tijd kun je je antwoorden nog aanpassen.
invitation-change = Antwoorden aanpassen
invitation-no-options = Er zijn nog geen datums voorgesteld. Kijk later nog eens op deze pagina.
invitation-closed = De dagen zijn intussen vastgelegd, dus je antwoorden konden niet meer worden opgeslagen. Hieronder zie je wat er is afgesproken.
invitation-days-title = De dagen liggen vast
invitation-days-intro = De training is op deze { $days ->
    [one] dag
   *[other] { $days } dagen
}:
invitation-completed = De training is afgerond. Dit waren de dagen:
invitation-calendar = Zet de dagen in mijn agenda
invitation-calendar-hint = Je telefoon of computer vraagt dan of je de dagen aan je agenda wilt toevoegen.
invitation-cancelled = Deze training gaat niet door.
invitation-invalid-title = Deze link werkt niet
invitation-invalid = Deze link is niet (meer) geldig.
invitation-invalid-help = Misschien is de link niet helemaal overgenomen, of doe je niet meer mee aan de training. Vraag de coördinator om je link opnieuw te sturen.

## Niet gevonden
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet (meer). Misschien is de link oud of zit er een typfout in het adres.
not-found-back = Naar het overzicht van groepen

## Foutmeldingen
error-network = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
error-generic = Er ging iets mis. Probeer het later opnieuw.
error-invalid-input = Niet alles is goed ingevuld. Bekijk de gemarkeerde velden.
error-unauthorized = Je bent niet (meer) ingelogd. Log opnieuw in.
error-forbidden = Je mag dit niet doen.
error-insufficient-scope = Deze API-client mag dit niet: de scopes staan het niet toe.
error-invalid-client = Het id of geheim van de API-client klopt niet, of de client staat uit.
error-token-request-refused = Het tokenverzoek is geweigerd.
error-not-found = Dit bestaat niet (meer).
error-precondition-failed = Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.
error-too-many-requests = Te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.
error-unavailable = De dienst is even niet beschikbaar. Probeer het zo opnieuw.
error-max-members = Deze groep heeft al het maximum van { $limit } leden. Beëindig eerst een lidmaatschap.
error-max-professionals = Deze groep heeft al het maximum van { $limit } professionals. Voeg deze persoon toe als bewoner of beëindig eerst een lidmaatschap.
error-already-member = Deze persoon is al lid van de groep.
error-member-of-other-group = Deze persoon is al lid van een andere groep. Bevestig als u hem of haar toch wilt toevoegen.
error-group-ended = Deze groep is beëindigd: er komen geen nieuwe leden of vragen meer bij.
error-composition-rules = De groep kan nog niet actief worden, want:
error-invalid-status-transition = Dit kan niet in de huidige status.
error-session-not-held = Deze trainingsdag is nog niet geweest. De aanwezigheid vult u in op de dag zelf of daarna.
error-training-closed = De training is afgerond of gaat niet door; er kunnen geen deelnemers meer bij.
error-training-not-planning = De dagen liggen al vast; datums en antwoorden kunnen niet meer veranderen.
error-training-scheduled = Het aantal dagen kan alleen veranderen zolang de training wordt gepland.
error-too-many-date-options = Er zijn al { $limit } datums voorgesteld; meer kan niet. Trek eerst een datum in.
error-duplicate-email = Er is al een account met dit e-mailadres. Kies een ander e-mailadres, of zoek het account dat er al is.
error-duplicate-buurt-code = Er is al een buurt met deze CBS-buurtcode. Kijk of de code klopt, of kies de buurt die er al is.
error-person-has-account = Deze persoon heeft al een account. Iemand kan maar één account hebben.
error-membership-ended = Dit lidmaatschap is al beëindigd en kan niet meer veranderen. Doet deze persoon weer mee? Voeg de persoon dan opnieuw toe aan de groep.
error-duplicate-date-option = Deze datum en tijd zijn al voorgesteld. Kies een andere dag of een andere tijd.
error-training-not-scheduled = Dit kan alleen als de dagen van de training vastliggen en de training nog bezig is. Nu kunnen de dagen en de aanwezigheid niet veranderen.
error-unreadable-request = Er ging iets mis bij het versturen. Laad de pagina opnieuw en probeer het nog een keer.
error-method-not-allowed = Dit kan op deze pagina niet. Laad de pagina opnieuw en probeer het nog een keer.
error-not-acceptable = De kaartgegevens kunnen zo niet getoond worden. Laad de pagina opnieuw en probeer het nog een keer.
error-payload-too-large = Wat er verstuurd wordt, is te lang. Maak de tekst korter en probeer het opnieuw.
field-error-required = Vul dit veld in.
field-error-email = Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.
field-error-url = Vul een volledig webadres in, bijvoorbeeld https://www.voorbeeld.nl.
field-error-length = Deze tekst is te lang of te kort.
field-error-pattern = Dit heeft niet de goede vorm.
field-error-range = Deze waarde valt buiten het toegestane bereik.
field-error-not-found = Dit bestaat niet (meer). Kies opnieuw.
field-error-invalid = Deze waarde klopt niet.
field-error-number = Vul een getal in.
field-error-date = Vul een datum in.
field-error-other = { $input }: { $error }

## Menu en algemeen (activiteiten)
nav-agenda = Agenda
nav-candidates = Kandidaten
saved = Opgeslagen.
date-time = { $date }, { $time }
month-year = { $month } { $year }
back-to-group = ← Terug naar { $group }
back-to-agenda = ← Terug naar de agenda van de groep
back-to-event = ← Terug naar de activiteit
back-to-public-agenda = ← Terug naar de agenda

## Soorten activiteiten en hun status
event-type-residents_evening = Inwonersavond
event-type-connector_meeting = Inloopuur van de buurtverbinders
event-type-gathering = Buurtbijeenkomst
event-type-interview = Gesprek met een bewoner
event-type-activity = Buurtactiviteit
event-type-other = Andere activiteit
event-status-label = Status:
event-status-scheduled = Gaat door
event-status-cancelled = Gaat niet door
visibility-public = Openbaar
visibility-members = Alleen voor de groep
visibility-public-hint = Staat in de openbare agenda; bewoners kunnen zich aanmelden.
visibility-members-hint = Alleen leden van de groep en coördinatoren zien deze activiteit.
registration-status-confirmed = Aangemeld
registration-status-waitlisted = Op de wachtlijst
registration-status-cancelled = Afgemeld
recurrence-every = Elke { $weekday }
recurrence-every-other = Om de week op { $weekday }
recurrence-until = { $every }, tot en met { $date }
recurrence-count = { $every }, { $count ->
    [one] 1 keer
   *[other] { $count } keer
}

## Agenda van een groep
group-agenda = Agenda
group-agenda-intro = De activiteiten van de groep: inloopuren, bijeenkomsten, gesprekken en inwonersavonden.
group-agenda-link = Naar de agenda van de groep
group-agenda-title = Agenda van { $group }
group-agenda-title-plain = Agenda van de groep
group-agenda-upcoming = De komende drie maanden
group-agenda-empty = Er staan de komende drie maanden geen activiteiten in de agenda.
group-agenda-month = Maandoverzicht
group-agenda-feeds = In je eigen agenda
group-agenda-download = Alle activiteiten van de groep downloaden (.ics)
group-agenda-download-hint = Open het bestand om de activiteiten in je agenda te zetten.
group-agenda-subscribe = Of abonneer je agenda-app op de openbare activiteiten van de groep; nieuwe activiteiten verschijnen dan vanzelf. Kopieer daarvoor dit adres:
month-previous = Vorige maand
month-next = Volgende maand
month-this = Deze maand
month-today = (vandaag)
month-caption = Activiteiten in { $month }
month-empty = Geen activiteiten in deze maand.
event-new = Nieuwe activiteit
event-by-group = Door { $group }
event-by = Door
occurrence-moved = Verplaatst
occurrence-cancelled-short = (gaat niet door)

## Openbare agenda
agenda-title = Agenda
agenda-intro = Wat de buurtverbinders de komende drie maanden organiseren. Iedereen is welkom. Kies een activiteit voor meer informatie of om u aan te melden.
agenda-empty = Er staan de komende drie maanden geen openbare activiteiten in de agenda.
agenda-feed-title = De agenda in uw eigen agenda-app
agenda-feed-intro = Kopieer dit adres in uw agenda-app (bijvoorbeeld ‘Agenda toevoegen via URL’). Nieuwe activiteiten verschijnen dan vanzelf.
agenda-filters = Kies een buurt of groep
agenda-filter-neighbourhood = Buurt
agenda-filter-group = Groep
agenda-all-neighbourhoods = Alle buurten
agenda-all-groups = Alle groepen
agenda-none-chosen = Voor deze keuze staat er de komende drie maanden niets in de agenda.
agenda-series-title = Vaste activiteiten
agenda-series-next = Volgende keer: { $when }
agenda-series-off = { $date } gaat niet door
agenda-series-off-because = { $date } gaat niet door: { $reason }
agenda-series-moved = { $date } is verplaatst naar { $when }

## Activiteit (formulier)
event-new-title = Nieuwe activiteit
event-edit-title = Activiteit wijzigen
event-create = Activiteit aanmaken
event-created = Activiteit { $title } is aangemaakt.
event-saved = De wijzigingen in { $title } zijn opgeslagen.
event-changed-elsewhere = Iemand anders heeft deze activiteit intussen gewijzigd. We hebben de nieuwste gegevens geladen; bekijk ze en probeer het opnieuw.
event-field-group = Groep
event-field-type = Soort activiteit
event-field-title = Titel
event-field-title-hint = Bijvoorbeeld ‘Inloopuur in de bibliotheek’.
event-field-description = Beschrijving
event-field-description-hint = Wat kunnen bewoners verwachten? Hoogstens 2000 tekens.
event-when = Wanneer
event-where = Waar
event-field-place = Naam van de plek
event-field-place-hint = Een plek die bewoners kennen, bijvoorbeeld ‘Bibliotheek Lindeburg’.
event-field-address = Straat en huisnummer
event-field-city = Plaats
event-field-visibility = Wie ziet de activiteit?
event-field-capacity = Maximaal aantal mensen
event-field-capacity-hint = Laat leeg als er geen maximum is. Wie zich aanmeldt als het vol is, komt op de wachtlijst.
event-repeat = Herhaling
event-repeat-never = Eenmalig
event-repeat-weekly = Elke week
event-repeat-other = Om de week
event-repeat-end = Hoe lang?
event-repeat-count = Een aantal keer
event-repeat-count-field = Aantal keer
event-repeat-count-hint = Hoogstens 104 keer (twee jaar elke week).
event-repeat-until = Tot en met een datum
event-repeat-until-field = Laatste datum
event-repeat-until-hint = De laatste dag waarop de activiteit nog is.

## Activiteit (pagina voor leden)
event-title = Activiteit
event-forbidden = Alleen leden van de groep en coördinatoren kunnen deze activiteit bekijken.
event-not-found = Deze activiteit bestaat niet (meer).
event-details = Gegevens
event-edit = Gegevens wijzigen
event-first-date = Eerste keer
event-places = Plaatsen
event-places-of = { $taken } van de { $capacity } plaatsen bezet
event-places-unlimited = Geen maximum; { $taken ->
    [one] 1 persoon aangemeld
   *[other] { $taken } mensen aangemeld
}
event-waiting-list = Wachtlijst
event-waiting-count = { $count ->
    [one] 1 aanmelding wacht op een plaats
   *[other] { $count } aanmeldingen wachten op een plaats
}
event-public-page = Openbare pagina en poster
event-is-cancelled = Deze activiteit gaat niet door.
event-add-to-calendar = Zet in mijn agenda
event-moved-from = Verplaatst: eerst gepland op { $first }. Hieronder staat de nieuwe datum en tijd.
event-cancelled-because = Reden: { $reason }
event-cancel = Activiteit afgelasten
event-cancel-title = De hele activiteit afgelasten
event-cancel-hint = De reden staat op de openbare pagina. Aanmeldingen blijven bewaard.
event-cancel-reason = Reden
event-cancel-confirm = Afgelasten
event-cancelled-message = { $title } gaat niet door.
event-reinstate = Toch laten doorgaan
event-reinstated-message = { $title } gaat weer door.
event-dates = Data van de reeks
event-dates-coming = Komende data
event-dates-past = Eerdere data
event-dates-none = Er zijn geen komende data meer.
occurrence-cancel = Deze datum laten vervallen
occurrence-cancel-title = { $when } laten vervallen
occurrence-cancel-hint = De reden staat bij deze datum in de agenda en op de openbare pagina.
occurrence-cancel-confirm = Datum laten vervallen
occurrence-cancelled-message = { $when } gaat niet door.
occurrence-reinstate = Toch laten doorgaan
occurrence-reinstated-message = { $when } gaat weer door.
occurrence-move = Verplaatsen
occurrence-move-title = { $when } verplaatsen
occurrence-move-submit = Datum verplaatsen
occurrence-moved-message = De datum is verplaatst naar { $when }.
occurrence-record = Na afloop invullen
occurrence-recorded-message = Opgeslagen wat { $when } opleverde.
occurrence-reached = { $count ->
    [one] 1 bewoner bereikt.
   *[other] { $count } bewoners bereikt.
}
event-after = Na afloop
event-after-intro = Vul na de activiteit in hoeveel bewoners je hebt bereikt, met een korte notitie. Alleen leden van de groep en coördinatoren zien dit.
event-after-intro-series = Voor de hele reeks; per datum vul je het in bij ‘Eerdere data’. Alleen leden van de groep en coördinatoren zien dit.
event-after-saved = Opgeslagen wat de activiteit opleverde.
event-residents-reached = Aantal bereikte bewoners
event-residents-reached-hint = Een schatting is goed. Laat leeg als je het niet weet.
event-notes = Notities
event-notes-hint = Wat viel op? Welke vragen kwamen er? Geen namen van bewoners. Hoogstens 2000 tekens.
event-story-consent = De bewoner vindt het goed dat een samenvatting van het gesprek als verhaal wordt gepubliceerd
event-story-consent-hint = Vraag het altijd uitdrukkelijk. Zet het vinkje uit als de bewoner de toestemming intrekt.
event-story-consent-at = Toestemming gegeven op { $when }.

## Aanmeldingen (leden)
registrations-title = Aanmeldingen
registrations-summary = { $count ->
    [one] 1 aanmelding
   *[other] { $count } aanmeldingen
} met een plaats, samen { $people ->
    [one] 1 persoon
   *[other] { $people } mensen
}.
registrations-capacity = Er zijn { $capacity } plaatsen.
registrations-empty = Nog niemand heeft zich aangemeld.
registrations-confirmed = Aangemeld, met een plaats
registrations-waiting = Wachtlijst, in volgorde van aanmelding
registrations-waiting-empty = Er staat niemand op de wachtlijst.
registrations-cancelled = { $count ->
    [one] 1 aanmelding is afgemeld.
   *[other] { $count } aanmeldingen zijn afgemeld.
}
registrations-hidden = Alleen leden van de groep en coördinatoren zien wie zich heeft aangemeld.
registration-people = Aantal mensen
registration-contact = Contact
registration-checked-in = Binnen
registration-not-checked-in = Nog niet
registration-position = Plaats
registration-wants-to-join = Wil buurtverbinder worden
check-in-link = Aanmeldlijst bij de deur

## Aanmeldlijst bij de deur
check-in-title = Aanmeldlijst: { $title }
check-in-title-plain = Aanmeldlijst
check-in-count = Binnen: { $arrived } van { $people ->
    [one] 1 persoon
   *[other] { $people } mensen
}.
check-in-list-title = Wie is er?
check-in-people = { $count ->
    [one] 1 persoon
   *[other] { $count } personen
}
check-in-at = Binnen sinds { $when }
event-dates-show-all = Alle komende data tonen (nog { $count })
check-in-button = Inchecken
check-in-undo = Ongedaan maken
check-in-done = { $name } is binnen.
check-in-undone = { $name } staat weer op ‘nog niet binnen’.
check-in-present = Binnen
check-in-remark = Opmerking
check-in-print-footer = Zet een kruisje bij wie binnenkomt. Vul onderaan in wie zonder aanmelding kwam.

## Openbare pagina van een activiteit
public-event-title = Activiteit
public-event-not-found = Deze activiteit bestaat niet of is niet openbaar.
public-ask-group = Een vraag? Stel hem aan { $group }
public-event-by = Georganiseerd door
public-event-cancelled = Deze activiteit gaat niet door.
public-event-upcoming = De komende keren
public-event-places-left = { $count ->
    [one] Nog 1 plaats vrij.
   *[other] Nog { $count } plaatsen vrij.
}
public-event-full = Vol — u komt op de wachtlijst.
public-event-waiting = { $count ->
    [one] Er staat 1 aanmelding op de wachtlijst.
   *[other] Er staan { $count } aanmeldingen op de wachtlijst.
} Komt er een plaats vrij, dan schuift de eerste op de wachtlijst door.
public-event-walk-in = U hoeft zich niet aan te melden: loop gerust binnen.
public-event-closed = Aanmelden is niet (meer) mogelijk.
public-event-register = Aanmelden
public-event-register-waiting = Aanmelden voor de wachtlijst
public-event-register-full-hint = De activiteit is vol. Als u zich aanmeldt, komt u op de wachtlijst. Komt er een plaats vrij, dan krijgt u die in volgorde van aanmelding.
public-event-submit = Aanmelden
public-event-submit-waiting = Op de wachtlijst zetten
public-event-register-another = Nog iemand aanmelden
register-name = Uw naam
register-people = Met hoeveel mensen komt u?
register-people-hint = Uzelf meegeteld; hoogstens { $max }.
register-contact = Contactgegevens (niet verplicht)
register-contact-hint = Alleen nodig als u bericht wilt krijgen, bijvoorbeeld als de activiteit niet doorgaat of als er een plaats vrijkomt.
register-consent = Ik vind het goed dat de buurtverbinders mijn e-mailadres of telefoonnummer bewaren om mij over deze activiteit te berichten
register-consent-hint = Verplicht als u een e-mailadres of telefoonnummer invult.
register-join-title = Buurtverbinder worden?
register-join-intro = Op deze avond vertellen we over de buurtverbinders: bewoners die de buurt met elkaar verbinden, zo’n 2 tot 4 uur per week, na een training van drie dagen.
register-join = Ik wil buurtverbinder worden
register-join-contact = De coördinator neemt contact met u op. Vul daarom hierboven uw e-mailadres of telefoonnummer in en geef toestemming.
register-motivation = Waarom? (niet verplicht)
register-motivation-hint = In een paar woorden. Hoogstens 1000 tekens.
receipt-confirmed-title = U bent aangemeld
receipt-confirmed = Er is een plaats voor u. Tot dan!
receipt-waitlisted-title = U staat op de wachtlijst, op plaats { $position }
receipt-waitlisted = De activiteit is vol. Komt er een plaats vrij, dan schuift u door in volgorde van aanmelding. Via uw persoonlijke link ziet u altijd waar u staat.
registration-cancel-for-question = { $name } afmelden voor deze activiteit? De plaats gaat naar de wachtlijst.
registration-cancelled-for = { $name } is afgemeld.
registration-actions = Acties
phone-sign-up-title = Aanmelding noteren
phone-sign-up-intro = Belde iemand of kwam iemand langs? Noteer de aanmelding hier. Dezelfde regels als op de website: is het vol, dan komt de aanmelding op de wachtlijst.
phone-sign-up-consent = De bewoner vindt het goed dat de groep dit telefoonnummer bewaart om contact op te nemen over deze activiteit
phone-sign-up-submit = Aanmelding noteren
phone-sign-up-done = { $name } is aangemeld.
phone-sign-up-waiting = { $name } staat op de wachtlijst, op plaats { $position }.
receipt-called-off-title = Deze activiteit gaat niet door
receipt-called-off = De activiteit is afgelast. U hoeft niets te doen; uw aanmelding blijft bewaard voor als ze toch doorgaat.
receipt-cancelled-title = U bent afgemeld
receipt-cancelled = Uw aanmelding is geannuleerd. Wilt u toch komen? Meld u dan opnieuw aan.
receipt-event = Activiteit
receipt-name = Naam
receipt-status = Status
receipt-link-title = Uw persoonlijke link
receipt-link-hint = Bewaar deze link (bijvoorbeeld als bladwijzer of schermafbeelding). Daarmee bekijkt u uw aanmelding en kunt u zich afmelden.
poster-title = Poster
poster-intro = Druk een poster af voor de ontmoetingsplek, met een QR-code naar deze pagina.
poster-print = Poster afdrukken
poster-next = Eerstvolgende keer: { $date }
poster-scan = Scan de code voor meer informatie, of ga naar:
poster-scan-register = Scan de code om u aan te melden, of ga naar:
poster-ask = Een vraag over de buurt? Stel hem op:
poster-welcome = Iedereen is welkom!

## Eigen aanmelding (persoonlijke link)
registration-title = Uw aanmelding
registration-greeting = Hallo { $name },
registration-cancel = Afmelden
registration-cancel-question = Weet u zeker dat u zich afmeldt voor { $title }? Uw plaats gaat dan naar iemand anders.
registration-cancel-confirm = Ja, afmelden
registration-cancelled-message = U bent afgemeld voor { $title }.
registration-to-event = Naar de activiteit
registration-invalid-title = Deze link werkt niet
registration-invalid = Deze link is niet (meer) geldig.
registration-invalid-help = Misschien is de link niet helemaal overgenomen. U kunt zich opnieuw aanmelden via de agenda.

## Kandidaten
candidates-title = Kandidaten
candidates-intro = Bewoners die buurtverbinder willen worden, van aanmelding op een inwonersavond tot lid van een groep.
candidates-only-coordinators = Alleen coördinatoren zien de kandidaten.
candidates-count = ({ $count })
candidate-status-interested = Geïnteresseerd
candidate-status-contacted = Benaderd
candidate-status-in_training = In training
candidate-status-joined = Lid geworden
candidate-status-declined = Afgehaakt
candidates-empty-interested = Niemand wacht op een gesprek.
candidates-empty-contacted = Niemand is nu benaderd.
candidates-empty-in_training = Niemand is nu in training.
candidates-empty-joined = Nog niemand is lid geworden.
candidates-empty-declined = Niemand is afgehaakt.
candidate-move-interested = Toch weer geïnteresseerd
candidate-move-contacted = Benaderd
candidate-move-in_training = In training
candidate-move-joined = Lid geworden
candidate-move-declined = Afgehaakt
candidate-move-to = Verplaats naar:
candidate-move-label = { $name } verplaatsen naar
candidate-moved = { $name } staat nu bij { $status }.
candidate-of = ({ $name })
candidate-from = Via
candidate-from-elsewhere = Elders ontmoet
candidate-group = Groep
candidate-group-link = Naar de groep
candidate-training = Training
candidate-training-link = Naar de training
candidate-motivation = Motivatie
candidate-notes = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}
candidate-note-system = automatisch
candidate-note-change = Van { $from } naar { $to }
candidate-note-status = Naar { $to }
candidate-add-note = Notitie toevoegen
candidate-note-label = Notitie over { $name }
candidate-note-save = Notitie opslaan
candidate-note-added = De notitie over { $name } is opgeslagen.
candidate-enrol = Inschrijven
enrol-title = { $name } inschrijven
enrol-intro = In één keer: een persoon aanmaken, als bewoner toevoegen aan een groep in oprichting en zo nodig aan een training.
enrol-group = Groep in oprichting
enrol-group-option = { $name } ({ $count ->
    [one] 1 lid
   *[other] { $count } leden
})
enrol-no-groups = Er is geen groep in oprichting.
enrol-training = Training
enrol-training-hint = Niet verplicht. Met een training komt de kandidaat op ‘In training’, zonder op ‘Lid geworden’.
enrol-no-training = Geen training
enrol-submit = Inschrijven
enrol-nothing-changed = Er is niets veranderd.
candidate-enrolled = { $name } is ingeschreven bij { $group }.
candidate-add-title = Kandidaat toevoegen
candidate-add-intro = Iemand die je elders hebt ontmoet en buurtverbinder wil worden.
candidate-add = Kandidaat toevoegen
candidate-added = { $name } is toegevoegd als kandidaat.
report-title = Inwonersavonden in cijfers
report-caption = Per inwonersavond: aangemeld, gekomen, geïnteresseerd, in training en lid geworden
report-empty = Er zijn nog geen inwonersavonden geweest.
report-evening = Inwonersavond
report-registered = Aangemeld
report-came = Gekomen
report-interested = Geïnteresseerd
report-in-training = In training
report-joined = Lid geworden

## Foutmeldingen (activiteiten)
field-error-choose = Maak een keuze.
field-error-time = Vul een tijd in, bijvoorbeeld 19:30.
field-error-time-skipped = Dit tijdstip bestaat die dag niet: de klok gaat dan een uur vooruit. Kies een andere tijd.
field-error-end-before-start = De eindtijd moet na de begintijd liggen.
field-error-contact-to-join = Vul uw e-mailadres of telefoonnummer in: zonder kan de coördinator u niet bereiken om buurtverbinder te worden.
field-error-consent = Geef toestemming, of laat e-mailadres en telefoonnummer leeg.
field-error-people = Vul een aantal van 1 tot 10 in.
field-error-reason = Vul een reden in.
error-registration-closed = Aanmelden is niet (meer) mogelijk: de activiteit gaat niet door, is al begonnen, of u kunt gewoon binnenlopen.
error-registration-not-confirmed = Alleen mensen met een plaats kunnen inchecken; deze aanmelding is afgemeld of staat op de wachtlijst.
error-has-registrations = Er hebben zich bewoners aangemeld voor deze datum, en een reeks heeft geen aanmeldingen. Maak de reeks als nieuwe activiteit.
error-occurrence-changes-would-be-lost = Sommige datums van deze reeks zijn afgelast, verplaatst of hebben cijfers, en zouden er niet meer bij horen. Zet die datums eerst terug.
error-group-not-forming = Deze groep is niet meer in oprichting. Kies een groep in oprichting.
error-not-a-series = Deze activiteit is geen reeks; wijzig de activiteit zelf.
error-duplicate = Dit bestaat al.
event-interview-private = Een gesprek met een bewoner is altijd alleen voor de groep.
group-agenda-view = Weergave
group-agenda-view-list = Lijst
group-agenda-view-month = Maand
recurrence-with-time = { $every }, { $time }

## Vragen van bewoners: waarden
# Lange onderwerpen hebben een zacht afbreekstreepje (U+00AD), zodat ze op een telefoon op een lettergreep afbreken.
channel-in_person = Persoonlijk
channel-online = Online
channel-phone = Telefoon
channel-email = E-mail
channel-other = Anders
topic-housing = Wonen
topic-care_and_wellbeing = Zorg en welzijn
topic-loneliness = Eenzaam­heid
topic-money = Geld
topic-safety = Veiligheid
topic-public_space = Openbare ruimte
topic-activities = Activi­teiten
topic-volunteering = Vrijwil­ligers­werk
topic-other = Iets anders
question-status-new = Nieuw
question-status-in_progress = In behandeling
question-status-referred = Doorverwezen
question-status-answered = Beantwoord
question-status-closed = Afgesloten
question-move-new = Terug naar nieuw
question-move-in_progress = Oppakken
question-move-referred = Doorverwezen
question-move-answered = Beantwoord
question-move-closed = Afsluiten
organisation-kind-municipality = Gemeente
organisation-kind-welfare = Welzijn en sociaal werk
organisation-kind-care = Zorg
organisation-kind-housing = Woningcorporatie
organisation-kind-money = Geldzaken en schulden
organisation-kind-legal = Juridische hulp
organisation-kind-volunteering = Vrijwilligersorganisatie
organisation-kind-other = Anders
referral-outcome-connected = In contact
referral-outcome-not_reached = Niet bereikt
referral-outcome-declined = Afgewezen
duration-minutes = { $count } { $count ->
    [one] minuut
   *[other] minuten
}
duration-hours = { $count } uur
duration-days = { $count } { $count ->
    [one] dag
   *[other] dagen
}

## Vragen van bewoners: menu en groep
nav-organisations = Organisaties
nav-track = Vraag volgen
group-questions = Vragen van bewoners
group-questions-intro = Noteer vragen van bewoners, pak ze op, verwijs warm door en houd bij wat er mee gebeurt.
group-questions-link = Alle vragen van de groep
group-faq-link = Veelgestelde vragen bijhouden
group-ask-link = Openbare pagina "Stel een vraag"
group-organisations-link = Organisaties om naar door te verwijzen
back-to-questions = ← Terug naar de vragen

## Vragen van bewoners: overzicht
questions-title = Vragen van bewoners
questions-intro = De vragen aan { $group }. Vragen waarvan de terugbeldatum is verstreken staan bovenaan.
questions-new = Vraag noteren
questions-filters = Filteren
questions-filter-any = Alle
questions-filter-status = Status
questions-filter-topic = Onderwerp
questions-filter-assignee = Opgepakt door
questions-list = Vragen
questions-count = { $count ->
    [0] Geen vragen.
    [one] 1 vraag.
   *[other] { $count } vragen.
}
questions-overdue-count = { $count ->
    [one] 1 vraag moet nagebeld worden.
   *[other] { $count } vragen moeten nagebeld worden.
}
questions-empty = Er zijn (met deze filters) geen vragen.
questions-overdue = Nabellen: datum verstreken
questions-asked-on = Gesteld op { $date }
questions-assignee = Opgepakt door { $name }
questions-unassigned = Nog door niemand opgepakt
questions-erased-on = Persoonsgegevens gewist op { $date }
questions-follow-up = Nabellen op { $date }
questions-forbidden = Je kunt alleen de vragen van je eigen groep zien.

## Vragen van bewoners: vraag noteren
intake-title = Vraag noteren
intake-for-group = Voor { $group }
intake-form-title = Gegevens van de vraag
intake-channel = Hoe kwam de vraag binnen?
intake-topic = Waar gaat de vraag over?
intake-text = De vraag
intake-text-hint = Schrijf de vraag op zoals de bewoner hem stelde.
intake-event = Gesteld bij
intake-event-hint = De activiteit van vandaag waar de vraag gesteld werd.
intake-event-none = Niet bij een activiteit
intake-event-option = { $title } ({ $time })
intake-asked-now = De vraag is nu gesteld.
intake-asked-earlier = De vraag is eerder gesteld:
intake-earlier-open = Eerder gesteld? (overnemen van papier)
intake-earlier-close = Toch nu gesteld
intake-asked-at = Wanneer is de vraag gesteld?
intake-date = Datum
intake-time = Tijd
intake-contact = Contactgegevens (niet verplicht)
intake-contact-hint = Alleen als de bewoner wil dat we contact opnemen. Vraag eerst toestemming.
intake-consent = De bewoner vindt het goed dat de groep naam en contactgegevens bewaart om op de vraag terug te komen
intake-consent-hint = Verplicht als je een naam, e-mailadres of telefoonnummer invult.
intake-submit = Vraag opslaan
intake-saved = De vraag is opgeslagen.

## Vragen van bewoners: één vraag
question-title = Vraag van een bewoner
question-heading = Vraag over { $topic }
question-forbidden = Je kunt alleen de vragen van je eigen groep zien.
question-not-found = Deze vraag bestaat niet (meer).
question-changed-elsewhere = Iemand anders heeft deze vraag intussen gewijzigd. Je ziet nu de nieuwste versie; doe je wijziging zo nodig opnieuw.
question-erased = De persoonsgegevens van deze vraag zijn gewist op { $date } (bewaartermijn verstreken). De vraag kan niet meer veranderen.
question-erased-text = (gewist)
question-the-question = De vraag
question-field-topic = Onderwerp
question-field-channel = Binnengekomen via
question-field-asked-at = Gesteld op
question-field-event = Gesteld bij
question-event-link = Bekijk de activiteit
question-field-asker = Gesteld door
question-field-assignee = Opgepakt door
question-field-first-response = Eerste reactie na
question-anonymous = Anoniem
question-consent-at = Toestemming gegeven op { $when }
question-moves = Verder met deze vraag
question-move-note = Notitie (niet verplicht)
question-move-note-hint = Wat is er gedaan of afgesproken? De notitie komt in de tijdlijn.
question-move-to = Zet de vraag op:
question-no-moves = Er zijn nu geen stappen mogelijk.
question-note-only = Alleen de notitie opslaan
question-note-saved = De notitie is opgeslagen.
question-moved = De vraag staat nu op: { $status }.
question-reload-hint = Laad de pagina opnieuw om te zien welke stappen nu kunnen.
question-assign = Toewijzen
question-assign-to = Wie pakt de vraag op?
question-assign-nobody = Nog niemand
question-assign-save = Opslaan
question-assigned = { $name } pakt de vraag op.
question-unassigned = De vraag is door niemand opgepakt.
question-answer = Antwoord voor de bewoner
question-answer-label = Antwoord
question-answer-hint = De bewoner ziet dit antwoord met de volgcode. Schrijf het voor de bewoner, zonder namen of gegevens van anderen.
question-answer-save = Antwoord opslaan
question-answer-saved = Het antwoord is opgeslagen.
question-timeline = Tijdlijn
question-actor-none = Bewoner of systeem
question-actor-resident = De bewoner (met de volgcode)
timeline-created = Genoteerd als { $to }
timeline-change = Van { $from } naar { $to }
timeline-note = Notitie
timeline-assigned = Toegewezen aan { $name }
timeline-unassigned = Niet meer aan iemand toegewezen
timeline-assigned-erased = Toegewezen (de naam is gewist met de persoonsgegevens)
timeline-public-answer = Antwoord voor de bewoner geschreven of gewijzigd
timeline-reaction = Reactie van de bewoner
timeline-not-solved = De bewoner meldt: nog niet opgelost
timeline-not-solved-reopened = De bewoner meldt: nog niet opgelost. De vraag is heropend ({ $to }).
question-faq = Veelgestelde vraag maken
question-faq-hint = Schrijf een algemene vraag en een antwoord in je eigen woorden. Er wordt niets uit deze vraag overgenomen behalve het onderwerp.
question-faq-make = Maak een veelgestelde vraag

## Vragen van bewoners: doorverwijzingen
referrals-title = Doorverwijzingen
referrals-none = Nog niet doorverwezen.
referral-new = Doorverwijzen naar een organisatie
referral-organisation = Organisatie
referral-organisation-option = { $name } ({ $kind })
referral-organisation-topic = Organisaties voor { $topic }.
referral-organisation-all = Alle organisaties.
referral-organisation-none = Er is geen organisatie voor dit onderwerp. Kies "Toon alle organisaties".
referral-show-all = Toon alle organisaties
referral-contact = Contactpersoon
referral-contact-hint = De persoon bij wie de bewoner terechtkan.
referral-contact-default = Leeg laten: dan is het { $name }, de vaste contactpersoon.
referral-consent-label = De bewoner vindt het goed dat we zijn of haar gegevens doorgeven
referral-consent-hint = Zonder toestemming geef je alleen de contactpersoon aan de bewoner.
referral-note = Notitie
referral-follow-up = Nabellen op
referral-follow-up-hint = Wanneer vraag je na hoe het is gegaan?
referral-save = Doorverwijzen
referral-saved = Doorverwezen naar { $organisation }.
referral-consent = Gegevens doorgeven
referral-consent-at = Ja, toestemming op { $when }
referral-consent-none = Nee
referral-outcome = Resultaat
referral-open = Nog open
referral-how = Hoe is het gegaan?
referral-of = naar { $organisation }
referral-outcome-label = Resultaat van de doorverwijzing naar { $organisation }
referral-recorded = Doorverwijzing naar { $organisation }: { $outcome }.

## Vragen van bewoners: veelgestelde vragen (leden)
faq-title = Veelgestelde vragen
faq-intro = Vragen en antwoorden voor de openbare pagina van de groep, in je eigen woorden en zonder namen of gegevens van bewoners.
faq-public-link = Bekijk de openbare pagina
faq-add-title = Nieuwe veelgestelde vraag
faq-add = Vraag en antwoord toevoegen
faq-list = Alle vragen en antwoorden
faq-empty = Nog geen veelgestelde vragen.
faq-form-hint = Schrijf voor alle bewoners: geen namen, adressen of andere herkenbare details.
faq-topic = Onderwerp
faq-question = Vraag
faq-question-hint = Zoals een bewoner hem zou stellen.
faq-answer = Antwoord
faq-published-label = Tonen op de openbare pagina
faq-save = Opslaan
faq-saved = De veelgestelde vraag is opgeslagen.
faq-changed-elsewhere = Iemand anders heeft deze vraag intussen gewijzigd. Je ziet nu de nieuwste tekst; doe je wijziging zo nodig opnieuw.
faq-made = De veelgestelde vraag "{ $question }" is opgeslagen.
faq-link = Naar de veelgestelde vragen
faq-state-published = Openbaar
faq-state-draft = Niet openbaar
faq-edit = Wijzigen
faq-publish = Openbaar maken
faq-unpublish = Van de openbare pagina halen
faq-published = De vraag staat nu op de openbare pagina.
faq-unpublished = De vraag staat niet meer op de openbare pagina.
faq-delete = Verwijderen
faq-delete-question = Deze vraag en dit antwoord verwijderen?
faq-delete-confirm = Ja, verwijderen
faq-deleted = De veelgestelde vraag is verwijderd.
faq-of = { $question }

## Vragen van bewoners: organisaties
organisations-title = Organisaties
organisations-intro = De sociale kaart: organisaties waar je bewoners warm naar kunt doorverwijzen.
organisations-read-only = Coördinatoren en professionals houden deze lijst bij.
organisations-filter-topic = Onderwerp
organisations-filter-kind = Soort
organisations-list = Organisaties
organisations-count = { $count ->
    [0] Geen organisaties.
    [one] 1 organisatie.
   *[other] { $count } organisaties.
}
organisations-empty = Er zijn (met deze filters) geen organisaties.
organisations-forbidden = Je mag de organisaties niet bekijken.
organisation-add = Organisatie toevoegen
organisation-edit = Wijzigen
organisation-name = Naam
organisation-kind = Soort organisatie
organisation-topics = Helpt bij
organisation-contact = Contactpersoon
organisation-website = Website
organisation-website-hint = Het volledige adres, bijvoorbeeld https://www.voorbeeld.nl
organisation-saved = { $name } is opgeslagen.
organisation-changed-elsewhere = Iemand anders heeft deze organisatie intussen gewijzigd. Je ziet nu de nieuwste gegevens; doe je wijziging zo nodig opnieuw.

## Vragen van bewoners: openbaar stellen
ask-title = Stel een vraag
ask-title-group = Stel { $group } een vraag
ask-meets = komt samen in { $place }
ask-group-ended = Deze groep is gestopt en neemt geen nieuwe vragen meer aan. Kijk in de agenda voor een andere groep in uw buurt.
ask-intro = Heeft u een vraag over wonen, zorg, geld of iets anders in de buurt? Stel hem hier. De buurtverbinders zoeken het voor u uit of brengen u in contact met iemand die u verder helpt.
ask-form-title = Stel hier uw vraag
ask-text = Uw vraag
ask-text-hint = Hoogstens { $max } tekens.
ask-topic = Waar gaat uw vraag over?
ask-topic-hint = Niet verplicht.
ask-topic-unknown = Weet ik niet
ask-contact = Uw gegevens (niet verplicht)
ask-contact-hint = Alleen nodig als u wilt dat we contact met u opnemen. U kunt ook zonder naam vragen en het antwoord volgen met de volgcode.
ask-consent = Ik vind het goed dat de buurtverbinders mijn naam en contactgegevens bewaren om op mijn vraag terug te komen
ask-consent-hint = Verplicht als u een naam, e-mailadres of telefoonnummer invult.
ask-website = Laat dit veld leeg
ask-submit = Vraag versturen
ask-sent = Uw vraag is verstuurd.
ask-group-not-found = Deze groep bestaat niet (meer). Controleer het adres.
ask-receipt-title = Uw vraag is verstuurd
ask-receipt-text = { $group } heeft uw vraag ontvangen.
ask-receipt-code = Uw volgcode:
ask-receipt-write-down = Schrijf deze code op of maak er een foto van. Met de code ziet u hoe het met uw vraag staat en leest u het antwoord. We kunnen de code niet opnieuw voor u opzoeken.
ask-receipt-track = Volg uw vraag
ask-again = Nog een vraag stellen
ask-faq-title = Veelgestelde vragen
ask-faq-empty = Er zijn nog geen veelgestelde vragen.
ask-track-link = Heeft u al een vraag gesteld? Volg uw vraag met de volgcode.

## Vragen van bewoners: vraag volgen
track-title = Uw vraag volgen
track-intro = Vul de volgcode in die u kreeg toen u de vraag stelde. Hoofdletters, spaties en streepjes maken niet uit.
track-form-label = Volgcode opzoeken
track-code = Volgcode
track-code-hint = Bijvoorbeeld ABCD-EFGH-JKMN-PQRS
track-submit = Bekijken
track-result = Stand van uw vraag
track-not-found = Deze volgcode kennen we niet. Controleer de code. Na afloop van de bewaartermijn werkt een code niet meer.
track-code-shown = Volgcode { $code }
track-status = Stand:
track-explain-new = Uw vraag is binnen. Een buurtverbinder pakt hem zo snel mogelijk op.
track-explain-in_progress = Een buurtverbinder is met uw vraag bezig.
track-explain-referred = Uw vraag is doorgegeven aan een organisatie die u verder kan helpen.
track-explain-answered = Uw vraag is beantwoord.
track-explain-closed = Uw vraag is afgehandeld.
track-ask-again = Nog een vraag? Stel hem aan { $group }
track-reactions = Uw reacties
track-reaction-not-solved = nog niet opgelost
track-reaction-title = Reageren
track-reaction-intro = Wilt u iets laten weten aan de buurtverbinders? Uw reactie komt bij uw vraag te staan. Zet er geen gegevens in die u niet wilt delen.
track-reaction-text = Uw reactie
track-reaction-hint = Hoogstens { $max } tekens.
track-reaction-not-solved-label = Mijn vraag is nog niet opgelost
track-reaction-not-solved-hint = De buurtverbinders pakken uw vraag dan weer op.
track-reaction-submit = Reactie versturen
track-reaction-sent = Uw reactie is verstuurd.
track-reaction-reopened = Uw reactie is verstuurd. De buurtverbinders pakken uw vraag weer op.
track-group = Gesteld aan
track-topic = Onderwerp
track-asked = Gesteld op
track-updated = Laatst bijgewerkt
track-answer = Antwoord
track-no-answer = Er is nog geen antwoord. Kijk later nog eens.

## Vragen van bewoners: foutmeldingen
field-error-question-consent = Vink de toestemming aan, of laat naam, e-mailadres en telefoonnummer leeg.
field-error-future = Dit tijdstip ligt in de toekomst.
field-error-question-length = De vraag is te lang: hoogstens 2000 tekens.
error-question-erased = De persoonsgegevens van deze vraag zijn gewist; de vraag kan niet meer veranderen.

## Accounts (admins) en een wachtwoord instellen
nav-accounts = Accounts
role-admin = Beheerder
role-coordinator = Coördinator
role-professional = Professional
role-connector = Buurtverbinder
accounts-title = Accounts
accounts-intro = Wie met welke rol kan inloggen. Een nieuw account krijgt een persoonlijke link om zelf een wachtwoord te kiezen.
accounts-admins-only = Alleen beheerders beheren accounts.
accounts-new = Nieuw account
accounts-new-hint = Je krijgt daarna een persoonlijke link. Geef die aan de persoon: daarmee kiest hij of zij zelf een wachtwoord.
accounts-create = Account maken
accounts-list = Alle accounts
accounts-issued-title = Persoonlijke link voor { $name }
accounts-issued-text = Geef deze link aan { $email }, persoonlijk, per telefoon of per mail. Hij werkt één keer, tot { $expires }.
accounts-issued-once = Je ziet deze link alleen nu. Kwijt? Maak een nieuwe; de oude werkt dan niet meer.
account-name = Naam
account-role = Rol
account-role-of = Rol van { $name }
account-of = van { $name }
account-own = Dit is je eigen account ({ $role }). Je rol wijzigen of je account uitschakelen doet een andere beheerder.
account-state-active = Actief
account-state-invited = Uitgenodigd, nog geen wachtwoord
account-state-disabled = Uitgeschakeld
account-reset = Nieuwe inloglink
account-invite-again = Nieuwe uitnodigingslink
account-link-question = Een nieuwe link maken? Een eerdere link werkt dan niet meer.
account-disable = Uitschakelen
account-disable-question = Dit account uitschakelen? De persoon kan dan niet meer inloggen.
account-enable = Weer inschakelen
account-enable-question = Dit account weer inschakelen?
account-saved = Het account van { $name } is opgeslagen.
password-title = Wachtwoord instellen
password-welcome = Welkom, { $name }
password-intro-invitation = Kies een wachtwoord voor je account { $email }. Deze link werkt tot { $expires }.
password-intro-reset = Kies een nieuw wachtwoord voor je account { $email }. Je oude wachtwoord werkt tot je het nieuwe opslaat. Deze link werkt tot { $expires }.
password-email = Je e-mailadres (hiermee log je in)
password-new = Nieuw wachtwoord
password-hint = { $min } tot 200 tekens. Een zin van een paar woorden onthoud je het makkelijkst.
password-repeat = Herhaal het wachtwoord
password-submit = Wachtwoord opslaan
password-done = Je wachtwoord is ingesteld
password-done-text = Je kunt nu inloggen met je e-mailadres en het nieuwe wachtwoord.
password-link-invalid = Deze link werkt niet (meer). Een link werkt één keer en maar een paar dagen. Vraag de beheerder om een nieuwe.
field-error-password-length = Kies een wachtwoord van minstens 12 tekens.
field-error-password-repeat = De twee wachtwoorden zijn niet gelijk.
field-error-password-blank = Alleen spaties is geen wachtwoord. Kies letters, cijfers of tekens.
field-error-email-taken = Dit e-mailadres heeft al een account.
field-error-password-long = Kies een wachtwoord van hoogstens 200 tekens.
field-error-reaction-length = Uw reactie is te lang: hoogstens 2000 tekens.

## What the neighbourhood has: resources and the map
nav-resources = Wat de buurt heeft
resources-title = Wat de buurt heeft
resources-intro = Initiatieven, verenigingen, plekken, ondernemers, diensten en wat bewoners kunnen: alles wat de buurt al heeft, zodat je bewoners ermee in contact kunt brengen.
resources-to-check-title = Te controleren
resources-to-check-intro = Wat een half jaar of langer niet is gecontroleerd. Klopt het nog? Kijk het na en klik op ‘Gecontroleerd’, of pas het aan.
resources-views = Weergave
resources-all = Alles
resources-to-check = Te controleren
resources-list = Lijst
resources-map = Kaart
resources-to-map = Naar de kaart
resources-count = { $count ->
    [one] 1 gevonden
   *[other] { $count } gevonden
}{ $without ->
    [0] {""}
    [one] , waarvan 1 zonder plek op de kaart
   *[other] , waarvan { $without } zonder plek op de kaart
}.
resources-empty = Er is (met deze filters) niets gevonden.
resources-to-check-empty = Alles is het afgelopen half jaar gecontroleerd.
resource-add = Toevoegen
resource-new-title = Toevoegen aan wat de buurt heeft
resource-edit-title = Wijzigen
resource-edit = Wijzigen
resource-verify = Gecontroleerd
resource-verified = { $name } is vandaag gecontroleerd.
resource-saved = { $name } is opgeslagen.
resource-changed-elsewhere = Iemand anders heeft dit intussen gewijzigd. Je ziet nu de nieuwste gegevens; doe je wijziging zo nodig opnieuw.
resource-show-on-map = Op de kaart
resource-checked-on = Gecontroleerd op { $date } door { $name }.
resource-never-checked = Nog nooit gecontroleerd.
resource-due = Te controleren
resource-not-public = niet openbaar
resource-name = Naam
resource-kind = Soort
resource-kind-hint = Een vaardigheid is iets wat een bewoner kan of aanbiedt, zoals fietsen repareren.
resource-kind-initiative = Initiatief
resource-kind-association = Vereniging
resource-kind-place = Plek
resource-kind-business = Ondernemer
resource-kind-service = Dienst
resource-kind-skill = Vaardigheid
resource-status = Status
resource-status-active = Actief
resource-status-inactive = Gestopt
resource-status-temporarily_closed = Tijdelijk dicht
resource-audience = Wie mag dit zien
resource-audience-public = Iedereen
resource-audience-group = De groep
resource-audience-coordinators = Alleen coördinatoren
resource-consent = Toestemming van de bewoner: wie mag dit zien
resource-consent-hint = Vraag het de bewoner zelf. Met ‘Iedereen’ staat de vaardigheid op de openbare site, zonder adres; het moment van toestemming wordt vastgelegd.
resource-owner = Van wie
resource-owner-hint = Een vaardigheid hoort bij een bewoner van de groep.
resource-group = Groep
resource-no-group = Geen groep
resource-neighbourhood = Buurt
resource-neighbourhood-of-group = Die van de groep
resource-where = Buurt en groep
resource-where-error = Kies een groep of een buurt.
resource-where-legend = Waar
resource-address = Adres
resource-latitude = Breedtegraad
resource-longitude = Lengtegraad
resource-location-hint = Voor de kaart, bijvoorbeeld 52,0930 en 5,1450. Leeg laten mag: dan staat het wel in de lijst, niet op de kaart.
resource-location-error = Vul een breedtegraad (−90 tot 90) en een lengtegraad (−180 tot 180) in, of laat beide leeg.
resource-description = Wat het is en doet
resource-opening-hours = Openingstijden
resource-osm-hours = Geschreven als OpenStreetMap opening_hours (zoals Mo-Fr 09:00-17:00)
resource-contact-legend = Contact
resource-contact-name = Contactpersoon
resource-show-publicly = Openbaar tonen
resource-accessibility = Toegankelijkheid
resource-languages = Talen
resource-languages-hint = Taalcodes met komma's, zoals nl, en, tr.
resource-tags = Trefwoorden
resource-tags-hint = Met komma's, zoals eten, ontmoeten.
resource-tag = Trefwoord
map-label = Kaart van wat de buurt heeft
map-hint = De lijst bevat alles wat op de kaart staat. Kies een punt voor de naam.
map-failed = De kaart kon niet worden getekend. De lijst bevat alles.
map-show-in-list = Toon in de lijst

## The group's own site
site-title = Site van de groep
site-section-agenda = Agenda
site-section-ask = Stel een vraag
site-section-faq = Veelgestelde vragen
site-section-resources = Wat de buurt heeft
site-section-stories = Verhalen
site-section-join_us = Doe mee
site-walk-in-time = Inloopuur
site-walk-in-place = Waar
site-contact = Contact
site-agenda-empty = Er staat de komende tijd niets op de agenda.
site-agenda-all = De hele agenda van de buurt
site-ask-intro = Heeft u een vraag over de buurt, of weet u niet bij wie u moet zijn? Stel hem hier. U krijgt een code waarmee u de vraag kunt volgen.
site-ask-button = Stel uw vraag
site-resources-intro = Wat de buurt al heeft: initiatieven, verenigingen, plekken en mensen die iets kunnen. De lijst bevat alles; de kaart laat zien waar het is.
site-resources-empty = Er staat nog niets in.
site-join-intro = Wilt u ook buurtverbinder worden bij { $group }? Laat uw naam en een telefoonnummer of e-mailadres achter. Een coördinator neemt contact met u op; u zit nergens aan vast.
site-join-contact = Uw gegevens
site-join-contact-hint = Uw naam en een telefoonnummer of e-mailadres, zodat we u kunnen bereiken.
site-join-consent = Ik geef toestemming dat Buurtverbinders mijn naam en contactgegevens bewaart om contact met mij op te nemen over meedoen.
site-join-consent-hint = Alleen de coördinatoren zien ze. U kunt altijd vragen ze te verwijderen.
site-join-motivation = Waarom wilt u meedoen? (mag leeg blijven)
site-join-submit = Aanmelden
site-join-received = Dank u wel! { $group } neemt contact met u op.
field-error-consent-to-join = Geef toestemming, anders kunnen we uw gegevens niet bewaren.
site-settings-title = Site van de groep instellen
site-settings-intro = Dit is de eigen site van { $group }: wat bewoners zien als ze de groep opzoeken. Iedereen in de groep kan hem aanpassen.
site-open = Bekijk de site
site-back-to-group = Terug naar de groep
site-introduction = Wie zijn jullie?
site-introduction-hint = Een paar zinnen over de groep, voor bewoners. Staat bovenaan de site.
site-walk-in-time-hint = Bijvoorbeeld: Elke dinsdag 10:00–12:00
site-walk-in-place-hint = Een plek waar bewoners langs kunnen komen, zoals het buurthuis of de bibliotheek.
site-contact-hint = Hoe bewoners jullie bereiken: een telefoonnummer, een e-mailadres of ‘kom langs tijdens het inloopuur’.
site-sections = Wat staat er op de site?
site-sections-hint = Vink aan wat te zien is en zet het in de volgorde die jullie willen.
site-move-up = Omhoog
site-move-down = Omlaag
site-colour = Kleur
site-colour-hint = De kleur van de balk bovenaan, met witte letters erop. Kies een donkere kleur zodat iedereen het kan lezen.
site-colour-code = Kleurcode
site-contrast-ok = Contrast met witte letters: { $ratio }:1. Goed leesbaar.
site-contrast-low = Contrast met witte letters: { $ratio }:1. Dat is te licht: er is minstens 4,5:1 nodig. Kies een donkerdere kleur.
site-colour-error = Kies een kleur als #rrggbb die donker genoeg is voor witte letters (contrast minstens 4,5:1).
site-saved = De site is opgeslagen.
site-changed-elsewhere = Iemand anders heeft de site intussen aangepast. Je ziet nu de nieuwste versie; doe je wijziging zo nodig opnieuw.
site-preview = Voorbeeld
group-site = Site van de groep
group-site-intro = De eigen site van de groep: wie jullie zijn, waar het inloopuur is, de agenda, vragen stellen en meedoen.
group-site-open = Bekijk de site
group-site-settings = Site instellen
error-story-withdrawn = De bewoner heeft de toestemming ingetrokken: de tekst en de naam zijn gewist en het verhaal verandert niet meer.

## Stories from interviews
group-stories = Verhalen uit interviews
stories-title = Verhalen
stories-intro = Wat bewoners vertelden in interviews, opgeschreven door de groep. Een verhaal staat alleen op de site als de bewoner dat goed vindt; trekt de bewoner de toestemming in, dan wordt de tekst meteen gewist.
stories-list = Verhalen van de groep
stories-empty = Er zijn nog geen verhalen.
story-new = Een verhaal opschrijven
story-title = Titel
story-text = Het verhaal
story-consent = Toestemming van de bewoner
story-consent-hint = Vraag het de bewoner zelf. Het moment van toestemming wordt vastgelegd.
story-consent-named = Met naam op de site
story-consent-anonymous = Zonder naam op de site
story-consent-internal = Alleen voor de groep (nooit op de site)
story-teller = Naam zoals de bewoner die wil zien
story-publish = Op de site van de groep zetten
story-name-needed = Vul de naam in die de bewoner wil zien, of kies ‘Zonder naam’.
story-saved = { $title } is opgeslagen.
story-changed-elsewhere = Iemand anders heeft dit verhaal intussen gewijzigd. Je ziet nu de nieuwste versie.
story-consent-given = { $consent }, toestemming vastgelegd op { $date }.
story-badge-published = Op de site
story-badge-not-published = Niet op de site
story-badge-withdrawn = Toestemming ingetrokken
story-erased = De tekst is gewist: de bewoner heeft de toestemming ingetrokken.
story-withdraw = Toestemming intrekken
story-withdraw-question = Heeft de bewoner de toestemming ingetrokken? De tekst en de naam worden meteen gewist en het verhaal gaat van de site. Dit kan niet ongedaan worden gemaakt.
story-withdraw-confirm = Ja, wissen
story-withdrawn = { $title }: de tekst is gewist en staat niet meer op de site.

## API clients (admins)
nav-api-clients = API-koppelingen
api-clients-title = API-koppelingen
api-clients-intro = Systemen die de API gebruiken, zoals het dashboard van de gemeente of een script, krijgen een eigen koppeling met alleen de rechten die ze nodig hebben. Zo gebruikt geen systeem het account van een persoon.
api-clients-admins-only = Alleen beheerders beheren API-koppelingen.
api-clients-new = Nieuwe koppeling
api-clients-new-hint = Je krijgt daarna een client-id en een geheim. Geef die aan wie het systeem beheert.
api-clients-create = Koppeling maken
api-clients-list = Alle koppelingen
api-clients-none = Er zijn nog geen koppelingen.
api-clients-secret-title = Client-id en geheim voor { $name }
api-clients-secret-text = Het systeem vraagt hiermee een toegangstoken aan bij POST /api/v1/oauth/token (OAuth 2.0 client credentials). Geef het geheim alleen aan wie het systeem beheert, niet per gewone mail.
api-clients-secret-once = Je ziet dit geheim alleen nu. Kwijt? Maak een nieuw geheim; het oude werkt dan niet meer.
api-client-id = Client-id
api-client-secret = Geheim
api-client-name = Naam van het systeem
api-client-name-hint = Bijvoorbeeld: Gemeente – wijkmonitor.
api-client-scopes = Rechten
api-client-expires = Geldig tot
api-client-expires-field = Geldig tot en met (niet verplicht)
api-client-expires-hint = Leeg laten: geen einddatum. Na deze dag werkt de koppeling niet meer.
api-client-no-end = geen einddatum
api-client-last-used = Laatst gebruikt
api-client-never-used = nog nooit
api-client-state-active = Actief
api-client-state-disabled = Uitgeschakeld
api-client-state-expired = Verlopen
api-client-new-secret = Nieuw geheim
api-client-new-secret-question = Een nieuw geheim maken? Het oude geheim werkt dan meteen niet meer.
api-client-disable-question = Deze koppeling uitschakelen? Het systeem kan de API dan meteen niet meer gebruiken.
api-client-enable-question = Deze koppeling weer inschakelen?
api-client-saved = De koppeling { $name } is opgeslagen.
api-client-error-scopes = Kies minstens één recht.
api-client-error-past = Kies vandaag of een dag in de toekomst.
api-client-error-personal-data-alone = Persoonsgegevens gaan samen met Lezen of Wijzigen: kies er een bij.
api-client-edit = Wijzigen
api-client-edit-title = { $name } wijzigen
api-client-edit-hint = Neem je een recht af, dan werken de toegangstokens die het systeem al had meteen niet meer: het vraagt dan een nieuw aan.
api-client-save = Opslaan
scope-read = Lezen
scope-write = Wijzigen
scope-reports = Rapportages
scope-personal_data = Persoonsgegevens
scope-hint-read = Groepen, buurten en organisaties lezen, zonder namen of contactgegevens.
scope-hint-write = Organisaties en buurten wijzigen.
scope-hint-reports = De rapportages lezen: alleen aantallen, nooit persoonsgegevens.
scope-hint-personal_data = Samen met Lezen: namen en contactgegevens van mensen. Alleen geven als het systeem die echt nodig heeft.
copy-field-copied = Gekopieerd.
copy-field-selected = De tekst is geselecteerd. Kopieer hem met Ctrl+C (of Cmd+C).

## Reports (coordinators and admins)
nav-reports = Rapportages
reports-title = Rapportages
reports-intro = Wat het programma deed in een periode: per groep, per buurt of voor het hele programma, met de CBS-codes. Alleen aantallen, nooit persoonsgegevens. Zonder keuze zie je het laatste volledige kwartaal.
reports-coordinators-only = Alleen coördinatoren en beheerders zien de rapportages.
reports-choose = Periode en niveau kiezen
reports-level = Per
reports-level-group = Per groep
reports-level-neighbourhood = Per buurt
reports-level-programme = Hele programma
reports-unit-group = Groep
reports-unit-neighbourhood = Buurt
reports-unit-programme = Gemeente
reports-from = Van
reports-to = Tot en met
reports-period-hint = Hoogstens een jaar. Dagen in Nederlandse tijd.
reports-show = Toon rapportage
reports-error-too-long = Kies hoogstens 366 dagen.
reports-error-last-before-first = De laatste dag kan niet voor de eerste liggen (één dag mag).
reports-period = { $from } tot en met { $to }
reports-address-refused = Het adres vraagt een rapportage die niet kan (een onbekend niveau, een datum die niet bestaat, de laatste dag voor de eerste of meer dan 366 dagen). Hieronder staat het laatste volledige kwartaal; kies zelf een periode.
reports-download-csv = Download CSV
reports-download-excel = Download voor Excel
reports-print = Afdrukken
reports-empty = Er is nog niets om te tellen.
reports-municipality = Gemeente { $name }
reports-chart-questions-per-row = Vragen gesteld
reports-chart-topics = Vragen per onderwerp
reports-chart-reached = Bewoners bereikt per soort activiteit
reports-evenings-caption = Inwonersavonden in de periode: wie kwam en wat ze opleverden
reports-table-caption = Alle cijfers van de periode
reports-cbs = CBS-codes
reports-connectors = Buurtverbinders
reports-professionals = Professionals
reports-questions = Vragen
reports-first-response = Mediaan tot eerste reactie
reports-closing = Mediaan tot afsluiten
reports-days = { $days } d
reports-referrals = Doorverwijzingen
reports-dates = Activiteiten
reports-residents-reached = Bewoners bereikt
reports-training = Training voltooid
reports-of = { $part } van { $whole }
reports-candidates = Kandidaten (aangesloten)
reports-candidates-value = { $all } ({ $joined })
reports-resources = Wat de buurt heeft: nieuw / gecontroleerd
reports-resources-value = { $added } / { $checked }

## Tijd (Mijn tijd en de weken van de groep)
nav-time = Mijn tijd
group-time = Tijd van de groep
time-title = Mijn tijd
time-intro = Na de training besteden buurtverbinders gemiddeld twee tot vier uur per week. Houd je tijd bij: zo ziet de groep wanneer het te veel wordt of wanneer iemand wegvalt.
time-no-group = Je bent (nog) geen lid van een groep, dus er is geen tijd om bij te houden.
time-group = Groep
time-week = Deze week
time-week-band = (de band is { $min } tot { $max } uur per week)
time-nothing = Niets gedaan deze week
time-nothing-logged = Opgeslagen: niets gedaan deze week.
time-nothing-short = niets
time-nothing-entry = Niets gedaan deze week
time-log = Tijd invullen
time-recent-hint = Tik op een bijeenkomst van de laatste twee weken: de dag, de duur en wat het was staan dan klaar. Daarna Opslaan.
time-date = Dag
time-duration = Duur
time-duration-hint = Uren en minuten, bijvoorbeeld 1:30.
time-activity = Waarvoor
time-activity-choose = Kies…
time-note = Notitie (niet verplicht)
time-save = Opslaan
time-logged = Opgeslagen: { $duration } op { $date }.
time-error-future = Vul tijd achteraf in: de dag kan niet in de toekomst liggen.
time-error-duration-missing = Vul in hoe lang, bijvoorbeeld 1:30.
time-error-duration = Schrijf de duur als uren en minuten, bijvoorbeeld 1:30 (de minuten tot 59, hoogstens 24:00).
time-error-activity = Kies waarvoor de tijd was.
time-weeks = De laatste { $count } weken
time-weeks-caption = Je tijd per week
time-week-column = Week
time-week-of = Week van { $date }
time-position = Tegenover 2 à 4 uur
time-entries = Wat je invulde
time-entries-none = Je hebt de laatste weken nog niets ingevuld.
time-delete = Verwijderen
time-entry-deleted = De invulling is verwijderd.
time-activity-walk_in_hour = Inloopuur
time-activity-event = Activiteit of bijeenkomst
time-activity-interview = Gesprek met een bewoner
time-activity-question = Vraag van een bewoner
time-activity-meeting = Overleg van de groep
time-activity-training = Training
time-activity-other = Iets anders
time-position-no_entry = niets ingevuld
time-position-nothing = niets gedaan
time-position-below = minder dan 2 uur
time-position-within = tussen 2 en 4 uur
time-position-above = meer dan 4 uur
time-group-title = Tijd van de groep
time-group-intro = Per bewoner de uren per week tegenover de twee tot vier uur. Dit is om op elkaar te letten, niet om te vergelijken: iedereen staat op naam.
time-signals = Signalen
time-signals-none = Geen signalen: niemand zit er ver boven of is weggevallen.
time-signal-kind-overload = te veel
time-signal-kind-drop_off = weggevallen
time-signal-kind-back = weer terug
time-signal-overload = meer dan { $max } uur in { $count } van de laatste weken ({ $weeks }).
time-signal-drop_off = { $count } weken niets ingevuld, ook geen "niets gedaan" ({ $weeks }).
time-signal-back = weer bezig in { $week }, na { $count } weken zonder invulling.
time-member = Bewoner
time-no-account = (zonder account)
time-group-total = Hele groep
time-band-hint = Een week telt van maandag tot en met zondag. De band is { $min } tot { $max } uur.

## Doelen van de groep
goals-title = Doelen
goals-intro = Haalbare doelen die de groep zich stelt, met hoe het gaat. Kies per doel of het op de site van de groep staat.
goals-none = De groep heeft nog geen doelen.
goals-site-title = Onze doelen
goal-status = Stand
goal-status-planned = Gepland
goal-status-in_progress = Bezig
goal-status-achieved = Gehaald
goal-status-dropped = Gestopt
goal-target = streefdatum { $date }
goal-public = op de site
goal-private = niet op de site
goal-make-public = Op de site zetten
goal-make-private = Van de site halen
goal-new = Nieuw doel
goal-title = Doel
goal-success = Wanneer is het gelukt?
goal-success-hint = Bijvoorbeeld: tien buren tuinieren er elke week samen.
goal-target-field = Streefdatum (niet verplicht)
goal-public-field = Op de site van de groep laten zien
goal-create = Doel opslaan
goal-saved = Het doel { $title } is opgeslagen.
goal-progress = Hoe gaat het? (vandaag)
goal-progress-add = Voortgang opslaan
goal-progress-of = Voortgang van { $title }
goal-progress-saved = De voortgang van { $title } is opgeslagen.
goal-last-progress = Laatst bijgewerkt op { $date }
