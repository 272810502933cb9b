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
composition-incomplete = Voldoet nog niet aan de regels:
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
error-not-found = Dit bestaat niet (meer).
error-precondition-failed = Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.
error-too-many-requests = Te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.
error-unavailable = De dienst is even niet beschikbaar. Probeer het zo opnieuw.
error-max-members = Deze groep heeft al het maximum van { $limit } leden. Beëindig eerst een lidmaatschap.
error-max-professionals = Deze groep heeft al het maximum van { $limit } professionals. Voeg deze persoon toe als bewoner of beëindig eerst een lidmaatschap.
error-already-member = Deze persoon is al lid van de groep.
error-group-ended = Deze groep is beëindigd en neemt geen nieuwe leden meer aan.
error-composition-rules = De groep kan nog niet actief worden, want:
error-invalid-status-transition = Dit kan niet in de huidige status.
error-training-closed = De training is afgerond of gaat niet door; er kunnen geen deelnemers meer bij.
error-training-not-planning = De dagen liggen al vast; datums en antwoorden kunnen niet meer veranderen.
error-training-scheduled = Het aantal dagen kan alleen veranderen zolang de training wordt gepland.
error-too-many-date-options = Er zijn al { $limit } datums voorgesteld; meer kan niet. Trek eerst een datum in.
field-error-required = Vul dit veld in.
field-error-email = Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.
field-error-length = Deze tekst is te lang of te kort.
field-error-pattern = Dit heeft niet de goede vorm.
field-error-range = Deze waarde valt buiten het toegestane bereik.
field-error-not-found = Dit bestaat niet (meer). Kies opnieuw.
field-error-invalid = Deze waarde klopt niet.
field-error-number = Vul een getal in.
field-error-date = Vul een datum in.
field-error-other = { $input }: { $error }
