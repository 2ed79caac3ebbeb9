## The sources page.

sources-method-heading = How the content is prepared
sources-method-text = The safety guidance on this site follows what ANAMA, the Ministry of Emergency Situations and the Ministry of Internal Affairs tell citizens, and the practice of mine risk education of international bodies (UNICEF, the Red Cross and Red Crescent). Where they give no advice on a point, other sources are named. Every figure and every phone number comes from a published source listed on this page, with its date and who said it. The site estimates nothing itself.
sources-official-text = Figures on people killed and injured by mines come mostly from Azerbaijani state bodies (ANAMA, the Prosecutor General's Office and the ministries), as reported by news agencies; a few were given by news outlets themselves. Beside each figure the site says who gave it and what kind of body that is.
sources-neutral-text = The site describes the danger in neutral words. Its only aim is that nobody else is hurt.
sources-promise-text = One line for children, “You will not be told off for telling the truth”, is the site's own promise, which the grown-ups around the child keep; no source is cited for it.
sources-list-heading = Sources cited
sources-count = The site cites { $count ->
    [one] { $count } source
   *[other] { $count } sources
}.
sources-topic-rules = Safety rules
sources-topic-numbers = Numbers to call
sources-undated = date not stated
sources-privacy-heading = Privacy
sources-privacy-text = This site sends nothing anywhere: no analytics, no trackers, nothing loaded from other servers. Your choices and your position stay on your device unless you share or send them yourself.
sources-offline-size = Saved on a phone so that it opens without internet, the whole site (every page in all three languages) takes { $size }.
sources-megabytes = about { $megabytes } MB
sources-about-heading = About this site
sources-about-text = An educational site on mine safety in Azerbaijani, English and Russian, for people returning to areas affected by mines and for schools. It is made to work on slow connections and cheap phones, to be readable even where its interactive parts do not open, and to print.
sources-label = Sources:
sources-topic-signs = Warning signs and signs of danger
sources-topic-emergency = What to do in an emergency
sources-topic-schools = Teaching children
sources-topic-statistics = Statistics: victims, contamination and clearance
sources-corrections = Found a mistake? Write to

## Who said it: the bodies the sources quote.

speaker-anama-public-council = Public Council under ANAMA
speaker-anama = ANAMA, the Mine Action Agency of the Republic of Azerbaijan
speaker-mes = Ministry of Emergency Situations
speaker-mod = Ministry of Defence of Azerbaijan
speaker-joint-anama-mia-pgo = ANAMA, the Ministry of Internal Affairs and the Prosecutor General's Office (joint statement)
speaker-sarc = Syrian Arab Red Crescent
speaker-mag = MAG (Mines Advisory Group)
speaker-ifrc = International Federation of Red Cross and Red Crescent Societies
speaker-uda = Ukrainian Deminers Association
speaker-cmac = Cambodian mine risk education programme
speaker-dsgu = DSGU, the “Walk Safe” app for children
speaker-ua-authorities = Ukrainian authorities
speaker-nolandmines = Andy Smith, nolandmines.com
speaker-mine-awareness = mine-awareness.com
speaker-nikvesti = NikVesti (Ukraine)
speaker-ccw = Convention on Certain Conventional Weapons, Amended Protocol II, Technical Annex
speaker-ses-ukraine = State Emergency Service of Ukraine
speaker-minerats = Fourmilab (Minerats presentation)
speaker-minreintegration = Ministry of Reintegration of Ukraine
speaker-loknycka = Loknytska community administration (Ukraine)
speaker-klymenko = Klymenko Time (Ukraine)
speaker-semenivska = Semenivska community administration (Ukraine)
speaker-landminealert = landminealert.com (emergency procedures based on UN guidance)
speaker-garthwaite = Rosie Garthwaite, “How to Avoid Being Killed in a War Zone”
speaker-lifeguidehubb = lifeguidehubb.com (a general guide)
speaker-mfa = Ministry of Foreign Affairs of Azerbaijan
speaker-pgo = Prosecutor General's Office of Azerbaijan
speaker-hajiyev = Hikmet Hajiyev, aide to the President of Azerbaijan
speaker-unnamed-official = Not named in the report
speaker-caliber = Caliber.Az
speaker-azcbl = AzCBL, the Azerbaijan Campaign to Ban Landmines
speaker-geneva-mission = Permanent Mission of Azerbaijan to the UN Office in Geneva
speaker-unicef-ukraine = UNICEF Ukraine
speaker-unicef = UNICEF
speaker-azernews = Azernews
speaker-ombudsman = Commissioner for Human Rights (Ombudsman) of Azerbaijan
speaker-mia = Ministry of Internal Affairs of Azerbaijan
speaker-cabinet = Cabinet of Ministers of Azerbaijan (Prime Minister Ali Asadov's report)
speaker-joint-pgo-mia-sss = Prosecutor General's Office, Ministry of Internal Affairs and State Security Service (joint statement)
speaker-tebib = TƏBİB, the Administration of Regional Medical Divisions of Azerbaijan
speaker-aqreqator = Aqreqator.az
speaker-ssu = Security Service of Ukraine
speaker-bremerhaven-police = Bremerhaven Police (Germany)
speaker-bih-civil-protection = Federal Civil Protection Administration of Bosnia and Herzegovina
speaker-guam-civil-defense = Guam Office of Civil Defense (United States)
speaker-gichd = GICHD, the Geneva International Centre for Humanitarian Demining
speaker-state-tourism-agency = State Tourism Agency and Ministry of Digital Development and Transport of Azerbaijan
speaker-kyiv-desna-administration = Desnianskyi district administration, Kyiv (Ukraine)
speaker-icrc = International Committee of the Red Cross (ICRC)

## The kind of body a speaker is, shown beside every figure (data/speakers.csv).
# $speaker: a speaker-… message; $kind: a speaker-kind-… message.
speaker-with-kind = { $speaker } ({ $kind })
speaker-kind-state-body = state body
speaker-kind-public-council = public council
speaker-kind-international-body = international organisation
speaker-kind-ngo = non-governmental organisation
speaker-kind-news-outlet = news outlet
speaker-kind-independent = independent author or website
