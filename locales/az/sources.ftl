## The sources page.

sources-method-heading = Məzmun necə hazırlanır
sources-method-text = Saytdakı təhlükəsizlik tövsiyələri ANAMA-nın, Fövqəladə Hallar Nazirliyinin və Daxili İşlər Nazirliyinin vətəndaşlara müraciətlərinə, bir də beynəlxalq təşkilatların (UNICEF, Qızıl Xaç və Qızıl Aypara) mina təhlükəsinə dair maarifləndirmə təcrübəsinə əsaslanır. Bu qurumların tövsiyə vermədiyi məsələlərdə başqa mənbələr göstərilir. Hər rəqəm və hər telefon nömrəsi bu səhifədə adı çəkilən dərc olunmuş mənbədən götürülüb; mənbənin tarixi və kimin dediyi də göstərilir. Sayt özü heç bir rəqəmi təxmin etmir.
sources-official-text = Minalardan həlak olan və yaralananlar barədə rəqəmlər əsasən Azərbaycan dövlət qurumlarından (ANAMA, Baş Prokurorluq və nazirliklər) götürülür, çox vaxt xəbər agentliklərinin çatdırdığı kimi; bir neçə rəqəmi xəbər saytlarının özləri verib. Hər rəqəmin yanında onu kimin verdiyi və bunun necə qurum olduğu (dövlət qurumu, xəbər saytı və s.) göstərilir.
sources-neutral-text = Sayt təhlükəni neytral sözlərlə təsvir edir. Onun yeganə məqsədi daha heç kimin zərər çəkməməsidir.
sources-promise-text = Uşaqlar üçün yazılmış “Düzünü dediyin üçün səni danlamayacaqlar” cümləsi saytın öz vədidir: bu vədi uşağın yanındakı böyüklər yerinə yetirir. Bu cümlə üçün mənbə göstərilmir.
sources-list-heading = İstinad edilən mənbələr
sources-count = Saytda { $count } mənbəyə istinad olunur.
sources-topic-rules = Təhlükəsizlik qaydaları
sources-topic-numbers = Zəng ediləcək nömrələr
sources-undated = tarix göstərilməyib
sources-privacy-heading = Məxfilik
sources-privacy-text = Bu sayt heç yerə heç nə göndərmir: ziyarətlər sayılmır, sizi izləyən proqram yoxdur, başqa saytlardan heç nə yüklənmir. Özünüz paylaşmasanız və ya göndərməsəniz, seçimləriniz və yeriniz cihazınızda qalır.
sources-offline-size = Sayt internetsiz açılsın deyə telefonda saxlanılır. Bütün sayt (üç dildə bütün səhifələr) { $size } yer tutur.
sources-megabytes = təxminən { $megabytes } MB
sources-about-heading = Sayt haqqında
sources-about-text = Mina təhlükəsizliyi barədə Azərbaycan, ingilis və rus dillərində maarifləndirici sayt: minalardan təsirlənmiş ərazilərə qayıdan insanlar və məktəblər üçün. Yavaş internetdə və sadə telefonlarda işləyir, interaktiv hissələri açılmasa da oxunur, çap oluna bilir.
sources-label = Mənbələr:
sources-topic-signs = Xəbərdarlıq nişanları və təhlükə əlamətləri
sources-topic-emergency = { page-emergency-title }
sources-topic-schools = Uşaqlara öyrətmək
sources-topic-statistics = Statistika: həlak olan və yaralananlar, çirklənmə və minatəmizləmə
sources-corrections = Səhv görmüsünüz? Yazın:

## Who said it: the bodies the sources quote.

