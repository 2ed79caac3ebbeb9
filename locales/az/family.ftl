## The page for families: how to talk with children about mines, the example grown-ups
## set, and the rules to agree on at home. Each section is `family-{section}`, each point
## `family-{section}-{point}` (src/schools/model/family.rs, with its sources).

family-talk = Söhbətə necə başlamalı (hər yaşda)
family-talk-time = Sakit bir vaxt seçin: uşaq oyunla və ya cizgi filmi ilə məşğul olmayanda.
family-talk-together = Deyin ki, birlikdə yeni və vacib bir şey öyrənirsiniz. Uşaqdan xahiş edin ki, bunu yadda saxlamağa sizə kömək etsin.
family-talk-drawing = Əvvəlcə rəsm göstərin və soruşun ki, nəyə oxşayır; bütün cavablara qulaq asın. Əsl fotonu ancaq başqa vaxt göstərin.
family-talk-trust = Sakit qulaq asın, danlamayın: uşaq sizə hər şeyi qorxmadan deyə bilməlidir.

family-younger = 6–11 yaşlı uşaqlar
family-younger-words = Məktəbdəki sözləri işlədin: “{ child-rules-words }” Hər yerdə eyni sözlər daha asan yadda qalır.
family-younger-where = Deyin ki, belə şeylər harada ola bilər: ANAMA yolları və cığırları, bulaqları və quyuları, elektrik dirəklərinin ətrafını, bağları, meşələri, tarlaları, tərk edilmiş evləri və qəbiristanlıqları göstərir.
family-younger-play = Birlikdə razılaşın ki, harada oynamaq olar: yalnız böyüklərin “burada oynamaq olar” dediyi yerdə.
family-younger-no-detail = Minanın necə işlədiyini, necə partladığını izah etməyin. Uşaq nə etməli olduğunu bilməlidir, minanın necə işlədiyini yox.

family-older = 12–17 yaşlı yeniyetmələr
family-older-knowing = Qaydaları bilmək kifayət deyil. UNICEF-in Ukraynada apardığı sorğuda yeniyetmələrin 97%-i qaydaları bildiyini deyib, amma 53%-i yenə də risk edib.
family-older-boys = Ukraynada aparılan sorğuya görə, ən çox 14–17 yaşlı oğlanlar risk edir. Onlar evdən daha uzağa gedir, meşə, çay kənarı, köhnə hərbi mövqelər kimi yeni yerləri gəzirlər.
family-older-parents = Yeniyetmələr bu təhlükələr barədə ən çox məktəbdən və valideynlərindən öyrənir: sizin sözünüz vacibdir.
family-older-no-detail = Minanın necə işlədiyini və ya onu necə zərərsizləşdirməyi soruşsalar, deyin ki, bu, minaaxtaranların işidir.

family-shell = Uşaq desə: “Dostumun evində mərmi var”
family-shell-stay-away = Uşağa deyin ki, ona baxmağa getməsin, ona toxunmasın və onu yerindən tərpətməsin.
family-shell-grown-up = Zəngi siz edin: 102 və ya 112 nömrəsinə zəng edib nə eşitdiyinizi və əşyanın harada olduğunu deyin.
family-shell-listen = Uşağı sizə dediyi üçün danlamayın: qoy o, sizə həmişə qorxmadan desin.

family-example = Uşaqlar böyüklərin etdiyini edir
family-example-copy = Uşaqlar böyükləri təqlid edir: böyüklər qaydalara məhəl qoymasa, uşaqlar da belə edə bilər.
family-example-permitted = Özünüz də yalnız icazə verilən və minalardan təmizlənmiş yerlərə gedin, xəbərdarlıq nişanlarına ciddi yanaşın.
family-example-objects = İşğaldan azad edilmiş ərazilərə icazəsiz getməyin, təhlükəli yerlərə girməyin, naməlum əşyalara toxunmayın.

family-home = Evdə razılaşmalı olduğunuz qaydalar
family-home-touch = Heç bir qəribə şeyə toxunma, balaca olsa da.
family-home-play = Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə oyna.
family-home-places = Uçuq evlərə, hündür otluğa və kola girmə.
family-home-tell = Qəribə bir şey görsən, dərhal böyüklərə de, getməyə icazə olmayan yerə getmisənsə də.

family-poster-link = Evdə asmaq üçün uşaq plakatı: “{ child-rules-words }”
