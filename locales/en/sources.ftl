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