speaker-anama-public-council = ANAMA yanında İctimai Şura
speaker-anama = ANAMA, Azərbaycan Respublikasının Minatəmizləmə Agentliyi
speaker-mes = Azərbaycan Respublikasının Fövqəladə Hallar Nazirliyi (FHN)
speaker-mod = Azərbaycan Respublikasının Müdafiə Nazirliyi
speaker-joint-anama-mia-pgo = ANAMA, Daxili İşlər Nazirliyi və Baş Prokurorluq (birgə bəyanat)
speaker-sarc = Suriya Ərəb Qızıl Aypara Cəmiyyəti
speaker-mag = MAG (Mines Advisory Group)
speaker-ifrc = Qızıl Xaç və Qızıl Aypara Cəmiyyətlərinin Beynəlxalq Federasiyası
speaker-uda = Ukrayna Minaaxtaranlar Assosiasiyası
speaker-cmac = Kambocanın mina təhlükəsinə dair maarifləndirmə proqramı
speaker-dsgu = DSGU, uşaqlar üçün “Walk Safe” tətbiqi
speaker-ua-authorities = Ukrayna hakimiyyəti
speaker-nolandmines = Endi Smit, nolandmines.com
speaker-mine-awareness = mine-awareness.com
speaker-nikvesti = NikVesti (Ukrayna)
speaker-ccw = Müəyyən Adi Silahlar haqqında Konvensiya, dəyişdirilmiş II Protokol, Texniki Əlavə
speaker-ses-ukraine = Ukrayna Dövlət Fövqəladə Hallar Xidməti
speaker-minerats = Fourmilab (Minerats təqdimatı)
speaker-minreintegration = Ukraynanın Reinteqrasiya Nazirliyi
speaker-loknycka = Loknıtska icmasının rəhbərliyi (Ukrayna)
speaker-klymenko = Klymenko Time (Ukrayna)
speaker-semenivska = Semenivska icmasının rəhbərliyi (Ukrayna)
speaker-landminealert = landminealert.com (BMT tövsiyələrinə əsaslanan təcili vəziyyət qaydaları)
speaker-garthwaite = Rozi Qartveyt, “How to Avoid Being Killed in a War Zone” (“Müharibə zonasında necə sağ qalmalı”) kitabı
speaker-lifeguidehubb = lifeguidehubb.com (ümumi bələdçi)
speaker-mfa = Azərbaycan Respublikasının Xarici İşlər Nazirliyi
speaker-pgo = Azərbaycan Respublikasının Baş Prokurorluğu
speaker-hajiyev = Hikmət Hacıyev, Azərbaycan Prezidentinin köməkçisi
speaker-unnamed-official = Xəbərdə adı çəkilmir
speaker-caliber = Caliber.Az
speaker-azcbl = AzCBL, Minaların Qadağan Edilməsi uğrunda Azərbaycan Kampaniyası
speaker-geneva-mission = Azərbaycanın BMT-nin Cenevrə bölməsi yanında Daimi Nümayəndəliyi
speaker-unicef-ukraine = UNICEF-in Ukraynadakı nümayəndəliyi
speaker-unicef = UNICEF
speaker-azernews = Azernews
speaker-ombudsman = Azərbaycan Respublikasının İnsan hüquqları üzrə müvəkkili (Ombudsman)
speaker-mia = Azərbaycan Respublikasının Daxili İşlər Nazirliyi
speaker-cabinet = Azərbaycan Respublikasının Nazirlər Kabineti (Baş nazir Əli Əsədovun hesabatı)
speaker-joint-pgo-mia-sss = Baş Prokurorluq, Daxili İşlər Nazirliyi və Dövlət Təhlükəsizliyi Xidməti (birgə bəyanat)
speaker-tebib = TƏBİB, Tibbi Ərazi Bölmələrini İdarəetmə Birliyi
speaker-aqreqator = Aqreqator.az
speaker-ssu = Ukrayna Təhlükəsizlik Xidməti
speaker-bremerhaven-police = Bremerhaven polisi (Almaniya)
speaker-bih-civil-protection = Bosniya və Herseqovina Federasiyasının Mülki Müdafiə İdarəsi
speaker-guam-civil-defense = Quam Mülki Müdafiə İdarəsi (ABŞ)
speaker-gichd = GICHD, Cenevrə Beynəlxalq Humanitar Minatəmizləmə Mərkəzi
speaker-state-tourism-agency = Azərbaycan Respublikasının Dövlət Turizm Agentliyi, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi
speaker-kyiv-desna-administration = Kiyevin Desna rayon administrasiyası (Ukrayna)
speaker-icrc = Beynəlxalq Qızıl Xaç Komitəsi (BQXK)

## The kind of body a speaker is, shown beside every figure (data/speakers.csv).
# $speaker: a speaker-… message; $kind: a speaker-kind-… message.
speaker-with-kind = { $speaker } ({ $kind })
speaker-kind-state-body = dövlət qurumu
speaker-kind-public-council = ictimai şura
speaker-kind-international-body = beynəlxalq təşkilat
speaker-kind-ngo = qeyri-hökumət təşkilatı
speaker-kind-news-outlet = xəbər saytı
speaker-kind-independent = müstəqil müəllif və ya sayt
