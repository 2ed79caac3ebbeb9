## The sources page.

sources-method-heading = Məzmun necə hazırlanır
sources-method-text = Saytdakı təhlükəsizlik tövsiyələri Azərbaycan dövlət qurumlarının dərc etdiyi qaydalara və beynəlxalq mina riski maarifləndirməsi təcrübəsinə əsaslanır. Hər rəqəm və hər telefon nömrəsi bu səhifədə göstərilən dərc olunmuş mənbədən, tarixi və kimin dediyi ilə götürülür. Sayt özü heç bir rəqəm hesablamır.
sources-official-text = Minalardan həlak olan və yaralananlar barədə rəqəmlər Azərbaycan dövlət qurumlarından (ANAMA, Baş Prokurorluq və nazirliklər), əsasən xəbər agentliklərinin çatdırdığı şəkildə götürülür. Hər rəqəmin yanında onu kimin verdiyi göstərilir.
sources-neutral-text = Sayt təhlükəni neytral sözlərlə təsvir edir. Onun yeganə məqsədi daha heç kimin zərər çəkməməsidir.
sources-list-heading = İstinad edilən mənbələr
sources-count = Saytda { $count } mənbəyə istinad olunur.
sources-topic-rules = Təhlükəsizlik qaydaları
sources-topic-numbers = Zəng ediləcək nömrələr
sources-undated = tarix göstərilməyib
sources-privacy-heading = Məxfilik
sources-privacy-text = Bu sayt heç yerə heç nə göndərmir: analitika, izləyici, başqa serverlərdən şrift və ya skript yoxdur. Seçimləriniz brauzerinizdə qalır.
sources-about-heading = Sayt haqqında
sources-about-text = Mina təhlükəsizliyi barədə azərbaycan, ingilis və rus dillərində maarifləndirici sayt: minalardan təsirlənmiş ərazilərə qayıdan insanlar və məktəblər üçün. Yavaş internetdə və sadə telefonlarda işləmək, JavaScript olmadan oxunmaq və çap edilmək üçün hazırlanıb.
sources-label = Mənbələr:
sources-topic-signs = Xəbərdarlıq nişanları və təhlükə əlamətləri
sources-topic-emergency = Təcili vəziyyətdə nə etməli
sources-topic-schools = Uşaqlara öyrətmək
sources-topic-statistics = Statistika: qurbanlar, çirklənmə və təmizləmə
sources-corrections = Səhv görmüsünüz? Yazın:

## Who said it: the bodies the sources quote.

speaker-anama-public-council = ANAMA yanında İctimai Şura
speaker-anama = ANAMA, Azərbaycan Respublikası Minatəmizləmə Agentliyi
speaker-mes = Fövqəladə Hallar Nazirliyi
speaker-mod = Azərbaycan Respublikasının Müdafiə Nazirliyi
speaker-joint-anama-mia-pgo = ANAMA, Daxili İşlər Nazirliyi və Baş Prokurorluq (birgə bəyanat)
speaker-sarc = Suriya Ərəb Qırmızı Ayparası
speaker-mag = MAG (Mines Advisory Group)
speaker-ifrc = Beynəlxalq Qırmızı Xaç və Qırmızı Aypara Cəmiyyətləri Federasiyası
speaker-uda = Ukrayna Minaaxtaranlar Assosiasiyası
speaker-cmac = Kambocanın mina riski üzrə maarifləndirmə proqramı
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
speaker-garthwaite = Rozi Qartveyt, “How to Avoid Being Killed in a War Zone”
speaker-lifeguidehubb = lifeguidehubb.com (ümumi bələdçi)
speaker-mfa = Azərbaycan Respublikasının Xarici İşlər Nazirliyi
speaker-pgo = Azərbaycan Respublikasının Baş Prokurorluğu
speaker-hajiyev = Hikmət Hacıyev, Azərbaycan Prezidentinin köməkçisi
speaker-unnamed-official = Xəbərdə adı çəkilməyən rəsmi mənbə
speaker-caliber = Caliber.Az (agentliyin öz verdiyi rəqəm)
speaker-azcbl = AzCBL, Minaların Qadağan Edilməsi uğrunda Azərbaycan Kampaniyası
speaker-geneva-mission = Azərbaycanın BMT-nin Cenevrə bölməsi yanında Daimi Nümayəndəliyi
speaker-unicef-ukraine = UNICEF-in Ukraynadakı nümayəndəliyi
speaker-unicef = UNICEF
