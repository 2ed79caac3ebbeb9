## The sources page.

sources-method-heading = How the content is prepared
sources-method-text = The safety guidance on this site follows the rules published by Azerbaijani authorities and the practice of international mine risk education. Every figure and every phone number comes from a published source listed on this page, with its date and who said it. The site estimates nothing itself.
sources-official-text = Figures on people killed and injured by mines come from Azerbaijani state bodies (ANAMA, the Prosecutor General's Office and the ministries), mostly as reported by news agencies. Each figure names who gave it.
sources-neutral-text = The site describes the danger in neutral words. Its only aim is that nobody else is hurt.
sources-list-heading = Sources cited
sources-count = The site cites { $count ->
    [one] { $count } source
   *[other] { $count } sources
}.
sources-topic-rules = Safety rules
sources-topic-numbers = Numbers to call
sources-undated = date not stated
sources-privacy-heading = Privacy
sources-privacy-text = This site sends nothing anywhere: no analytics, no trackers, no fonts or scripts from other servers. Your choices stay in your browser.
sources-about-heading = About this site
sources-about-text = An educational site on mine safety in Azerbaijani, English and Russian, for people returning to areas affected by mines and for schools. It is made to work on slow connections and cheap phones, to be readable without JavaScript, and to print.
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
speaker-cmac = Cambodian mine risk education curriculum
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
speaker-unnamed-official = An official source the news report does not name
speaker-caliber = Caliber.Az (a figure given by the outlet itself)
speaker-azcbl = AzCBL, the Azerbaijan Campaign to Ban Landmines
speaker-geneva-mission = Permanent Mission of Azerbaijan to the UN Office in Geneva
speaker-unicef-ukraine = UNICEF Ukraine
speaker-unicef = UNICEF
