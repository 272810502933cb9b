# Buurtverbinders web client — Nederlands (standaardtaal).
# Elke tekst die de gebruiker ziet, staat hier en in en.ftl met dezelfde sleutels.

## Algemeen
app-name = Buurtverbinders
document-title = { $page } – Buurtverbinders
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-groups = Groepen
nav-people = Mensen
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
error-invalid-status-transition = De groep kan niet naar deze status.
field-error-required = Vul dit veld in.
field-error-email = Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.
field-error-length = Deze tekst is te lang of te kort.
field-error-pattern = Dit heeft niet de goede vorm.
field-error-range = Deze waarde valt buiten het toegestane bereik.
field-error-not-found = Dit bestaat niet (meer). Kies opnieuw.
field-error-invalid = Deze waarde klopt niet.
field-error-other = { $input }: { $error }
